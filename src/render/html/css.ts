/**
 * The stylesheet, computed from the layout profile: nothing here repeats a number the profile holds.
 * Content never reaches this text; only the profile and the mark's computed size do.
 */
import type { FontRole } from '../../ir/types.js';
import { MM, cssFontStacks, gridMetrics, pageBox, type Orientation, type Profile } from '../../layout/gbt9704.js';
import { jointStepClass } from './closing.js';
import { JOINT_SUFFIX_GAP } from './head.js';
import { linesClass } from './table.js';
import { mmLen, num, pt } from './units.js';

/** ISO 216 A4, to print the `size` keyword when the profile's paper is A4. */
const ISO_A4 = { widthMm: 210, heightMm: 297 };

export interface PageMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The named page of 横排 attachments. */
export const LANDSCAPE_PAGE = 'landscape';

/** Page margins in mm: the 版心 placed on the paper (天头, 订口, and what is left); a landscape page's turned. */
export function pageMargins(p: Profile, orientation: Orientation = 'portrait'): PageMargins {
  const b = pageBox(p, orientation);
  return {
    top: b.topMm,
    right: b.widthMm - b.leftMm - b.blockWidthMm,
    bottom: b.heightMm - b.topMm - b.blockHeightMm,
    left: b.leftMm,
  };
}

/** "37mm 26mm 35mm 28mm": print margins, and the screen sheet's padding. */
export function marginShorthand(p: Profile, orientation: Orientation = 'portrait'): string {
  const m = pageMargins(p, orientation);
  return [m.top, m.right, m.bottom, m.left].map(mmLen).join(' ');
}

/** The default page, and the named page `landscape` that 横排 attachments print on. */
export function pageRule(p: Profile): string {
  const a4 = p.page.widthMm === ISO_A4.widthMm && p.page.heightMm === ISO_A4.heightMm;
  const size = a4 ? 'A4' : `${mmLen(p.page.widthMm)} ${mmLen(p.page.heightMm)}`;
  const turned = a4 ? 'A4 landscape' : `${mmLen(p.page.heightMm)} ${mmLen(p.page.widthMm)}`;
  return `@page { size: ${size}; margin: ${marginShorthand(p)} }\n@page ${LANDSCAPE_PAGE} { size: ${turned}; margin: ${marginShorthand(p, 'landscape')} }`;
}

const font = (role: FontRole): string => `font-family: ${cssFontStacks[role]}`;

/** "— N —" in the page margin: odd pages right, even pages left, inset one character. Browsers without margin boxes print none. */
function pageNumbers(p: Profile): string {
  const n = p.pageNumber;
  // CSS strings; the profile's dash is trusted.
  const before = JSON.stringify(`${n.dash} `);
  const after = JSON.stringify(` ${n.dash}`);
  const box = (side: 'left' | 'right') =>
    `@bottom-${side} { content: ${before} counter(page) ${after}; ${font(n.role)}; font-size: ${pt(n.size)}; ` +
    // The dash stroke sits about half an em below the line top.
    `line-height: 1; vertical-align: top; padding-top: calc(${mmLen(n.belowBlockMm)} - 0.5em); ` +
    `text-align: ${side}; padding-${side}: ${num(n.insetChars)}em }`;
  return `@page :right { ${box('right')} }\n@page :left { ${box('left')} }`;
}

/** Tables (the manual's too): `tableLines` are the minimum row heights, in grid lines, the document's tables use. */
export function tableCss(p: Profile, tableLines: readonly number[] = []): string {
  const g = gridMetrics(p);
  const lines = (k: number) => pt(g.linePitch * k);
  const t = p.table;
  const rule = `${pt(t.borderPt)} solid ${p.colors.black}`;
  return `/* 表格: each text line one grid line, as in the DOCX. 黑体 is not bold. */
.gw-table { width: 100%; table-layout: fixed; border-collapse: collapse; border: ${rule}; ${font(t.role)}; font-size: ${pt(t.size)}; }
.gw-table th, .gw-table td { border: ${rule}; padding: 0 ${mmLen(t.paddingMm)}; vertical-align: middle; text-align: center; font-weight: normal; }
.gw-table thead, .gw-table .gw-total { ${font(t.headerRole)}; }
.gw-table .gw-left { text-align: left; }
.gw-table .gw-right { text-align: right; }
main .gw-table p { text-indent: 0; text-align: inherit; letter-spacing: normal; }
${tableLines.map((n) => `.gw-table .${linesClass(n)} > td { height: ${lines(n)}; }\n`).join('')}/* Print repeats the header rows on every page and never splits a row, except one that starts a
   rowspan: Chromium counts the spanned cell into it, so a long span would push the table whole to a new page. */
.gw-table thead { display: table-header-group; }
.gw-table tr:not(:has(> [rowspan])) { break-inside: avoid; }
`;
}

