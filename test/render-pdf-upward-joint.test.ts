/**
 * 上行文 签发人 rows and 联合行文 署名 with seals, measured from the PDF: GB/T 9704 §7.2.4
 * (two 签发人 a row, the 文号 on the last row) and §7.3.5.1 (one seal per 署名, rows of two).
 */
import { describe, expect, test } from 'vitest';
import { gridMetrics, profile } from '../src/layout/gbt9704.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { longDocument } from './support/docx-long-document.js';
import { sampleDocument } from './support/sample-document.js';
import { measurePdf, mm, type Glyph, type PdfMeasure, type TextLine } from './support/measure-pdf.js';

const fonts = resolveFonts({ system: false });
const LEFT = mm(28);
const RIGHT = mm(184);
const { cell, linePitch: PITCH } = gridMetrics(profile);
const glyphTop = (l: TextLine) => l.baseline - 0.88 * l.size;
/** A glyph's pen advance is its natural 16 pt; on the grid it takes one cell (≈ 15.79 pt), so edges are measured from cells. */
const cellEnd = (g: Glyph[]) => g[g.length - 1]!.x0 + cell;
const isRedRule = (r: { color: number[] }) => r.color[0]! > 0.9 && r.color[1]! < 0.1;

async function headOf(signers: string[]) {
  const doc = sampleDocument();
  doc.head.signers = signers;
  const r = await buildPdf(doc, fonts);
  expect(r.diagnostics).toEqual([]);
  const page = (await measurePdf(r.bytes)).pages[0]!;
  const glyphs = (chars: string) => page.glyphs.filter((g) => chars.includes(g.char) && g.size === 16);
  const first = (ch: string) => glyphs(ch)[0]!;
  const lineOf = (g: Glyph) => page.lines.find((l) => l.glyphs.includes(g))!;
  const rule = page.rules.find(isRedRule)!;
  const title = page.lines.find((l) => l.size === 22)!;
  return { page, glyphs, first, lineOf, rule, title };
}

describe('上行文: 签发人 two a row, the 文号 on the last row', () => {
  test('three signers: two rows, the third under the first name, the 文号 and the red rule follow the last row', async () => {
    const h = await headOf(['张三', '李四', '王五']);
    const label = h.lineOf(h.first('签'));
    const row1 = label;
    // "签发人：" (仿宋) + 张三　李四 (楷体) on one baseline, right-indented one character.
    expect(row1.text).toBe('签发人：张三李四');
    expect(RIGHT - cellEnd(row1.glyphs)).toBeCloseTo(cell, 1);
    // (The open fonts set 楷体 and 仿宋 alike in Noto Serif SC, so the roles cannot be told apart here.)
    // 王五 on the next grid line, starting under 张 (not under 签).
    const wang = h.first('王');
    expect(wang.baseline - h.first('张').baseline).toBeCloseTo(PITCH, 1);
    expect(wang.x0 - h.first('张').x0).toBeCloseTo(0, 1);
    // The 文号 on the row of the last 签发人, left-indented one character.
    const row2 = h.lineOf(wang);
    expect(row2.text).toBe('太应急〔2021〕46号王五');
    expect(row2.x0 - LEFT).toBeCloseTo(cell, 1);
    // The red rule 4 mm under that row; the title two blank lines under the rule, on the grid.
    expect((h.rule.y0 + h.rule.y1) / 2 - (glyphTop(row2) + 16)).toBeCloseTo(mm(4), 1);
    expect(glyphTop(h.title) - h.rule.y0).toBeGreaterThan(2 * PITCH);
    expect(glyphTop(h.title) - h.rule.y0).toBeLessThan(3 * PITCH);
    const oneRow = await headOf(['张三', '李四']);
    expect(glyphTop(h.title) - glyphTop(oneRow.title)).toBeCloseTo(PITCH, 1);
  });

  test('one signer: the 文号 and 签发人 share the line where the 文号 stands alone, as before', async () => {
    const h = await headOf(['张三']);
    const plain = sampleDocument();
    const base = (await measurePdf((await buildPdf(plain, fonts)).bytes)).pages[0]!;
    const centred = base.lines.find((l) => l.text === '太应急〔2021〕46号')!;
    const row = h.lineOf(h.first('签'));
    expect(row.text).toBe('太应急〔2021〕46号签发人：张三');
    expect(row.baseline).toBeCloseTo(centred.baseline, 1);
    expect(row.x0 - LEFT).toBeCloseTo(cell, 1);
    expect(RIGHT - cellEnd(row.glyphs)).toBeCloseTo(cell, 1);
    const baseRule = base.rules.find(isRedRule)!;
    expect(h.rule.y0).toBeCloseTo(baseRule.y0, 2);
    expect(glyphTop(h.title)).toBeCloseTo(glyphTop(base.lines.find((l) => l.size === 22)!), 2);
  });
});

