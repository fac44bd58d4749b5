/**
 * A 横排 attachment in the PDF (test/fixtures/content/landscape-table): laid out on landscape
 * sheets drawn turned a quarter anticlockwise onto portrait pages, so every page is A4 portrait,
 * the table head toward the left edge and the page number where portrait pages have it.
 * Measured with pdfjs, as displayed and, for the table, on the sheet turned back.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import type { OfficialDocument } from '../src/ir/types.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import { BOTTOM, LEFT, PITCH, RIGHT, TOP, glyphTop } from './support/gbt9704-block.js';
import { checkGbt9704, measurePdf, mm, type PdfMeasure, type PdfPage, type TextLine } from './support/measure-pdf.js';

const repo = path.join(import.meta.dirname, '..');
const fonts = resolveFonts({ system: false });
const checked = checkFolder(path.join(repo, 'test', 'fixtures', 'content', 'landscape-table'), { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });
const doc = checked.loaded!.document;

/** The portrait 版心 turned onto the landscape sheet (top edge → paper's left): written from the standard's 版心, not the profile. */
const SHEET = { left: mm(297) - BOTTOM, right: mm(297) - TOP, top: LEFT, bottom: RIGHT };
const HEADER = '重点行业领域工作任务工作举措责任单位完成时限';
const PAGE_NUMBER = /^—(\d+)—$/;
const numberLine = (page: PdfPage): TextLine | undefined => page.lines.find((l) => PAGE_NUMBER.test(l.text));

async function build(d: OfficialDocument): Promise<Uint8Array> {
  const r = await buildPdf(d, fonts);
  expect(r.diagnostics).toEqual([]);
  return r.bytes;
}

