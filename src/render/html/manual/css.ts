/**
 * The manual's stylesheet, from manualProfile: font stacks and sizes in pt, the 版心 width as the
 * reading column, print pages of the manual's paper and 版心. Content never reaches this text.
 */
import type { FontRole } from '../../../ir/types.js';
import { cssFontStacks, gridMetrics } from '../../../layout/gbt9704.js';
import type { ManualProfile } from '../../../layout/manual-profile.js';
import { marginShorthand, tableCss } from '../css.js';
import { cssString } from '../escape.js';
import { mmLen, num, pt } from '../units.js';

/** The named page of the cover, printed without a page number. */
const COVER_PAGE = 'cover';

const font = (role: FontRole): string => `font-family: ${cssFontStacks[role]}`;

/** `title` is the running header printed above every page but the cover. */
export function manualCss(mp: ManualProfile, tableLines: readonly number[], title: string): string {
  const { base: p, style: s } = mp;
  const g = gridMetrics(p);
  const line = pt(g.linePitch);
  const lines = (k: number) => pt(g.linePitch * k);
  const n = p.pageNumber;
  // CSS strings; the profile's dash is trusted.
  const before = JSON.stringify(`${n.dash} `);
  const after = JSON.stringify(` ${n.dash}`);
  const roles = Object.keys(cssFontStacks) as FontRole[];
  // The cover's foot ends footBottomMm above the paper's bottom edge: this far above the 版心's.
  const footAboveBlockBottom = s.cover.footBottomMm - (p.page.heightMm - p.block.topMm - p.block.heightMm);
  const chapterTitle = `${font(s.chapterTitle.role)}; font-size: ${pt(s.chapterTitle.size)}; line-height: normal; text-align: center; text-indent: 0; margin-bottom: ${lines(s.chapterTitle.linesAfter)}; break-after: avoid;`;
  const h = s.header;
  // The header's rule sits ruleAboveBlockMm over the 版心, its text's baseline baselineAboveBlockMm over it.
  return `@page { size: ${mmLen(p.page.widthMm)} ${mmLen(p.page.heightMm)}; margin: ${marginShorthand(p)};
  @top-center { content: ${cssString(title)}; ${font(h.role)}; font-size: ${pt(h.size)}; vertical-align: bottom; line-height: 1; margin-bottom: ${mmLen(h.ruleAboveBlockMm)}; padding-bottom: calc(${mmLen(h.baselineAboveBlockMm - h.ruleAboveBlockMm)} - 0.12em); border-bottom: ${pt(h.rulePt)} solid ${p.colors.black}; }
  @bottom-center { content: ${before} counter(page) ${after}; ${font(n.role)}; font-size: ${pt(n.size)}; vertical-align: top; padding-top: calc(${mmLen(n.belowBlockMm)} - 0.5em); } }
@page ${COVER_PAGE} { @top-center { content: none; border: none; } @bottom-center { content: none; } }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { box-sizing: border-box; max-width: ${mmLen(p.block.widthMm)}; margin: 0 auto; padding: 0 4vw; color: ${p.colors.black}; ${font(p.body.role)}; font-size: ${pt(p.body.size)}; line-height: ${line}; line-break: strict; overflow-wrap: break-word; }
p, h1, h2, h3, h4, h5, ol, li, figure { margin: 0; padding: 0; font-size: inherit; font-weight: normal; }
p, h2, h3, h4, h5 { text-indent: ${num(p.body.firstLineIndentChars)}em; text-align: justify; }
h2 { ${font(p.headings[1].role)}; }
h3 { ${font(p.headings[2].role)}; }
h4 { ${font(p.headings[3].role)}; }
h5 { ${font(p.headings[4].role)}; }
h2, h3, h4, h5 { break-after: avoid; }
/* 封面 */
.gw-cover { page: ${COVER_PAGE}; display: flex; flex-direction: column; box-sizing: border-box; min-height: ${mmLen(p.block.heightMm)}; padding: ${mmLen(s.cover.titleTopMm - p.block.topMm)} 0 ${mmLen(footAboveBlockBottom)}; text-align: center; break-after: page; }
.gw-cover p { text-indent: 0; text-align: center; }
.gw-cover-title { ${font(s.cover.titleRole)}; font-size: ${pt(s.cover.titleSize)}; line-height: normal; }
.gw-cover .gw-cover-subtitle { ${font(s.cover.subtitleRole)}; font-size: ${pt(s.cover.subtitleSize)}; }
.gw-cover-foot { margin-top: auto; ${font(s.cover.footRole)}; font-size: ${pt(s.cover.footSize)}; }
/* 前言, 目录, chapters: each starts a printed page. */
.gw-front-title, .gw-chapter > h1 { ${chapterTitle} }
.gw-preface, .gw-toc, .gw-chapter { break-before: page; padding-top: ${line}; }
.gw-toc ol { list-style: none; }
.gw-toc a { display: flex; color: inherit; text-decoration: none; }
.gw-toc a:hover, .gw-toc a:focus { text-decoration: underline; }
.gw-toc-1 { ${font(s.toc.chapterRole)}; }
.gw-toc-2 { ${font(s.toc.sectionRole)}; padding-left: ${num(s.toc.sectionIndentChars)}em; }
/* 图: centred, never taller than its share of the 版心. */
.gw-figure { margin: ${pt(g.linePitch / 2)} 0; text-align: center; break-inside: avoid; }
.gw-figure img { max-width: 100%; height: auto; max-height: ${mmLen(s.figure.maxHeightShare * p.block.heightMm)}; object-fit: contain; }
.gw-figure figcaption { ${font(s.figure.captionRole)}; font-size: ${pt(p.table.size)}; text-align: center; }
/* 图鉴 entries */
.gw-entry-label { ${font(s.entry.labelRole)}; break-after: avoid; }
${tableCss(p, tableLines)}${roles.map((r) => `.gw-f-${r} { ${font(r)}; }`).join('\n')}
@media screen {
  .gw-table-wrap { overflow-x: auto; }
  .gw-preface, .gw-toc, .gw-chapter { margin-top: ${line}; border-top: 1px dashed #999; }
}
@media print {
  body { max-width: none; padding: 0; }
}
`;
}
