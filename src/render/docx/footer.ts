/**
 * Page numbers "— N —" in 4号宋体 (digits too): odd pages right with a 1-字 right inset, even
 * pages left with a 1-字 left inset, via w:evenAndOddHeaders and two footers.
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { docxFontNames, pageBox, twips, type Profile } from '../../layout/gbt9704.js';
import type { DocxMetrics } from './metrics.js';
import { runFonts } from './runs.js';
import { STYLE } from './styles.js';

/**
 * Height of the dash's stroke above the bottom of the footer line, in ems of the page-number
 * size: the font's descent plus the stroke's height above the baseline (≈0.35). A font metric,
 * not a layout number: 0.64 puts the stroke 7 mm below the 版心 in LibreOffice's PDF (Noto
 * Serif SC, descent 0.29); with 宋体 (descent 0.14) it lands about 0.7 mm lower.
 */
const DASH_RISE_EM = 0.64;

/** Footer distance from the page's bottom edge that puts the dash belowBlockMm under the page's 版心. */
export function footerDistance(p: Profile, m: DocxMetrics): number {
  const box = pageBox(p, m.orientation);
  const belowMm = box.heightMm - box.topMm - box.blockHeightMm - p.pageNumber.belowBlockMm;
  return m.mm(belowMm) - twips(DASH_RISE_EM * p.pageNumber.size);
}

/** "— PAGE —" as runs, the digits in the page-number font too. */
export function pageNumberRuns(p: Profile): TextRun[] {
  const font = runFonts(p.pageNumber.role, docxFontNames[p.pageNumber.role]);
  const dash = p.pageNumber.dash;
  return [new TextRun({ text: `${dash} `, font }), new TextRun({ children: [PageNumber.CURRENT], font }), new TextRun({ text: ` ${dash}`, font })];
}

export function pageNumberFooters(p: Profile, m: DocxMetrics): { default: Footer; even: Footer } {
  const inset = Math.round(p.pageNumber.insetChars * m.pageNumberChar);
  const line = (odd: boolean) =>
    new Paragraph({
      style: STYLE.footer,
      alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: odd ? { right: inset } : { left: inset },
      children: pageNumberRuns(p),
    });
  return { default: new Footer({ children: [line(true)] }), even: new Footer({ children: [line(false)] }) };
}
