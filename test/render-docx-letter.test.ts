/**
 * 信函格式 in DOCX: the XML the renderer writes, then the sample letter through LibreOffice,
 * measured on the PDF (mark 30 mm from the paper top, the red double lines, page numbers).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, OfficialDocument } from '../src/ir/types.js';
import { mm, profile } from '../src/layout/gbt9704.js';
import { buildDocx } from '../src/render/docx/build.js';
import { convertToPdf, sofficeAvailable } from './support/docx-libreoffice.js';
import { attr, attrOf, elements, first, paragraphs, part, readDocx, styleNamed, textOf, type DocxParts } from './support/docx-xml.js';
import { isRed, measurePdf, type PdfPage, type Rule } from './support/measure-pdf.js';
import { sampleDocument } from './support/sample-document.js';
import { sampleLetter } from './support/sample-letter.js';

const EMU_PER_PT = 12700;
const emuToPt = (v: string | undefined) => Number(v) / EMU_PER_PT;
const L = profile.letter;

/** The sample letter with its body repeated, so it runs to three pages. */
function longLetter(): OfficialDocument {
  const doc = sampleLetter();
  const extra: Block[] = Array.from({ length: 4 }, () => doc.body).flat();
  return { ...doc, body: [...doc.body, ...extra] };
}

let letter: DocxParts;
let doc: string;
/** document.xml without drawings: a text box holds paragraphs, which the non-nesting helpers cannot skip. */
let flat: string;

beforeAll(async () => {
  letter = await readDocx(await buildDocx(sampleLetter()));
  doc = part(letter, 'word/document.xml');
  flat = doc.replace(/<w:drawing>[\s\S]*?<\/w:drawing>/g, '');
});

/** The part a footer reference of this type points to. */
function footer(d: DocxParts, type: string): string {
  const refs = elements(first(part(d, 'word/document.xml'), 'w:sectPr')!, 'w:footerReference');
  const id = attr(refs.find((r) => attr(r, 'w:type') === type), 'r:id');
  const rel = elements(part(d, 'word/_rels/document.xml.rels'), 'Relationship').find((r) => attr(r, 'Id') === id);
  return part(d, `word/${attr(rel, 'Target')}`);
}

interface Anchor {
  xml: string;
  /** Offsets and size in points. */
  x: number;
  y: number;
  width: number;
  height: number;
  hFrom: string | undefined;
  vFrom: string | undefined;
}

function anchors(xml: string): Anchor[] {
  return elements(xml, 'wp:anchor').map((a) => ({
    xml: a,
    x: emuToPt(/<wp:positionH[^>]*>\s*<wp:posOffset>(-?\d+)</.exec(a)?.[1]),
    y: emuToPt(/<wp:positionV[^>]*>\s*<wp:posOffset>(-?\d+)</.exec(a)?.[1]),
    width: emuToPt(attrOf(a, 'wp:extent', 'cx')),
    height: emuToPt(attrOf(a, 'wp:extent', 'cy')),
    hFrom: attrOf(a, 'wp:positionH', 'relativeFrom'),
    vFrom: attrOf(a, 'wp:positionV', 'relativeFrom'),
  }));
}

const redBars = (xml: string) => anchors(xml).filter((a) => /<a:solidFill><a:srgbClr val="FF0000"\/>/.test(a.xml)).sort((a, b) => a.y - b.y);

