/**
 * 版头 on page 1, placed absolutely from the standard's distances: 份号, 密级, 紧急程度 on
 * the first grid lines, the red 发文机关标志 with its top 35 mm below the 版心 top, the
 * 发文字号 two blank lines below it (上行文: beside the 签发人 rows, on the last), the red
 * rule 4 mm under the 文号. Returns how many grid lines the 版头 and the two blank lines
 * under the rule take, so the title starts on the grid.
 */
import type { DocumentHead } from '../../ir/types.js';
import { mm } from '../../layout/gbt9704.js';
import { markFontSize } from '../../layout/mark-size.js';
import type { PdfContext } from './context.js';
import type { PlacedGlyph } from './break-lines.js';
import type { Flow, PdfNode } from './flow.js';
import { inlinesOf } from './line-node.js';
import { glyphsWidth, shapeText, type ShapeStyle } from './shape-text.js';

/** Baseline of grid line `i` (0-based): a Chinese character's top sits on the line's top. */
export function gridBaseline(ctx: PdfContext, i: number, size = ctx.profile.body.size): number {
  return ctx.grid.top + i * ctx.grid.linePitch + 0.88 * size;
}

/** An absolutely positioned node of `glyphs` whose first glyph's baseline lands at (x, baseline). */
export function textAt(ctx: PdfContext, glyphs: PlacedGlyph[], x: number, baseline: number): PdfNode {
  const asc = Math.max(...glyphs.map((g) => ctx.metrics.ascender(g.slot, g.size)));
  return { text: inlinesOf(ctx, glyphs), absolutePosition: { x, y: baseline - asc } };
}

/** A text node whose first glyph's baseline lands at (x, baseline). */
export function placeText(ctx: PdfContext, flow: Flow, text: string, style: ShapeStyle, x: number, baseline: number, position = { file: '', line: 0, column: 0 }): number {
  const glyphs = shapeText(ctx, text, style, position);
  if (!glyphs.length) return 0;
  flow.place(textAt(ctx, glyphs, x, baseline));
  return glyphsWidth(glyphs);
}

/** 份号, 密级★保密期限, 紧急程度 as printed, in the standard's top-down order, one line each. */
export function headLabels(head: DocumentHead): string[] {
  const out: string[] = [];
  if (head.copyNumber) out.push(head.copyNumber);
  if (head.secrecy) out.push(head.secrecy.term ? `${head.secrecy.level}★${head.secrecy.term}` : head.secrecy.level);
  if (head.urgency) out.push(head.urgency);
  return out;
}

/**
 * The red 发文机关标志, centred in the 版心 with its top edge (the glyphs' em box: 0.88 em
 * above the baseline) at `top`: one name, or several stacked with the suffix centred beside
 * them. Returns the bottom of the mark's em box.
 */
export function placeMark(ctx: PdfContext, flow: Flow, mark: DocumentHead['mark'], top: number): number {
  const { profile: p, grid } = ctx;
  const { issuers, suffix } = mark;
  const markSize = markFontSize(mark, p);
  const markStyle: ShapeStyle = { role: p.head.markRole, size: markSize, color: p.colors.red, grid: false };
  const stackPitch = markSize * 1.2;
  if (issuers.length === 1) {
    const text = issuers[0]!.name + suffix;
    const w = glyphsWidth(shapeText(ctx, text, markStyle, mark.position));
    placeText(ctx, flow, text, markStyle, grid.left + (grid.blockWidth - w) / 2, top + 0.88 * markSize, mark.position);
  } else {
    const nameWidth = Math.max(...issuers.map((i) => glyphsWidth(shapeText(ctx, i.name, markStyle, i.position))));
    const suffixWidth = glyphsWidth(shapeText(ctx, suffix, markStyle, mark.position));
    const x0 = grid.left + (grid.blockWidth - nameWidth - suffixWidth) / 2;
    issuers.forEach((iss, k) => {
      const w = glyphsWidth(shapeText(ctx, iss.name, markStyle, iss.position));
      placeText(ctx, flow, iss.name, markStyle, x0 + (nameWidth - w) / 2, top + k * stackPitch + 0.88 * markSize, iss.position);
    });
    const middle = top + ((issuers.length - 1) * stackPitch) / 2;
    if (suffix) placeText(ctx, flow, suffix, markStyle, x0 + nameWidth, middle + 0.88 * markSize, mark.position);
  }
  return top + (issuers.length - 1) * stackPitch + markSize;
}

