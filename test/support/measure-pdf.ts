/**
 * Measures a produced PDF with pdfjs-dist, independently of how gongwen laid it out: every
 * glyph's pen position, size, font and colour, visual lines, painted rules, embedded fonts and
 * the info dictionary. All positions are in points with y measured from the page TOP, the
 * convention of the team's PyMuPDF tool (/work/shared/tools/measure-pdf-layout), whose line
 * grouping this module reproduces so checkGbt9704 can apply its rules unchanged. A 横排 sheet
 * is drawn turned onto a portrait page; `view: 'sheet'` measures such a page turned back, where
 * its text runs level.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { replayPage, type Glyph, type Rgb, type Rule } from './pdf-operators.js';
import { counter, mostCommon, pyRound } from './py-compat.js';

export type { Glyph, Rgb, Rule } from './pdf-operators.js';
export { checkGbt9704, gbt9704Report, type Check, type Gbt9704Report } from './gbt9704-checks.js';

/** Glyphs sharing a baseline (rounded to 0.5 pt), whitespace skipped, sorted left to right. */
export interface TextLine {
  page: number;
  /** The grouping key: baseline rounded to 0.5 pt (what the python tool calls y). */
  y: number;
  /** Mean unrounded baseline of the line's glyphs. */
  baseline: number;
  /** Left pen position of the first glyph, right edge (pen + advance) of the last. */
  x0: number;
  x1: number;
  text: string;
  /** Most common glyph size, rounded to 0.1 pt. */
  size: number;
  /** Sorted distinct font names. */
  fonts: string[];
  /** Every glyph red (sRGB r > 180, g < 90, b < 90). */
  red: boolean;
  glyphs: Glyph[];
}

export interface PdfPage {
  /** As displayed, or of the sheet turned back when measured with `{ view: 'sheet' }`. */
  width: number;
  height: number;
  /** The page carries a landscape sheet turned a quarter anticlockwise. */
  turned: boolean;
  /** Every non-whitespace glyph in drawing order. */
  glyphs: Glyph[];
  lines: TextLine[];
  rules: Rule[];
}

export interface FontInfo {
  /** As embedded, e.g. BZZZZZ+NotoSerifSC-Regular. */
  name: string;
  embedded: boolean;
  /** Name carries a six-capital subset tag. */
  subset: boolean;
}

export interface PdfMeasure {
  pages: PdfPage[];
  fontsEmbedded: FontInfo[];
  /** Info dictionary strings: Title, Author, Creator, Producer, CreationDate (raw D:… form). */
  info: Record<string, string>;
}

export const MM = 72 / 25.4;
/** Millimetres → points. */
export const mm = (v: number): number => v * MM;

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Python's str.isspace() (the tool skips these), which differs from JS \s at the edges. */
const PY_SPACE = /^[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/;

export function isRed(c: Rgb): boolean {
  const [r, g, b] = c.map((v) => Math.round(v * 255)) as Rgb;
  return r > 180 && g < 90 && b < 90;
}

/** Opens PDF bytes with pdfjs as the tests read them: no system fonts, no eval, its own cmaps. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes.slice(), // pdfjs may detach the buffer it is given
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
    standardFontDataUrl: path.join(pdfjsDir, 'standard_fonts') + path.sep,
    cMapUrl: path.join(pdfjsDir, 'cmaps') + path.sep,
    cMapPacked: true,
  }).promise;
}

/**
 * `view: 'displayed'` (the default, what PyMuPDF measures) measures each page as shown; `'sheet'`
 * measures a turned page as its landscape sheet, where its text runs level.
 */
export async function measurePdf(bytes: Uint8Array, opts: { view?: 'displayed' | 'sheet' } = {}): Promise<PdfMeasure> {
  const pdf = await openPdf(bytes);
  try {
    const pages: PdfPage[] = [];
    const fonts = new Map<string, FontInfo>();
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      let viewport = page.getViewport({ scale: 1 });
      let drawn = await replayPage(page, n, viewport);
      if (opts.view === 'sheet' && drawn.turned) {
        // Turning the page a quarter clockwise undoes the sheet's turn.
        viewport = page.getViewport({ scale: 1, rotation: (page.rotate + 90) % 360 });
        drawn = await replayPage(page, n, viewport);
      }
      const { width, height } = viewport;
      for (const f of drawn.fonts) {
        const name = f.name ?? '';
        fonts.set(name, { name, embedded: !f.missingFile, subset: /^[A-Z]{6}\+/.test(name) });
      }
      const glyphs = drawn.glyphs.filter((g) => !PY_SPACE.test(g.char));
      pages.push({ width, height, turned: drawn.turned, glyphs, lines: groupLines(glyphs), rules: drawn.rules });
      page.cleanup();
    }
    const { info } = await pdf.getMetadata();
    const strings = Object.entries(info as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
    return { pages, fontsEmbedded: [...fonts.values()], info: Object.fromEntries(strings) };
  } finally {
    await pdf.destroy();
  }
}

/** The python tool's lines_of(): rows keyed by round(baseline·2)/2, glyphs sorted by x. */
export function groupLines(glyphs: Glyph[]): TextLine[] {
  const rows = new Map<number, Glyph[]>();
  for (const g of glyphs) {
    const y = pyRound(g.baseline * 2) / 2;
    const row = rows.get(y);
    if (row) row.push(g);
    else rows.set(y, [g]);
  }
  return [...rows.keys()]
    .sort((a, b) => a - b)
    .map((y) => {
      const gs = (rows.get(y) ?? []).sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || (a.char < b.char ? -1 : a.char > b.char ? 1 : 0));
      const first = gs[0]!;
      const last = gs[gs.length - 1]!;
      return {
        page: first.page,
        y,
        baseline: gs.reduce((t, g) => t + g.baseline, 0) / gs.length,
        x0: first.x0,
        x1: last.x1,
        text: gs.map((g) => g.char).join(''),
        size: mostCommon(counter(gs.map((g) => pyRound(g.size, 1))))![0],
        fonts: [...new Set(gs.map((g) => g.font))].sort(),
        red: gs.every((g) => isRed(g.color)),
        glyphs: gs,
      };
    });
}
