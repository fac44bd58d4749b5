/**
 * Tables in the PDF, measured with pdfjs: text lines on the grid, rows whole numbers of lines,
 * the header repeated on every page, the outer borders on the 版心 edges, and the flow's count
 * of lines right — the text after a table lands where the flow says.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Block, OfficialDocument, Table } from '../src/ir/types.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { composeDocument } from '../src/render/pdf/compose-document.js';
import { composeTable } from '../src/render/pdf/compose-table.js';
import { createContext } from '../src/render/pdf/context.js';
import { Flow } from '../src/render/pdf/flow.js';
import { sampleDocument } from './support/sample-document.js';
import { cell, formTable, longTable, targetTable } from './support/sample-tables.js';
import { measurePdf, mm, type Glyph, type PdfMeasure, type PdfPage, type Rule } from './support/measure-pdf.js';
import { TOP, LEFT, RIGHT, BOTTOM, PITCH, glyphTop } from './support/gbt9704-block.js';

const fonts = resolveFonts({ system: false });
const BORDER = 0.5;
const AFTER = '表后段落。';

const at = { file: 'sample/附件1.md', line: 40, column: 1 };
const para = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text, position: at }], position: at });
/** The sample notice with one attachment holding `body`. */
function withBody(body: Block[]): OfficialDocument {
  const doc = sampleDocument();
  return { ...doc, attachments: [{ ...doc.attachments[0]!, body }] };
}
/** `n` one-line paragraphs: the attachment body starts on line 6, so a table after them starts on line 6 + n. */
const filler = (n: number): Block[] => Array.from({ length: n }, (_, i) => para(`第${i + 1}行。`));

const measure = async (doc: OfficialDocument): Promise<PdfMeasure> => {
  const r = await buildPdf(doc, fonts);
  expect(r.diagnostics).toEqual([]);
  return measurePdf(r.bytes);
};
/** Lines the python measure counts on the grid: 10 pt and up, in the 版心. */
const gridLines = (page: PdfPage) => page.lines.filter((l) => l.size >= 10 && l.y > TOP - 20 && l.y < BOTTOM + 10);
const offGrid = (d: number) => Math.abs(d - Math.round(d / PITCH) * PITCH);
const borders = (page: PdfPage): Rule[] => page.rules.filter((r) => r.paint === 'stroke' && Math.abs(r.lineWidth - BORDER) < 0.05);
/** 4号 lines above the table's bottom border (the 版记 below is 4号 too). */
const tableLines = (page: PdfPage) => {
  const bottom = Math.max(...borders(page).map((r) => r.y1));
  return page.lines.filter((l) => Math.abs(l.size - 14) < 0.1 && l.baseline < bottom);
};
const isCjk = (g: Glyph) => /[\u4e00-\u9fff]/.test(g.char);

/** Where the flow says the table ends: compose the document up to it (no 版记 after it). */
function predicted(body: Block[]): { page: number; line: number } {
  const flow = composeDocument(createContext(fonts), { ...withBody(body), colophon: undefined });
  return flow.line === flow.linesPerPage ? { page: flow.page + 1, line: 0 } : { page: flow.page, line: flow.line };
}

