/**
 * The manual's HTML page: its 目录 links land on existing anchors, figures carry their images
 * inline, content is escaped, and the print page follows the manual's paper and 版心.
 */
import { describe, expect, test } from 'vitest';
import { chapterSections, type Paper } from '../src/ir/manual.js';
import { manualProfile } from '../src/layout/manual-profile.js';
import { buildManualHtml } from '../src/render/html/manual/build-manual.js';
import { sampleManual } from './support/manual-sample.js';
import { canPrintHtml, printHtml } from './support/html-print.js';
import { mm } from './support/measure-pdf.js';

const papers: Paper[] = ['A4', 'A5'];

const ids = (html: string): string[] => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);

describe.each(papers)('manual HTML (%s)', (paper) => {
  const manual = sampleManual(paper);
  const html = buildManualHtml(manual);

  test('the 目录 nav links every 目录 line to an element with that id', () => {
    const nav = /<nav class="gw-toc"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
    expect(nav).toBeDefined();
    const links = [...nav!.matchAll(/<a href="#([^"]*)">([^<]*)<\/a>/g)].map((m) => ({ target: m[1], text: m[2] }));
    expect(links).toEqual(manual.toc.map((e) => ({ target: e.target, text: e.text })));
    const all = ids(html);
    for (const l of links) expect(all.filter((id) => id === l.target), l.target).toHaveLength(1);
    // Chapters are sections with the chapter id; sections' anchors sit on their h2.
    for (const ch of manual.chapters) {
      expect(html).toContain(`<section class="gw-chapter" id="${ch.id}">\n<h1>`);
      for (const s of chapterSections(ch)) expect(html).toMatch(new RegExp(`<h2 id="${s.anchor}">`));
    }
    expect(new Set(all).size).toBe(all.length);
  });

  test('figures are <figure> with a data: URL image, its caption as alt, and a numbered figcaption', () => {
    const figures = [...html.matchAll(/<figure class="gw-figure"[^>]*>\s*<img ([^>]*)>\s*<figcaption>([^<]*)<\/figcaption>\s*<\/figure>/g)];
    const model = manual.chapters.flatMap((ch) => ch.blocks.flatMap((b) => (b.type === 'figure' ? [b] : b.type === 'entry' ? b.figures : [])));
    expect(figures.map((f) => f[2])).toEqual(model.map((f) => `${f.number}　${f.caption}`));
    figures.forEach((f, i) => {
      const img = f[1]!;
      const src = /src="data:image\/png;base64,([^"]+)"/.exec(img)?.[1];
      expect(src).toBeDefined();
      // escapeHtml writes base64 padding as &#61;.
      expect(Buffer.from(src!.replace(/&#61;/g, '='), 'base64').equals(Buffer.from(model[i]!.image.bytes))).toBe(true);
      expect(img).toContain(`alt="${model[i]!.caption}"`);
    });
    expect(html).toContain("img-src data:");
    expect(html).toMatch(/\.gw-figure img \{ max-width: 100%; height: auto;/);
  });

  test('entries are sections with their labelled parts in order', () => {
    const entries = [...html.matchAll(/<section class="gw-entry"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      const labels = [...e.matchAll(/<p class="gw-entry-label">([^<]*)<\/p>/g)].map((m) => m[1]);
      expect(labels).toEqual(['【问题描述】', '【规范标准】', '【对策措施】', '【事故案例】']);
      expect(e).toContain('<p>《缺氧危险作业安全规程》（GB 8958—2006）第4.2.1条：作业前必须检测作业场所空气中的氧含量。</p>');
      expect(e).toContain('<p>《危险化学品企业特殊作业安全规范》（GB 30871—2022）</p>');
    }
    expect(html).toContain('<table class="gw-table">');
  });

  test('the print page has the manual paper and 版心 margins; chapters break before', () => {
    const { base } = manualProfile(paper);
    const right = base.page.widthMm - base.block.leftMm - base.block.widthMm;
    const bottom = base.page.heightMm - base.block.topMm - base.block.heightMm;
    expect(html).toContain(`@page { size: ${base.page.widthMm}mm ${base.page.heightMm}mm; margin: ${base.block.topMm}mm ${right}mm ${bottom}mm ${base.block.leftMm}mm;`);
    expect(html).toMatch(/\.gw-preface, \.gw-toc, \.gw-chapter \{ break-before: page;/);
    expect(html).toContain(`max-width: ${base.block.widthMm}mm`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });
});

test('content is escaped and the page has no script', () => {
  const manual = sampleManual('A4');
  const ch = manual.chapters[0]!;
  const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
  const p = ch.blocks.find((b) => b.type === 'paragraph')!;
  if (p.type === 'paragraph') p.children = [{ ...p.children[0]!, text: evil }];
  manual.title = `手册<script>alert(1)</script>`;
  const html = buildManualHtml(manual);
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/onerror=/);
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  expect(html).toContain('<title>手册&lt;script&gt;alert(1)&lt;/script&gt;</title>');
});

test('the same model gives the same page', () => {
  expect(buildManualHtml(sampleManual('A5'))).toBe(buildManualHtml(sampleManual('A5')));
});

describe.skipIf(!canPrintHtml)('manual HTML printed by Chromium', () => {
  test.each(papers)('the running header and its rule stand over every page but the cover, at their distances above the 版心 (%s)', async (paper) => {
    const manual = { ...sampleManual(paper), title: '有限空间</style><script>alert(1)</script>手册' };
    const html = buildManualHtml(manual);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    const m = await printHtml(html);
    const { base, style } = manualProfile(paper);
    const blockTop = mm(base.block.topMm);
    const header = (i: number) => m.pages[i]!.lines.filter((l) => l.baseline < blockTop);
    const rule = (i: number) => m.pages[i]!.rules.find((r) => r.y1 < blockTop && r.x1 - r.x0 > mm(base.block.widthMm) - 1);
    expect(header(0)).toEqual([]);
    expect(rule(0)).toBeUndefined();
    for (let i = 1; i < m.pages.length; i++) {
      const [line] = header(i);
      expect(line?.text, `page ${i + 1}`).toBe('有限空间</style><script>alert(1)</script>手册');
      // The baseline depends on the browser's font (here a fallback with a deep descender): within a millimetre.
      expect(Math.abs((blockTop - line!.baseline) / mm(1) - style.header.baselineAboveBlockMm)).toBeLessThan(1);
      expect((blockTop - rule(i)!.y1) / mm(1)).toBeCloseTo(style.header.ruleAboveBlockMm, 0);
    }
  }, 120_000);
});
