/**
 * The 信函格式 PDF (GB/T 9704 §10.1), measured with pdfjs and compared with the standard's
 * numbers in millimetres: mark 30 mm from the paper top, red double lines 170 mm long, the
 * 份号 and 文号 under them, no page number on page 1, 抄送 alone at the foot of the last page.
 */
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Block, OfficialDocument, SourcePosition } from '../src/ir/types.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { sampleLetter } from './support/sample-letter.js';
import { checkGbt9704, isRed, measurePdf, mm, type PdfMeasure, type Rule, type TextLine } from './support/measure-pdf.js';
import { TOP, LEFT, RIGHT, BOTTOM, PITCH, glyphTop } from './support/gbt9704-block.js';

const fonts = resolveFonts({ system: false });

const at: SourcePosition = { file: 'letter/index.md', line: 10, column: 1 };
const run = (text: string) => ({ type: 'text' as const, text, position: at });
const sentence =
  '各地区要把风险报告重点执法事项作为日常检查的必查项，对规上较大以上风险零报告、未常态化运行风险报告系统的企业开展全覆盖检查，建立执法检查与专家指导相结合的工作机制，检查发现的问题隐患要当场交办、限期整改、逐项销号，推动企业落实安全生产主体责任。';
/** Headings each followed by a paragraph of about ten lines (all CJK, so full lines hold 28 characters). */
function letterWithSections(n: number): OfficialDocument {
  const body: Block[] = [];
  for (let i = 0; i < n; i++) {
    body.push({ type: 'heading', level: 1, ordinal: `${'一二三四五'[i]}、`, children: [run('执法检查情况')], position: at });
    body.push({ type: 'paragraph', children: [run(sentence + sentence)], position: at });
  }
  return { ...sampleLetter(), body };
}

const build = async (doc: OfficialDocument): Promise<PdfMeasure> => {
  const r = await buildPdf(doc, fonts);
  expect(r.diagnostics).toEqual([]);
  return measurePdf(r.bytes);
};
const redRules = (rules: Rule[]) => rules.filter((r) => isRed(r.color)).sort((a, b) => a.y0 - b.y0);
/** A stroked line's path runs along its middle: its edges are half its width either side. */
const topEdge = (r: Rule) => r.y0 - r.lineWidth / 2;
const bottomEdge = (r: Rule) => r.y1 + r.lineWidth / 2;

/**
 * The mark's top edge is the top of its glyphs' em box. A CJK font designs every ideograph in
 * the ideographic em box, whose top is the OS/2 typo ascender (0.88 em in Noto CJK); this is
 * the font ascent that bounds the characters. The hhea ascent (1.151 em, what PyMuPDF draws a
 * character's bbox to) is the line box, ≈4 mm above the characters at 42 pt, so not the
 * mark's edge. The metrics come from the font file the PDF embeds (its name is checked).
 */
const mark = fontkit.openSync(fonts.xiaobiaosong.file, fonts.xiaobiaosong.postscriptName) as fontkit.Font & {
  'OS/2': { typoAscender: number; typoDescender: number };
};
const emTop = (l: TextLine) => l.baseline - (mark['OS/2'].typoAscender / mark.unitsPerEm) * l.size;
const emBottom = (l: TextLine) => l.baseline - (mark['OS/2'].typoDescender / mark.unitsPerEm) * l.size;
/** The ink: the highest outline point of the mark's glyphs. */
const inkTop = (l: TextLine) => l.baseline - Math.max(...[...l.text].map((ch) => mark.glyphForCodePoint(ch.codePointAt(0)!).bbox.maxY)) / mark.unitsPerEm * l.size;

let m: PdfMeasure;
beforeAll(async () => {
  m = await build(letterWithSections(2));
});