describe('a table over several pages (longTable(40))', () => {
  let m: PdfMeasure;
  let pages: PdfPage[];
  beforeAll(async () => {
    m = await measure(withBody([longTable(40), para(AFTER)]));
    pages = m.pages.filter((p) => p.lines.some((l) => l.text.includes('常州市第')));
  });

  test('the header row is the first table line on every page the table spans', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      const lines = tableLines(page);
      expect(lines[0]!.text).toBe('序号企业名称试点工作任务');
      expect(lines.filter((l) => l.text.includes('序号'))).toHaveLength(1);
      // After the first page the repeated header opens the page: its line is the page's first grid line.
      if (i > 0) expect(gridLines(page)[0]).toBe(lines[0]);
      if (i > 0) expect(lines[0]!.baseline).toBeLessThan(TOP + PITCH);
    });
    // Rows never split: each company name is whole on one page.
    for (let n = 1; n <= 40; n++) expect(pages.filter((p) => p.lines.some((l) => l.text.includes(`第${n}号`)))).toHaveLength(1);
  });

  test('table baselines are whole pitches apart and no page holds more than 22 lines', () => {
    for (const page of pages) {
      const lines = tableLines(page);
      for (let i = 1; i < lines.length; i++) {
        const d = lines[i]!.baseline - lines[i - 1]!.baseline;
        expect(d).toBeGreaterThan(PITCH - 0.3);
        expect(offGrid(d)).toBeLessThan(0.3);
      }
      expect(gridLines(page).length).toBeLessThanOrEqual(22);
    }
    // A full table page holds 22 lines: the table uses every line of the page it fills.
    expect(pages.map((p) => gridLines(p).length)).toContain(22);
  });

  test('outer borders on the 版心 edges, 0.5 pt black', () => {
    for (const page of pages) {
      const rules = borders(page);
      const vertical = rules.filter((r) => r.x1 - r.x0 < 0.01 && r.y1 - r.y0 > 1);
      const horizontal = rules.filter((r) => r.y1 - r.y0 < 0.01 && r.x1 - r.x0 > 1);
      expect(vertical.length).toBeGreaterThan(0);
      expect(Math.abs(Math.min(...vertical.map((r) => r.x0)) - LEFT)).toBeLessThan(mm(0.3));
      expect(Math.abs(Math.max(...vertical.map((r) => r.x1)) - RIGHT)).toBeLessThan(mm(0.3));
      // Exactly: the painted strokes end on the block's edges.
      expect(Math.min(...vertical.map((r) => r.x0 - r.lineWidth / 2))).toBeCloseTo(LEFT, 1);
      expect(Math.max(...vertical.map((r) => r.x1 + r.lineWidth / 2))).toBeCloseTo(RIGHT, 1);
      expect(Math.abs(Math.min(...horizontal.map((r) => r.x0)) - LEFT)).toBeLessThan(mm(0.3));
      expect(Math.abs(Math.max(...horizontal.map((r) => r.x1)) - RIGHT)).toBeLessThan(mm(0.3));
      for (const r of rules) expect(r.color).toEqual([0, 0, 0]);
    }
  });

  test('4号: 黑体 (Noto Sans SC) in the header, 仿宋 (Noto Serif SC) in the body', () => {
    const lines = pages.flatMap(tableLines);
    for (const l of lines) expect(l.glyphs.every((g) => Math.abs(g.size - 14) < 0.1)).toBe(true);
    const header = lines.filter((l) => l.text === '序号企业名称试点工作任务').flatMap((l) => l.glyphs);
    const body = lines.filter((l) => l.text.includes('常州市第')).flatMap((l) => l.glyphs.filter(isCjk));
    expect(header.length).toBeGreaterThan(0);
    expect(body.length).toBeGreaterThan(0);
    for (const g of header) expect(g.font).toMatch(/NotoSansSC/);
    for (const g of body) expect(g.font).toMatch(/NotoSerifSC-Regular/);
  });
});

describe('the text after a table lands where the flow says', () => {
  const cases: [string, Block[]][] = [
    ['longTable(40) under the title', [longTable(40)]],
    ['header and first row moved to the next page together', [...filler(14), longTable(5)]],
    ['a form without a header row broken over a page', [...filler(6), formTable()]],
    ['the target table', [targetTable()]],
  ];
  test.each(cases)('%s', async (_, body) => {
    const want = predicted(body);
    const m = await measure(withBody([...body, para(AFTER)]));
    const page = m.pages.findIndex((p) => p.lines.some((l) => l.text === AFTER)) + 1;
    expect(page).toBe(want.page);
    const line = m.pages[page - 1]!.lines.find((l) => l.text === AFTER)!;
    expect(Math.abs(glyphTop(line) - (TOP + want.line * PITCH))).toBeLessThan(0.3);
  });

  test('the header goes with the first body row to the next page', async () => {
    const m = await measure(withBody([...filler(14), longTable(5), para(AFTER)]));
    const page = m.pages.find((p) => p.lines.some((l) => l.text === '序号企业名称试点工作任务'))!;
    expect(page.lines.filter((l) => l.size === 16 && l.text.startsWith('第')).length).toBe(0);
    expect(tableLines(page)[0]!.baseline).toBeLessThan(TOP + PITCH);
  });
});

