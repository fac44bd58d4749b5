/**
 * The manual's DOCX, read back: its three sections and their page numbering, the running header,
 * the 目录 field, bookmarks, images and styles; then through LibreOffice with the 目录 updated,
 * where every 目录 line must show the printed page number of the page its heading is on.
 */
import { describe, expect, test } from 'vitest';
import { chapterSections, type Manual, type Paper } from '../src/ir/manual.js';
import { manualProfile } from '../src/layout/manual-profile.js';
import { citationText } from '../src/render/citation-text.js';
import { buildManualDocx } from '../src/render/docx/manual/build-manual.js';
import { sofficeAvailable } from './support/docx-libreoffice.js';
import { attr, attrOf, elements, paragraphs, part, readDocx, styleNamed, textOf, type DocxParts } from './support/docx-xml.js';
import { convertUpdatingIndexes, unoAvailable } from './support/manual-docx-update.js';
import { sampleManual } from './support/manual-sample.js';
import { measurePdf, type TextLine } from './support/measure-pdf.js';

const EMU_PER_MM = 36_000;
const papers: Paper[] = ['A4', 'A5'];

async function built(manual: Manual): Promise<{ d: DocxParts; doc: string }> {
  const d = await readDocx(await buildManualDocx(manual));
  return { d, doc: part(d, 'word/document.xml') };
}

/** The section properties in order, each with the text of the paragraphs it closes. */
function sections(doc: string): { sectPr: string; text: string }[] {
  const out: { sectPr: string; text: string }[] = [];
  let from = 0;
  for (const m of doc.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)) {
    out.push({ sectPr: m[0], text: textOf(doc.slice(from, m.index)) });
    from = m.index + m[0].length;
  }
  return out;
}

