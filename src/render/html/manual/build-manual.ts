/**
 * Manual → one self-contained HTML page: cover, 前言, 目录 (a <nav> of links to the chapters and
 * sections), chapters as <section id="ch1"> with the anchors on their headings, figures with the
 * images inline as data: URLs, 图鉴 entries with their labelled parts. No script; every piece of
 * content is escaped. Pure and deterministic.
 */
import { chapterSections, type Chapter, type Entry, type Figure, type Manual } from '../../../ir/manual.js';
import type { Heading, Paragraph, Table } from '../../../ir/types.js';
import { manualProfile, printedWidthShare, type ManualProfile } from '../../../layout/manual-profile.js';
import { citationText } from '../../citation-text.js';
import { renderBlock, renderBlocks, renderInlines } from '../blocks.js';
import { escapeHtml } from '../escape.js';
import { pageClosing, pageOpening } from '../page.js';
import { tableLineCounts } from '../table.js';
import { num } from '../units.js';
import { manualCss } from './css.js';

/** As the 公文 page's, and images only from the page itself (data: URLs). */
export const MANUAL_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const MIME = { png: 'image/png', jpeg: 'image/jpeg' } as const;

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function renderFigure(f: Figure, mp: ManualProfile): string {
  // A format outside the model's two would make a wrong data: URL; refuse rather than emit it.
  const mime = Object.hasOwn(MIME, f.image.format) ? MIME[f.image.format] : undefined;
  if (!mime) throw new Error(`HTML：图片格式 ${String(f.image.format)} 无效，应为 png 或 jpeg`);
  const caption = `${f.number}　${f.caption}`;
  const size = Number.isInteger(f.image.widthPx) && Number.isInteger(f.image.heightPx) ? ` width="${escapeHtml(f.image.widthPx)}" height="${escapeHtml(f.image.heightPx)}"` : '';
  return [
    `<figure class="gw-figure"${f.id ? ` id="${escapeHtml(f.id)}"` : ''}>`,
    `<img src="data:${mime};base64,${base64(f.image.bytes)}" alt="${escapeHtml(f.caption)}"${size} style="width: ${num(printedWidthShare(f, mp) * 100)}%">`,
    `<figcaption>${escapeHtml(caption)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

function anchoredHeading(h: Heading, anchor: string): string {
  const ordinal = h.ordinal ? `<span class="gw-ordinal">${escapeHtml(h.ordinal)}</span>` : '';
  return `<h2 id="${escapeHtml(anchor)}">${ordinal}${renderInlines(h.children)}</h2>`;
}

function renderEntry(e: Entry, anchor: string, mp: ManualProfile): string {
  const { labels, brackets } = mp.style.entry;
  const part = (kind: string, label: string, body: string[]) =>
    `<div class="gw-entry-part gw-entry-${kind}">\n<p class="gw-entry-label">${escapeHtml(`${brackets[0]}${label}${brackets[1]}`)}</p>\n${body.join('\n')}\n</div>`;
  const paras = (ps: readonly Paragraph[]) => ps.map((x) => renderBlock(x));
  return [
    `<section class="gw-entry" data-entry="${escapeHtml(e.id)}">`,
    anchoredHeading(e.heading, anchor),
    part('problem', labels.problem, [...paras(e.problem), ...e.figures.map((f) => renderFigure(f, mp))]),
    part('standards', labels.standards, e.standards.map((c) => `<p>${escapeHtml(citationText(c))}</p>`)),
    part('measures', labels.measures, paras(e.measures)),
    e.accident?.length ? part('accident', labels.accident, paras(e.accident)) : '',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

function renderChapter(ch: Chapter, mp: ManualProfile): string {
  const anchors = chapterSections(ch).map((s) => s.anchor);
  let next = 0;
  const body = ch.blocks.map((b) => {
    if (b.type === 'entry') return renderEntry(b, anchors[next++]!, mp);
    if (b.type === 'heading' && b.level === 1) return anchoredHeading(b, anchors[next++]!);
    if (b.type === 'figure') return renderFigure(b, mp);
    return renderBlock(b);
  });
  const title = `<h1><span class="gw-ordinal">${escapeHtml(ch.ordinal)}</span>　${escapeHtml(ch.title)}</h1>`;
  return `<section class="gw-chapter" id="${escapeHtml(ch.id)}">\n${title}\n${body.join('\n')}\n</section>`;
}

function renderToc(manual: Manual, mp: ManualProfile): string {
  const items = manual.toc.map((e) => `<li class="gw-toc-${e.level === 1 ? 1 : 2}"><a href="#${escapeHtml(e.target)}">${escapeHtml(e.text)}</a></li>`);
  const title = mp.style.frontTitles.toc;
  return `<nav class="gw-toc" aria-label="${escapeHtml(title.replace(/\s/g, ''))}">\n<h1 class="gw-front-title">${escapeHtml(title)}</h1>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

function manualTables(manual: Manual): Table[] {
  const blocks = [...(manual.preface ?? []), ...manual.chapters.flatMap((c) => c.blocks)];
  return blocks.filter((b): b is Table => b.type === 'table');
}

export function buildManualHtml(manual: Manual): string {
  const mp = manualProfile(manual.paper);
  const s = mp.style;
  const cover = [
    '<header class="gw-cover">',
    `<h1 class="gw-cover-title">${escapeHtml(manual.title)}</h1>`,
    manual.subtitle ? `<p class="gw-cover-subtitle">${escapeHtml(manual.subtitle)}</p>` : '',
    manual.edition ? `<p class="gw-cover-subtitle gw-cover-edition">${escapeHtml(manual.edition)}</p>` : '',
    `<div class="gw-cover-foot">\n<p class="gw-cover-issuer">${escapeHtml(manual.issuer)}</p>\n<p class="gw-cover-date">${escapeHtml(manual.date)}</p>\n</div>`,
    '</header>',
  ];
  const preface = manual.preface
    ? `<section class="gw-preface">\n<h1 class="gw-front-title">${escapeHtml(s.frontTitles.preface)}</h1>\n${renderBlocks(manual.preface)}\n</section>`
    : '';
  return pageClosing([
    ...pageOpening({
      csp: MANUAL_CONTENT_SECURITY_POLICY,
      author: manual.meta.author,
      title: manual.title,
      css: manualCss(mp, tableLineCounts(manualTables(manual)), manual.title),
      bodyClass: `gw-manual gw-paper-${manual.paper}`,
    }),
    ...cover,
    preface,
    renderToc(manual, mp),
    `<main>\n${manual.chapters.map((ch) => renderChapter(ch, mp)).join('\n')}\n</main>`,
  ]);
}
