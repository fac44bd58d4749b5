/**
 * One finished line → one pdfmake text node exactly one grid line tall. Glyphs that share
 * font, size, colour and spacing become one inline; the spacing after each glyph (pdfkit's
 * characterSpacing) is what puts it on its cell, so a line measures exactly its cells; justification adds space between glyphs, never after the last one.
 */
import type { FontSlot } from '../../layout/fonts.js';
import type { Line, PlacedGlyph } from './break-lines.js';
import type { PdfContext } from './context.js';

const LIGATING = new Set('—…');

export interface PdfInline {
  text: string;
  font: FontSlot;
  fontSize: number;
  color: string;
  characterSpacing: number;
  lineHeight: number;
  noWrap: true;
  preserveLeadingSpaces: true;
}

export interface PdfTextNode {
  text: PdfInline[];
  margin?: [number, number, number, number];
  alignment?: 'left' | 'center';
}

/** pdfmake's lineHeight is a multiple of the font's own ascent − descent: compute it per font. */
export function lineHeightFor(ctx: PdfContext, slot: FontSlot, size: number, lines = 1): number {
  return (ctx.pitch * lines) / ctx.metrics.lineHeight(slot, size);
}

export function inlinesOf(ctx: PdfContext, glyphs: PlacedGlyph[], extraPerGap = 0, lines = 1): PdfInline[] {
  const out: PdfInline[] = [];
  glyphs.forEach((g, i) => {
    const spacing = g.width - g.adv + (i === glyphs.length - 1 ? 0 : extraPerGap);
    const prev = out[out.length - 1];
    // pdfkit shapes each inline: kept together, —— would become one ligature glyph and lose a spacing.
    if (prev && !LIGATING.has(g.ch) && !LIGATING.has(prev.text.slice(-1)) && prev.font === g.slot && prev.fontSize === g.size && prev.color === g.color && Math.abs(prev.characterSpacing - spacing) < 1e-6) {
      prev.text += g.ch;
      return;
    }
    out.push({
      text: g.ch,
      font: g.slot,
      fontSize: g.size,
      color: g.color,
      characterSpacing: spacing,
      lineHeight: lineHeightFor(ctx, g.slot, g.size, lines),
      noWrap: true,
      preserveLeadingSpaces: true,
    });
  });
  return out;
}

export function lineNode(ctx: PdfContext, line: Line, opts: { justify: boolean }): PdfTextNode {
  const used = line.glyphs.reduce((s, g) => s + g.width, 0);
  const gaps = line.glyphs.length - 1;
  const stretch = opts.justify && !line.last && gaps > 0 ? Math.max(0, line.available - used - 0.005) / gaps : 0;
  return { text: inlinesOf(ctx, line.glyphs, stretch), margin: [line.indent, 0, 0, 0] };
}

/** A blank grid line. */
export function blankLine(ctx: PdfContext, count = 1): PdfTextNode {
  const size = ctx.profile.body.size;
  return {
    text: [{ text: '\u3000', font: ctx.profile.body.role, fontSize: size, color: ctx.profile.colors.black, characterSpacing: 0, lineHeight: lineHeightFor(ctx, ctx.profile.body.role, size, count), noWrap: true, preserveLeadingSpaces: true }],
  };
}
