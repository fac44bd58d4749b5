/**
 * Page numbers "— N —" in 4号宋体, the dash's stroke 7 mm below the 版心, odd pages at the
 * right and even pages at the left, each inset one character. Drawn as page background so
 * they never take part in the flow. A 信函's page 1 has none (GB/T 9704 §10.1).
 */
import type { OfficialDocument } from '../../ir/types.js';
import { mm } from '../../layout/gbt9704.js';
import type { PdfContext } from './context.js';
import { inlinesOf } from './line-node.js';
import { glyphsWidth, shapeText, type ShapeStyle } from './shape-text.js';

export function pageNumberBackground(ctx: PdfContext, format: OfficialDocument['format']): (page: number) => Record<string, unknown>[] {
  const { profile: p, grid, metrics } = ctx;
  const n = p.pageNumber;
  const style: ShapeStyle = { role: n.role, size: n.size, color: p.colors.black, grid: false };
  const dashCentre = metrics.inkCentre(n.role, n.dash, n.size);
  const baseline = grid.bottom + mm(n.belowBlockMm) + dashCentre;
  const inset = n.insetChars * n.size;
  const at = { file: '', line: 0, column: 0 };
  return (page) => {
    if (format === 'letter' && page === 1) return [];
    const glyphs = shapeText(ctx, `${n.dash} ${page} ${n.dash}`, style, at);
    const width = glyphsWidth(glyphs);
    const x = page % 2 === 1 ? grid.right - inset - width : grid.left + inset;
    return [{ text: inlinesOf(ctx, glyphs), absolutePosition: { x, y: baseline - metrics.ascender(n.role, n.size) } }];
  };
}