describe('spans and fixed row heights', () => {
  let m: PdfMeasure;
  beforeAll(async () => {
    m = await measure(withBody([targetTable(), para(AFTER)]));
  });
  const table = targetTable();
  const weights = table.columnWidths.reduce((s, w) => s + w, 0);
  /** Left edge of column `c` on the page. */
  const edge = (c: number) => LEFT + (mm(156) * table.columnWidths.slice(0, c).reduce((s, w) => s + w, 0)) / weights;
  const page = () => m.pages.find((p) => p.lines.some((l) => l.text.includes('开展任务')))!;

  test('开展任务 is centred over its two columns', () => {
    const glyphs = page().glyphs.filter((g) => '开展任务'.includes(g.char) && Math.abs(g.size - 14) < 0.1);
    const first = page().lines.find((l) => l.text.includes('开展任务'))!;
    const row = glyphs.filter((g) => Math.abs(g.baseline - first.baseline) < 0.1);
    const text = row.map((g) => g.char).join('');
    const i = text.indexOf('开展任务');
    const [a, b] = [row[i]!, row[i + 3]!];
    expect((a.x0 + b.x1) / 2).toBeCloseTo((edge(1) + edge(3)) / 2 + BORDER / 2, 0);
    expect(a.x0).toBeLessThan(edge(2));
    expect(b.x1).toBeGreaterThan(edge(2));
  });

  test.each([
    [1, '2022年底前开展100%'],
    [2, '2023年底前开展100%'],
    [3, '2022年底前申报30%'],
    [4, '2022年底前申报7%'],
  ])('the cell spanning the four township rows in column %i is printed once, centred on whole lines', (col, want) => {
    const lines = page().lines;
    const first = lines.find((l) => l.text.startsWith('科教城'))!;
    const last = lines.find((l) => l.text.startsWith('嘉泽镇'))!;
    const column = page()
      .glyphs.filter((g) => g.x0 >= edge(col) && g.x1 <= edge(col + 1))
      .sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
    expect(column.map((g) => g.char).join('').split(want)).toHaveLength(2);
    const inColumn = column.filter((g) => g.baseline >= first.baseline - 1 && g.baseline <= last.baseline + 1);
    expect(inColumn.map((g) => g.char).join('')).toBe(want);
    // As many free lines above the text as below (one more below when odd), in whole lines.
    const baselines = [...new Set(inColumn.map((g) => Math.round(g.baseline * 2) / 2))];
    const spanLines = Math.round((last.baseline - first.baseline) / PITCH) + 1;
    expect(offGrid(baselines[0]! - first.baseline)).toBeLessThan(0.3);
    expect(Math.round((baselines[0]! - first.baseline) / PITCH)).toBe(Math.floor((spanLines - baselines.length) / 2));
  });

  test('the total row is set in 黑体', () => {
    const total = page().lines.find((l) => l.text.startsWith('武进区'))!;
    for (const g of total.glyphs.filter(isCjk)) expect(g.font).toMatch(/NotoSansSC/);
    const body = page().lines.find((l) => l.text.startsWith('科教城'))!;
    for (const g of body.glyphs.filter(isCjk)) expect(g.font).toMatch(/NotoSerifSC-Regular/);
  });

  test('a spanned cell longer than its rows grows the last row it spans', async () => {
    const t: Table = {
      type: 'table',
      columnWidths: [1, 1],
      rows: [
        { kind: 'body', cells: [cell(['甲', '乙', '丙', '丁'], { rowSpan: 2 }), cell('一')], position: at },
        { kind: 'body', cells: [cell('二')], position: at },
      ],
      position: at,
    };
    const fm = await measure(withBody([t, para(AFTER)]));
    const p = fm.pages.find((pg) => pg.lines.some((l) => l.text.startsWith('甲')))!;
    const ys = [...new Set(borders(p).filter((r) => r.y1 - r.y0 < 0.01 && r.x1 - r.x0 > 1).map((r) => Math.round(r.y0 * 10) / 10))].sort((a, b) => a - b);
    expect(ys).toHaveLength(3);
    expect(Math.round((ys[1]! - ys[0]! + BORDER) / PITCH)).toBe(1);
    expect(Math.round((ys[2]! - ys[1]!) / PITCH)).toBe(3);
    // 二 is centred in its grown row.
    expect(tableLines(p).map((l) => l.text)).toEqual(['甲一', '乙', '丙二', '丁']);
  });

  test.each([
    ['under a repeated header', true],
    ['without a header', false],
  ])('a span broken by a page %s is closed by a full-width border on both pages', async (_, withHeader) => {
    const rows: Table['rows'] = [
      { kind: 'body', cells: [cell('跨页', { rowSpan: 4 }), cell('首行')], position: at },
      ...['次行', '三行', '末行'].map((t) => ({ kind: 'body' as const, cells: [cell(t)], position: at })),
    ];
    const t: Table = { type: 'table', columnWidths: [1, 3], rows: withHeader ? [{ kind: 'header', cells: [cell('项目'), cell('内容')], position: at }, ...rows] : rows, position: at };
    // The table's last row does not fit the first page.
    const fm = await measure(withBody([...filler(withHeader ? 13 : 14), t, para(AFTER)]));
    const first = fm.pages.findIndex((pg) => pg.lines.some((l) => l.text.includes('首行')));
    const [before, after] = [fm.pages[first]!, fm.pages[first + 1]!];
    expect(before.lines.some((l) => l.text.includes('三行'))).toBe(true);
    expect(after.lines.some((l) => l.text.includes('末行'))).toBe(true);
    const covered = (page: PdfPage, pick: (ys: number[]) => number) => {
      const h = borders(page).filter((r) => r.y1 - r.y0 < 0.01 && r.x1 - r.x0 > 1);
      const y = pick(h.map((r) => r.y0));
      return h.filter((r) => Math.abs(r.y0 - y) < 0.1).reduce((s, r) => s + r.x1 - r.x0, 0);
    };
    expect(covered(before, (ys) => Math.max(...ys))).toBeCloseTo(RIGHT - LEFT - BORDER, 0);
    expect(covered(after, (ys) => Math.min(...ys))).toBeCloseTo(RIGHT - LEFT - BORDER, 0);
  });

  test('the blank rows of a fill-in form are 3 lines tall, every row whole lines', async () => {
    const fm = await measure(withBody([formTable(), para(AFTER)]));
    const form = fm.pages.find((p) => p.lines.some((l) => l.text.includes('企业名称')))!;
    const ys = [...new Set(borders(form).filter((r) => r.y1 - r.y0 < 0.01 && r.x1 - r.x0 > 1).map((r) => Math.round(r.y0 * 10) / 10))].sort((a, b) => a - b);
    expect(ys).toHaveLength(formTable().rows.length + 1);
    const heights = ys.slice(1).map((y, i) => y - ys[i]!);
    // The top border is drawn inside the first row, every other border inside the row above it.
    heights[0]! += BORDER;
    for (const h of heights) expect(offGrid(h)).toBeLessThan(0.3);
    expect(heights.map((h) => Math.round(h / PITCH))).toEqual([1, 1, 1, 2, 3, 1, 3, 3]);
    // A one-line row's text is centred between its borders (the em box, 0.88 em above the baseline to 0.12 below).
    const name = form.lines.find((l) => l.text.startsWith('企业名称'))!;
    expect(name.baseline - 0.38 * 14).toBeCloseTo((ys[0]! + ys[1]!) / 2, 0);
  });
});

