/**
 * The measurable GB/T 9704-2012 layout rules, ported one for one from the team's reference
 * tool /work/shared/tools/measure-pdf-layout (same selections, thresholds, order and detail
 * texts), so a PDF passes here exactly when it passes there.
 */
import type { PdfMeasure, TextLine } from './measure-pdf.js';
import type { Rgb } from './pdf-operators.js';
import { counter, mostCommon, pyFixed, pyFloat, pyRound } from './py-compat.js';

import { BOTTOM, LEFT, MM, RIGHT, TOP } from './gbt9704-block.js';

const A4 = [210 * MM, 297 * MM] as const;
const BODY = 16;
const PAGE_NO = 14;

export interface Check {
  rule: string;
  ok: boolean;
  detail: string;
}

export interface Gbt9704Report {
  pages: number;
  checks: Check[];
  /** Font names without subset tags, as PyMuPDF lists them. */
  fonts: string[];
  /** First five all-red lines: [page, text]. */
  redText: [number, string][];
  /** First five red rules wider than 100 mm and under 3 mm tall: [page, x0, x1, y0] in mm. */
  redRules: [number, number, number, number][];
}

/** Full-width characters, the tool's is_wide(). */
export function isWide(ch: string): boolean {
  const o = ch.codePointAt(0) ?? 0;
  return (
    (o >= 0x2e80 && o <= 0x9fff) || (o >= 0xf900 && o <= 0xfaff) || (o >= 0xff00 && o <= 0xff60) ||
    (o >= 0x3000 && o <= 0x303f) || (o >= 0x2014 && o <= 0x201d) || o === 0x2026 || o === 0x00b7 || o === 0x2022 ||
    (o >= 0xfe30 && o <= 0xfe4f) || (o >= 0x20000 && o <= 0x2ffff)
  );
}

const rgbRed = (c: Rgb): boolean => c[0] > 0.7 && c[1] < 0.35 && c[2] < 0.35;
const PAGE_NUMBER = /^(?:[—－\-]+\s*\p{Nd}+\s*[—－\-]+|[—－\-]\p{Nd}[—－\-])$/u;
const pyList = (xs: number[]): string => `[${xs.join(', ')}]`;

/** What the tool collects in its page loop before judging. */
interface Gathered {
  lefts: number[];
  rights: number[];
  tops: number[];
  pitches: Map<number, number>;
  perPageLines: number[];
  fullLineCounts: Map<number, number>;
  pageNumbers: { page: number; line: TextLine }[];
  redText: [number, string][];
  redRules: [number, number, number, number][];
}

/** Within reach of the 版心: 20 pt above it to 10 pt below. */
const nearBlock = (l: TextLine): boolean => TOP - 20 < l.y && l.y < BOTTOM + 10;

/** A page's 3号 lines near the 版心: the tool's body lines. */
export function bodyLines(page: PdfMeasure['pages'][number]): TextLine[] {
  return page.lines.filter((l) => Math.abs(l.size - BODY) < 0.6 && nearBlock(l));
}

function gather(m: PdfMeasure): Gathered {
  const g: Gathered = { lefts: [], rights: [], tops: [], pitches: new Map(), perPageLines: [], fullLineCounts: new Map(), pageNumbers: [], redText: [], redRules: [] };
  const bump = (c: Map<number, number>, k: number) => c.set(k, (c.get(k) ?? 0) + 1);
  m.pages.forEach((page, i) => {
    const body = bodyLines(page);
    const grid = page.lines.filter((l) => nearBlock(l) && l.size >= 10);
    g.perPageLines.push(grid.length);
    grid.slice(1).forEach((b, k) => bump(g.pitches, pyRound(b.y - grid[k]!.y, 1)));
    for (const l of body) {
      g.lefts.push(l.x0);
      g.rights.push(l.x1);
      const chars = [...l.text];
      if (chars.every(isWide) && l.x1 > RIGHT - BODY) bump(g.fullLineCounts, chars.length);
    }
    if (grid[0]) g.tops.push(grid[0].y - grid[0].size * 0.88);
    for (const l of page.lines) {
      if (PAGE_NUMBER.test(l.text)) g.pageNumbers.push({ page: i + 1, line: l });
      if (l.red) g.redText.push([i + 1, l.text]);
    }
    for (const r of page.rules) {
      if (rgbRed(r.color) && r.x1 - r.x0 > 100 * MM && r.y1 - r.y0 < 3 * MM) {
        g.redRules.push([i + 1, pyRound(r.x0 / MM, 1), pyRound(r.x1 / MM, 1), pyRound(r.y0 / MM, 1)]);
      }
    }
  });
  return g;
}

function checkPaper(m: PdfMeasure): Check {
  const ok = m.pages.length > 0 && m.pages.every((p) => Math.abs(p.width - A4[0]) < 1.5 && Math.abs(p.height - A4[1]) < 1.5);
  const p = m.pages[0];
  return { rule: 'A4 paper', ok, detail: p ? `${pyFixed(p.width / MM, 1)}x${pyFixed(p.height / MM, 1)}mm` : 'no pages' };
}