describe('联合行文 with seals: 署名 in rows of two', () => {
  const sealedDoc = async (names: string[]): Promise<PdfMeasure> => {
    const doc = sampleDocument();
    doc.signature = { ...doc.signature, names, sealed: true };
    const r = await buildPdf(doc, fonts);
    expect(r.diagnostics).toEqual([]);
    return measurePdf(r.bytes);
  };
  const centre = (g: Glyph[]) => (g[0]!.x0 + cellEnd(g)) / 2;

  test('three issuers: two names side by side, the right one over the date, the third alone over the date', async () => {
    const names = ['太仓市应急管理局', '太仓市公安局', '太仓市财政局'];
    const pm = await sealedDoc(names);
    const page = pm.pages.find((p) => p.lines.some((l) => l.text === '2021年3月30日'))!;
    const date = page.lines.find((l) => l.text === '2021年3月30日')!;
    const i = page.lines.indexOf(date);
    const [row1, row2] = [page.lines[i - 2]!, page.lines[i - 1]!];
    expect(row1.text).toBe('太仓市应急管理局太仓市公安局');
    expect(row2.text).toBe('太仓市财政局');
    const left = row1.glyphs.slice(0, 8);
    const right = row1.glyphs.slice(8);
    const dateCentre = centre(date.glyphs);
    // The date right-indented 4 characters, as for one issuer.
    expect(RIGHT - cellEnd(date.glyphs)).toBeCloseTo(profile.signature.sealed.dateRightIndentChars * cell, 1);
    expect(centre(right) - dateCentre).toBeCloseTo(0, 1);
    expect(centre(right) - centre(left)).toBeCloseTo(mm(profile.signature.sealed.jointColumnGapMm), 1);
    expect(centre(row2.glyphs) - dateCentre).toBeCloseTo(0, 1);
    // Rows jointRowGapLines blank lines apart; the last row directly above the date.
    expect(row2.baseline - row1.baseline).toBeCloseTo((profile.signature.sealed.jointRowGapLines + 1) * PITCH, 1);
    expect(date.baseline - row2.baseline).toBeCloseTo(PITCH, 1);
    // Everything, 42 mm seals included, inside the 版心.
    for (const l of [row1, row2, date]) {
      expect(l.x0).toBeGreaterThanOrEqual(LEFT);
      expect(cellEnd(l.glyphs)).toBeLessThanOrEqual(RIGHT);
    }
    expect(centre(left) - mm(21)).toBeGreaterThanOrEqual(LEFT);
  });

  test('four issuers: two full rows; names too wide for the gap are pushed apart instead of overlapping', async () => {
    const names = ['太仓市应急管理局', '太仓市公安局', '太仓市发展和改革委员会', '太仓市住房和城乡建设局'];
    const pm = await sealedDoc(names);
    const lines = pm.pages.flatMap((p) => p.lines);
    const date = lines.find((l) => l.text === '2021年3月30日')!;
    const i = lines.indexOf(date);
    const [row1, row2] = [lines[i - 2]!, lines[i - 1]!];
    expect(row1.text).toBe('太仓市应急管理局太仓市公安局');
    expect(row2.text).toBe('太仓市发展和改革委员会太仓市住房和城乡建设局');
    const [a, b] = [row2.glyphs.slice(0, 11), row2.glyphs.slice(11)];
    expect(centre(b) - centre(date.glyphs)).toBeCloseTo(0, 1);
    expect(b[0]!.x0 - cellEnd(a)).toBeGreaterThanOrEqual(profile.signature.sealed.jointMinNameGapChars * cell - 0.1);
    expect(row2.x0).toBeGreaterThanOrEqual(LEFT);
  });

  test('three issuers at any page position: the rows and the date stay on one page with text above them', async () => {
    for (let extra = 0; extra < profile.grid.lines; extra++) {
      const doc = longDocument(1);
      doc.attachmentNotes = [];
      doc.note = undefined;
      doc.body.push(...Array.from({ length: extra }, (_, k) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text: `短段落${k}。`, position: doc.position }], position: doc.position })));
      doc.signature = { ...doc.signature, names: ['太仓市应急管理局', '太仓市公安局', '太仓市财政局'], sealed: true };
      const pm = await measurePdf((await buildPdf(doc, fonts)).bytes);
      const page = pm.pages.find((p) => p.lines.some((l) => l.text === '2021年3月30日'))!;
      const texts = page.lines.map((l) => l.text);
      const i = texts.indexOf('2021年3月30日');
      expect(texts.slice(i - 2, i), `extra=${extra}`).toEqual(['太仓市应急管理局太仓市公安局', '太仓市财政局']);
      expect(i, `extra=${extra}`).toBeGreaterThanOrEqual(3);
    }
  });

  test('one sealed issuer: the 署名 centred directly over the date, as before', async () => {
    const pm = await sealedDoc(['太仓市应急管理局']);
    const lines = pm.pages.flatMap((p) => p.lines);
    const date = lines.find((l) => l.text === '2021年3月30日')!;
    const name = lines[lines.indexOf(date) - 1]!;
    expect(name.text).toBe('太仓市应急管理局');
    expect(date.baseline - name.baseline).toBeCloseTo(PITCH, 1);
    expect(centre(name.glyphs)).toBeCloseTo(centre(date.glyphs), 1);
  });
});
