/**
 * The PDF measured, not trusted: the 太仓 example is built with the open fonts and read
 * back with pdfjs; positions are compared with GB/T 9704's numbers in millimetres.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadNotice } from '../src/content/load-notice.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { sampleDocument } from './support/sample-document.js';
import { checkGbt9704, measurePdf, mm, type PdfMeasure } from './support/measure-pdf.js';
import { TOP, LEFT, RIGHT, BOTTOM, PITCH, glyphTop } from './support/gbt9704-block.js';

const fonts = resolveFonts({ system: false });
const folder = path.join(import.meta.dirname, '..', 'content', 'taicang-2021-work-points');

let bytes: Uint8Array;
let m: PdfMeasure;
beforeAll(async () => {
  const { document } = loadNotice(folder);
  const r = await buildPdf(document, fonts);
  expect(r.diagnostics).toEqual([]);
  bytes = r.bytes;
  m = await measurePdf(bytes);
});

describe('the 太仓 notice as PDF', () => {
  test('passes every rule of the layout measure', () => {
    const failed = checkGbt9704(m).filter((c) => !c.ok);
    expect(failed).toEqual([]);
  });

  test('every full page holds 22 lines on the 28.99 pt grid, glyph tops on the grid lines', () => {
    // The attachment runs from its title page to the 版记 page; the pages between are full.
    const start = m.pages.findIndex((p) => p.lines.some((l) => l.text === '附件1'));
    const full = m.pages.slice(start + 1, -1);
    expect(full.length).toBeGreaterThanOrEqual(5);
    for (const page of full) {
      const body = page.lines.filter((l) => Math.abs(l.size - 16) < 0.6 && l.baseline < BOTTOM);
      expect(body).toHaveLength(22);
      body.forEach((l, i) => expect(glyphTop(l)).toBeCloseTo(TOP + i * PITCH, 0));
    }
  });

  test('full lines hold 28 characters inside the 156 mm block', () => {
    const full = m.pages.flatMap((p) => p.lines).filter((l) => l.size === 16 && l.x1 > RIGHT - 16 && /^[\u3000-\u9fff\uff00-\uffef“”]+$/.test(l.text));
    expect(full.length).toBeGreaterThan(50);
    expect(full.filter((l) => l.text.length === 28).length / full.length).toBeGreaterThan(0.8);
    for (const l of m.pages.flatMap((p) => p.lines).filter((x) => x.size === 16)) {
      expect(l.x0).toBeGreaterThanOrEqual(LEFT - 0.2);
      expect(l.x1).toBeLessThanOrEqual(RIGHT + 0.5);
    }
  });

  test('red mark 35 mm below the 版心 top, 文号 under it, red rule 156 mm wide 4 mm below the 文号', () => {
    const p1 = m.pages[0]!;
    const mark = p1.lines.find((l) => l.red)!;
    expect(mark.text).toBe('太仓市应急管理局文件');
    expect(glyphTop(mark)).toBeCloseTo(mm(72), 0);
    expect((mark.x0 + mark.x1) / 2).toBeCloseTo(mm(106), -0.5);
    const number = p1.lines.find((l) => l.text === '太应急〔2021〕46号')!;
    expect(number.red).toBe(false);
    expect((number.x0 + number.x1) / 2).toBeCloseTo(mm(106), -0.5);
    const markBottom = glyphTop(mark) + mark.size;
    expect(glyphTop(number) - markBottom).toBeCloseTo(3 * PITCH - 16, 0);
    const rule = p1.rules.find((r) => r.color[0] > 0.9 && r.color[1] < 0.1)!;
    expect(rule.x0).toBeCloseTo(LEFT, 0);
    expect(rule.x1).toBeCloseTo(RIGHT, 0);
    expect((rule.y0 + rule.y1) / 2 - (glyphTop(number) + 16)).toBeCloseTo(mm(4), 0);
  });

  test('title in 2号 two blank lines under the rule, fonts by role', () => {
    const p1 = m.pages[0]!;
    const title = p1.lines.filter((l) => l.size === 22);
    expect(title.map((l) => l.text)).toEqual(['关于下发《2021年太仓市冶金等工贸行业', '安全监管工作要点》的通知']);
    expect(title[0]!.fonts.join()).toMatch(/NotoSerifSC-Bold/);
    const rule = p1.rules.find((r) => r.color[0] > 0.9)!;
    expect(glyphTop(title[0]!) - rule.y0).toBeGreaterThan(2 * PITCH);
    const body = m.pages.flatMap((p) => p.lines).find((l) => l.text.startsWith('现将'))!;
    expect(body.fonts.join()).toMatch(/NotoSerifSC-Regular/);
    expect(body.x0 - LEFT).toBeCloseTo(2 * (mm(156) / 28), 0);
    const h1 = m.pages.flatMap((p) => p.lines).find((l) => l.text === '一、总体思路')!;
    expect(h1.fonts.join()).toMatch(/NotoSansSC/);
  });

  test('attachment page: 附件1 on line 1 in 黑体, title on line 3', () => {
    const page = m.pages.find((p) => p.lines.some((l) => l.text === '附件1'))!;
    const label = page.lines.find((l) => l.text === '附件1')!;
    expect(glyphTop(label)).toBeCloseTo(TOP, 0);
    expect(label.x0).toBeCloseTo(LEFT, 0);
    expect(label.fonts.join()).toMatch(/NotoSansSC/);
    const title = page.lines.find((l) => l.size === 22)!;
    expect(Math.round((title.baseline - label.baseline) / PITCH)).toBe(2);
  });

  test('page numbers: "— N —" 4号, dash 7 mm below the 版心, odd right / even left with a one-character inset', () => {
    m.pages.forEach((page, i) => {
      const n = page.lines.find((l) => /^—\d+—$/.test(l.text))!;
      expect(n.text).toBe(`—${i + 1}—`);
      expect(n.size).toBe(14);
      const dash = n.glyphs[0]!;
      expect(dash.baseline - 0.35 * 14 - BOTTOM).toBeGreaterThan(mm(6));
      expect(dash.baseline - 0.35 * 14 - BOTTOM).toBeLessThan(mm(8));
      if ((i + 1) % 2) expect(RIGHT - n.x1).toBeCloseTo(14, 0);
      else expect(n.x0 - LEFT).toBeCloseTo(14, 0);
    });
  });

  test('版记 on the last page: its last rule on the 版心 bottom, 印发 row above it', () => {
    const last = m.pages[m.pages.length - 1]!;
    const rules = last.rules.filter((r) => r.x1 - r.x0 > mm(150)).sort((a, b) => a.y0 - b.y0);
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect((rules.at(-1)!.y0 + rules.at(-1)!.y1) / 2).toBeCloseTo(BOTTOM, 0);
    const printed = last.lines.find((l) => l.text.endsWith('2021年3月30日印发'))!;
    expect(printed.size).toBe(14);
    expect(RIGHT - printed.x1).toBeCloseTo(14, 0);
    expect(printed.baseline).toBeLessThan(BOTTOM);
    expect(printed.baseline).toBeGreaterThan(BOTTOM - PITCH);
    expect(last.lines.some((l) => l.text === '（共印15份）')).toBe(true);
  });

  test('fonts embedded and subset; title and author in the metadata', () => {
    expect(m.fontsEmbedded.length).toBeGreaterThanOrEqual(3);
    for (const f of m.fontsEmbedded) expect(f).toMatchObject({ embedded: true, subset: true });
    expect(m.info.Title).toBe('关于下发《2021年太仓市冶金等工贸行业安全监管工作要点》的通知');
    expect(m.info.Author).toBe('太仓市应急管理局');
  });

  test('the same input gives byte-identical output', async () => {
    const again = await buildPdf(loadNotice(folder).document, fonts);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('PDF renderer details', () => {
  test('份号, 密级★保密期限 and 紧急程度 take the first three lines, 顶格, in 黑体', async () => {
    const pm = await measurePdf((await buildPdf(sampleDocument(), fonts)).bytes);
    const [a, b, c] = pm.pages[0]!.lines;
    expect([a!.text, b!.text, c!.text]).toEqual(['000001', '秘密★1年', '特急']);
    [a, b, c].forEach((l, i) => {
      expect(glyphTop(l!)).toBeCloseTo(TOP + i * PITCH, 0);
      expect(l!.x0).toBeCloseTo(LEFT, 0);
    });
    expect(b!.fonts.join()).toMatch(/NotoSansSC/);
  });

  test('联合行文: the issuers stacked and centred, 文件 once, beside them, red', async () => {
    const doc = sampleDocument();
    const at = doc.head.mark.position;
    doc.head.mark = { issuers: [{ name: '太仓市应急管理局', position: at }, { name: '太仓市公安局', position: at }], suffix: '文件', position: at };
    const lines = (await measurePdf((await buildPdf(doc, fonts)).bytes)).pages[0]!.lines.filter((l) => l.red);
    const first = lines.find((l) => l.text.startsWith('太仓市应急管理局'))!;
    expect(glyphTop(first)).toBeCloseTo(mm(72), 0);
    const names = lines.filter((l) => !l.text.includes('文件'));
    expect(names.map((l) => l.text)).toEqual(['太仓市应急管理局', '太仓市公安局']);
    expect((names[1]!.x0 + names[1]!.x1) / 2).toBeCloseTo((names[0]!.x0 + names[0]!.x1) / 2, 0);
    const word = lines.flatMap((l) => l.glyphs).filter((g) => g.char === '文' || g.char === '件');
    expect(word).toHaveLength(2);
    expect(Math.min(...word.map((g) => g.x0))).toBeGreaterThan(Math.max(...names.map((l) => l.x1)) - 1);
  });

  test('a character no font can draw is reported with file, line and character, not drawn', async () => {
    const doc = sampleDocument();
    doc.body = [{ type: 'paragraph', children: [{ type: 'text', text: '生僻字\u{E000}测试', position: { file: 'x/index.md', line: 9, column: 1 } }], position: { file: 'x/index.md', line: 9, column: 1 } }];
    const r = await buildPdf(doc, fonts);
    const d = r.diagnostics.find((x) => x.rule === 'missing-glyph')!;
    expect(d).toMatchObject({ file: 'x/index.md', line: 9, column: 4, severity: 'error' });
    expect(d.message).toContain('U+E000');
  });

  test('without a seal the 署名 is right-indented 2 characters and the date starts 2 characters right of it', async () => {
    const doc = sampleDocument();
    doc.signature = { ...doc.signature, sealed: false, names: ['太仓市应急管理局'] };
    const pm = await measurePdf((await buildPdf(doc, fonts)).bytes);
    const lines = pm.pages.flatMap((p) => p.lines);
    const name = lines.find((l) => l.text === '太仓市应急管理局' && l.size === 16)!;
    const date = lines.find((l) => l.text === '2021年3月30日')!;
    const cell = mm(156) / 28;
    expect(RIGHT - name.x1).toBeCloseTo(2 * cell, 0);
    expect(date.x0 - name.x0).toBeCloseTo(2 * cell, 0);
  });
});

describe('a sealed 署名 longer than centring over the date allows', () => {
  test('is printed whole, ending on the 版心 right edge, the date keeping its place', async () => {
    const name = '常州国家高新区（新北区）安全生产委员会办公室';
    const doc = sampleDocument();
    const long = await measurePdf((await buildPdf({ ...doc, signature: { ...doc.signature, names: [name] } }, fonts)).bytes);
    const short = await measurePdf((await buildPdf(doc, fonts)).bytes);
    const line = long.pages.flatMap((p) => p.lines).find((l) => l.text === name);
    expect(line).toBeDefined();
    expect(line!.x1).toBeLessThanOrEqual(RIGHT + 0.5);
    expect(line!.x1).toBeGreaterThan(RIGHT - 1);
    const dateOf = (m: PdfMeasure) => m.pages.flatMap((p) => p.lines).find((l) => l.text === '2021年3月30日')!;
    expect(dateOf(long).x0).toBeCloseTo(dateOf(short).x0, 1);
  });
});
