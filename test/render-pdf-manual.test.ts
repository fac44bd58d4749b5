/**
 * The guidance manual as PDF, measured with pdfjs rather than trusted: paper and 版心 in
 * millimetres, the running header and page numbers where they belong, the 目录's numbers
 * against the pages its headings are printed on, the outline, the figures' images and
 * captions, body lines on the grid, and the same bytes from the same model.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Figure, Manual, Paper } from '../src/ir/manual.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildManualPdf } from '../src/render/pdf/manual/build-manual.js';
import { sampleManual } from './support/manual-sample.js';
import { measurePdf, mm, type PdfMeasure, type PdfPage, type TextLine } from './support/measure-pdf.js';
import { imagesOf, openPdf, outlineOf, type ImageBox, type OutlineNode } from './support/manual-pdf.js';

const fonts = resolveFonts({ system: false });

/** The manual's papers as its specification gives them (layout/manual-profile.ts), in mm and pt. */
const PAPERS = {
  A4: { widthMm: 210, heightMm: 297, topMm: 37, leftMm: 28, blockWidthMm: 156, blockHeightMm: 225, lines: 28, body: 14, header: 10.5, headerBaselineMm: 10, ruleMm: 7, titleTopMm: 60, footBottomMm: 40, cover: 36 },
  A5: { widthMm: 148, heightMm: 210, topMm: 20, leftMm: 15, blockWidthMm: 118, blockHeightMm: 170, lines: 26, body: 12, header: 9, headerBaselineMm: 7, ruleMm: 5, titleTopMm: 45, footBottomMm: 28, cover: 26 },
} as const;

const geometry = (paper: Paper) => {
  const p = PAPERS[paper];
  const top = mm(p.topMm);
  const left = mm(p.leftMm);
  return { ...p, top, left, right: left + mm(p.blockWidthMm), bottom: top + mm(p.blockHeightMm), centre: left + mm(p.blockWidthMm) / 2, pitch: mm(p.blockHeightMm) / p.lines };
};

const unspaced = (s: string) => s.replace(/\s/g, '');
const glyphTop = (l: { baseline: number; size: number }) => l.baseline - 0.88 * l.size;
const pageText = (page: PdfPage) => page.lines.map((l) => l.text).join('');

interface Built {
  manual: Manual;
  bytes: Uint8Array;
  m: PdfMeasure;
  images: ImageBox[];
  outline: OutlineNode[];
}

async function build(manual: Manual): Promise<Built> {
  const r = await buildManualPdf(manual, fonts);
  expect(r.diagnostics).toEqual([]);
  const m = await measurePdf(r.bytes);
  // What the build summary prints.
  expect(r.pages).toBe(m.pages.length);
  const pdf = await openPdf(r.bytes);
  try {
    return { manual, bytes: r.bytes, m, images: await imagesOf(pdf), outline: await outlineOf(pdf) };
  } finally {
    await pdf.destroy();
  }
}

/** The page number line under the 版心: its label without the dashes. */
function numberLine(page: PdfPage, bottom: number): TextLine | undefined {
  return page.lines.find((l) => l.baseline > bottom && /^—.+—$/.test(l.text));
}
const labelOf = (l: TextLine | undefined) => l?.text.slice(1, -1);

/** 1-based page where a line reads exactly `text` (spaces ignored), searching from page `from`. */
function pageOfLine(m: PdfMeasure, text: string, from = 1): number {
  const i = m.pages.findIndex((p, k) => k + 1 >= from && p.lines.some((l) => l.text === unspaced(text)));
  return i + 1;
}

const built: Partial<Record<Paper, Built>> = {};
beforeAll(async () => {
  built.A4 = await build(sampleManual('A4'));
  built.A5 = await build(sampleManual('A5'));
});