test('the 署名 cannot carry a table over to the next page as if it were a line', () => {
  const ctx = createContext(fonts);
  const flow = new Flow(ctx);
  flow.blank(5);
  composeTable(ctx, flow, longTable(2));
  const { page, line } = flow;
  expect(line).toBe(5 + 1 + 3 + 2);
  expect(flow.carryLastLines(2)).toBe(false);
  expect([flow.page, flow.line]).toEqual([page, line]);
});

test('a row taller than the page less its repeated header is reported, not silently cut', () => {
  // The first column holds two 4号 characters a line: 2n characters make n lines.
  const table = (lines: number): Table => ({
    type: 'table',
    columnWidths: [1, 9],
    rows: [
      { kind: 'header', cells: [cell('甲'), cell('乙')], position: at },
      { kind: 'body', cells: [cell('很长'.repeat(lines)), cell('说明')], position: { ...at, line: 41 } },
    ],
    position: at,
  });
  const report = (t: Table) => {
    const ctx = createContext(fonts);
    composeTable(ctx, new Flow(ctx), t);
    return ctx.diagnostics;
  };
  expect(report(table(22))).toMatchObject([{ rule: 'table-row-too-tall', severity: 'error', file: at.file, line: 41 }]);
  expect(report(table(21))).toEqual([]);
});
