/**
 * The 公文 HTML as Chromium prints it: the examples' PDFs measured against GB/T 9704.
 * Tolerances: box edges (margins, rules, the right edge of a line) are exact to layout rounding,
 * so 0.5 mm. Glyph tops and the dash's height depend on the font's ascent, and the browser has
 * none of the official fonts (here AR PL UKai and Liberation Serif stand in), so 1 mm.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import type { OfficialDocument, Table } from '../src/ir/types.js';
import { buildHtml } from '../src/render/html/build.js';
import { profile } from '../src/layout/gbt9704.js';
import { markFontSize } from '../src/render/html/head.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import { BOTTOM, CELL, LEFT, PITCH, RIGHT, TOP, glyphTop } from './support/gbt9704-block.js';
import { canPrintHtml, printHtml } from './support/html-print.js';
import { mm, type PdfMeasure, type PdfPage, type Rule, type TextLine } from './support/measure-pdf.js';

const repo = path.join(import.meta.dirname, '..');
const load = (name: string): OfficialDocument => {
  const checked = checkFolder(path.join(repo, 'content', name), { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });
  return checked.loaded!.document;
};

/** |a − b| in millimetres. */
const offMm = (a: number, b: number): number => Math.abs(a - b) / mm(1);
const isRedRule = (r: Rule): boolean => r.color[0] > 0.7 && r.color[1] < 0.35 && r.color[2] < 0.35;
const PAGE_NUMBER = /^—(\d+)—$/;
/** 4号 page numbers, inset one 4号 character. */
const PAGE_NO_SIZE = 14;
const numberOf = (p: PdfPage): TextLine[] => p.lines.filter((l) => l.baseline > BOTTOM && PAGE_NUMBER.test(l.text));
const lineWith = (p: PdfPage, text: string): TextLine | undefined => p.lines.find((l) => l.text === text);

/** Printed at 100 %: Chromium shrinks every page when anything is wider than the 版心, so the title must keep 2号. */
function expectUnshrunk(m: PdfMeasure, doc: OfficialDocument): void {
  const title = m.pages[0]!.lines.find((l) => l.text === doc.title[0]!.replace(/\s/g, ''));
  expect(title?.size).toBe(22);
}

/** Each page N carries "—N—", 4号, its dash 7 mm below the 版心 (centre at 0.35 em over the baseline, as checkGbt9704 reads it), odd right / even left. */
function expectPageNumbers(m: PdfMeasure, from: number): void {
  m.pages.forEach((p, i) => {
    const n = i + 1;
    const lines = numberOf(p);
    if (n < from) return expect(lines, `page ${n}`).toEqual([]);
    expect(lines.map((l) => l.text), `page ${n}`).toEqual([`—${n}—`]);
    const l = lines[0]!;
    expect(l.size).toBe(PAGE_NO_SIZE);
    expect(offMm(l.baseline - 0.35 * l.size, BOTTOM + mm(7)), `page ${n} dash`).toBeLessThan(1);
    if (n % 2) expect(offMm(l.x1, RIGHT - PAGE_NO_SIZE), `page ${n} right`).toBeLessThan(0.5);
    else expect(offMm(l.x0, LEFT + PAGE_NO_SIZE), `page ${n} left`).toBeLessThan(0.5);
  });
}

/** Text stays in the 版心 across, and most lines (the body's wrapped ones) start at its left edge, 28 mm. */
function expectBlock(m: PdfMeasure): void {
  const text = m.pages.flatMap((p) => p.lines.filter((l) => l.baseline < BOTTOM));
  for (const l of text) {
    expect(l.x0, l.text).toBeGreaterThan(LEFT - mm(0.5));
    expect(l.x1, l.text).toBeLessThan(RIGHT + mm(0.5));
  }
  const lefts = new Map<number, number>();
  for (const l of text) lefts.set(Math.round(l.x0 / mm(0.1)), (lefts.get(Math.round(l.x0 / mm(0.1))) ?? 0) + 1);
  const [common] = [...lefts].sort((a, b) => b[1] - a[1])[0]!;
  expect(offMm(common * mm(0.1), LEFT)).toBeLessThan(0.5);
}

