/**
 * Turns text runs into placed glyphs: picks the font of each character (Latin and digits in
 * the Latin font, everything else in the role's font), sets each Chinese character to one
 * grid cell, and reports characters no embedded font can draw instead of drawing a box.
 */
import type { FontRole, Inline, SourcePosition } from '../../ir/types.js';
import type { FontSlot } from '../../layout/fonts.js';
import { isWide } from '../../text/cells.js';
import type { PlacedGlyph } from './break-lines.js';
import type { PdfContext } from './context.js';

export interface ShapeStyle {
  role: FontRole;
  size: number;
  color: string;
  /** Set on the 28-cell grid (3号 text in the 版心); otherwise natural widths. */
  grid: boolean;
}

const FALLBACK_ORDER: FontSlot[] = ['fangsong', 'songti', 'heiti', 'kaiti', 'xiaobiaosong', 'latin'];

export function shapeRuns(ctx: PdfContext, runs: Inline[], style: ShapeStyle): PlacedGlyph[] {
  const out: PlacedGlyph[] = [];
  for (const run of runs) out.push(...shapeText(ctx, run.text, { ...style, role: run.role ?? style.role }, run.position));
  return out;
}

export function shapeText(ctx: PdfContext, text: string, style: ShapeStyle, position: SourcePosition): PlacedGlyph[] {
  const { metrics } = ctx;
  const squeeze = style.grid ? ctx.grid.cell - style.size : 0;
  const cell = ctx.grid.cell;
  const out: PlacedGlyph[] = [];
  let column = position.column;
  for (const ch of text) {
    const at = { ...position, column: column++ };
    if (ch === '\n') continue;
    const wide = isWide(ch);
    let slot: FontSlot = !wide && style.role !== 'songti' && style.role !== 'xiaobiaosong' ? 'latin' : style.role;
    if (!metrics.has(slot, ch)) {
      const other = FALLBACK_ORDER.find((s) => metrics.has(s, ch));
      if (!other) {
        ctx.diagnostics.push({
          file: at.file,
          line: at.line,
          column: at.column,
          rule: 'missing-glyph',
          severity: 'error',
          message: `字符“${ch}”（U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）在所有可用字体中都没有字形，PDF 无法显示。`,
          hint: '换用常用字或通用写法；若是生僻字，请安装含该字的正式字体后再生成。',
        });
        continue;
      }
      ctx.diagnostics.push({
        file: at.file,
        line: at.line,
        column: at.column,
        rule: 'missing-glyph',
        severity: 'warning',
        message: `字符“${ch}”在 ${metrics.set[slot].found} 中没有字形，PDF 中改用 ${metrics.set[other].found} 显示。`,
        hint: '核对该字是否写对；安装正式字体后可消除此提示。',
      });
      slot = other;
    }
    const adv = metrics.advance(slot, ch, style.size);
    // On the grid a Chinese character (even a narrow — or ·) takes one cell; elsewhere its own advance.
    out.push({ ch, slot, size: style.size, color: style.color, adv, width: wide && style.grid ? cell : adv + squeeze, position: at });
  }
  return out;
}

export const glyphsWidth = (glyphs: PlacedGlyph[]): number => glyphs.reduce((s, g) => s + g.width, 0);