describe.each(['A4', 'A5'] as const)('the sample manual on %s', (paper) => {
  const g = geometry(paper);
  const b = () => built[paper]!;
  /** The first chapter page: where 第一章's title stands. */
  const firstChapterPage = () => pageOfLine(b().m, `${b().manual.chapters[0]!.ordinal}${b().manual.chapters[0]!.title}`);
  const chapterPages = () => b().m.pages.slice(firstChapterPage() - 1);

  test('every page is the paper size in millimetres', () => {
    for (const page of b().m.pages) {
      expect(page.width / mm(1)).toBeCloseTo(g.widthMm, 1);
      expect(page.height / mm(1)).toBeCloseTo(g.heightMm, 1);
    }
  });

  test('page count: the cover, 前言, 目录, then the chapters numbered on to the last page', () => {
    const { pages } = b().m;
    expect(pages).toHaveLength(paper === 'A4' ? 10 : 11);
    // The chapters start right after the one-page 前言 and 目录, and the last page's number counts them all.
    expect(firstChapterPage()).toBe(4);
    expect(labelOf(numberLine(pages.at(-1)!, g.bottom))).toBe(String(pages.length - 3));
  });

  test('the cover: title top and issuer/date foot at their distances, centred, no header or number', () => {
    const cover = b().m.pages[0]!;
    const title = cover.lines.find((l) => l.text === b().manual.title)!;
    expect(title.size).toBeCloseTo(g.cover, 1);
    expect(glyphTop(title) / mm(1)).toBeCloseTo(g.titleTopMm, 0);
    expect((title.x0 + title.x1) / 2).toBeCloseTo(g.centre, 0);
    const date = cover.lines.find((l) => l.text === b().manual.date)!;
    const issuer = cover.lines.find((l) => l.text === b().manual.issuer)!;
    expect(issuer.baseline).toBeLessThan(date.baseline);
    expect((cover.height - (date.baseline + 0.12 * date.size)) / mm(1)).toBeCloseTo(g.footBottomMm, 0);
    expect((date.x0 + date.x1) / 2).toBeCloseTo(g.centre, 0);
    // Subtitle and edition between title and foot.
    const subtitle = cover.lines.find((l) => l.text === b().manual.subtitle)!;
    const edition = cover.lines.find((l) => l.text === b().manual.edition)!;
    expect(subtitle.baseline).toBeGreaterThan(title.baseline);
    expect(edition.baseline).toBeGreaterThan(subtitle.baseline);
    expect(edition.baseline).toBeLessThan(issuer.baseline);
    expect(cover.rules).toEqual([]);
    expect(numberLine(cover, g.bottom)).toBeUndefined();
  });

  test('the running header on every page but the cover: the title centred above the 版心 over a rule', () => {
    b().m.pages.slice(1).forEach((page) => {
      const head = page.lines.find((l) => l.text === b().manual.title)!;
      expect(head, `page ${page.lines[0]?.page}`).toBeDefined();
      expect(head.size).toBeCloseTo(g.header, 1);
      expect((g.top - head.baseline) / mm(1)).toBeCloseTo(g.headerBaselineMm, 1);
      expect((head.x0 + head.x1) / 2).toBeCloseTo(g.centre, 0);
      const rule = page.rules.find((r) => r.paint === 'stroke' && r.y1 < g.top && r.x1 - r.x0 > mm(g.blockWidthMm) - 1)!;
      expect(rule).toBeDefined();
      expect(rule.x0).toBeCloseTo(g.left, 0);
      expect(rule.x1).toBeCloseTo(g.right, 0);
      expect((g.top - rule.y0) / mm(1)).toBeCloseTo(g.ruleMm, 1);
    });
  });

  test('page numbers: none on the cover, I II on 前言 and 目录, 1, 2 … on; centred, the dash 7 mm below the 版心', () => {
    const { pages } = b().m;
    const labels = pages.map((p) => labelOf(numberLine(p, g.bottom)));
    expect(labels).toEqual([undefined, 'I', 'II', ...Array.from({ length: pages.length - 3 }, (_, i) => String(i + 1))]);
    for (const page of pages.slice(1)) {
      const n = numberLine(page, g.bottom)!;
      expect((n.x0 + n.x1) / 2).toBeCloseTo(g.centre, 0);
      const dash = n.glyphs[0]!;
      // The dash's stroke lies about 0.35 em above its baseline.
      expect((dash.baseline - 0.35 * dash.size - g.bottom) / mm(1)).toBeGreaterThan(6.5);
      expect((dash.baseline - 0.35 * dash.size - g.bottom) / mm(1)).toBeLessThan(7.5);
    }
  });

  test('the 目录: every entry’s number is the displayed page of its heading, right-aligned, with a leader', () => {
    const { m, manual } = b();
    const tocPage = m.pages[pageOfLine(m, '目　录') - 1]!;
    const first = firstChapterPage();
    for (const entry of manual.toc) {
      const line = tocPage.lines.find((l) => l.text.startsWith(unspaced(entry.text)))!;
      expect(line, entry.text).toBeDefined();
      const [, leader, number] = /^.*?(…+)(\d+)$/.exec(line.text.slice(unspaced(entry.text).length - 1)) ?? [];
      expect(leader?.length).toBeGreaterThan(2);
      expect(line.x1).toBeCloseTo(g.right, 0);
      // Sections stand two characters in from the chapters.
      expect(line.x0 - g.left).toBeCloseTo(entry.level === 1 ? 0 : 2 * (mm(g.blockWidthMm) / (paper === 'A4' ? 32 : 28)), 0);
      const printed = pageOfLine(m, entry.text, first);
      expect(printed).toBeGreaterThanOrEqual(first);
      expect(labelOf(numberLine(m.pages[printed - 1]!, g.bottom))).toBe(number);
    }
  });

  test('the outline: 前言, 目录 and the chapters with their sections, each at its page', () => {
    const { m, manual, outline } = b();
    const first = firstChapterPage();
    expect(outline.map((o) => o.title)).toEqual(['前言', '目录', ...manual.chapters.map((c) => `${c.ordinal}\u3000${c.title}`)]);
    expect(outline[0]!.page).toBe(pageOfLine(m, '前　言'));
    expect(outline[1]!.page).toBe(pageOfLine(m, '目　录'));
    manual.chapters.forEach((ch, i) => {
      const node = outline[2 + i]!;
      expect(node.page).toBe(pageOfLine(m, node.title, first));
      const sections = manual.toc.filter((t) => t.level === 2 && t.target.startsWith(`${ch.id}-`)).map((t) => t.text);
      expect(sections.length).toBeGreaterThan(0);
      expect(node.items.map((s) => s.title)).toEqual(sections);
      for (const s of node.items) expect(s.page).toBe(pageOfLine(m, s.title, first));
    });
  });

  test('figures: each image drawn centred at its width, its caption centred just below it on the same page', () => {
    const { m, manual, images } = b();
    const figures = manual.chapters.flatMap((ch) => ch.blocks.flatMap((x): Figure[] => (x.type === 'figure' ? [x] : x.type === 'entry' ? x.figures : [])));
    expect(images).toHaveLength(figures.length);
    for (const f of figures) {
      const page = pageOfLine(m, `${f.number}${f.caption}`);
      const caption = m.pages[page - 1]!.lines.find((l) => l.text === `${f.number}${f.caption}`)!;
      const image = images.filter((im) => im.page === page && im.y1 < caption.baseline).sort((x, y) => y.y1 - x.y1)[0]!;
      expect(image, f.number).toBeDefined();
      expect(Math.abs(image.x1 - image.x0 - f.widthShare * mm(g.blockWidthMm))).toBeLessThan(mm(1));
      expect((image.y1 - image.y0) / (image.x1 - image.x0)).toBeCloseTo(f.image.heightPx / f.image.widthPx, 2);
      expect((image.x0 + image.x1) / 2).toBeCloseTo(g.centre, 0);
      expect(image.y0).toBeGreaterThanOrEqual(g.top - 0.5);
      // The caption's glyph tops a little under the image, less than a line and a half.
      expect(glyphTop(caption)).toBeGreaterThan(image.y1);
      expect(glyphTop(caption) - image.y1).toBeLessThan(1.5 * g.pitch);
      expect((caption.x0 + caption.x1) / 2).toBeCloseTo(g.centre, 0);
      expect(caption.baseline).toBeLessThan(g.bottom);
    }
  });

  test(`chapter body lines sit on the ${PAPERS[paper].lines}-line grid; a full page holds exactly that many lines`, () => {
    const counts = chapterPages().map((page) => {
      const body = page.lines.filter((l) => Math.abs(l.size - g.body) < 0.1 && l.baseline > g.top && l.baseline < g.bottom);
      for (const l of body) {
        const k = (glyphTop(l) - g.top) / g.pitch;
        expect(Math.abs(k - Math.round(k)) * g.pitch, `${l.text} on page ${l.page}`).toBeLessThan(0.5);
      }
      // Every text line in the 版心 (table rows too) takes one grid line.
      const inBlock = page.lines.filter((l) => l.baseline > g.top && l.baseline < g.bottom);
      return new Set(inBlock.map((l) => Math.floor((l.baseline - g.top) / g.pitch))).size;
    });
    expect(Math.max(...counts)).toBe(g.lines);
  });

  test('an entry prints its labelled parts in order, each citation as 《title》（code）第clause条：text', () => {
    const { m, manual } = b();
    const text = m.pages.map(pageText).join('');
    const entry = manual.chapters[1]!.blocks.find((x) => x.type === 'entry')!;
    const at = (s: string, from = 0) => text.indexOf(unspaced(s), from);
    const heading = at('一、作业前未进行气体检测', at('第二章'));
    const parts = ['【问题描述】', '【规范标准】', '【对策措施】', '【事故案例】'].reduce<number[]>((out, s) => [...out, at(s, out.at(-1) ?? heading)], []);
    expect(heading).toBeGreaterThan(0);
    expect(parts.every((p, i) => p > (i ? parts[i - 1]! : heading))).toBe(true);
    expect(entry.type === 'entry' && entry.standards.length).toBe(2);
    expect(at('《缺氧危险作业安全规程》（GB 8958—2006）第4.2.1条：作业前必须检测作业场所空气中的氧含量。', parts[1])).toBeGreaterThan(parts[1]!);
    expect(at('《危险化学品企业特殊作业安全规范》（GB 30871—2022）【对策措施】', parts[1])).toBeGreaterThan(parts[1]!);
  });
});

