/**
 * Page numbers "— N —" in 4号宋体, the dash's stroke 7 mm below the 版心, odd pages at the
 * right and even pages at the left, each inset one character. Drawn as page background so
 * they never take part in the flow. A 信函's page 1 has none (GB/T 9704 §10.1). A landscape
 * page, shown turned, carries its number at the same place on the paper, drawn turned with it.
 */
import type { OfficialDocument } from '../../ir/types.js';
import { mm } from '../../layout/gbt9704.js';
import type { PdfContext } from './context.js';
import { inlinesOf, type PdfInline } from './line-node.js';
import { glyphsWidth, shapeText, type ShapeStyle } from './shape-text.js';

/** A page number as placed on the portrait page: its inlines, each inline's left edge, and the line's top. */
export interface PlacedNumber {
  inlines: PdfInline[];
  xs: number[];
  x: number;
  y: number;
}

/**
 * Sets "— label —" with the dash's stroke the profile's distance below the 版心; `left` gives
 * the number's left edge from its width.
 */
export function numberPlacer(ctx: PdfContext): (label: string, left: (width: number) => number) => PlacedNumber {
  const { profile: p, grid, metrics } = ctx;
  const n = p.pageNumber;
  const style: ShapeStyle = { role: n.role, size: n.size, color: p.colors.black, grid: false };
  const dashCentre = metrics.inkCentre(n.role, n.dash, n.size);
  const baseline = grid.bottom + mm(n.belowBlockMm) + dashCentre;
  const at = { file: '', line: 0, column: 0 };
  return (label, left) => {
    const glyphs = shapeText(ctx, `${n.dash} ${label} ${n.dash}`, style, at);
    const x = left(glyphsWidth(glyphs));
    const inlines = inlinesOf(ctx, glyphs);
    // Each inline starts where its first glyph's cell does.
    const xs: number[] = [];
    let pen = x;
    let k = 0;
    for (const inline of inlines) {
      xs.push(pen);
      for (let text = ''; text.length < inline.text.length; k++) {
        text += glyphs[k]!.ch;
        pen += glyphs[k]!.width;
      }
    }
    return { inlines, xs, x, y: baseline - metrics.ascender(n.role, n.size) };
  };
}

/** Where page `page`'s number goes on the portrait page (a portrait context), or null for none. */
export function pageNumberPlacement(ctx: PdfContext, format: OfficialDocument['format']): (page: number) => PlacedNumber | null {
  const { profile: p, grid } = ctx;
  const inset = p.pageNumber.insetChars * p.pageNumber.size;
  const place = numberPlacer(ctx);
  return (page) => {
    if (format === 'letter' && page === 1) return null;
    return place(String(page), (width) => (page % 2 === 1 ? grid.right - inset - width : grid.left + inset));
  };
}

/** The number as a pdfmake background node, for portrait pages. */
export function pageNumberNode(placed: PlacedNumber | null): Record<string, unknown>[] {
  return placed ? [{ text: placed.inlines, absolutePosition: { x: placed.x, y: placed.y } }] : [];
}
