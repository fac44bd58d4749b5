/**
 * DOCX lengths derived from the layout profile. Nothing here is a new number: each value is
 * the profile's millimetres or points turned into twips, rounded the way Word needs them.
 */
import { gridMetrics, mm, twips, type Orientation, type Profile } from '../../layout/gbt9704.js';

export type DocxMetrics = ReturnType<typeof docxMetrics>;

/** `orientation`: the page's own size, margins and 版心 width (a landscape page's 版心 is the portrait one turned). */
export function docxMetrics(p: Profile, orientation: Orientation = 'portrait') {
  const g = gridMetrics(p, orientation);
  return {
    orientation,
    pageWidth: twips(g.pageWidth),
    pageHeight: twips(g.pageHeight),
    margin: {
      top: twips(g.top),
      left: twips(g.left),
      right: twips(g.pageWidth - g.right),
      bottom: twips(g.pageHeight - g.bottom),
    },
    blockWidth: twips(g.blockWidth),
    /** Rounded down so that 22 pitches fit the 225 mm block (22 × 579 ≤ 12756). */
    linePitch: Math.floor(g.linePitch * 20),
    /**
     * Run character spacing that squeezes 3号 glyphs onto the 28-cell grid: the cell is
     * 15.79 pt, so −0.21 pt, rounded down to −0.25 pt (−5) because −0.2 pt lets only 27 fit.
     */
    charSpacing: Math.floor((g.cell - p.body.size) * 20),
    /** One 字 of body text, the unit of Word's *Chars indents (what firstLineChars=100 means). */
    char: twips(p.body.size),
    /** One 字 of 版记 text (4号). */
    colophonChar: twips(p.colophon.size),
    /** One 字 of the page number (4号). */
    pageNumberChar: twips(p.pageNumber.size),
    /** Twips for a length in millimetres. */
    mm: (v: number) => twips(mm(v)),
  };
}

/** Profile colours are CSS hex ("#FF0000"); OOXML wants the bare digits. */
export function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}
