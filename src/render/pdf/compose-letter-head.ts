/**
 * 版头 of the 信函格式 (GB/T 9704 §10.1) on page 1, placed absolutely: the red mark (no
 * 文件) with its top a fixed distance from the paper top, red double lines across the page
 * under it (thick over thin) and at the foot (thin over thick), and under the upper lines
 * 份号/密级/紧急程度 at the 版心 left with the 文号 at the 版心 right on the first of their
 * lines. Returns the grid line the title starts on, as composeHead does.
 */
import type { DocumentHead } from '../../ir/types.js';
import { mm } from '../../layout/gbt9704.js';
import { headLabels, placeMark, placeText } from './compose-head.js';
import type { PdfContext } from './context.js';
import type { Flow } from './flow.js';
import { glyphsWidth, shapeText, type ShapeStyle } from './shape-text.js';

/** Two red lines of the given thicknesses (upper first) centred on the page, the upper's top edge at `top`; returns the lower's bottom edge. */
function doubleRule(ctx: PdfContext, flow: Flow, top: number, [upper, lower]: [number, number]): number {
  const { profile: p, grid } = ctx;
  const r = p.letter.doubleRule;
  const length = mm(r.lengthMm);
  const x = (grid.pageWidth - length) / 2;
  // A stroke is centred on its path: offset each line by half its thickness so the edges land where the standard measures.
  const line = (y: number, width: number) =>
    flow.place({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: length, y2: 0, lineWidth: width, lineColor: p.colors.red }], absolutePosition: { x, y } });
  line(top + upper / 2, upper);
  const lowerTop = top + upper + mm(r.gapMm);
  line(lowerTop + lower / 2, lower);
  return lowerTop + lower;
}

export function composeLetterHead(ctx: PdfContext, flow: Flow, head: DocumentHead): number {
  const { profile: p, grid } = ctx;
  const l = p.letter;
  const r = l.doubleRule;
  const size = p.body.size;

  // A joint letter shows only the 主办机关's mark.
  const markBottom = placeMark(ctx, flow, { ...head.mark, issuers: head.mark.issuers.slice(0, 1) }, mm(l.markTopMm));
  const upperBottom = doubleRule(ctx, flow, markBottom + mm(l.ruleGapBelowMarkMm), [r.thickPt, r.thinPt]);
  const pairHeight = r.thinPt + mm(r.gapMm) + r.thickPt;
  doubleRule(ctx, flow, grid.pageHeight - mm(l.lowerRuleFromPaperBottomMm) - pairHeight, [r.thinPt, r.thickPt]);

  // The rows' glyph tops sit ⅞ of a 3号 line under the upper lines, one grid pitch apart.
  const rowTop = upperBottom + l.headGapEm * size;
  const baseline = (row: number) => rowTop + row * grid.linePitch + 0.88 * size;
  const labels = headLabels(head);
  const label: ShapeStyle = { role: p.head.labelRole, size, color: p.colors.black, grid: true };
  labels.forEach((text, row) => placeText(ctx, flow, text, label, grid.left, baseline(row)));
  if (head.docNumber) {
    const style: ShapeStyle = { role: p.body.role, size, color: p.colors.black, grid: true };
    const w = glyphsWidth(shapeText(ctx, head.docNumber.text, style, head.docNumber.position));
    placeText(ctx, flow, head.docNumber.text, style, grid.right - w, baseline(0), head.docNumber.position);
  }

  // The title's glyph top: two blank lines under the last row, or under the upper lines when there is none; snapped to the nearest grid line.
  const rows = Math.max(labels.length, head.docNumber ? 1 : 0);
  const titleTop = rows ? rowTop + (rows + l.titleGapLines) * grid.linePitch : upperBottom + l.titleGapLines * grid.linePitch + (grid.linePitch - size);
  return Math.round((titleTop - grid.top) / grid.linePitch);
}
