/**
 * Why a full line of body text holds fewer than 28 characters. GB/T 9704 sets 28 characters
 * to a line and indents a paragraph's first line by 2; the line-start and line-end rules of
 * Chinese text (GB/T 15834, W3C clreq) forbid some punctuation at a line's start or end, so a
 * line may give its last character or two to the next and be justified across the 28 cells.
 * A full line (one reaching the 版心's right edge) short for any other reason is a layout
 * fault. The punctuation sets are written here from clreq, not taken from src/, so the test
 * stays independent of the line breaker it checks; a full CJK-only line is the measure tool's.
 */
import { CELL, LEFT, RIGHT } from './gbt9704-block.js';
import { isWide } from './gbt9704-checks.js';

/** Not at a line's start: closing brackets and quotes, pause and stop marks. */
const NOT_AT_START = new Set('，。、；：？！）》」』】〕〉”’%‰·');
/** Not at a line's end: opening brackets and quotes. */
const NOT_AT_END = new Set('（《「『【〔〈“‘');
/** Never split: the two halves of —— and ……. */
const PAIRED = new Set('—…');

export interface FillLine {
  text: string;
  x0: number;
  x1: number;
}

/**
 * The full CJK-only lines of `lines` (body lines in reading order, across pages) whose length
 * is neither 28 less their indent nor short by one or two characters that the line-start,
 * line-end or pairing rules keep on the next line, nor short before a digit or Latin run (those
 * are not counted in cells). Each comes back as "length: text".
 */
export function unexplainedShortLines(lines: FillLine[]): string[] {
  const bad: string[] = [];
  lines.forEach((line, i) => {
    const chars = [...line.text];
    if (!chars.every(isWide) || line.x1 <= RIGHT - CELL) return;
    const indent = Math.round((line.x0 - LEFT) / CELL);
    const short = 28 - indent - chars.length;
    if (short === 0) return;
    const next = [...(lines[i + 1]?.text ?? '')];
    // A digit or Latin run is narrower than a cell each and is never split: the cell count no longer holds.
    if (short > 0 && next.slice(0, short + 1).some((c) => !isWide(c))) return;
    const last = next[short - 1];
    const start = next[short];
    const kept = short > 0 && short <= 2 && last !== undefined && start !== undefined &&
      (NOT_AT_START.has(start) || NOT_AT_END.has(last) || (PAIRED.has(start) && start === last));
    if (!kept) bad.push(`${chars.length}: ${line.text}`);
  });
  return bad;
}
