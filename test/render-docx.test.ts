import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { docxFontNames, latinFontName, mm, profile } from '../src/layout/gbt9704.js';
import { buildDocx } from '../src/render/docx/build.js';
import { sampleDocument } from './support/sample-document.js';
import { jointDocument, longDocument, unsealedDocument } from './support/docx-long-document.js';
import { at, attr, attrOf, elements, first, paragraphs, part, readDocx, resolved, styleNamed, styles, textOf, type DocxParts } from './support/docx-xml.js';
import { convertToPdf, sofficeAvailable } from './support/docx-libreoffice.js';
import { pdfLines } from './support/docx-pdf-lines.js';
import { unexplainedShortLines } from './support/line-fill.js';

let sample: DocxParts;
let doc: string;
let sampleBytes: Uint8Array;

beforeAll(async () => {
  sampleBytes = await buildDocx(sampleDocument());
  sample = await readDocx(sampleBytes);
  doc = part(sample, 'word/document.xml');
});

const byStyle = (xml: string, name: string) => {
  const id = styleNamed(sample, name).id;
  return paragraphs(xml).filter((p) => p.style === id);
};

describe('页面与网格', () => {
  it('A4, margins 37/28/26/35 mm', () => {
    const sect = first(doc, 'w:sectPr')!;
    expect(attrOf(sect, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attrOf(sect, 'w:pgSz', 'w:h')).toBe('16838');
    const mar = first(sect, 'w:pgMar');
    const tw = (v: number) => String(Math.round(mm(v) * 20));
    expect([attr(mar, 'w:top'), attr(mar, 'w:left'), attr(mar, 'w:right'), attr(mar, 'w:bottom')]).toEqual([tw(37), tw(28), tw(26), tw(35)]);
  });

  it('a lines-only grid of 579 twips: 22 pitches fit the 225 mm block', () => {
    const grid = first(doc, 'w:docGrid');
    expect(attr(grid, 'w:type')).toBe('lines');
    expect(attr(grid, 'w:linePitch')).toBe('579');
    expect(attr(grid, 'w:charSpace')).toBeUndefined();
    expect(22 * 579).toBeLessThanOrEqual(mm(225) * 20);
  });

  it('body runs are squeezed by 0.25 pt so exactly 28 fit the 156 mm line', () => {
    const spacing = Number(resolved(sample, 'Normal', 'w:rPr w:spacing', 'w:val'));
    expect(spacing).toBe(-5);
    const pitch = 16 + spacing / 20;
    expect(28 * pitch).toBeLessThanOrEqual(mm(156));
    expect(29 * pitch).toBeGreaterThan(mm(156));
  });

  it('no style lets punctuation hang past the 版心 (Word and WPS default to letting it)', () => {
    const styles = part(sample, 'word/styles.xml');
    const paragraphStyles = elements(styles, 'w:style').filter((s) => attr(s, 'w:type') === 'paragraph');
    expect(paragraphStyles.length).toBeGreaterThan(10);
    for (const s of paragraphStyles) expect(attrOf(s, 'w:overflowPunct', 'w:val'), attr(s, 'w:styleId')).toBe('0');
  });

  it('every grid-line style uses exact 579-twip lines and no widow control', () => {
    const normal = styleNamed(sample, 'Normal').xml;
    expect(attrOf(normal, 'w:spacing', 'w:line')).toBe('579');
    expect(attrOf(normal, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(attrOf(normal, 'w:widowControl', 'w:val')).toBe('0');
  });
});

describe('样式', () => {
  const names = [
    '公文标题', '主送机关', '一级标题', '二级标题', '三级标题', '四级标题', '附件说明', '署名', '成文日期', '附注',
    '附件标识', '附件标题', '发文机关标志', '发文字号', '份号', '密级', '紧急程度', '版记',
  ];

  it('has the named paragraph styles; 正文 is Normal (shown as 正文 in Chinese Word/WPS)', () => {
    const all = styles(sample).map((s) => s.name);
    for (const n of names) expect(all, n).toContain(n);
    const normal = styleNamed(sample, 'Normal');
    expect(attr(normal.xml, 'w:default')).toBe('1');
    expect(all).not.toContain('Heading 1');
    expect(all).not.toContain('Title');
  });

  it.each([
    ['Normal', 'fangsong', 32],
    ['公文标题', 'xiaobiaosong', 44],
    ['附件标题', 'xiaobiaosong', 44],
    ['一级标题', 'heiti', 32],
    ['二级标题', 'kaiti', 32],
    ['三级标题', 'fangsong', 32],
    ['四级标题', 'fangsong', 32],
    ['附件标识', 'heiti', 32],
    ['密级', 'heiti', 32],
    ['紧急程度', 'heiti', 32],
    ['版记', 'fangsong', 28],
    ['发文机关标志', 'xiaobiaosong', 84],
    ['footer', 'songti', 28],
  ] as const)('%s: %s, %i half-points', (name, role, size) => {
    expect(resolved(sample, name, 'w:rFonts', 'w:eastAsia')).toBe(docxFontNames[role]);
    const latin = role === 'songti' ? docxFontNames.songti : latinFontName;
    expect(resolved(sample, name, 'w:rFonts', 'w:ascii')).toBe(latin);
    expect(resolved(sample, name, 'w:rFonts', 'w:hAnsi')).toBe(latin);
    expect(resolved(sample, name, 'w:sz', 'w:val')).toBe(String(size));
  });

  it('body first-line indent is 2 characters, in twips and in character units', () => {
    expect(resolved(sample, 'Normal', 'w:ind', 'w:firstLine')).toBe('640');
    expect(resolved(sample, 'Normal', 'w:ind', 'w:firstLineChars')).toBe('200');
    for (const h of ['一级标题', '二级标题', '三级标题', '四级标题', '附注']) {
      expect(resolved(sample, h, 'w:ind', 'w:firstLine'), h).toBe('640');
      expect(resolved(sample, h, 'w:ind', 'w:firstLineChars'), h).toBe('200');
    }
  });

  it('titles, 主送 and labels reset the inherited first-line indent, in both units', () => {
    for (const n of ['公文标题', '附件标题', '主送机关', '份号', '附件标识', '发文字号']) {
      const own = styleNamed(sample, n).xml;
      expect(attrOf(own, 'w:ind', 'w:firstLine'), n).toBe('0');
      expect(attrOf(own, 'w:ind', 'w:firstLineChars'), n).toBe('0');
    }
    expect(resolved(sample, '公文标题', 'w:jc', 'w:val')).toBe('center');
    const title = byStyle(doc, '公文标题')[0]!;
    expect(title.xml).not.toContain('<w:ind');
  });

  it('every paragraph style names its own East Asian and Latin fonts', () => {
    for (const s of styles(sample).filter((x) => x.xml.includes('w:type="paragraph"'))) {
      expect(attrOf(s.xml, 'w:rFonts', 'w:eastAsia'), s.name).toMatch(/.+/);
      expect(attrOf(s.xml, 'w:rFonts', 'w:ascii'), s.name).toMatch(/.+/);
    }
  });

  it('docDefaults name the fonts, and no part names a theme font', () => {
    const defaults = first(part(sample, 'word/styles.xml'), 'w:docDefaults')!;
    expect(attrOf(defaults, 'w:rFonts', 'w:eastAsia')).toBe(docxFontNames.fangsong);
    expect(attrOf(defaults, 'w:rFonts', 'w:ascii')).toBe(latinFontName);
    for (const [name, xml] of Object.entries(sample.xml)) {
      expect(xml, name).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
    }
  });

  it('nothing is bold', () => {
    for (const [name, xml] of Object.entries(sample.xml)) expect(xml, name).not.toMatch(/<w:bC?s?(\s+w:val="(1|true|on)")?\s*\/>/);
  });
});

describe('文字', () => {
  it('every text run names its fonts and hints East Asian for ambiguous punctuation', () => {
    const runs = elements(doc, 'w:r').filter((r) => r.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(20);
    const official = new Set(Object.values(docxFontNames));
    for (const r of runs) {
      const f = first(r, 'w:rFonts');
      expect(attr(f, 'w:hint'), textOf(r)).toBe('eastAsia');
      expect(official.has(attr(f, 'w:eastAsia') ?? ''), textOf(r)).toBe(true);
      expect(attr(f, 'w:ascii')).toBe(latinFontName);
      expect(attr(f, 'w:hAnsi')).toBe(latinFontName);
    }
    const quoted = runs.find((r) => textOf(r).includes('“一年小灶”'))!;
    expect(attrOf(quoted, 'w:rFonts', 'w:eastAsia')).toBe(docxFontNames.fangsong);
  });

  it('an emphasised run takes its role font; headings print their ordinal in the heading font', () => {
    const emphasis = elements(doc, 'w:r').find((r) => textOf(r) === '黑体强调')!;
    expect(attrOf(emphasis, 'w:rFonts', 'w:eastAsia')).toBe(docxFontNames.heiti);
    const h2 = byStyle(doc, '二级标题')[0]!;
    expect(h2.text).toBe('（一）巩固治理成效，持续推进专项整治');
    expect(attrOf(first(h2.xml, 'w:r'), 'w:rFonts', 'w:eastAsia')).toBe(docxFontNames.kaiti);
    // The main body's and attachment 1's.
    expect(byStyle(doc, '一级标题').map((p) => p.text)).toEqual(['一、总体思路', '一、总体思路']);
  });
});

describe('版头', () => {
  it('份号, 密级★保密期限 and 紧急程度 open the page in that order', () => {
    const ps = paragraphs(doc);
    expect(ps.slice(0, 3).map((p) => p.text)).toEqual(['000001', '秘密★1年', '特急']);
  });

  it('the mark is red 小标宋 at the largest size that fits, its top 35 mm below the 版心 top', () => {
    const mark = byStyle(doc, '发文机关标志')[0]!;
    expect(mark.text).toBe('太仓市应急管理局文件');
    expect(resolved(sample, '发文机关标志', 'w:color', 'w:val')).toBe('FF0000');
    expect(attrOf(mark.xml, 'w:sz', 'w:val')).toBe('84');
    // Three label lines of 579, then the space before centres the 1.25-em line on the mark's top.
    const before = Number(attrOf(mark.xml, 'w:spacing', 'w:before'));
    const line = Number(attrOf(mark.xml, 'w:spacing', 'w:line'));
    expect(3 * 579 + before + (line - 840) / 2).toBeCloseTo(mm(35) * 20, -1);
  });

  it('several issuers stack beside the suffix, shrunk to fit 156 mm', async () => {
    const joint = await readDocx(await buildDocx(jointDocument()));
    const xml = part(joint, 'word/document.xml');
    const table = first(xml, 'w:tbl')!;
    const cells = elements(table, 'w:tc');
    expect(cells).toHaveLength(2);
    expect(paragraphs(cells[0]!).map((p) => p.text)).toEqual(['太仓市应急管理局', '太仓市发展和改革委员会', '太仓市财政局']);
    expect(textOf(cells[1]!)).toBe('文件');
    expect(attrOf(cells[1]!, 'w:vAlign', 'w:val')).toBe('center');
    const size = Number(attrOf(cells[0]!, 'w:sz', 'w:val')) / 2;
    expect(size).toBeLessThan(42);
    expect((11 + 2) * size).toBeLessThanOrEqual(mm(156));
    expect((11 + 2) * (size + 0.5)).toBeGreaterThan(mm(156));
  });

  it('发文字号 is centred two lines below the mark and carries the red 156 mm rule 4 mm below', () => {
    const num = byStyle(doc, '发文字号')[0]!;
    expect(num.text).toBe('太应急〔2021〕46号');
    expect(attrOf(num.xml, 'w:spacing', 'w:before')).toBe(String(2 * 579));
    const rule = at(num.xml, 'w:pBdr w:bottom');
    expect(attr(rule, 'w:color')).toBe('FF0000');
    expect(attr(rule, 'w:sz')).toBe(String(profile.head.ruleThicknessPt * 8));
    // Measured from the line's bottom, which lies (28.95 − 16) / 2 pt below the characters.
    expect(attr(rule, 'w:space')).toBe(String(Math.round(mm(4) - (579 / 20 - 16) / 2)));
    // The border spans the paragraph, which has no side indents: the full 版心 width.
    expect(num.xml).not.toContain('<w:ind');
  });

  it('title two lines below the rule, 主送 one line below the title ending in ：', () => {
    const title = byStyle(doc, '公文标题')[0]!;
    expect(attrOf(title.xml, 'w:spacing', 'w:before')).toBe(String(2 * 579));
    expect(title.xml).toContain('<w:br/>');
    const to = byStyle(doc, '主送机关')[0]!;
    expect(attrOf(to.xml, 'w:spacing', 'w:before')).toBe('579');
    expect(to.text.endsWith('：')).toBe(true);
  });
});

describe('主体结尾', () => {
  it('附件说明: later items under "1.", names aligned by a hanging indent and a tab', () => {
    const notes = byStyle(doc, '附件说明');
    expect(notes.map((p) => p.text)).toEqual([
      '附件：1.2021年太仓市冶金等工贸行业安全监管工作要点',
      '2.一个很长很长的附件名称用来检验折行以后与名称的第一个字对齐的效果是否正确无误',
    ]);
    expect(attrOf(notes[0]!.xml, 'w:spacing', 'w:before')).toBe('579');
    // 2 字 indent + "附件：" (3) + "1." (1) = 6 字 to the name; the first line starts at 2 字, later items at 5.
    expect(attrOf(notes[0]!.xml, 'w:ind', 'w:left')).toBe('1920');
    expect(attrOf(notes[0]!.xml, 'w:ind', 'w:hanging')).toBe('1280');
    expect(attrOf(notes[1]!.xml, 'w:ind', 'w:left')).toBe('1920');
    expect(attrOf(notes[1]!.xml, 'w:ind', 'w:hanging')).toBe('320');
    for (const n of notes) {
      expect(n.xml).toContain('<w:tab/>');
      expect(attrOf(n.xml, 'w:tab', 'w:pos')).toBe('1920');
    }
  });

  it('with a seal: date 4 字 from the right, 署名 centred over it, two lines above', () => {
    const name = byStyle(doc, '署名')[0]!;
    const date = byStyle(doc, '成文日期')[0]!;
    expect(date.text).toBe('2021年3月30日');
    expect(attrOf(date.xml, 'w:ind', 'w:right')).toBe('1280');
    // 署名 8 字, date 6.5 字: centred means 0.75 字 less on the right.
    expect(attrOf(name.xml, 'w:ind', 'w:right')).toBe(String(Math.round((4 - 0.75) * 320)));
    expect(attrOf(name.xml, 'w:spacing', 'w:before')).toBe(String(2 * 579));
    expect(byStyle(doc, '附注').map((p) => p.text)).toEqual(['（此件公开发布）']);
  });

  it('without a seal: 署名 2 字 from the right, the date starting 2 字 right of it', async () => {
    const d = await readDocx(await buildDocx(unsealedDocument()));
    const xml = part(d, 'word/document.xml');
    const name = paragraphs(xml).find((p) => p.style === styleNamed(d, '署名').id)!;
    const date = paragraphs(xml).find((p) => p.style === styleNamed(d, '成文日期').id)!;
    expect(attrOf(name.xml, 'w:ind', 'w:right')).toBe('640');
    expect(attrOf(name.xml, 'w:spacing', 'w:before')).toBe('579');
    // Right edges: 署名 at 2, so its first character at 10 字 from the right; the date's at 8, ending at 1.5.
    expect(attrOf(date.xml, 'w:ind', 'w:right')).toBe(String(Math.round(1.5 * 320)));
  });

  it('a date longer than the 署名 keeps 2 字 on its right and moves the 署名 left', async () => {
    const d = await readDocx(await buildDocx(unsealedDocument(['应急局'])));
    const xml = part(d, 'word/document.xml');
    const name = paragraphs(xml).find((p) => p.style === styleNamed(d, '署名').id)!;
    const date = paragraphs(xml).find((p) => p.style === styleNamed(d, '成文日期').id)!;
    expect(attrOf(date.xml, 'w:ind', 'w:right')).toBe('640');
    expect(attrOf(name.xml, 'w:ind', 'w:right')).toBe(String(Math.round((2 + 6.5 + 2 - 3) * 320)));
  });

  it('each attachment starts a page: 附件N on line 1, title on line 3', () => {
    const labels = byStyle(doc, '附件标识');
    expect(labels.map((p) => p.text)).toEqual(['附件1', '附件2']);
    for (const l of labels) expect(l.xml).toContain('<w:pageBreakBefore/>');
    const titles = byStyle(doc, '附件标题');
    expect(titles.map((p) => p.text)).toEqual(['2021年太仓市冶金等工贸行业安全监管工作要点', '第二个附件']);
    expect(attrOf(titles[0]!.xml, 'w:spacing', 'w:before')).toBe('579');
  });
});

describe('落款不单独成页', () => {
  it('附件说明 and 署名 keep with the next paragraph; the last body paragraph too, with widow control, so two lines come along', () => {
    for (const name of ['附件说明', '署名']) expect(first(styleNamed(sample, name).xml, 'w:keepNext'), name).toBeDefined();
    expect(first(styleNamed(sample, '成文日期').xml, 'w:keepNext')).toBeUndefined();
    const all = paragraphs(doc);
    const notes = all.findIndex((q) => q.style === styleNamed(sample, '附件说明').id);
    const body = all.slice(0, notes).filter((q) => q.style === styleNamed(sample, 'Normal').id);
    const last = body[body.length - 1]!;
    expect(last.text).toContain('12.5%');
    expect(first(last.xml, 'w:keepNext')).toBeDefined();
    expect(first(last.xml, 'w:widowControl')).toBeDefined();
    expect(attrOf(last.xml, 'w:widowControl', 'w:val')).not.toBe('0');
    // Elsewhere the grid rules: no widow control, nothing kept with the next paragraph.
    for (const q of all.filter((q) => q.style === styleNamed(sample, 'Normal').id && q !== last)) expect(first(q.xml, 'w:keepNext')).toBeUndefined();
  });
});

describe('版记', () => {
  const colophonTable = () => elements(doc, 'w:tbl').find((t) => t.includes('印发'))!;

  it('is a 156 mm table floated to the bottom of the margin box', () => {
    const t = colophonTable();
    const pos = first(t, 'w:tblpPr');
    expect(attr(pos, 'w:vertAnchor')).toBe('margin');
    expect(attr(pos, 'w:tblpYSpec')).toBe('bottom');
    expect(attr(pos, 'w:horzAnchor')).toBe('page');
    expect(attr(pos, 'w:tblpX')).toBe(String(Math.round(mm(28) * 20)));
    expect(attrOf(t, 'w:tblW', 'w:w')).toBe(String(Math.round(mm(156) * 20)));
  });

  it('thick first and last rules (0.35 mm), thin rules between (0.25 mm), no side rules', () => {
    const borders = first(colophonTable(), 'w:tblBorders')!;
    const sz = (side: string) => attrOf(borders, `w:${side}`, 'w:sz');
    expect(sz('top')).toBe(String(Math.round(mm(0.35) * 8)));
    expect(sz('bottom')).toBe(String(Math.round(mm(0.35) * 8)));
    expect(sz('insideH')).toBe(String(Math.round(mm(0.25) * 8)));
    expect(sz('top')).not.toBe(sz('insideH'));
    for (const side of ['left', 'right', 'insideV']) expect(attrOf(borders, `w:${side}`, 'w:val'), side).toBe('none');
  });

  it('rows: 印数, 抄送 (1 字 insets, wrapped lines after the colon), then 印发机关 and date', () => {
    const rows = elements(colophonTable(), 'w:tr');
    expect(rows.map(textOf)).toEqual(['（共印15份）', '抄送：苏州市应急管理局，太仓市安委办。', '太仓市应急管理局2021年3月30日印发']);
    const copyTo = paragraphs(rows[1]!)[0]!;
    expect(attrOf(copyTo.xml, 'w:ind', 'w:left')).toBe(String(280 + 840));
    expect(attrOf(copyTo.xml, 'w:ind', 'w:hanging')).toBe('840');
    expect(attrOf(copyTo.xml, 'w:ind', 'w:right')).toBe('280');
    const [printer, date] = paragraphs(rows[2]!);
    expect(attrOf(printer!.xml, 'w:ind', 'w:left')).toBe('280');
    expect(attrOf(date!.xml, 'w:ind', 'w:right')).toBe('280');
    expect(attrOf(date!.xml, 'w:jc', 'w:val')).toBe('right');
  });
});

describe('页码', () => {
  it('odd and even footers with a PAGE field, odd right / even left with a 1-字 inset', () => {
    expect(part(sample, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const sect = first(doc, 'w:sectPr')!;
    const refs = elements(sect, 'w:footerReference');
    const target = (type: string) => {
      const id = attr(refs.find((r) => attr(r, 'w:type') === type), 'r:id');
      const rel = elements(part(sample, 'word/_rels/document.xml.rels'), 'Relationship').find((r) => attr(r, 'Id') === id);
      return part(sample, `word/${attr(rel, 'Target')}`);
    };
    const odd = target('default');
    const even = target('even');
    for (const f of [odd, even]) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(textOf(f)).toBe('\u2014  \u2014'); // the number is the field's
      for (const r of elements(f, 'w:r')) {
        expect(attrOf(r, 'w:rFonts', 'w:ascii')).toBe(docxFontNames.songti);
        expect(attrOf(r, 'w:rFonts', 'w:eastAsia')).toBe(docxFontNames.songti);
      }
    }
    expect(attrOf(odd, 'w:jc', 'w:val')).toBe('right');
    expect(attrOf(odd, 'w:ind', 'w:right')).toBe('280');
    expect(attrOf(even, 'w:jc', 'w:val')).toBe('left');
    expect(attrOf(even, 'w:ind', 'w:left')).toBe('280');
  });

  it('the footer distance puts the dash about 7 mm below the 版心', () => {
    const footer = Number(attrOf(first(doc, 'w:sectPr'), 'w:pgMar', 'w:footer')) / 20;
    // From the page bottom: 28 mm to the dash, minus the dash's height above the footer line's bottom.
    expect(footer).toBeLessThan(mm(28));
    expect(footer).toBeGreaterThan(mm(24));
  });
});

describe('元数据与确定性', () => {
  it('title, author and dates come from the model', () => {
    const core = part(sample, 'docProps/core.xml');
    expect(core).toContain('<dc:title>关于下发《2021年太仓市冶金等工贸行业安全监管工作要点》的通知</dc:title>');
    expect(core).toContain('<dc:creator>太仓市应急管理局</dc:creator>');
    expect(core).toMatch(/<dcterms:created[^>]*>2021-03-30T00:00:00Z</);
    expect(core).toMatch(/<dcterms:modified[^>]*>2021-03-30T00:00:00Z</);
    for (const f of Object.values(sample.zip.files)) expect(f.date.toISOString(), f.name).toBe('2021-03-30T00:00:00.000Z');
  });

  it('the same model gives byte-identical files', async () => {
    const again = await buildDocx(sampleDocument());
    expect(Buffer.from(again).equals(Buffer.from(sampleBytes))).toBe(true);
    const other = await buildDocx({ ...sampleDocument(), title: ['另一个标题'] });
    expect(Buffer.from(other).equals(Buffer.from(sampleBytes))).toBe(false);
  });

  it('[Content_Types].xml is the first entry', async () => {
    const zip = await JSZip.loadAsync(sampleBytes);
    expect(Object.keys(zip.files)[0]).toBe('[Content_Types].xml');
  });
});

// CI installs LibreOffice (.ci/run); there a missing soffice must fail, not skip.
describe.skipIf(!sofficeAvailable() && !process.env.CI)('LibreOffice', () => {
  it('sets 22 lines of 28 characters on a full page', async () => {
    const pdf = await convertToPdf(await buildDocx(longDocument()), 'long');
    const pages = await pdfLines(pdf);
    fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
    const top = mm(37) - 20;
    const bottom = mm(262) + 10;
    const right = mm(184);
    // Full pages: only 3号 text in the block, down to its last line, and no 附件说明 or 落款 (blank lines precede them).
    const inBlock = (lines: typeof pages[number]) => lines.filter((l) => l.y > top && l.y < bottom);
    const names = longDocument().signature.names;
    const full = pages.filter((lines) => {
      const block = inBlock(lines);
      return block.every((l) => Math.abs(l.size - 16) < 0.6) && block.some((l) => l.y > mm(262) - mm(225) / 22) &&
        !block.some((l) => l.text.startsWith('附件：') || names.includes(l.text));
    });
    expect(full.length).toBeGreaterThan(2);
    for (const lines of full) {
      const block = inBlock(lines);
      expect(block).toHaveLength(22);
      const pitch = (block[21]!.y - block[0]!.y) / 21;
      expect(pitch).toBeCloseTo(mm(225) / 22, 0);
      const counts = block.filter((l) => l.x1 > right - 16 && /^[\u3000-\u9fff\uff00-\uff60“”]+$/.test(l.text)).map((l) => [...l.text].length);
      expect(counts.length).toBeGreaterThan(10);
      expect(Math.max(...counts)).toBe(28);
    }
    // Every shorter full line is an indented first line or gave characters to the next by the line-start rules.
    expect(unexplainedShortLines(pages.flatMap((lines) => inBlock(lines).filter((l) => Math.abs(l.size - 16) < 0.6)))).toEqual([]);
    // Page numbers: "— N —" about 7 mm below the 版心, odd pages right, even pages left.
    pages.forEach((lines, i) => {
      const num = lines.find((l) => /^—\s*\d+\s*—$/.test(l.text));
      expect(num, `page ${i + 1}`).toBeDefined();
      expect(num!.y - 0.35 * 14 - mm(262)).toBeGreaterThan(mm(6));
      expect(num!.y - 0.35 * 14 - mm(262)).toBeLessThan(mm(8));
      if (i % 2 === 0) expect(right - num!.x1).toBeCloseTo(14, -1);
      else expect(num!.x0 - mm(28)).toBeCloseTo(14, -1);
    });
  }, 180_000);
});