describe('the landscape-table fixture', () => {
  let bytes: Uint8Array;
  let shown: PdfMeasure;
  let sheet: PdfMeasure;
  /** 0-based indexes of the turned pages. */
  let turned: number[];
  beforeAll(async () => {
    expect(checked.diagnostics).toEqual([]);
    expect(doc.attachments.map((a) => a.landscape ?? false)).toEqual([true, false]);
    bytes = await build(doc);
    shown = await measurePdf(bytes);
    sheet = await measurePdf(bytes, { view: 'sheet' });
    turned = sheet.pages.flatMap((p, i) => (p.turned ? [i] : []));
  });

  test('the attachment is on at least two landscape sheets (297 × 210 mm turned onto portrait pages), every other page portrait', () => {
    expect(turned.length).toBeGreaterThanOrEqual(2);
    // One run of pages, from the page holding 附件1.
    expect(turned).toEqual(turned.map((_, k) => turned[0]! + k));
    expect(sheet.pages[turned[0]!]!.lines[0]!.text).toBe('附件1');
    sheet.pages.forEach((p, i) => {
      const landscape = turned.includes(i);
      expect(shown.pages[i]!.width / mm(1)).toBeCloseTo(210, 1);
      expect(p.width / mm(1)).toBeCloseTo(landscape ? 297 : 210, 1);
      expect(p.height / mm(1)).toBeCloseTo(landscape ? 210 : 297, 1);
    });
  });

  test('every page shows as A4 portrait', () => {
    for (const p of shown.pages) {
      expect(p.width / mm(1)).toBeCloseTo(210, 1);
      expect(p.height / mm(1)).toBeCloseTo(297, 1);
    }
  });

  test('a turned page shows its number upright where a portrait page of the same parity has it', () => {
    const portrait = (odd: boolean) => shown.pages.map(numberLine).find((l, i) => l && !turned.includes(i) && (i % 2 === 0) === odd)!;
    for (const i of turned) {
      const l = numberLine(shown.pages[i]!);
      expect(l, `page ${i + 1}`).toBeDefined();
      expect(l!.text).toBe(`—${i + 1}—`);
      // Upright: the glyphs run left to right on one baseline, 4号.
      for (const g of l!.glyphs) expect(g.x1).toBeGreaterThan(g.x0);
      expect(l!.size).toBeCloseTo(14, 1);
      const ref = portrait(i % 2 === 0);
      expect(l!.baseline).toBeCloseTo(ref.baseline, 1);
      // Odd pages right, even pages left, inset one 4号 character from the 版心 edge.
      if (i % 2 === 0) expect(RIGHT - l!.x1).toBeCloseTo(14, 0);
      else expect(l!.x0 - LEFT).toBeCloseTo(14, 0);
      // The dash's stroke about 7 mm below the 版心, like the portrait pages'.
      expect((l!.baseline - 0.35 * 14 - BOTTOM) / mm(1)).toBeGreaterThan(6);
      expect((l!.baseline - 0.35 * 14 - BOTTOM) / mm(1)).toBeLessThan(8);
    }
  });

  test('on the sheet, all text and the table lie inside the turned 版心 (225 × 156 mm)', () => {
    for (const i of turned) {
      const p = sheet.pages[i]!;
      expect(p.glyphs.length).toBeGreaterThan(0);
      for (const g of p.glyphs) {
        expect(g.x0).toBeGreaterThanOrEqual(SHEET.left - 0.01);
        expect(g.x1).toBeLessThanOrEqual(SHEET.right + 0.01);
        expect(g.baseline - 0.88 * g.size).toBeGreaterThanOrEqual(SHEET.top - 0.3);
        expect(g.baseline + 0.12 * g.size).toBeLessThanOrEqual(SHEET.bottom);
      }
      const vertical = p.rules.filter((r) => r.paint === 'stroke' && r.x1 - r.x0 < 0.01 && r.y1 - r.y0 > 1);
      expect(Math.min(...vertical.map((r) => r.x0 - r.lineWidth / 2))).toBeCloseTo(SHEET.left, 1);
      expect(Math.max(...vertical.map((r) => r.x1 + r.lineWidth / 2))).toBeCloseTo(SHEET.right, 1);
      expect(Math.max(...p.rules.map((r) => r.y1))).toBeLessThanOrEqual(SHEET.bottom + 0.3);
    }
  });

  test('the first line sits on the sheet 版心 top, table lines are whole pitches apart, at most 15 a sheet', () => {
    const first = sheet.pages[turned[0]!]!.lines[0]!;
    expect(glyphTop(first)).toBeCloseTo(SHEET.top, 0);
    expect(first.x0).toBeCloseTo(SHEET.left, 1);
    for (const i of turned) {
      expect(sheet.pages[i]!.lines.length).toBeLessThanOrEqual(Math.floor((SHEET.bottom - SHEET.top) / PITCH));
      // Table text (4号); the 2号 title sits centred on its own lines.
      const lines = sheet.pages[i]!.lines.filter((l) => Math.abs(l.size - 14) < 0.1);
      for (let k = 1; k < lines.length; k++) {
        const d = lines[k]!.baseline - lines[k - 1]!.baseline;
        expect(Math.abs(d - Math.round(d / PITCH) * PITCH)).toBeLessThan(0.3);
      }
    }
    // A sheet the table fills uses its 15th line.
    expect(turned.map((i) => sheet.pages[i]!.lines.at(-1)!.baseline).some((b) => b > SHEET.top + 14 * PITCH)).toBe(true);
  });

  test('the header row opens every later sheet of the table, at the sheet top (toward the portrait left edge)', () => {
    turned.forEach((i, k) => {
      const lines = sheet.pages[i]!.lines;
      const header = lines.filter((l) => l.text === HEADER);
      expect(header, `sheet ${k + 1}`).toHaveLength(1);
      if (k > 0) {
        expect(lines[0]).toBe(header[0]);
        expect(glyphTop(header[0]!)).toBeLessThan(SHEET.top + PITCH);
      }
    });
    // Every task is printed once, whole on one sheet.
    for (const task of ['煤气区域安全', '可视化创建']) expect(turned.filter((i) => sheet.pages[i]!.lines.some((l) => l.text.includes(task)))).toHaveLength(1);
  });

  test('the next attachment is portrait again, on the portrait 版心', () => {
    const i = shown.pages.findIndex((p) => p.lines[0]?.text === '附件2');
    expect(i).toBe(turned.at(-1)! + 1);
    const label = shown.pages[i]!.lines[0]!;
    expect(shown.pages[i]!.turned).toBe(false);
    expect(glyphTop(label)).toBeCloseTo(TOP, 0);
    expect(label.x0).toBeCloseTo(LEFT, 1);
  });

  test("the measure tool's GB/T 9704 checks hold, fonts are embedded subsets", () => {
    expect(checkGbt9704(shown).filter((c) => !c.ok)).toEqual([]);
    expect(shown.fontsEmbedded.length).toBeGreaterThan(0);
    for (const f of shown.fontsEmbedded) expect(f).toMatchObject({ embedded: true, subset: true });
  });

  test('the same input gives the same bytes', async () => {
    expect(Buffer.from(await build(doc)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('a landscape attachment last', () => {
  test('the 版记 goes on a portrait page after it, its last rule on the 版心 bottom', async () => {
    const m = await measurePdf(await build({ ...doc, attachments: [doc.attachments[0]!] }));
    const last = m.pages.at(-1)!;
    expect(last.turned).toBe(false);
    expect(m.pages.at(-2)!.turned).toBe(true);
    expect(last.lines.some((l) => l.text.includes('印发'))).toBe(true);
    const rules = last.rules.filter((r) => r.paint === 'stroke' && r.x1 - r.x0 > mm(150));
    expect(Math.max(...rules.map((r) => r.y1))).toBeCloseTo(BOTTOM, 0);
    for (const p of m.pages) expect(p.width / mm(1)).toBeCloseTo(210, 1);
  });
});
