/**
 * Replays one page's pdfjs operator list the way pdfjs' canvas renderer does (graphics state,
 * text state, per-glyph advances) and records where each glyph and each painted path lands.
 * Replaying beats getTextContent(): its items merge many glyphs into one string, so per-glyph
 * x could only be guessed. Coordinates are in points from the page's top-left corner.
 */
import { AnnotationMode, OPS, type PageViewport, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Rgb = [number, number, number];
/** Canvas-style affine matrix [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/** One drawn character. */
export interface Glyph {
  page: number;
  char: string;
  /** Pen position before and after the glyph's own advance (character spacing excluded). */
  x0: number;
  x1: number;
  /** Baseline y from the page top. */
  baseline: number;
  size: number;
  /** Font name as embedded, subset prefix included, e.g. BZZZZZ+NotoSerifSC-Regular. */
  font: string;
  /** Fill colour, 0–1 RGB. */
  color: Rgb;
}

/**
 * One painted sub-path (a line or rectangle; curves are kept but flagged). The box is the
 * path's geometry like PyMuPDF's drawing rect: a stroked line has y0 = y1 at its centre and its
 * thickness in lineWidth; a filled rectangle spans y0..y1.
 */
export interface Rule {
  page: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Stroke colour for stroke-only paths, fill colour otherwise. */
  color: Rgb;
  paint: 'fill' | 'stroke' | 'fillStroke';
  /** Stroke width in page points (0 for fills). */
  lineWidth: number;
  /** Only straight segments (no Bézier curves). */
  straight: boolean;
}

/** The font facts pdfjs exposes on its FontFaceObject (page.commonObjs). */
export interface FontObject {
  name?: string;
  missingFile?: boolean;
  fontMatrix?: number[];
  vertical?: boolean;
  /** Ascent and descent in ems (descent negative). */
  ascent?: number;
  descent?: number;
}

interface State {
  ctm: Matrix;
  fill: Rgb;
  stroke: Rgb;
  lineWidth: number;
  font: FontObject | null;
  fontSize: number;
  fontDirection: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  tm: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
}

/** Rounding slack for the on-page test, in points. */
const EPS = 1e-3;
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
const BOTH = new Set<number>([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** m·n: apply n first, then m (canvas ctx.transform order). */
export function compose(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** pdfjs hands every colour to the display layer as '#rrggbb'. */
function hexColor(v: unknown, fallback: Rgb): Rgb {
  if (typeof v !== 'string' || !/^#[0-9a-f]{6}$/i.test(v)) return fallback;
  const n = parseInt(v.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

const num = (v: unknown, fallback = 0): number => (typeof v === 'number' ? v : fallback);
const matrixOf = (v: unknown): Matrix | null =>
  v && typeof v === 'object' && 'length' in v && (v as ArrayLike<number>).length === 6 ? (Array.from(v as ArrayLike<number>) as Matrix) : null;

/** Resolves a font once pdfjs' main thread has it (it is resolved asynchronously after the ops). */
function loadFont(page: PDFPageProxy, id: string): Promise<FontObject> {
  return new Promise((resolve) => page.commonObjs.get(id, (f: unknown) => resolve(f && typeof f === 'object' ? (f as FontObject) : {})));
}

const fontIdsInGState = (entries: unknown): unknown[] =>
  ((entries ?? []) as [string, unknown][]).filter(([k, v]) => k === 'Font' && Array.isArray(v)).map(([, v]) => (v as unknown[])[0]);

export interface PageDrawing {
  glyphs: Glyph[];
  rules: Rule[];
  fonts: FontObject[];
  /** The content opens with a quarter-turn matrix (b = 1, c = −1): a landscape sheet turned onto a portrait page. */
  turned: boolean;
}

/** `viewport` defaults to the page as displayed, its /Rotate applied. */
export async function replayPage(page: PDFPageProxy, pageNo: number, viewport: PageViewport = page.getViewport({ scale: 1 })): Promise<PageDrawing> {
  const base = Array.from(viewport.transform) as Matrix;
  // Page content only: annotation appearances are not part of MuPDF's page text either.
  const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const fonts = new Map<string, FontObject>();
  for (let i = 0; i < fnArray.length; i++) {
    const args = (argsArray[i] ?? []) as unknown[];
    const ids = fnArray[i] === OPS.setFont ? [args[0]] : fnArray[i] === OPS.setGState ? fontIdsInGState(args[0]) : [];
    for (const id of ids.map(String)) if (!fonts.has(id)) fonts.set(id, await loadFont(page, id));
  }
  const first = fnArray.indexOf(OPS.transform);
  const m = first >= 0 ? matrixOf((argsArray[first] ?? []) as unknown[]) : undefined;
  const out: PageDrawing = { glyphs: [], rules: [], fonts: [...fonts.values()], turned: Boolean(m && m[0] === 0 && m[1] === 1 && m[2] === -1 && m[3] === 0) };
  const stack: State[] = [];
  let s: State = {
    ctm: IDENTITY, fill: [0, 0, 0], stroke: [0, 0, 0], lineWidth: 1, font: null, fontSize: 0, fontDirection: 1,
    charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, tm: IDENTITY, x: 0, y: 0, lineX: 0, lineY: 0,
  };
  const setFont = (id: unknown, size: unknown) => {
    s.font = fonts.get(String(id)) ?? null;
    const n = num(size);
    s.fontDirection = n < 0 ? -1 : 1;
    s.fontSize = Math.abs(n);
  };
  const moveText = (x: number, y: number) => {
    s.x = s.lineX += x;
    s.y = s.lineY += y;
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
      case OPS.beginGroup: // a transparency group; its form's matrix follows in paintFormXObjectBegin
        stack.push({ ...s });
        break;
      case OPS.restore:
      case OPS.endGroup:
        s = stack.pop() ?? s;
        break;
      case OPS.transform:
        s.ctm = compose(s.ctm, matrixOf(args) ?? IDENTITY);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ...s });
        s.ctm = compose(s.ctm, matrixOf(args[0]) ?? IDENTITY);
        break;
      case OPS.paintFormXObjectEnd:
        s = stack.pop() ?? s;
        break;
      case OPS.setFillRGBColor:
        s.fill = hexColor(args[0], s.fill);
        break;
      case OPS.setStrokeRGBColor:
        s.stroke = hexColor(args[0], s.stroke);
        break;
      case OPS.setLineWidth:
        s.lineWidth = num(args[0], s.lineWidth);
        break;
      case OPS.setGState:
        for (const [key, value] of (args[0] ?? []) as [string, unknown][]) {
          if (key === 'LW') s.lineWidth = num(value, s.lineWidth);
          if (key === 'Font' && Array.isArray(value)) setFont(value[0], value[1]);
        }
        break;
      case OPS.beginText:
        s.tm = IDENTITY;
        s.x = s.y = s.lineX = s.lineY = 0;
        break;
      case OPS.setTextMatrix:
        s.tm = matrixOf(args[0]) ?? IDENTITY;
        s.x = s.y = s.lineX = s.lineY = 0;
        break;
      case OPS.moveText:
        moveText(num(args[0]), num(args[1]));
        break;
      case OPS.setLeadingMoveText:
        s.leading = num(args[1]);
        moveText(num(args[0]), num(args[1]));
        break;
      case OPS.setLeading:
        s.leading = -num(args[0]);
        break;
      case OPS.nextLine:
        moveText(0, s.leading);
        break;
      case OPS.setFont:
        setFont(args[0], args[1]);
        break;
      case OPS.setCharSpacing:
        s.charSpacing = num(args[0]);
        break;
      case OPS.setWordSpacing:
        s.wordSpacing = num(args[0]);
        break;
      case OPS.setHScale:
        s.hScale = num(args[0], 100) / 100;
        break;
      case OPS.setTextRise:
        s.rise = num(args[0]);
        break;
      case OPS.showText:
        showText(s, base, pageNo, (args[0] ?? []) as unknown[], out.glyphs, viewport.width, viewport.height);
        break;
      case OPS.constructPath:
        paintPath(s, base, pageNo, args, out.rules);
        break;
    }
  }
  return out;
}

interface PdfjsGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

/** Mirrors CanvasGraphics.showText for horizontal fonts: same advances, spacing and scaling. */
function showText(s: State, base: Matrix, pageNo: number, items: unknown[], glyphs: Glyph[], width: number, height: number) {
  const font = s.font;
  if (!font || s.fontSize === 0) return;
  const m = compose(compose(base, s.ctm), s.tm);
  const hScale = s.hScale * s.fontDirection;
  const advScale = s.fontSize * (font.fontMatrix?.[0] ?? 0.001);
  // Size as MuPDF reports it: the expansion of the text rendering matrix.
  const size = s.fontSize * Math.sqrt(Math.abs((m[0] * m[3] - m[1] * m[2]) * s.hScale));
  const horizontal = !font.vertical && Math.abs(m[1]) <= 1e-6 * Math.abs(m[0]);
  const color: Rgb = [...s.fill];
  let x = 0;
  for (const item of items) {
    if (typeof item === 'number') {
      x -= (item * s.fontSize) / 1000;
      continue;
    }
    const g = item as PdfjsGlyph;
    const adv = num(g.width) * advScale;
    const chars = [...(g.unicode ?? '')];
    if (horizontal && chars.length) {
      const [x0, y] = apply(m, s.x + x * hScale, s.y + s.rise);
      const [x1] = apply(m, s.x + (x + adv) * hScale, s.y + s.rise);
      // MuPDF keeps only characters whose box (advance × ascent..descent) lies wholly on the page.
      const top = y - (font.ascent ?? 0.8) * size;
      const bottom = y - (font.descent ?? -0.2) * size;
      const inside = Math.min(x0, x1) >= -EPS && Math.max(x0, x1) <= width + EPS && top >= -EPS && bottom <= height + EPS;
      // A glyph standing for several characters (e.g. a ligature "——"): as MuPDF does, the
      // first character takes the whole advance, the others sit at its end with no width.
      chars.forEach((char, k) => {
        if (inside) glyphs.push({ page: pageNo, char, x0: k ? x1 : x0, x1, baseline: y, size, font: font.name ?? '', color });
      });
    }
    x += adv + ((g.isSpace ? s.wordSpacing : 0) + s.charSpacing) * s.fontDirection;
  }
  s.x += x * hScale;
}

/** constructPath args: [paint op, [Float32Array of DrawOPS], minMax] (pdfjs ≥ 5). */
function paintPath(s: State, base: Matrix, pageNo: number, args: unknown[], rules: Rule[]) {
  const op = num(args[0], -1);
  const paint = STROKES.has(op) ? 'stroke' : FILLS.has(op) ? 'fill' : BOTH.has(op) ? 'fillStroke' : null;
  const data = (args[1] as unknown[] | undefined)?.[0];
  if (!paint || !data || typeof data !== 'object' || !('length' in data)) return;
  const d = data as ArrayLike<number>;
  const m = compose(base, s.ctm);
  const lineWidth = paint === 'fill' ? 0 : s.lineWidth * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  const color: Rgb = [...(paint === 'stroke' ? s.stroke : s.fill)];
  let pts: [number, number][] = [];
  let straight = true;
  const flush = () => {
    if (pts.length) {
      const r: Rule = { page: pageNo, x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity, color, paint, lineWidth, straight };
      for (const [x, y] of pts) {
        r.x0 = Math.min(r.x0, x);
        r.x1 = Math.max(r.x1, x);
        r.y0 = Math.min(r.y0, y);
        r.y1 = Math.max(r.y1, y);
      }
      rules.push(r);
    }
    pts = [];
    straight = true;
  };
  const at = (k: number) => apply(m, d[k] ?? 0, d[k + 1] ?? 0);
  for (let k = 0; k < d.length; ) {
    switch (d[k]) {
      case 0: // moveTo starts a new sub-path
        flush();
        pts.push(at(k + 1));
        k += 3;
        break;
      case 1: // lineTo
        pts.push(at(k + 1));
        k += 3;
        break;
      case 2: // curveTo: control points bound the curve
        pts.push(at(k + 1), at(k + 3), at(k + 5));
        straight = false;
        k += 7;
        break;
      case 3: // quadraticCurveTo
        pts.push(at(k + 1), at(k + 3));
        straight = false;
        k += 5;
        break;
      default: // closePath
        k += 1;
    }
  }
  flush();
}