describe.each(papers)('manual DOCX (%s)', (paper) => {
  const manual = sampleManual(paper);
  const mp = manualProfile(paper);

  test('has a cover, a front section numbered I… and a body numbered 1…, on the manual paper', async () => {
    const { doc } = await built(manual);
    const [cover, front, body, ...rest] = sections(doc);
    expect(rest).toEqual([]);
    expect(cover!.text).toContain(manual.title);
    expect(cover!.text).toContain(manual.issuer);
    expect(cover!.sectPr).not.toMatch(/headerReference|footerReference/);
    expect(attrOf(front!.sectPr, 'w:pgNumType', 'w:fmt')).toBe('upperRoman');
    expect(attrOf(front!.sectPr, 'w:pgNumType', 'w:start')).toBe('1');
    expect(front!.text).toContain('前　言');
    expect(attrOf(body!.sectPr, 'w:pgNumType', 'w:fmt')).toBe('decimal');
    expect(attrOf(body!.sectPr, 'w:pgNumType', 'w:start')).toBe('1');
    expect(body!.text).toContain(manual.chapters[0]!.title);
    for (const s of [cover!, front!, body!]) {
      expect(Number(attrOf(s.sectPr, 'w:pgSz', 'w:w'))).toBe(Math.round((mp.base.page.widthMm * 1440) / 25.4));
      expect(Number(attrOf(s.sectPr, 'w:pgMar', 'w:left'))).toBe(Math.round((mp.base.block.leftMm * 1440) / 25.4));
      expect(Number(attrOf(s.sectPr, 'w:pgMar', 'w:top'))).toBe(Math.round((mp.base.block.topMm * 1440) / 25.4));
      expect(attrOf(s.sectPr, 'w:docGrid', 'w:linePitch')).toBe(String(Math.floor(((mp.base.block.heightMm / mp.base.grid.lines) * 1440) / 25.4)));
    }
  });

  test('front and body carry the running header (title, rule under it) and a centred — PAGE — footer', async () => {
    const { d, doc } = await built(manual);
    const rels = part(d, 'word/_rels/document.xml.rels');
    for (const s of sections(doc).slice(1)) {
      const headerId = attr(elements(s.sectPr, 'w:headerReference')[0], 'r:id');
      const footerId = attr(elements(s.sectPr, 'w:footerReference')[0], 'r:id');
      const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      const header = part(d, `word/${target(headerId)}`);
      expect(textOf(header)).toBe(manual.title);
      expect(header).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      const footer = part(d, `word/${target(footerId)}`);
      expect(footer).toContain('<w:jc w:val="center"/>');
      expect(footer).toMatch(/PAGE/);
      expect(textOf(footer).replace(/\s/g, '')).toBe('\u2014\u2014');
    }
  });

  test('the 目录 is a TOC field over heading levels 1–2, cached with every 目录 line, and Word is told to update fields', async () => {
    const { d, doc } = await built(manual);
    const instr = textOf(doc.replace(/<w:instrText[^>]*>/g, '<w:t>').replace(/<\/w:instrText>/g, '</w:t>'));
    expect(instr).toMatch(/TOC\b/);
    const field = /<w:instrText[^>]*>([^<]*TOC[^<]*)<\/w:instrText>/.exec(doc)?.[1] ?? '';
    for (const sw of ['\\o &quot;1-2&quot;', '\\h', '\\z', '\\u']) expect(field).toContain(sw);
    expect(part(d, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
    const sdt = /<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/.exec(doc)![1]!;
    const lines = paragraphs(sdt).filter((p) => p.style === 'TOC1' || p.style === 'TOC2');
    expect(lines.map((p) => p.text.replace(/\d+$/, ''))).toEqual(manual.toc.map((e) => e.text));
    expect(lines.map((p) => p.style)).toEqual(manual.toc.map((e) => `TOC${e.level}`));
    expect(lines.every((p) => /<w:tab\/>/.test(p.xml) && /\d+$/.test(p.text))).toBe(true);
    expect(lines.map((p) => attrOf(p.xml, 'w:hyperlink', 'w:anchor'))).toEqual(manual.toc.map((e) => e.target));
  });

  test('bookmarks every chapter title and section heading, around its text', async () => {
    const { doc } = await built(manual);
    const expected = manual.chapters.flatMap((ch) => [ch.id, ...chapterSections(ch).map((s) => s.anchor)]);
    const names = elements(doc, 'w:bookmarkStart').map((b) => attr(b, 'w:name'));
    expect(names).toEqual(expected);
    for (const ch of manual.chapters) {
      const inside = new RegExp(`<w:bookmarkStart w:name="${ch.id}" w:id="(\\d+)"/>([\\s\\S]*?)<w:bookmarkEnd w:id="\\1"/>`).exec(doc);
      expect(textOf(inside![2]!)).toBe(`${ch.ordinal}　${ch.title}`);
      for (const s of chapterSections(ch)) {
        const m = new RegExp(`<w:bookmarkStart w:name="${s.anchor}" w:id="(\\d+)"/>([\\s\\S]*?)<w:bookmarkEnd w:id="\\1"/>`).exec(doc);
        expect(textOf(m![2]!)).toBe(`${s.heading.ordinal}${s.heading.children.map((c) => c.text).join('')}`);
      }
    }
  });

  test('images are in word/media, centred, sized by their width share and capped by the 版心 height share', async () => {
    // The tall photo at the full 版心 width is taller than the cap allows.
    const wide = sampleManual(paper);
    for (const b of wide.chapters[1]!.blocks) if (b.type === 'entry') for (const f of b.figures) f.widthShare = 1;
    const { d, doc } = await built(wide);
    const media = Object.keys(d.zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media.length).toBe(2); // wide.png and tall.png, each stored once
    const figures = wide.chapters.flatMap((ch) => ch.blocks.flatMap((b) => (b.type === 'figure' ? [b] : b.type === 'entry' ? b.figures : [])));
    const extents = elements(doc, 'wp:extent').map((e) => ({ cx: Number(attr(e, 'cx')), cy: Number(attr(e, 'cy')) }));
    expect(extents.length).toBe(figures.length);
    const { block } = mp.base;
    figures.forEach((f, i) => {
      let cx = f.widthShare * block.widthMm * EMU_PER_MM;
      let cy = (cx * f.image.heightPx) / f.image.widthPx;
      const cap = mp.style.figure.maxHeightShare * block.heightMm * EMU_PER_MM;
      if (cy > cap) [cx, cy] = [(cap * f.image.widthPx) / f.image.heightPx, cap];
      expect(Math.abs(extents[i]!.cx - cx)).toBeLessThanOrEqual(10);
      expect(Math.abs(extents[i]!.cy - cy)).toBeLessThanOrEqual(10);
    });
    const cap = mp.style.figure.maxHeightShare * block.heightMm * EMU_PER_MM;
    expect(Math.max(...extents.map((e) => e.cy))).toBeCloseTo(cap, -2);
    const ps = paragraphs(doc);
    const imageParas = ps.filter((p) => p.xml.includes('<w:drawing>'));
    expect(imageParas.every((p) => p.style === 'GwmFigure')).toBe(true);
    // Each image paragraph is followed by its caption.
    const captions = ps.filter((p, i) => i > 0 && ps[i - 1]!.xml.includes('<w:drawing>')).map((p) => p.text);
    expect(captions).toEqual(figures.map((f) => `${f.number}　${f.caption}`));
  });

  test('named styles: chapter titles on heading 1, sections on heading 2, each used; keepNext on images', async () => {
    const { d, doc } = await built(manual);
    const used = new Set(paragraphs(doc).map((p) => p.style));
    const chapter = styleNamed(d, '章标题');
    expect(chapter.basedOn).toBe(styleNamed(d, 'heading 1').id);
    expect(styleNamed(d, 'heading 1').xml).not.toContain('customStyle');
    expect(styleNamed(d, '节标题').basedOn).toBe(styleNamed(d, 'heading 2').id);
    expect(styleNamed(d, '小节标题').basedOn).toBe(styleNamed(d, 'heading 3').id);
    expect(attrOf(styleNamed(d, '章标题').xml, 'w:outlineLvl', 'w:val')).toBe('0');
    expect(attrOf(styleNamed(d, '节标题').xml, 'w:outlineLvl', 'w:val')).toBe('1');
    expect(attrOf(styleNamed(d, 'heading 1').xml, 'w:jc', 'w:val')).toBe('center');
    expect(attrOf(styleNamed(d, 'heading 1').xml, 'w:sz', 'w:val')).toBe(String(mp.style.chapterTitle.size * 2));
    expect(attrOf(styleNamed(d, 'heading 1').xml, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attrOf(styleNamed(d, 'heading 2').xml, 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attrOf(styleNamed(d, 'heading 3').xml, 'w:rFonts', 'w:eastAsia')).toBe('楷体_GB2312');
    expect(attrOf(styleNamed(d, '条目标签').xml, 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attrOf(styleNamed(d, '图题').xml, 'w:jc', 'w:val')).toBe('center');
    expect(attrOf(styleNamed(d, '图题').xml, 'w:sz', 'w:val')).toBe(String(mp.base.table.size * 2));
    expect(styleNamed(d, '图片').xml).toContain('<w:keepNext/>');
    for (const name of ['章标题', '节标题', '小节标题', '条目标签', '图片', '图题', '目录标题', '前言标题', '封面标题']) {
      expect(used.has(styleNamed(d, name).id), name).toBe(true);
    }
    // Headings run through the 目录 levels only as the manual's sections.
    const headingParas = paragraphs(doc).filter((p) => p.style === chapter.id);
    expect(headingParas.map((p) => p.text)).toEqual(manual.chapters.map((c) => `${c.ordinal}　${c.title}`));
    expect(headingParas.slice(1).every((p) => p.xml.includes('<w:pageBreakBefore/>'))).toBe(true);
  });

  test('entries print their labelled parts in order, with the shared citation wording', async () => {
    const { doc } = await built(manual);
    const text = paragraphs(doc).map((p) => p.text);
    const e = manual.chapters[1]!.blocks.find((b) => b.type === 'entry')!;
    const at = (s: string) => text.indexOf(s);
    const heading = at(`${e.heading.ordinal}${e.heading.children[0]!.text}`);
    expect(heading).toBeGreaterThan(0);
    const order = ['【问题描述】', '【规范标准】', '【对策措施】', '【事故案例】'].map((l) => text.indexOf(l, heading));
    expect(order.every((x, i) => x > heading && (i === 0 || x > order[i - 1]!))).toBe(true);
    expect(text.slice(order[1]! + 1, order[2]!)).toEqual(e.standards.map(citationText));
    expect(text[order[1]! + 1]).toBe('《缺氧危险作业安全规程》（GB 8958—2006）第4.2.1条：作业前必须检测作业场所空气中的氧含量。');
    expect(text[order[1]! + 2]).toBe('《危险化学品企业特殊作业安全规范》（GB 30871—2022）');
    expect(text.slice(order[2]! + 1, order[3]!)).toEqual(e.measures.map((m) => `${m.ordinal}${m.children[0]!.text}`));
  });

  test('the same model gives the same bytes', async () => {
    const a = await buildManualDocx(manual);
    const b = await buildManualDocx(sampleManual(paper));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});

test('citation wording without a clause or without text', () => {
  const base = { code: 'GB 1—2000', title: '标准', position: { file: 'x.md', line: 1, column: 1 } };
  expect(citationText(base)).toBe('《标准》（GB 1—2000）');
  expect(citationText({ ...base, clause: '3.1' })).toBe('《标准》（GB 1—2000）第3.1条');
  expect(citationText({ ...base, clause: '3.1', text: '应当。' })).toBe('《标准》（GB 1—2000）第3.1条：应当。');
  // A requirement quoted from a rule without numbered clauses (a 部令) is still printed.
  expect(citationText({ ...base, text: '应当。' })).toBe('《标准》（GB 1—2000）：应当。');
});

/** The printed page-number footer of a page: "— 3 —" → "3", "— II —" → "II"; the line lowest on the page. */
function printedNumber(lines: TextLine[]): string | undefined {
  const last = [...lines].sort((a, b) => b.baseline - a.baseline)[0];
  return last ? /^\u2014(.+)\u2014$/.exec(last.text)?.[1] : undefined;
}

describe.skipIf((!sofficeAvailable() || !unoAvailable()) && !process.env.CI)('manual DOCX 目录 in LibreOffice', () => {
  test.each(papers)('updated, each 目录 line shows the page its heading is printed on (%s)', async (paper) => {
    const manual = sampleManual(paper);
    const bytes = await buildManualDocx(manual);
    // Spoil the cached page numbers, so only a real update of the field can make them right.
    const d = await readDocx(bytes);
    const spoiled = part(d, 'word/document.xml').replace(/(<w:tab\/><\/w:r><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>)\d+(<\/w:t>)/g, '$199$2');
    expect(spoiled).not.toBe(part(d, 'word/document.xml'));
    d.zip.file('word/document.xml', spoiled);
    const { pdf, indexes } = await convertUpdatingIndexes(await d.zip.generateAsync({ type: 'uint8array' }), `manual-${paper}`);
    expect(indexes).toBe(1);
    const m = await measurePdf(pdf);
    const pages = m.pages.map((p) => ({ lines: p.lines, number: printedNumber(p.lines) }));
    // The cover has no number; the front matter counts in Roman numerals.
    expect(pages[0]!.number).toBeUndefined();
    expect(pages.slice(1).every((p) => p.number !== undefined)).toBe(true);
    const tocPage = pages.find((p) => p.lines.some((l) => l.text.replace(/\s/g, '') === '目录'))!;
    expect(tocPage.number).toMatch(/^[IVX]+$/);
    const flat = (s: string) => s.replace(/[\s　]/g, '');
    for (const e of manual.toc) {
      const want = flat(e.text);
      const line = tocPage.lines.find((l) => flat(l.text).startsWith(want));
      expect(line, e.text).toBeDefined();
      const shown = /(\d+)$/.exec(line!.text)?.[1];
      // The heading's page: the first body page (Arabic number) with a line reading exactly the heading.
      const at = pages.find((p) => /^\d+$/.test(p.number ?? '') && p.lines.some((l) => flat(l.text) === want));
      expect(at, e.text).toBeDefined();
      expect(shown, e.text).toBe(at!.number);
    }
  }, 240_000);
});