describe('a two-page 信函 as PDF', () => {
  test('two pages', () => {
    expect(m.pages).toHaveLength(2);
  });

  test('red mark without 文件, centred, its top edge 30 mm from the paper top', () => {
    const red = m.pages[0]!.lines.filter((l) => l.red);
    expect(red.map((l) => l.text)).toEqual(['常州市应急管理局']);
    const l = red[0]!;
    expect(l.fonts.join()).toContain(mark.postscriptName);
    expect(l.size).toBe(42);
    expect(Math.abs(emTop(l) - mm(30))).toBeLessThan(mm(1));
    expect(Math.abs(inkTop(l) - mm(30))).toBeLessThan(mm(1));
    expect(Math.abs((l.x0 + l.x1) / 2 - mm(106))).toBeLessThan(mm(0.5));
  });

  test('red double lines 170 mm centred on the page: thick over thin 4 mm under the mark, thin over thick 20 mm above the paper bottom', () => {
    const markLine = m.pages[0]!.lines.find((l) => l.red)!;
    const rules = redRules(m.pages[0]!.rules);
    expect(rules).toHaveLength(4);
    for (const r of rules) {
      expect(Math.abs(r.x0 - mm(20))).toBeLessThan(mm(0.5));
      expect(Math.abs(r.x1 - mm(190))).toBeLessThan(mm(0.5));
    }
    const [upperThick, upperThin, lowerThin, lowerThick] = rules as [Rule, Rule, Rule, Rule];
    expect(upperThick.lineWidth).toBeGreaterThan(upperThin.lineWidth);
    expect(lowerThick.lineWidth).toBeGreaterThan(lowerThin.lineWidth);
    expect(Math.abs(topEdge(upperThick) - emBottom(markLine) - mm(4))).toBeLessThan(mm(1));
    expect(Math.abs(bottomEdge(lowerThick) - mm(277))).toBeLessThan(mm(1));
    // Each pair is one double line: its two strokes close together, not touching.
    expect(topEdge(upperThin) - bottomEdge(upperThick)).toBeCloseTo(mm(1), 0);
    expect(topEdge(lowerThick) - bottomEdge(lowerThin)).toBeCloseTo(mm(1), 0);
  });

  test('the lower double lines are on page 1 only', () => {
    for (const page of m.pages.slice(1)) expect(redRules(page.rules)).toEqual([]);
  });

  test('份号 at the 版心 left and 文号 at the 版心 right on one baseline, ⅞ of a 3号 line under the upper lines; 紧急程度 on the next line', () => {
    const p1 = m.pages[0]!;
    const row = p1.lines.find((l) => l.text.includes('000012'))!;
    // One baseline: the measure groups glyphs by baseline, so both stand on this one line.
    expect(row.text).toBe('000012常应急函〔2022〕89号');
    expect(Math.abs(row.x0 - LEFT)).toBeLessThan(mm(0.5));
    expect(Math.abs(row.x1 - RIGHT)).toBeLessThan(mm(0.5));
    // The two stand apart: 份号 in the left half, 文号 in the right.
    const side = (right: boolean) => row.glyphs.filter((g) => g.x0 > mm(105) === right).map((g) => g.char).join('');
    expect([side(false), side(true)]).toEqual(['000012', '常应急函〔2022〕89号']);
    const thin = redRules(p1.rules)[1]!;
    const gap = glyphTop(row) - bottomEdge(thin);
    expect(Math.abs(gap - (7 / 8) * 16)).toBeLessThan(mm(0.3));
    const urgency = p1.lines.find((l) => l.text === '加急')!;
    expect(urgency.baseline - row.baseline).toBeCloseTo(PITCH, 1);
    expect(Math.abs(urgency.x0 - LEFT)).toBeLessThan(mm(0.5));
  });

  test('title two blank lines under the head rows, then 主送 and the body on the grid', () => {
    const p1 = m.pages[0]!;
    const urgency = p1.lines.find((l) => l.text === '加急')!;
    const title = p1.lines.filter((l) => l.size === 22);
    expect(title.map((l) => l.text)).toEqual(['关于2022年第三季度冶金等工贸行业', '安全生产执法检查情况的通报']);
    // The title takes the grid line nearest three pitches under the last head row: two blank lines between.
    const lines = (glyphTop(title[0]!) - glyphTop(urgency)) / PITCH;
    expect(lines).toBeGreaterThan(2.5);
    expect(lines).toBeLessThan(3.5);
    const recipients = p1.lines.find((l) => l.text.startsWith('各辖市'))!;
    expect(Math.abs(recipients.x0 - LEFT)).toBeLessThan(mm(0.5));
    // Every 3号 line after the title, on every page, has its glyph top on a grid line.
    const body = m.pages.flatMap((p, i) => p.lines.filter((l) => l.size === 16 && l.baseline < BOTTOM && (i > 0 || l.baseline > title[0]!.baseline)));
    expect(body.length).toBeGreaterThan(20);
    for (const l of body) {
      const k = (glyphTop(l) - TOP) / PITCH;
      expect(Math.abs(k - Math.round(k)) * PITCH).toBeLessThan(0.5);
    }
    expect(Math.round((glyphTop(recipients) - TOP) / PITCH) - Math.round((glyphTop(title.at(-1)!) - TOP) / PITCH)).toBe(2);
  });

  test('no page number on page 1; "— 2 —" on page 2 at the even-page position', () => {
    const numbered = (i: number) => m.pages[i]!.lines.filter((l) => /^—\d+—$/.test(l.text));
    expect(numbered(0)).toEqual([]);
    const [n] = numbered(1);
    expect(n!.text).toBe('—2—');
    expect(n!.size).toBe(14);
    expect(n!.x0 - LEFT).toBeCloseTo(14, 0);
    const below = n!.glyphs[0]!.baseline - 0.35 * 14 - BOTTOM;
    expect(below).toBeGreaterThan(mm(6));
    expect(below).toBeLessThan(mm(8));
  });

  test('版记: 抄送 alone on the last grid line of the last page, 4号, inset one character, with no rules and no 印发', () => {
    const last = m.pages.at(-1)!;
    const copy = last.lines.find((l) => l.text.startsWith('抄送：'))!;
    expect(copy.text).toBe('抄送：江苏省应急管理厅，常州市安委办。');
    expect(copy.size).toBe(14);
    expect(copy.fonts.join()).toMatch(/NotoSerifSC-Regular/);
    expect(copy.x0 - LEFT).toBeCloseTo(14, 0);
    expect(copy.baseline).toBeGreaterThan(BOTTOM - PITCH);
    expect(copy.baseline).toBeLessThan(BOTTOM);
    expect(m.pages.flatMap((p) => p.lines).filter((l) => l.text.includes('抄送'))).toHaveLength(1);
    expect(m.pages.flatMap((p) => p.lines).some((l) => l.text.includes('印发'))).toBe(false);
    expect(m.pages.flatMap((p) => p.rules).filter((r) => !isRed(r.color))).toEqual([]);
  });

  test('the layout measure: every rule holds but the two that read page 1 as a 文件格式 page', () => {
    const failed = checkGbt9704(m).filter((c) => !c.ok);
    // "top of text block 37mm": the most common top of each page's first line. A letter's page 1
    // opens with the mark 30 mm from the paper top, above the 版心 by the standard; with two pages
    // 30 and 37 tie and page 1 counts first. "22 lines on a full page": judged on every page but
    // the last, here page 1 alone, where the mark and two head rows (off the grid) take the room
    // of the 版心's first six lines: 3 + 2 title + 主送 + 12 body = 18 lines.
    expect(failed).toEqual([
      { rule: 'top of text block 37mm (±2)', ok: false, detail: 'first line top at about 30mm' },
      { rule: '22 lines on a full page', ok: false, detail: 'lines per page (all but last): [18]' },
    ]);
  });
});

describe('a longer 信函', () => {
  test('once page 2 is full, the layout measure passes every rule, page numbers from page 2', async () => {
    const long = await build(letterWithSections(4));
    expect(long.pages.length).toBeGreaterThanOrEqual(3);
    expect(checkGbt9704(long).filter((c) => !c.ok)).toEqual([]);
    expect(long.pages[0]!.lines.some((l) => /^—\d+—$/.test(l.text))).toBe(false);
  });
});