describe('the A4 manual file', () => {
  test('fonts embedded and subset; title, author, creator and date in the metadata', () => {
    const { m } = built.A4!;
    expect(m.fontsEmbedded.length).toBeGreaterThanOrEqual(3);
    for (const f of m.fontsEmbedded) expect(f).toMatchObject({ embedded: true, subset: true });
    expect(m.info).toMatchObject({ Title: '有限空间作业安全指导手册', Author: '示例市应急管理局', Creator: 'gongwen', Producer: 'gongwen' });
    expect(m.info.CreationDate).toMatch(/^D:20261101000000Z/);
  });

  test('the same model gives byte-identical output', async () => {
    const again = await buildManualPdf(sampleManual('A4'), fonts);
    expect(Buffer.from(again.bytes).equals(Buffer.from(built.A4!.bytes))).toBe(true);
  });

  test('a figure taller than half the 版心 is scaled down to it, width and height together', async () => {
    const manual = sampleManual('A4');
    const ch2 = manual.chapters[1]!;
    const entry = ch2.blocks.find((x) => x.type === 'entry' && x.figures[0]!.image.heightPx > x.figures[0]!.image.widthPx);
    if (entry?.type !== 'entry') throw new Error('the sample has a tall figure');
    entry.figures[0] = { ...entry.figures[0]!, widthShare: 1 };
    const r = await buildManualPdf(manual, fonts);
    const pdf = await openPdf(r.bytes);
    const images = await imagesOf(pdf).finally(() => pdf.destroy());
    const tall = images.find((im) => im.y1 - im.y0 > im.x1 - im.x0)!;
    const g = geometry('A4');
    expect(tall.y1 - tall.y0).toBeCloseTo(0.5 * mm(g.blockHeightMm), 0);
    expect(tall.x1 - tall.x0).toBeCloseTo((0.5 * mm(g.blockHeightMm) * 300) / 400, 0);
  });
});