describe.skipIf(!canPrintHtml)('公文 HTML printed by Chromium', () => {
  describe('文件格式: the 太仓 notice', () => {
    const doc = load('taicang-2021-work-points');
    let m: PdfMeasure;
    beforeAll(async () => {
      m = await printHtml(buildHtml(doc));
    });

    test('A4 at 100 %, text in the 版心: left edge 28 mm, lines no further right than 184 mm', () => {
      for (const p of m.pages) {
        expect(offMm(p.width, mm(210))).toBeLessThan(0.5);
        expect(offMm(p.height, mm(297))).toBeLessThan(0.5);
      }
      expectUnshrunk(m, doc);
      expectBlock(m);
    });

    test('every page but the first starts on grid line 1, 37 mm down', () => {
      for (const p of m.pages.slice(1)) {
        const first = p.lines[0]!;
        expect(first.size).toBe(16);
        expect(offMm(glyphTop(first), TOP + (PITCH - first.size) / 2)).toBeLessThan(1);
      }
    });

    test('page 1: the red mark 35 mm below the 版心 top, the red rule 156 mm wide at 28 mm, 4 mm under the 文号; no red on later pages', () => {
      const p = m.pages[0]!;
      const mark = p.lines[0]!;
      expect(mark.red).toBe(true);
      expect(mark.size).toBe(markFontSize(doc.head.mark, profile));
      expect(offMm(glyphTop(mark), TOP + mm(35))).toBeLessThan(1);
      expect(offMm((mark.x0 + mark.x1) / 2, (LEFT + RIGHT) / 2)).toBeLessThan(1);
      const rules = p.rules.filter(isRedRule);
      expect(rules).toHaveLength(1);
      const [rule] = rules;
      expect(offMm(rule!.x0, LEFT)).toBeLessThan(0.5);
      expect(offMm(rule!.x1 - rule!.x0, mm(156))).toBeLessThan(0.5);
      const number = lineWith(p, doc.head.docNumber!.text)!;
      // The 文号's characters end 0.12 em under the baseline.
      expect(offMm(rule!.y0, number.baseline + 0.12 * number.size + mm(4))).toBeLessThan(1);
      for (const q of m.pages.slice(1)) {
        expect(q.rules.filter(isRedRule)).toEqual([]);
        expect(q.lines.filter((l) => l.red)).toEqual([]);
      }
    });

    test('page numbers on every page, odd right and even left, 7 mm below the 版心', () => {
      expectPageNumbers(m, 1);
    });

    test('each attachment starts a new page with its label on line 1', () => {
      for (const a of doc.attachments) {
        const label = `附件${a.number}`;
        const pages = m.pages.filter((p) => p.lines.some((l) => l.text === label));
        expect(pages, label).toHaveLength(1);
        const first = pages[0]!.lines[0]!;
        expect(first.text).toBe(label);
        expect(offMm(first.x0, LEFT)).toBeLessThan(0.5);
        expect(offMm(glyphTop(first), TOP + (PITCH - first.size) / 2)).toBeLessThan(1);
      }
    });

    test('a 署名 that fits is centred over the 成文日期, which is right-indented 4 characters', () => {
      const p = m.pages.find((q) => lineWith(q, doc.signature.names[0]!))!;
      const name = lineWith(p, doc.signature.names[0]!)!;
      const date = p.lines.find((l) => l.baseline > name.baseline && /^\d{4}年/.test(l.text))!;
      expect(offMm(date.x1, RIGHT - 4 * CELL)).toBeLessThan(0.5);
      expect(offMm((name.x0 + name.x1) / 2, (date.x0 + date.x1) / 2)).toBeLessThan(0.5);
    });

    test('the 落款 does not open a page alone: the last body lines come over with it', () => {
      const p = m.pages.find((q) => lineWith(q, doc.signature.names[0]!))!;
      const above = p.lines.filter((l) => l.baseline < lineWith(p, doc.signature.names[0]!)!.baseline && l.baseline < BOTTOM);
      expect(above.map((l) => l.text)).toContain('发给你们，请结合实际认真贯彻落实。');
    });
  });

  describe('信函: the 常州 letter', () => {
    const doc = load('changzhou-2022-letter');
    let m: PdfMeasure;
    beforeAll(async () => {
      m = await printHtml(buildHtml(doc));
    });
    const doubleLines = (p: PdfPage) => {
      // The upper pair is drawn twice (whole by a margin box, and the flow's 版心 part): one per y.
      const whole = p.rules.filter((r) => isRedRule(r) && r.x1 - r.x0 > mm(160));
      return { upper: whole.filter((r) => r.y1 < mm(148)), lower: whole.filter((r) => r.y0 > mm(148)) };
    };

    test('printed at 100 %, text in the 版心', () => {
      expectUnshrunk(m, doc);
      expectBlock(m);
    });

    test('the mark is red, centred, its top 30 mm from the paper top', () => {
      const mark = m.pages[0]!.lines[0]!;
      expect(mark.red).toBe(true);
      expect(offMm(glyphTop(mark), mm(30))).toBeLessThan(1);
      expect(offMm((mark.x0 + mark.x1) / 2, (LEFT + RIGHT) / 2)).toBeLessThan(1);
    });

    test('page 1: two double lines 170 mm long, centred on the page; the upper 4 mm under the mark, thick over thin; the lower ending 20 mm above the paper bottom, thin over thick', () => {
      const p = m.pages[0]!;
      const { upper, lower } = doubleLines(p);
      expect(upper).toHaveLength(2);
      expect(lower).toHaveLength(2);
      for (const r of [...upper, ...lower]) {
        expect(offMm(r.x1 - r.x0, mm(170))).toBeLessThan(0.5);
        expect(offMm((r.x0 + r.x1) / 2, p.width / 2)).toBeLessThan(0.5);
      }
      const thickness = (r: Rule) => r.y1 - r.y0;
      const [u1, u2] = upper.sort((a, b) => a.y0 - b.y0);
      const [l1, l2] = lower.sort((a, b) => a.y0 - b.y0);
      expect(thickness(u1!)).toBeGreaterThan(thickness(u2!));
      expect(thickness(l1!)).toBeLessThan(thickness(l2!));
      // The mark's line box (line-height 1) stands for its characters: its bottom is 30 mm + its size.
      expect(offMm(u1!.y0, mm(30) + m.pages[0]!.lines[0]!.size + mm(4))).toBeLessThan(0.5);
      expect(offMm(l2!.y1, mm(277))).toBeLessThan(0.5);
      for (const q of m.pages.slice(1)) expect(q.rules.filter(isRedRule)).toEqual([]);
    });

    test('no page number on page 1; from page 2 on, odd right and even left', () => {
      expectPageNumbers(m, 2);
    });
  });

  describe('tables: the 武进 work points', () => {
    const doc = load('wujin-2022-work-points');
    let m: PdfMeasure;
    beforeAll(async () => {
      m = await printHtml(buildHtml(doc));
    });

    test('printed at 100 %, and no table (nor anything else) wider than the 版心', () => {
      expectUnshrunk(m, doc);
      expectBlock(m);
      for (const p of m.pages) {
        expect(p.width).toBeLessThan(p.height);
        for (const r of p.rules) {
          expect(r.x0).toBeGreaterThan(LEFT - mm(0.5));
          expect(r.x1).toBeLessThan(RIGHT + mm(0.5));
        }
      }
    });

    test('附件6 starts its long table under its title and repeats the header rows on the next page', () => {
      const table = doc.attachments.find((a) => a.number === 6)!.body.find((b): b is Table => b.type === 'table')!;
      const body = table.rows.filter((r) => r.kind === 'body');
      const firstTown = body[0]!.cells[0]!.paragraphs.map((p) => p.map((r) => r.text).join('')).join('');
      const lastTown = body.at(-1)!.cells[0]!.paragraphs.map((p) => p.map((r) => r.text).join('')).join('');
      const k = m.pages.findIndex((p) => p.lines.some((l) => l.text === '附件6'));
      const page = m.pages[k]!;
      const next = m.pages[k + 1]!;
      const firstRow = page.lines.find((l) => l.text.startsWith(firstTown))!;
      expect(firstRow, 'the table begins on the title page').toBeDefined();
      // The header's glyphs, placed from the table's top rule (the first rule on both pages), come again on the next page.
      const tableTop = (p: PdfPage) => Math.min(...p.rules.map((r) => r.y0));
      const glyphsFrom = (p: PdfPage, below: (dy: number) => boolean) => {
        const top = tableTop(p);
        return p.glyphs.filter((g) => Math.abs(g.size - 14) < 0.1 && g.baseline > top && below(g.baseline - top)).map((g) => ({ char: g.char, x: g.x0, dy: g.baseline - top }));
      };
      const header = glyphsFrom(page, (dy) => dy < firstRow.baseline - tableTop(page) - mm(3));
      expect(header.length).toBeGreaterThan(10);
      const depth = Math.max(...header.map((g) => g.dy)) + mm(0.5);
      const repeated = glyphsFrom(next, (dy) => dy < depth);
      expect(repeated.map((g) => g.char).sort()).toEqual(header.map((g) => g.char).sort());
      for (const g of header) expect(repeated.some((r) => r.char === g.char && offMm(r.x, g.x) < 0.5 && offMm(r.dy, g.dy) < 0.5), g.char).toBe(true);
      // On the next page the table, header first, starts at the 版心 top.
      expect(offMm(tableTop(next), TOP)).toBeLessThan(0.5);
      // The table goes on there: its last row is on the next page.
      expect(next.lines.some((l) => l.text.startsWith(lastTown))).toBe(true);
    });
  });

  describe('a sealed 署名 too long to centre over the 成文日期: the 新北 task list', () => {
    const doc = load('xinbei-2021-task-list');
    let m: PdfMeasure;
    beforeAll(async () => {
      m = await printHtml(buildHtml(doc));
    });

    test('the name ends at the 版心 right edge (as the PDF clamps it) and the page is not shrunk', () => {
      expect(doc.signature.sealed).toBe(true);
      const name = doc.signature.names[0]!;
      expect(name).toBe('常州国家高新区（新北区）安全生产委员会办公室');
      expectUnshrunk(m, doc);
      const p = m.pages.find((q) => lineWith(q, name))!;
      const line = lineWith(p, name)!;
      expect(line.size).toBe(16);
      expect(offMm(line.x1, RIGHT)).toBeLessThan(0.5);
      const date = p.lines.find((l) => l.baseline > line.baseline && /^\d{4}年/.test(l.text))!;
      expect(offMm(date.x1, RIGHT - 4 * CELL)).toBeLessThan(0.5);
      expect(offMm(date.baseline - line.baseline, PITCH)).toBeLessThan(0.5);
    });
  });
});