function checkLeftMargin(g: Gathered): Check {
  if (!g.lefts.length) return { rule: 'body text 16pt present', ok: false, detail: 'no 16pt lines found' };
  const lm = mostCommon(counter(g.lefts.map((x) => pyRound(x / MM))))![0];
  return { rule: 'left margin 28mm (±1)', ok: Math.abs(lm - 28) <= 1, detail: `most body lines start at ${lm}mm` };
}

function checkRightEdge(g: Gathered): Check | null {
  if (!g.rights.length) return null;
  const far = Math.max(...g.rights) / MM;
  return { rule: 'text stays inside 156mm block (right edge ≤185mm)', ok: far <= 185.5, detail: `rightmost body glyph at ${pyFixed(far, 1)}mm` };
}

function checkTop(g: Gathered): Check | null {
  if (!g.tops.length) return null;
  const t = mostCommon(counter(g.tops.map((x) => pyRound(x / MM))))![0];
  return { rule: 'top of text block 37mm (±2)', ok: Math.abs(t - 37) <= 2, detail: `first line top at about ${t}mm` };
}

function checkPitch(g: Gathered): Check | null {
  const best = mostCommon(g.pitches);
  if (!best) return null;
  const [p, n] = best;
  return { rule: 'line pitch ≈ 225mm/22 (28.6–29.2pt)', ok: p >= 28.6 && p <= 29.2, detail: `most common pitch ${pyFloat(p)}pt (${n} pairs)` };
}

function checkLinesPerPage(g: Gathered): Check | null {
  const full = g.perPageLines.length > 1 ? g.perPageLines.slice(0, -1) : g.perPageLines;
  if (!full.length) return null;
  return { rule: '22 lines on a full page', ok: Math.max(...full) === 22, detail: `lines per page (all but last): ${pyList(full)}` };
}

/** A justified line may hold 27 when the next unbreakable run does not fit, hence the 80 % share. */
function checkCharsPerLine(g: Gathered): Check {
  const rule = '28 characters on a full CJK line';
  const best = mostCommon(g.fullLineCounts);
  if (!best) return { rule, ok: false, detail: 'no full-width CJK-only line reached the right edge' };
  const total = [...g.fullLineCounts.values()].reduce((a, b) => a + b, 0);
  const share = (g.fullLineCounts.get(28) ?? 0) / total;
  const dict = [...g.fullLineCounts].map(([k, v]) => `${k}: ${v}`).join(', ');
  return {
    rule,
    ok: best[0] === 28 && Math.max(...g.fullLineCounts.keys()) === 28 && share >= 0.8,
    detail: `full CJK-only lines by length: {${dict}} (${pyFixed(share * 100, 0)}% hold 28)`,
  };
}

/** 4号 (14 pt), dash centre 5–9 mm below the block, inset 0.5–1.6 characters: odd right, even left. */
function checkPageNumbers(g: Gathered): Check {
  const rule = "page numbers '— N —' 4号, 7mm below, odd right / even left";
  if (!g.pageNumbers.length) return { rule, ok: false, detail: 'none found' };
  let ok = true;
  const details: string[] = [];
  for (const { page, line: l } of g.pageNumbers) {
    const below = (l.y - l.size * 0.35 - BOTTOM) / MM;
    const inset = page % 2 ? (RIGHT - l.x1) / PAGE_NO : (l.x0 - LEFT) / PAGE_NO;
    const good = Math.abs(l.size - PAGE_NO) < 0.6 && below >= 5 && below <= 9 && inset >= 0.5 && inset <= 1.6;
    ok &&= good;
    if (!good || details.length < 2) {
      details.push(`p${page}: '${l.text}' ${pyFloat(l.size)}pt, ${pyFixed(below, 1)}mm below block, inset ${pyFixed(inset, 2)} char`);
    }
  }
  return { rule, ok, detail: details.slice(0, 4).join('; ') };
}

/**
 * Every rule of the python tool, in its order. `kind` is accepted for parity with its
 * --kind flag, which the tool parses but does not yet use: the rules are the same.
 */
export function checkGbt9704(m: PdfMeasure, _opts: { kind?: 'file' | 'letter' } = {}): Check[] {
  const g = gather(m);
  const checks = [checkPaper(m), checkLeftMargin(g), checkRightEdge(g), checkTop(g), checkPitch(g), checkLinesPerPage(g), checkCharsPerLine(g), checkPageNumbers(g)];
  return checks.filter((c): c is Check => c !== null);
}

/** The tool's --json report, minus the file name. */
export function gbt9704Report(m: PdfMeasure, opts: { kind?: 'file' | 'letter' } = {}): Gbt9704Report {
  const g = gather(m);
  const fonts = new Set(m.pages.flatMap((p) => p.lines.flatMap((l) => l.fonts)).map((f) => f.replace(/^[A-Z]{6}\+/, '')));
  return { pages: m.pages.length, checks: checkGbt9704(m, opts), fonts: [...fonts].sort(), redText: g.redText.slice(0, 5), redRules: g.redRules.slice(0, 5) };
}