/**
 * 上行文: "签发人：" (仿宋) and the names (楷体) right-indented one character on the 文号's
 * line, two names a row with a full-width space between; further rows, one grid line apart,
 * start under the first name. The 文号, left-indented one character, goes on the last row.
 * Returns how many rows the names take beyond the first.
 */
function placeSigners(ctx: PdfContext, flow: Flow, signers: string[], bodyStyle: ShapeStyle, baseline: number, docNumber: NonNullable<DocumentHead['docNumber']>): number {
  const { profile: p, grid } = ctx;
  const indent = p.head.signerIndentChars * grid.cell;
  const namesStyle: ShapeStyle = { ...bodyStyle, role: p.head.signerRole };
  const rows: string[] = [];
  for (let i = 0; i < signers.length; i += p.head.signersPerRow) rows.push(signers.slice(i, i + p.head.signersPerRow).join('\u3000'));
  const rowWidths = rows.map((r) => glyphsWidth(shapeText(ctx, r, namesStyle, docNumber.position)));
  const labelW = glyphsWidth(shapeText(ctx, '签发人：', bodyStyle, docNumber.position));
  const last = rows.length - 1;
  placeText(ctx, flow, docNumber.text, bodyStyle, grid.left + indent, baseline + last * grid.linePitch, docNumber.position);
  // The first row ends at the indent; a wider later row would not, so the widest row decides.
  const x = grid.right - indent - Math.max(...rowWidths) - labelW;
  placeText(ctx, flow, '签发人：', bodyStyle, x, baseline);
  rows.forEach((r, k) => placeText(ctx, flow, r, namesStyle, x + labelW, baseline + k * grid.linePitch));
  return last;
}

export function composeHead(ctx: PdfContext, flow: Flow, head: DocumentHead): number {
  const { profile: p, grid } = ctx;
  const size = p.body.size;
  const black = p.colors.black;
  const label: ShapeStyle = { role: p.head.labelRole, size, color: black, grid: true };
  headLabels(head).forEach((text, row) => placeText(ctx, flow, text, label, grid.left, gridBaseline(ctx, row)));
  const markBottom = placeMark(ctx, flow, head.mark, grid.top + mm(p.head.markTopMm));

  // 发文字号 two blank lines below the mark: its glyph top three pitches below the mark's bottom, less one character.
  const numberTop = markBottom + (p.head.docNumberGapLines + 1) * grid.linePitch - size;
  const numberBaseline = numberTop + 0.88 * size;
  const bodyStyle: ShapeStyle = { role: p.body.role, size, color: black, grid: true };
  // Grid lines the 文号 row moved down: 上行文 with more than one row of 签发人 puts it on the last.
  let extraRows = 0;
  if (head.docNumber && head.signers?.length) {
    extraRows = placeSigners(ctx, flow, head.signers, bodyStyle, numberBaseline, head.docNumber);
  } else if (head.docNumber) {
    const w = glyphsWidth(shapeText(ctx, head.docNumber.text, bodyStyle, head.docNumber.position));
    placeText(ctx, flow, head.docNumber.text, bodyStyle, grid.left + (grid.blockWidth - w) / 2, numberBaseline, head.docNumber.position);
  }
  const ruleY = numberTop + extraRows * grid.linePitch + size + mm(p.head.ruleGapMm);
  const ruleWidth = mm(p.head.ruleWidthMm);
  flow.place({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: ruleWidth, y2: 0, lineWidth: p.head.ruleThicknessPt, lineColor: p.colors.red }],
    absolutePosition: { x: grid.left + (grid.blockWidth - ruleWidth) / 2, y: ruleY },
  });
  // The title's glyph top lies two blank lines below the rule, snapped to the nearest grid line.
  const titleTop = ruleY + p.title.gapLinesAfterRule * grid.linePitch + (grid.linePitch - size);
  return Math.round((titleTop - grid.top) / grid.linePitch);
}
