/**
 * A figure: the image centred in the 版心 over a whole number of grid lines, its caption
 * centred on the line under it, both on one page.
 */
import type { Figure } from '../../../ir/manual.js';
import { printedWidthShare } from '../../../layout/manual-profile.js';
import { centredLines } from '../compose-document.js';
import type { Flow } from '../flow.js';
import type { ManualContext } from './context.js';

/** Printed width and height, pt. */
function figureSize(ctx: ManualContext, figure: Figure): { width: number; height: number } {
  const width = printedWidthShare(figure, { base: ctx.profile, style: ctx.style }) * ctx.grid.blockWidth;
  return { width, height: (width * figure.image.heightPx) / figure.image.widthPx };
}

export function addFigure(ctx: ManualContext, flow: Flow, figure: Figure): void {
  const { grid, pitch, profile: p, metrics, style } = ctx;
  const { width, height } = figureSize(ctx, figure);
  // Text lines keep the pitch less the body size between them; the image keeps as much above and below.
  const leading = grid.linePitch - p.body.size;
  const lines = Math.ceil((height + leading) / pitch);
  const caption = centredLines(ctx, `${figure.number}\u3000${figure.caption}`, { role: style.figure.captionRole, size: p.table.size, color: p.colors.black, grid: false }, figure.position);
  if (flow.free < lines + caption.length) flow.newPage();
  // Glyph tops lie this far below the top of their flow line (build.ts marginsFor); the image is
  // centred between the text above (one leading over its first line) and the caption's glyph tops.
  const shift = metrics.ascender(p.body.role, p.body.size) - 0.88 * p.body.size;
  const top = shift + (lines * pitch - leading - height) / 2;
  const image = `data:image/${figure.image.format};base64,${Buffer.from(figure.image.bytes).toString('base64')}`;
  flow.add({ image, width, height, margin: [(grid.blockWidth - width) / 2, top, 0, lines * pitch - top - height] }, lines);
  for (const node of caption) flow.add(node);
}