/** `tableLines`: the minimum row heights (in grid lines) the document's tables use. */
/** `jointSteps`: widened 联合行文 署名 steps, in quarter grid cells, the document's rows use. */
export function buildCss(p: Profile, mark: { sizePt: number; cells: number }, tableLines: readonly number[] = [], jointSteps: readonly number[] = []): string {
  const g = gridMetrics(p);
  const line = pt(g.linePitch);
  const lines = (k: number) => pt(g.linePitch * k);
  const body = p.body;
  // Each character takes one grid cell (156 mm / 28), as in the PDF: 3号 is squeezed by ≈ 0.21 pt.
  const squeeze = pt(Math.floor((g.cell - body.size) * 100) / 100);
  const indent = pt(g.cell * body.firstLineIndentChars);
  const halfLeading = pt((g.linePitch - body.size) / 2);
  const red = p.colors.red;
  const black = p.colors.black;
  const outer = `${mmLen(p.colophon.outerRulePt / MM)} solid ${black}`;
  const inner = `${mmLen(p.colophon.innerRulePt / MM)} solid ${black}`;
  const sig = p.signature;
  const roles = Object.keys(cssFontStacks) as FontRole[];
  const landscape = pageBox(p, 'landscape');

  return `${pageRule(p)}
${pageNumbers(p)}
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: ${black}; ${font(body.role)}; font-size: ${pt(body.size)}; line-height: ${line}; line-break: strict; overflow-wrap: break-word; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p, h1, h2, h3, h4, h5, ol, li { margin: 0; padding: 0; font-size: inherit; font-weight: normal; }
hr { margin: 0; }
/* 版头 */
.gw-head { position: relative; padding-top: ${mmLen(p.head.markTopMm)}; }
.gw-labels { position: absolute; top: 0; left: 0; ${font(p.head.labelRole)}; }
.gw-mark { display: flex; justify-content: center; align-items: center; color: ${red}; ${font(p.head.markRole)}; font-size: ${pt(mark.sizePt)}; line-height: 1; white-space: nowrap; }
.gw-mark-names { display: flex; flex-direction: column; row-gap: 0.2em; }
.gw-mark-name { text-align: justify; text-align-last: justify; }
.gw-mark-joint .gw-mark-suffix { margin-left: ${num(JOINT_SUFFIX_GAP)}em; }
.gw-doc-line { margin-top: ${lines(p.head.docNumberGapLines)}; text-align: center; }
.gw-doc-line-signed { display: flex; align-items: flex-end; text-align: left; }
.gw-doc-line-signed .gw-doc-number { padding-left: ${num(p.head.signerIndentChars)}em; }
.gw-signers { display: flex; margin-left: auto; padding-right: ${num(p.head.signerIndentChars)}em; }
.gw-signers-names { display: grid; grid-template-columns: repeat(${p.head.signersPerRow}, auto); column-gap: 1em; ${font(p.head.signerRole)}; }
/* The rule's gap counts from the 文号's glyphs, not its line box. */
.gw-rule { border: 0; border-top: ${pt(p.head.ruleThicknessPt)} solid ${red}; margin-top: calc(${mmLen(p.head.ruleGapMm)} - ${halfLeading}); color: ${red}; }
/* 主体 */
main p, main h2, main h3, main h4, main h5 { text-indent: ${indent}; text-align: justify; letter-spacing: ${squeeze}; }
main h2 { ${font(p.headings[1].role)}; }
main h3 { ${font(p.headings[2].role)}; }
main h4 { ${font(p.headings[3].role)}; }
main h5 { ${font(p.headings[4].role)}; }
main h2, main h3, main h4, main h5 { break-after: avoid; }
main h1 { ${font(p.title.role)}; font-size: ${pt(p.title.size)}; line-height: ${line}; text-align: center; text-indent: 0; }
.gw-title { margin-top: ${lines(p.title.gapLinesAfterRule)}; }
main .gw-recipients { margin-top: ${lines(p.recipients.gapLinesAfterTitle)}; text-indent: 0; }
.gw-notes { display: flex; margin-top: ${lines(p.attachmentNote.gapLinesBefore)}; padding-left: ${num(p.attachmentNote.indentChars)}em; }
.gw-notes-label { flex: none; }
.gw-attendance-lists { margin-top: ${lines(p.minutes.gapLinesBefore)}; }
main .gw-attendance { text-indent: -3em; padding-left: ${num(p.minutes.indentChars + 3)}em; }
.gw-attendance-label { ${font(p.minutes.labelRole)}; }
.gw-notes-list { flex: 1; min-width: 0; list-style: none; }
.gw-notes-list li { display: flex; }
.gw-notes-no { flex: none; }
.gw-notes-name { flex: 1; min-width: 0; }
/* The 落款 (and the 附件说明 above it) never open a page: the page with the seal must carry body text. */
.gw-notes, .gw-sign { break-before: avoid; }
.gw-sign { break-inside: avoid; text-align: right; }
main .gw-sign p { text-indent: 0; text-align: left; white-space: nowrap; }
.gw-sign-box { display: inline-block; vertical-align: top; text-align: left; }
.gw-sign-sealed { margin-top: ${lines(sig.sealed.gapLinesBefore)}; padding-right: ${num(sig.sealed.dateRightIndentChars)}em; }
/*
 * The name is centred over the date in a box reaching from the date's centre to the 版心's right
 * edge and as far to its left (contain: the box does not widen the date's). A name too wide for
 * it ends at the right edge, as in the PDF: auto margins give way to the start, rtl's right.
 */
main .gw-sign-sealed .gw-sign-box > .gw-sign-name { display: flex; direction: rtl; contain: inline-size; margin: 0 -${num(sig.sealed.dateRightIndentChars)}em; }
main .gw-sign-sealed .gw-sign-box > .gw-sign-name > span { margin: 0 auto; direction: ltr; unicode-bidi: isolate; }
/* 联合行文: a zero-width flex box centres each name on its column. */
.gw-sign-row > .gw-sign-name { display: flex; justify-content: center; width: 0; margin: 0 auto; }
/* 联合行文 with seals: zero-width columns a step apart, the row starting so that its last column sits over the date's centre. */
.gw-sign-row { --gw-joint-step: ${mmLen(sig.sealed.jointColumnGapMm)}; display: grid; grid-template-columns: repeat(${sig.sealed.jointNamesPerRow}, 0); column-gap: var(--gw-joint-step); width: 0; margin-left: calc(50% - ${num(sig.sealed.jointNamesPerRow - 1)} * var(--gw-joint-step)); }
.gw-sign-row > :only-child { grid-column: ${sig.sealed.jointNamesPerRow}; }
.gw-sign-row + .gw-sign-row { margin-top: ${lines(sig.sealed.jointRowGapLines)}; }
${jointSteps.map((q) => `.${jointStepClass(q)} { --gw-joint-step: ${pt((q / 4) * g.cell)}; }\n`).join('')}.gw-sign-unsealed { margin-top: ${lines(sig.unsealed.gapLinesBefore)}; padding-right: ${num(sig.unsealed.nameRightIndentChars)}em; }
main .gw-sign-unsealed .gw-sign-date { padding-left: ${num(sig.unsealed.dateOffsetChars)}em; }
main .gw-note { text-indent: ${num(p.note.indentChars)}em; }
.gw-attachment, .gw-enclosure { break-before: page; }
/* 横排: on landscape pages of their own (the named page starts a new page by itself). */
.gw-landscape { page: ${LANDSCAPE_PAGE}; }
main .gw-attachment-label { ${font(p.attachmentPage.labelRole)}; text-indent: 0; }
.gw-attachment-title { margin-top: ${lines(p.attachmentPage.titleLine - 2)}; margin-bottom: ${line}; }
${tableCss(p, tableLines)}/* 版记 */
.gw-colophon { margin-top: ${line}; border-top: ${outer}; border-bottom: ${outer}; ${font(p.colophon.role)}; font-size: ${pt(p.colophon.size)}; break-inside: avoid; }
.gw-colophon p { padding: 0 ${num(p.colophon.insetChars)}em; }
.gw-colophon p + p { border-top: ${inner}; }
.gw-copy-to { display: flex; }
.gw-copy-to-label { flex: none; }
.gw-copy-to-list { flex: 1; min-width: 0; }
.gw-print-line { display: flex; justify-content: space-between; }
.gw-copies { text-align: right; }
${roles.map((r) => `.gw-f-${r} { ${font(r)}; }`).join('\n')}
@media print {
  html, body { background: none; }
}
@media screen {
  html { background: #e8e8e8; }
  body { box-sizing: border-box; width: ${mmLen(p.page.widthMm)}; max-width: 100%; margin: 24px auto; padding: ${marginShorthand(p)}; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
  .gw-attachment, .gw-enclosure { margin-top: ${line}; padding-top: ${line}; border-top: 1px dashed #999; }
  /* Screen only: a scrolling box is not split across printed pages. */
  .gw-table-wrap { overflow-x: auto; }
  /* A landscape sheet: as wide as the paper's long side, sticking out of the portrait sheet. */
  .gw-landscape { box-sizing: border-box; width: ${mmLen(landscape.widthMm)}; margin-left: -${mmLen(p.block.leftMm)}; padding: ${marginShorthand(p, 'landscape')}; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
}
@media screen and (max-width: ${mmLen(p.page.widthMm)}) {
  body { margin: 0; padding: 6vw 5vw; box-shadow: none; }
  .gw-mark { font-size: min(${pt(mark.sizePt)}, ${num(88 / Math.max(mark.cells, 1))}vw); }
  /* A table keeps its printed width and line breaks; its wrapper scrolls instead of squeezing it. */
  .gw-table { min-width: ${mmLen(p.block.widthMm)}; }
  .gw-landscape { width: auto; margin-left: 0; padding: 0; box-shadow: none; }
  .gw-landscape .gw-table { min-width: ${mmLen(landscape.blockWidthMm)}; }
}
`;
}