describe('信函 page 1 and page numbers', () => {
  it('sets w:titlePg for a letter and not for 文件格式', async () => {
    expect(first(doc, 'w:sectPr')).toContain('<w:titlePg/>');
    const file = part(await readDocx(await buildDocx(sampleDocument())), 'word/document.xml');
    expect(file).not.toContain('w:titlePg');
    expect(file).not.toContain('<wp:anchor');
  });

  it('page 1 has an empty footer; later pages keep the odd/even PAGE footers', () => {
    const firstPage = footer(letter, 'first');
    expect(textOf(firstPage)).toBe('');
    expect(firstPage).not.toContain('instrText');
    for (const type of ['default', 'even']) expect(footer(letter, type)).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(part(letter, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it('every page-1 object is anchored to the page in the first paragraph, in front of the text', () => {
    const all = anchors(doc);
    expect(all).toHaveLength(5);
    for (const a of all) {
      expect(a.vFrom).toBe('page');
      expect(a.xml).toContain('<wp:wrapNone/>');
      expect(attr(a.xml, 'behindDoc')).toBe('0');
    }
    // All in the first body paragraph, ahead of its text.
    const body = doc.slice(doc.indexOf('<w:body>'));
    expect(body.slice(0, body.indexOf('<wp:anchor')).match(/<w:p[\s>]/g)).toHaveLength(1);
    expect(body.lastIndexOf('</wp:anchor>')).toBeLessThan(body.indexOf('>000012<'));
  });

  it('the mark: red 小标宋 without 文件, its characters 30 mm below the paper top', () => {
    const box = anchors(doc).find((a) => a.xml.includes('<wps:txbx>'))!;
    expect(textOf(box.xml)).toBe('常州市应急管理局');
    expect(attrOf(box.xml, 'w:pStyle', 'w:val')).toBe(styleNamed(letter, '发文机关标志').id);
    const size = Number(attrOf(box.xml, 'w:sz', 'w:val')) / 2;
    expect(size).toBe(profile.head.markMaxSize);
    // The box is the exact line; the characters sit half its leading below the box top.
    const line = Number(attrOf(box.xml, 'w:spacing', 'w:line')) / 20;
    expect(attrOf(box.xml, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(box.y + (line - size) / 2).toBeCloseTo(mm(L.markTopMm), 2);
    // Across the 版心, centred there like the 文件格式 mark.
    expect(box.hFrom).toBe('margin');
    expect(box.width).toBeCloseTo(mm(profile.block.widthMm), 0);
    expect(box.xml).toContain('<a:noFill/>');
  });

  it('red double lines: 170 mm centred on the page, thick over thin 4 mm under the mark, thin over thick ending 20 mm above the paper bottom', () => {
    const bars = redBars(doc);
    expect(bars).toHaveLength(4);
    const { thickPt, thinPt, gapMm, lengthMm } = L.doubleRule;
    for (const b of bars) {
      expect(b.hFrom).toBe('page');
      expect(b.width).toBeCloseTo(mm(lengthMm), 2);
      expect(b.x).toBeCloseTo(mm((profile.page.widthMm - lengthMm) / 2), 2);
      expect(b.xml).toContain('<a:prstGeom prst="rect">');
      expect(b.xml).toMatch(/<a:ln><a:noFill\/><\/a:ln>/);
    }
    const [upperThick, upperThin, lowerThin, lowerThick] = bars as [Anchor, Anchor, Anchor, Anchor];
    expect([upperThick.height, upperThin.height, lowerThin.height, lowerThick.height]).toEqual([thickPt, thinPt, thinPt, thickPt]);
    expect(thickPt).not.toBe(thinPt);
    // 4 mm under the mark's characters (初号, top at 30 mm).
    expect(upperThick.y).toBeCloseTo(mm(L.markTopMm) + profile.head.markMaxSize + mm(L.ruleGapBelowMarkMm), 2);
    expect(upperThin.y - (upperThick.y + thickPt)).toBeCloseTo(mm(gapMm), 2);
    expect(lowerThick.y - (lowerThin.y + thinPt)).toBeCloseTo(mm(gapMm), 2);
    expect(lowerThick.y + thickPt).toBeCloseTo(mm(profile.page.heightMm - L.lowerRuleFromPaperBottomMm), 2);
  });

  it('份号 顶格 left and 文号 on a right tab at the 版心 edge, ⅞ of a 3号 line under the upper lines', () => {
    const [row, urgency] = paragraphs(flat).slice(0, 2) as [ReturnType<typeof paragraphs>[number], ReturnType<typeof paragraphs>[number]];
    expect(row.style).toBe(styleNamed(letter, '份号').id);
    expect(row.text).toBe('000012常应急函〔2022〕89号');
    expect(row.xml).toMatch(/<w:t[^>]*>000012<\/w:t>[\s\S]*<w:tab\/>[\s\S]*<w:t[^>]*>常应急函〔2022〕89号<\/w:t>/);
    const tab = first(row.xml, 'w:tabs')!;
    expect(attrOf(tab, 'w:tab', 'w:val')).toBe('right');
    expect(attrOf(tab, 'w:tab', 'w:pos')).toBe(String(Math.round(mm(profile.block.widthMm) * 20)));
    expect(attrOf(row.xml, 'w:jc', 'w:val')).toBe('left');
    expect([urgency.style, urgency.text]).toEqual([styleNamed(letter, '紧急程度').id, '加急']);
    // The row's line starts at the 版心 top plus the space before; its characters half the leading lower.
    const before = Number(attrOf(row.xml, 'w:spacing', 'w:before')) / 20;
    const charTop = mm(profile.block.topMm) + before + (579 / 20 - profile.body.size) / 2;
    const upperBottom = redBars(doc)[1]!.y + L.doubleRule.thinPt;
    expect(charTop - upperBottom).toBeCloseTo(L.headGapEm * profile.body.size, 0);
  });

  it('the title two lines below the last label row, then 主送', () => {
    const ps = paragraphs(flat);
    const title = ps.find((p) => p.style === styleNamed(letter, '公文标题').id)!;
    expect(ps.indexOf(title)).toBe(2);
    expect(title.text).toBe('关于2022年第三季度冶金等工贸行业安全生产执法检查情况的通报');
    expect(title.xml).toContain('<w:br/>');
    expect(attrOf(title.xml, 'w:spacing', 'w:before')).toBe(String(L.titleGapLines * 579));
    expect(ps[3]!.text).toBe('各辖市（区）应急管理局，常州经开区安监局：');
  });

  it('a letter without labels puts the 文号 alone on the row, right-aligned by the tab', async () => {
    const bare = sampleLetter();
    delete bare.head.copyNumber;
    delete bare.head.urgency;
    const xml = part(await readDocx(await buildDocx(bare)), 'word/document.xml').replace(/<w:drawing>[\s\S]*?<\/w:drawing>/g, '');
    const row = paragraphs(xml)[0]!;
    expect(row.text).toBe('常应急函〔2022〕89号');
    expect(row.xml).toContain('<w:tab/>');
    expect(attrOf(row.xml, 'w:tab', 'w:val')).toBe('right');
  });

  it('a joint letter shows only the 主办机关 mark', async () => {
    const joint = sampleLetter();
    joint.head.mark.issuers = [...joint.head.mark.issuers, { name: '常州市发展和改革委员会', position: joint.position }];
    const xml = part(await readDocx(await buildDocx(joint)), 'word/document.xml');
    const box = anchors(xml).find((a) => a.xml.includes('<wps:txbx>'))!;
    expect(textOf(box.xml)).toBe('常州市应急管理局');
    expect(xml).not.toContain('发展和改革委员会');
  });
});

describe('信函 版记', () => {
  const table = () => elements(flat, 'w:tbl').find((t) => t.includes('抄送'))!;

  it('only 抄送 (4号仿宋, 1 字 insets), no 印发 line', () => {
    const rows = elements(table(), 'w:tr');
    expect(rows.map(textOf)).toEqual(['抄送：江苏省应急管理厅，常州市安委办。']);
    const p = paragraphs(rows[0]!)[0]!;
    expect(p.style).toBe(styleNamed(letter, '版记').id);
    expect(attrOf(p.xml, 'w:ind', 'w:left')).toBe(String(280 + 840));
    expect(attrOf(p.xml, 'w:ind', 'w:hanging')).toBe('840');
  });

  it('no rules, floated to the bottom of the last page’s 版心', () => {
    const borders = first(table(), 'w:tblBorders')!;
    for (const side of ['top', 'bottom', 'insideH', 'left', 'right', 'insideV']) expect(attrOf(borders, `w:${side}`, 'w:val'), side).toBe('none');
    const pos = first(table(), 'w:tblpPr');
    expect(attr(pos, 'w:vertAnchor')).toBe('margin');
    expect(attr(pos, 'w:tblpYSpec')).toBe('bottom');
  });

  it('an empty 抄送 list prints no 版记', async () => {
    const none = sampleLetter();
    none.colophon = { kind: 'letter', copyTo: [], position: none.position };
    const xml = part(await readDocx(await buildDocx(none)), 'word/document.xml');
    expect(xml).not.toContain('<w:tbl>');
    expect(xml).not.toContain('抄送');
  });
});

// CI installs LibreOffice (.ci/run); there a missing soffice must fail, not skip.
describe.skipIf(!sofficeAvailable() && !process.env.CI)('信函 in LibreOffice', () => {
  const MM = mm(1);
  const redRules = (page: PdfPage): Rule[] =>
    page.rules.filter((r) => isRed(r.color) && r.x1 - r.x0 > mm(100)).sort((a, b) => a.y0 - b.y0);

  it('mark at 30 mm, double lines where the standard puts them, no number on page 1', async () => {
    const pdf = await convertToPdf(await buildDocx(longLetter()), 'letter');
    const m = await measurePdf(new Uint8Array(fs.readFileSync(pdf)));
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
    expect(m.pages.length).toBeGreaterThanOrEqual(2);
    const [page1, page2] = m.pages as [PdfPage, PdfPage];

    // Measured 29.9 mm: the characters' top (baseline − 0.88 em) of the red 42 pt mark.
    const mark = page1.lines.find((l) => l.text === '常州市应急管理局')!;
    expect(mark.red).toBe(true);
    expect(mark.size).toBe(42);
    expect(Math.abs((mark.baseline - 0.88 * mark.size) / MM - L.markTopMm)).toBeLessThanOrEqual(1.5);

    // Four red rules on page 1, drawn as filled bars: measured 48.8/50.3 mm (1.5/0.75 pt) and 275.2/276.5 mm.
    const rules = redRules(page1);
    expect(rules).toHaveLength(4);
    for (const r of rules) {
      expect(Math.abs(r.x0 / MM - 20)).toBeLessThanOrEqual(1);
      expect(Math.abs(r.x1 / MM - 190)).toBeLessThanOrEqual(1);
    }
    const thickness = (r: Rule) => (r.paint === 'stroke' ? r.lineWidth : r.y1 - r.y0);
    const [upperThick, upperThin, lowerThin, lowerThick] = rules as [Rule, Rule, Rule, Rule];
    expect(thickness(upperThick)).toBeCloseTo(L.doubleRule.thickPt, 1);
    expect(thickness(upperThin)).toBeCloseTo(L.doubleRule.thinPt, 1);
    expect(thickness(lowerThin)).toBeCloseTo(L.doubleRule.thinPt, 1);
    expect(thickness(lowerThick)).toBeCloseTo(L.doubleRule.thickPt, 1);
    // Upper pair 4 mm under the mark's characters (bottom = top + 1 em).
    const markBottom = mark.baseline - 0.88 * mark.size + mark.size;
    expect(Math.abs((upperThick.y0 - markBottom) / MM - L.ruleGapBelowMarkMm)).toBeLessThanOrEqual(1);
    expect(Math.abs(lowerThick.y1 / MM - (profile.page.heightMm - L.lowerRuleFromPaperBottomMm))).toBeLessThanOrEqual(1);
    for (const later of m.pages.slice(1)) expect(redRules(later)).toEqual([]);

    // 份号 at the 版心 left and the 文号 ending at its right, on one line under the upper lines.
    const row = page1.lines.find((l) => l.text.startsWith('000012'))!;
    expect(row.text).toBe('000012常应急函〔2022〕89号');
    expect(Math.abs(row.x0 / MM - profile.block.leftMm)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(row.x1 / MM - (profile.block.leftMm + profile.block.widthMm))).toBeLessThanOrEqual(0.5);
    expect(row.baseline - 0.88 * row.size).toBeGreaterThan(upperThin.y1);

    // Page numbers: none on page 1, "— 2 —" on page 2.
    const number = (page: PdfPage) => page.lines.filter((l) => /^—\s*\d+\s*—$/.test(l.text)).map((l) => l.text.replace(/\s/g, ''));
    expect(number(page1)).toEqual([]);
    expect(number(page2)).toEqual(['—2—']);

    // 抄送 only, at the foot of the last page's 版心.
    const last = m.pages[m.pages.length - 1]!;
    const copyTo = last.lines.find((l) => l.text.startsWith('抄送'))!;
    expect(copyTo.text).toBe('抄送：江苏省应急管理厅，常州市安委办。');
    expect(Math.abs(copyTo.baseline / MM - (profile.block.topMm + profile.block.heightMm))).toBeLessThanOrEqual(3);
    expect(last.lines.some((l) => l.text.endsWith('印发'))).toBe(false);
  }, 180_000);
});
