/**
 * What every page but the cover carries in its background: the running header (the manual's
 * title over a rule, above the 版心) and the page number, centred, in the 公文's form —
 * I, II … on the 前言 and 目录 pages, 1, 2 … from the first chapter page.
 */
import type { SourcePosition } from '../../../ir/types.js';
import { mm } from '../../../layout/gbt9704.js';
import { textAt } from '../compose-head.js';
import type { PdfNode } from '../flow.js';
import { numberPlacer, pageNumberNode } from '../page-number.js';
import { glyphsWidth, shapeText } from '../shape-text.js';
import type { ManualContext } from './context.js';

/** `frontPages`: pages before the first chapter page, the cover included. Returns page (1-based) → background nodes. */
export function pageFurniture(ctx: ManualContext, title: string, frontPages: number, position: SourcePosition): (page: number) => PdfNode[] {
  const { grid, profile: p, style } = ctx;
  const h = style.header;
  const glyphs = shapeText(ctx, title, { role: h.role, size: h.size, color: p.colors.black, grid: false }, position);
  const centred = (width: number) => grid.left + (grid.blockWidth - width) / 2;
  // pdfmake marks the nodes it lays out, so every page is given nodes of its own.
  const header = (): PdfNode[] => [
    textAt(ctx, glyphs, centred(glyphsWidth(glyphs)), grid.top - mm(h.baselineAboveBlockMm)),
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: grid.blockWidth, y2: 0, lineWidth: h.rulePt, lineColor: p.colors.black }],
      absolutePosition: { x: grid.left, y: grid.top - mm(h.ruleAboveBlockMm) },
    },
  ];
  const place = numberPlacer(ctx);
  const numerals = style.pageNumbers.frontNumerals;
  return (page) => {
    if (page === 1) return [];
    // Past the last front numeral (a front of more than a dozen pages) the count goes on in Arabic.
    const label = page <= frontPages ? (numerals[page - 2] ?? String(page - 1)) : String(page - frontPages);
    return [...header(), ...pageNumberNode(place(label, centred))];
  };
}
