/** Glyph metrics of the fonts the PDF embeds, read with fontkit (the parser pdfkit itself uses). */
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import type { FontSet, FontSlot } from '../../layout/fonts.js';

// fontkit's CommonJS build, the one pdfkit requires: importing it would load a second copy (~0.1 s).
const fontkit = createRequire(import.meta.url)('fontkit') as typeof Fontkit;

export class FontMetrics {
  readonly faces: Record<FontSlot, Fontkit.Font>;
  private readonly cache = new Map<string, number>();

  constructor(readonly set: FontSet) {
    // Several roles usually share one 15 MB fallback file: parse each file once.
    const opened = new Map<string, Fontkit.Font>();
    const open = (s: FontSlot) => {
      const key = `${set[s].file}#${set[s].postscriptName ?? ''}`;
      const font = opened.get(key) ?? fontkit.openSync(set[s].file, set[s].postscriptName);
      opened.set(key, font);
      return font;
    };
    this.faces = {
      xiaobiaosong: open('xiaobiaosong'),
      fangsong: open('fangsong'),
      heiti: open('heiti'),
      kaiti: open('kaiti'),
      songti: open('songti'),
      latin: open('latin'),
    };
  }

  has(slot: FontSlot, ch: string): boolean {
    return this.faces[slot].hasGlyphForCodePoint(ch.codePointAt(0)!);
  }

  /** Advance width of one character at `size` pt. */
  advance(slot: FontSlot, ch: string, size: number): number {
    const key = slot + ch;
    let units = this.cache.get(key);
    if (units === undefined) {
      const f = this.faces[slot];
      units = f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / f.unitsPerEm;
      this.cache.set(key, units);
    }
    return units * size;
  }

  /** pdfkit places the baseline `ascender` below the top of a line box. */
  ascender(slot: FontSlot, size: number): number {
    const f = this.faces[slot];
    return (f.ascent / f.unitsPerEm) * size;
  }

  /** pdfkit's line height (ascent − descent, without the line gap); pdfmake multiplies it by `lineHeight`. */
  lineHeight(slot: FontSlot, size: number): number {
    const f = this.faces[slot];
    return ((f.ascent - f.descent) / f.unitsPerEm) * size;
  }

  /** Vertical centre of a glyph's ink above the baseline (for placing the page-number dash). */
  inkCentre(slot: FontSlot, ch: string, size: number): number {
    const f = this.faces[slot];
    const b = f.glyphForCodePoint(ch.codePointAt(0)!).bbox;
    return ((b.minY + b.maxY) / 2 / f.unitsPerEm) * size;
  }
}
