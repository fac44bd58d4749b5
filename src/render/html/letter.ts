/**
 * 信函格式 (GB/T 9704 §10.1): the red mark without 文件, red double lines (thick over thin under
 * the mark, thin over thick at the foot of page 1), 份号/密级/紧急 on the left and the 文号 on the
 * right of one row under the upper lines. The stylesheet rules come after buildCss's and
 * override the 文件格式 head only under `.gw-letter`.
 */
import type { DocumentHead } from '../../ir/types.js';
import { gridMetrics, mm, type Profile } from '../../layout/gbt9704.js';
import { pageMargins } from './css.js';
import { escapeHtml } from './escape.js';
import { labels, mark } from './head.js';
import { mmLen, pt } from './units.js';

/** 联合行文 prints only the 主办机关's mark. */
export function letterMark(head: DocumentHead): DocumentHead['mark'] {
  return { ...head.mark, issuers: head.mark.issuers.slice(0, 1) };
}

export function renderLetterHead(head: DocumentHead): string {
  const no = head.docNumber ? `<p class="gw-doc-number">${escapeHtml(head.docNumber.text)}</p>` : '';
  const row = `<div class="gw-letter-line">${[labels(head), no].filter(Boolean).join('\n')}</div>`;
  return `<header class="gw-head">\n${[mark(letterMark(head)), '<hr class="gw-double-rule">', row].join('\n')}\n</header>`;
}

/** `markSizePt`: the mark's font size, its line box's height. */
export function letterCss(p: Profile, markSizePt: number): string {
  const l = p.letter;
  const r = l.doubleRule;
  const g = gridMetrics(p);
  const red = p.colors.red;
  const halfLeading = pt((g.linePitch - p.body.size) / 2);
  const double = (upper: number, lower: number, widthMm = r.lengthMm) =>
    `border: 0; border-top: ${pt(upper)} solid ${red}; border-bottom: ${pt(lower)} solid ${red}; height: ${mmLen(r.gapMm)}; width: ${mmLen(widthMm)};`;
  // The lines are centred on the page, the boxes they sit in on the 版心.
  const pageShiftMm = p.page.widthMm / 2 - (p.block.leftMm + p.block.widthMm / 2);
  // Chromium prints nothing outside the 版心 and shrinks every page to fit a box wider than it,
  // so the flow's upper lines keep to their part within the 版心 and page 1's top margin box
  // draws them whole, pulled down by a negative margin to below the mark (line-height 1).
  const ruleLeftMm = (p.page.widthMm - r.lengthMm) / 2 - p.block.leftMm;
  const inLeftMm = Math.max(0, ruleLeftMm);
  const inWidthMm = Math.min(p.block.widthMm, ruleLeftMm + r.lengthMm) - inLeftMm;
  const belowMarkTop = markSizePt + mm(l.ruleGapBelowMarkMm) + mm(r.gapMm) + r.thickPt + r.thinPt;
  return `/* 信函 */
/*
 * Page 1's top margin is the mark's top edge, so the upper block is placed from the paper top
 * as the standard measures it. Approximations: the mark's line box (line-height 1) stands for
 * its characters' em box, and the double lines print as margin boxes (the upper ones whole over
 * the flow's 版心 part), which browsers without @page margin boxes do not print. Their width is
 * resolved over the 版心, so a left margin of twice the offset between the 版心's and the page's
 * centres centres them on the page. Page 1 has no number.
 */
@page :first {
  margin-top: ${mmLen(l.markTopMm)};
  @top-center { content: ""; ${double(r.thickPt, r.thinPt)} margin: auto 0 ${pt(-belowMarkTop)} ${mmLen(2 * pageShiftMm)}; }
  @bottom-center { content: ""; ${double(r.thinPt, r.thickPt)} margin: auto 0 ${mmLen(l.lowerRuleFromPaperBottomMm)} ${mmLen(2 * pageShiftMm)}; }
  @bottom-right { content: none; }
}
.gw-letter .gw-head { padding-top: 0; }
.gw-double-rule { ${double(r.thickPt, r.thinPt, inWidthMm)} margin: ${mmLen(l.ruleGapBelowMarkMm)} 0 0 ${mmLen(inLeftMm)}; }
/* ⅞ of a 3号 line between the lines and the row's characters, which sit half the leading below the line top. */
.gw-letter-line { display: flex; align-items: flex-start; min-height: ${pt(g.linePitch)}; margin-top: calc(${pt(l.headGapEm * p.body.size)} - ${halfLeading}); }
.gw-letter .gw-labels { position: static; }
.gw-letter-line .gw-doc-number { margin-left: auto; white-space: nowrap; }
.gw-letter main > .gw-title { margin-top: ${pt(g.linePitch * l.titleGapLines)}; }
.gw-colophon-letter { border-top: 0; border-bottom: 0; }
@media screen {
  /* The sheet's padding is the 版心 top; the mark's top sits markTopMm below the sheet's top. No page 1 foot on screen, so no lower lines. */
  .gw-letter .gw-head { margin-top: ${mmLen(l.markTopMm - pageMargins(p).top)}; }
  .gw-double-rule { width: ${mmLen(r.lengthMm)}; margin-left: ${mmLen(ruleLeftMm)}; }
}
@media screen and (max-width: ${mmLen(p.page.widthMm)}) {
  .gw-letter .gw-head { margin-top: 0; }
  .gw-double-rule { width: auto; margin-left: 0; }
}
`;
}
