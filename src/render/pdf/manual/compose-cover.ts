/**
 * The cover, placed absolutely on page 1: the title with its top at a fixed distance from the
 * paper top, the subtitle and edition under it, the issuer and date at the foot.
 */
import type { Manual } from '../../../ir/manual.js';
import { mm } from '../../../layout/gbt9704.js';
import { breakLines, type PlacedGlyph } from '../break-lines.js';
import { textAt } from '../compose-head.js';
import type { Flow } from '../flow.js';
import { glyphsWidth, shapeText, type ShapeStyle } from '../shape-text.js';
import type { ManualContext } from './context.js';

/** Top of the ideographic em box above the baseline, in ems (its bottom is 0.12 em below). */
const EM_TOP = 0.88;

/** Text wider than `width` broken into as few lines as it needs, of lengths as even as they can be. */
function balancedLines(glyphs: PlacedGlyph[], width: number): PlacedGlyph[][] {
  const total = glyphsWidth(glyphs);
  const count = Math.ceil(total / width);
  if (count <= 1) return [glyphs];
  // Widen from the even share until the text fits in `count` lines (禁则 may ask for more).
  const step = glyphs[0]!.size / 2;
  for (let w = total / count; ; w += step) {
    const lines = breakLines(glyphs, { width: Math.min(w, width), firstIndent: 0, restIndent: 0 });
    if (lines.length <= count || w >= width) return lines.map((l) => l.glyphs);
  }
}

export function composeCover(ctx: ManualContext, flow: Flow, manual: Manual): void {
  const { grid, profile: p, style } = ctx;
  const c = style.cover;
  const styleOf = (role: ShapeStyle['role'], size: number): ShapeStyle => ({ role, size, color: p.colors.black, grid: false });
  const linesOf = (text: string, s: ShapeStyle) => balancedLines(shapeText(ctx, text, s, manual.position), grid.blockWidth);
  const centre = (glyphs: PlacedGlyph[], baseline: number) => {
    if (glyphs.length) flow.place(textAt(ctx, glyphs, grid.left + (grid.blockWidth - glyphsWidth(glyphs)) / 2, baseline));
  };

  // Title, subtitle and edition stack down from the title's top, `itemGapMm` apart.
  let top = mm(c.titleTopMm);
  const stackDown = (text: string, s: ShapeStyle) => {
    const lines = linesOf(text, s);
    const pitch = s.size * (1 + c.lineGapEm);
    lines.forEach((g, i) => centre(g, top + EM_TOP * s.size + i * pitch));
    top += (lines.length - 1) * pitch + s.size + mm(c.itemGapMm);
  };
  stackDown(manual.title, styleOf(c.titleRole, c.titleSize));
  if (manual.subtitle) stackDown(manual.subtitle, styleOf(c.subtitleRole, c.subtitleSize));
  if (manual.edition) stackDown(manual.edition, styleOf(c.subtitleRole, c.subtitleSize));

  // Issuer and date stack up from the paper's foot, the last line's em bottom `footBottomMm` above it.
  const foot = styleOf(c.footRole, c.footSize);
  const footLines = [manual.issuer, manual.date].flatMap((t) => linesOf(t, foot));
  const pitch = c.footSize * (1 + c.lineGapEm);
  const lastBaseline = grid.pageHeight - mm(c.footBottomMm) - (1 - EM_TOP) * c.footSize;
  footLines.forEach((g, i) => centre(g, lastBaseline - (footLines.length - 1 - i) * pitch));
  // The flow needs a line on the cover for its page to exist.
  flow.blank();
}
