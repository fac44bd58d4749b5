/**
 * Breaks a paragraph into lines on the 28-cell grid, so pdfmake is handed finished lines:
 * 禁则 (closing punctuation never starts a line, opening never ends one, —— and …… stay
 * whole), Latin words and numbers unbroken, no one-character last line. A line never holds
 * more than its cells; a line that loses a character to 禁则 is justified instead.
 */
import type { SourcePosition } from '../../ir/types.js';
import type { FontSlot } from '../../layout/fonts.js';

export interface PlacedGlyph {
  ch: string;
  slot: FontSlot;
  size: number;
  color: string;
  /** Natural advance at `size`, pt. */
  adv: number;
  /** Width the glyph takes on the line, pt (one cell for a Chinese character). */
  width: number;
  position: SourcePosition;
}

export interface Line {
  glyphs: PlacedGlyph[];
  /** Left indent, pt. */
  indent: number;
  /** Width available after the indent, pt. */
  available: number;
  /** Last line of its paragraph (left-aligned, not justified). */
  last: boolean;
}

const NO_START = new Set('，。、；：？！）》」』】〕〉’”%‰～·,.;:?!)]}');
const NO_END = new Set('（《「『【〔〈‘“([{');
const PAIRED = new Set('—…');
const EPS = 0.01;

type Box = PlacedGlyph[];

const isLatin = (ch: string) => /[\x21-\x7e]/.test(ch);
const widthOf = (b: Box) => b.reduce((s, g) => s + g.width, 0);
const isSpace = (b: Box) => b.length === 1 && /\s/.test(b[0]!.ch);

/** Unbreakable boxes: a Latin word, a doubled dash or ellipsis, a character with its 禁则 neighbours. */
function boxes(glyphs: PlacedGlyph[]): Box[] {
  const atoms: Box[] = [];
  for (const g of glyphs) {
    const prev = atoms[atoms.length - 1];
    const tail = prev?.[prev.length - 1];
    if (tail && ((isLatin(g.ch) && isLatin(tail.ch)) || (PAIRED.has(g.ch) && tail.ch === g.ch && prev.length === 1))) prev.push(g);
    else atoms.push([g]);
  }
  const out: Box[] = [];
  for (const a of atoms) {
    const prev = out[out.length - 1];
    const glueBack = prev && !isSpace(a) && !isSpace(prev) && (NO_START.has(a[0]!.ch) || NO_END.has(prev[prev.length - 1]!.ch));
    if (glueBack) prev.push(...a);
    else out.push([...a]);
  }
  return out;
}

export interface BreakOptions {
  width: number;
  firstIndent: number;
  restIndent: number;
  /** Avoid a last line of a single character (paragraph text; not for labels). */
  noOrphan?: boolean;
}

export function breakLines(glyphs: PlacedGlyph[], opts: BreakOptions): Line[] {
  const lines: Line[] = [];
  let cur: Box[] = [];
  const open = () => {
    const indent = lines.length === 0 ? opts.firstIndent : opts.restIndent;
    return { indent, available: opts.width - indent };
  };
  let frame = open();
  let used = 0;
  const flush = () => {
    while (cur.length && isSpace(cur[cur.length - 1]!)) cur.pop();
    lines.push({ glyphs: cur.flat(), ...frame, last: false });
    cur = [];
    used = 0;
    frame = open();
  };
  for (const box of boxes(glyphs)) {
    const w = widthOf(box);
    if (cur.length === 0 && isSpace(box)) continue;
    if (used + w <= frame.available + EPS) {
      cur.push(box);
      used += w;
    } else if (cur.length === 0) {
      // Wider than a whole line (a long URL or number): split it by glyph.
      for (const g of box) {
        if (used + g.width > frame.available + EPS && cur.length) flush();
        cur.push([g]);
        used += g.width;
      }
    } else {
      flush();
      if (!isSpace(box)) {
        cur.push(box);
        used += w;
      }
    }
  }
  if (cur.length || lines.length === 0) flush();
  lines[lines.length - 1]!.last = true;
  if (opts.noOrphan && lines.length > 1) avoidOrphan(lines);
  return lines;
}

/** A last line of one character (its punctuation aside) pulls the previous line's last box down with it. */
function avoidOrphan(lines: Line[]): void {
  const last = lines[lines.length - 1]!;
  const prev = lines[lines.length - 2]!;
  // Punctuation does not count: 「好。」 alone on the last line is still one character.
  if (last.glyphs.filter((g) => !/\s/.test(g.ch) && !NO_START.has(g.ch)).length !== 1) return;
  const prevBoxes = boxes(prev.glyphs);
  if (prevBoxes.length < 2) return;
  const moved = prevBoxes.pop()!;
  if (widthOf(moved) + widthOf(last.glyphs) > last.available + EPS) return;
  prev.glyphs = prevBoxes.flat();
  last.glyphs = [...moved, ...last.glyphs];
}
