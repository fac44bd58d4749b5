/**
 * 信函格式 (GB/T 9704 §10.1). The red mark (its top 30 mm from the paper top, above the 版心)
 * and the two red double lines are DrawingML shapes placed on the page, in front of the text
 * (wrapNone) so they never move it. They are anchored in the first paragraph, which is always on
 * page 1, rather than in a first-page header: LibreOffice (7.4) draws a header text box's text
 * at the page top. The first row, 份号/密级/紧急 顶格 left with the 文号 on a right tab at the
 * 版心 edge, opens the body under the upper lines with a space before computed from the same
 * numbers; the title follows as in 文件格式. Page 1's number is suppressed by w:titlePg with an
 * empty first-page footer.
 */
import {
  AlignmentType,
  Footer,
  HorizontalPositionRelativeFrom,
  LineRuleType,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  type FileChild,
} from 'docx';
import { ShapeRun } from 'docx/shapes';
import type { DocumentHead, OfficialDocument } from '../../ir/types.js';
import { markFontSize } from '../../layout/mark-size.js';
import { mm, twips, type Profile } from '../../layout/gbt9704.js';
import { MARK_LINE_EM, headLabels, titleBlocks } from './head.js';
import { hex, type DocxMetrics } from './metrics.js';
import { runFonts, textRun } from './runs.js';
import { STYLE } from './styles.js';

/** DrawingML lengths: EMU per point, and per pixel (the docx library's shape sizes are pixels). */
const EMU_PER_PT = 12700;
const EMU_PER_PX = 9525;

type LetterGeometry = ReturnType<typeof letterGeometry>;

/** 联合行文 prints only the 主办机关's mark. */
function letterMark(doc: OfficialDocument): DocumentHead['mark'] {
  return { ...doc.head.mark, issuers: doc.head.mark.issuers.slice(0, 1) };
}

/** Page-1 geometry in points from the paper's top edge. */
function letterGeometry(doc: OfficialDocument, p: Profile) {
  const L = p.letter;
  const r = L.doubleRule;
  const markSize = markFontSize(letterMark(doc), p);
  const markTop = mm(L.markTopMm);
  const upperThick = markTop + markSize + mm(L.ruleGapBelowMarkMm);
  const upperThin = upperThick + r.thickPt + mm(r.gapMm);
  const lowerThick = mm(p.page.heightMm - L.lowerRuleFromPaperBottomMm) - r.thickPt;
  return {
    markSize,
    markTop,
    /** Tops of the four lines: thick over thin above, thin over thick below. */
    upper: { thick: upperThick, thin: upperThin },
    lower: { thin: lowerThick - mm(r.gapMm) - r.thinPt, thick: lowerThick },
    /** Top of the 份号/文号 row's characters. */
    rowTop: upperThin + r.thinPt + L.headGapEm * p.body.size,
  };
}

const emu = (pt: number): number => Math.round(pt * EMU_PER_PT);
/** Shape sizes are pixels in the docx library; a whole number of EMUs keeps them exact. */
const px = (pt: number): number => emu(pt) / EMU_PER_PX;

/** A red bar of the double lines: a filled rectangle, so its height is exactly the line's thickness. */
function bar(xPt: number, yPt: number, widthPt: number, heightPt: number, color: string): ShapeRun {
  return new ShapeRun({
    type: 'rectangle',
    transformation: { width: px(widthPt), height: px(heightPt) },
    fill: color,
    line: 'none',
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: emu(xPt) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: emu(yPt) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
}

/** The mark: its line in a borderless text box whose top is half the line's leading above the characters' top. */
function markBox(doc: OfficialDocument, g: LetterGeometry, p: Profile, m: DocxMetrics): ShapeRun {
  const mark = letterMark(doc);
  const line = twips(g.markSize * MARK_LINE_EM);
  const text = (mark.issuers[0]?.name ?? '') + mark.suffix;
  return new ShapeRun({
    type: 'rectangle',
    transformation: { width: px(m.blockWidth / 20), height: px(line / 20) },
    line: 'none',
    textOptions: { verticalAlignment: 'top', margins: { top: 0, right: 0, bottom: 0, left: 0 } },
    children: [
      new Paragraph({
        style: STYLE.mark,
        spacing: { before: 0, line, lineRule: LineRuleType.EXACT },
        children: [textRun(text, p.head.markRole, { size: g.markSize * 2 })],
      }),
    ],
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: 0 },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: emu(g.markTop - (line / 20 - g.markSize) / 2) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
}

/** The four red bars: thick over thin under the mark, thin over thick at the foot, each lengthMm centred on the page. */
function doubleRules(g: LetterGeometry, p: Profile): ShapeRun[] {
  const r = p.letter.doubleRule;
  const red = hex(p.colors.red);
  const width = mm(r.lengthMm);
  const x = (mm(p.page.widthMm) - width) / 2;
  return [
    bar(x, g.upper.thick, width, r.thickPt, red),
    bar(x, g.upper.thin, width, r.thinPt, red),
    bar(x, g.lower.thin, width, r.thinPt, red),
    bar(x, g.lower.thick, width, r.thickPt, red),
  ];
}

/** Page 1 has no number: an empty first-page footer. */
export function letterFirstFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: STYLE.footer })] });
}

/** Body of page 1 down to 主送: the label rows with the 文号, the title and 主送机关. */
export function letterHeadBlocks(doc: OfficialDocument, p: Profile, m: DocxMetrics): FileChild[] {
  const h = doc.head;
  const g = letterGeometry(doc, p);
  // The exact grid line centres the characters: its top is half the leading above them.
  const halfLeading = (m.linePitch / 20 - p.body.size) / 2;
  const start = Math.max(0, twips(g.rowTop - halfLeading) - m.margin.top);

  const labels = headLabels(h);
  const number = h.docNumber ? [new TextRun({ children: [new Tab(), h.docNumber.text], font: runFonts(p.body.role) })] : [];
  // The 文号 ends 顶格 at the 版心's right edge, on the first label row (or alone on that row).
  const tabStops = [{ type: TabStopType.RIGHT, position: m.blockWidth }];
  // The page-1 objects float on the page, anchored in the first row so they go wherever page 1 goes.
  const objects = [markBox(doc, g, p, m), ...doubleRules(g, p)];
  const rows = (labels.length ? labels : [{ style: STYLE.docNumber, text: '' }]).map(({ style, text }, i) => {
    const label = text ? [textRun(text, p.head.labelRole)] : [];
    if (i > 0) return new Paragraph({ style, children: label });
    // Left-aligned even when it is the 文号 alone (its style centres it): the tab puts it right.
    return new Paragraph({ style, spacing: { before: start }, alignment: AlignmentType.LEFT, tabStops, children: [...objects, ...label, ...number] });
  });

  return [...rows, ...titleBlocks(doc, p.letter.titleGapLines * m.linePitch, p, m)];
}
