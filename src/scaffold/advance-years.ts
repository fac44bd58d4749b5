/**
 * Moves the years of last year's text to this year's. Only numbers that read as years are
 * touched — 2022年…, 2022—2023年, 〔2022〕, 2022-03-31, 年度: 2022 — and only last year and the
 * years either side of it; 2022家, standard codes (GB 8958—2006), cited 文号 and the names of
 * cited documents stay as written, since they name things that do not change.
 */
import { DOC_NUMBER } from '../check/rules/doc-number-format.js';

export interface TextChange {
  line: number;
  before: string;
  after: string;
}

export interface AdvancedText {
  text: string;
  /** Every year moved, with the date expression around it. */
  changes: TextChange[];
  /** Dates whose day the new year lacks (2月29日), moved to the month's last day. */
  clamped: TextChange[];
  /** 文号 in the text, left as they were (they cite existing documents). */
  citedNumbers: { line: number; text: string }[];
  /** 《titles》 of other documents holding a year that would otherwise have moved. */
  citedTitles: { line: number; text: string }[];
}

interface Edit {
  start: number;
  end: number;
  after: string;
  /** The day was past the end of the month in the new year. */
  clamped?: boolean;
}

// A year before 年 (with the month and day or 底 after it, for the review and the calendar check).
const YEAR_DATE = /(?<![\d.．])(\d{4})(\s*年\s*)(?:(\d{1,2})(\s*月\s*)(?:(\d{1,2})(\s*日)|底)?|底|度)?/g;
// The first year of a range: 2022—2023年, 2022至2023年.
const RANGE_START = /(?<![\dA-Za-z.\/])(\d{4})(?=\s*[—–\-－~～至到]\s*\d{4}\s*年)/g;
const BRACKETED = /〔(\d{4})〕/g;
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
// 年度: 2022 in front matter or YAML: a year field without 年 after the number.
const YEAR_FIELD = /^([ \t]*(?:-[ \t]+)?[^\s:#]*(?:年度|年份)[ \t]*:[ \t]*)(\d{4})(?=[ \t]*(?:#.*)?$)/gm;
// GB 8958—2006, DB32/T 3250—2017, GBZ 2.1—2019: the year is the standard's edition.
const STANDARD_CODE = /[A-Z][A-Z0-9]*(?:\/[A-Z]+)?\s*\d+(?:\.\d+)*\s*[—–\-－]\s*\d{4}/g;
const BOOK_TITLE = /《([^《》]{1,200})》/g;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A title as compared: YAML list breaks (a title split over `- ` lines) and spaces removed. */
export function normalizeTitle(title: string): string {
  return title.replace(/\s*\n\s*(?:-\s+)?/g, '').replace(/\s+/g, '');
}

/**
 * `ownTitles` are the folder's own document and attachment titles (normalised): a 《title》
 * among them is this year's document and moves; any other is a cited document and stays.
 */
export function advanceYears(text: string, from: number, to: number, ownTitles: ReadonlySet<string>): AdvancedText {
  const shift = to - from;
  const moves = (year: number) => Math.abs(year - from) <= 1;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (index: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const kept: [number, number][] = [];
  const citedNumbers: AdvancedText['citedNumbers'] = [];
  const citedTitles: AdvancedText['citedTitles'] = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    kept.push([m.index, m.index + m[0].length]);
    citedNumbers.push({ line: lineOf(m.index), text: m[0] });
  }
  for (const m of text.matchAll(STANDARD_CODE)) kept.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(BOOK_TITLE)) {
    const inner = m[1]!;
    if (ownTitles.has(normalizeTitle(inner))) continue;
    if ([...inner.matchAll(/(?<!\d)(\d{4})\s*年/g)].some((y) => moves(Number(y[1])))) {
      kept.push([m.index, m.index + m[0].length]);
      citedTitles.push({ line: lineOf(m.index), text: normalizeTitle(m[0]) });
    }
  }

  const edits: Edit[] = [];
  const add = (start: number, before: string, after: string, clamped = false) => edits.push({ start, end: start + before.length, after, clamped });
  const dateWithDay = (start: number, before: string, year: number, month: number, day: number, write: (d: number) => string) => {
    const last = month >= 1 && month <= 12 ? daysIn(year + shift, month) : day;
    add(start, before, write(Math.min(day, last)), day > last);
  };

  for (const m of text.matchAll(YEAR_DATE)) {
    const year = Number(m[1]);
    if (!moves(year)) continue;
    const [whole, , nian = '', month, yue = '', day, ri = ''] = m;
    if (month !== undefined && day !== undefined) {
      dateWithDay(m.index, whole, year, Number(month), Number(day), (d) => `${year + shift}${nian}${month}${yue}${d}${ri}`);
    } else add(m.index, whole, `${year + shift}${whole.slice(4)}`);
  }
  for (const m of text.matchAll(RANGE_START)) if (moves(Number(m[1]))) add(m.index, m[0], String(Number(m[1]) + shift));
  for (const m of text.matchAll(BRACKETED)) if (moves(Number(m[1]))) add(m.index, m[0], `〔${Number(m[1]) + shift}〕`);
  for (const m of text.matchAll(ISO)) {
    const year = Number(m[1]);
    if (!moves(year)) continue;
    dateWithDay(m.index, m[0], year, Number(m[2]), Number(m[3]), (d) => `${year + shift}-${m[2]}-${String(d).padStart(2, '0')}`);
  }
  for (const m of text.matchAll(YEAR_FIELD)) if (moves(Number(m[2]))) add(m.index, m[0], `${m[1]}${Number(m[2]) + shift}`);

  const overlaps = (a: [number, number], e: Edit) => e.start < a[1] && a[0] < e.end;
  const chosen: Edit[] = [];
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    const prev = chosen[chosen.length - 1];
    if (prev && e.start < prev.end) continue;
    if (kept.some((k) => overlaps(k, e))) continue;
    chosen.push(e);
  }

  let out = '';
  let at = 0;
  const changes: TextChange[] = [];
  const clamped: TextChange[] = [];
  for (const e of chosen) {
    out += text.slice(at, e.start) + e.after;
    at = e.end;
    const change = { line: lineOf(e.start), before: text.slice(e.start, e.end).trim(), after: e.after.trim() };
    changes.push(change);
    if (e.clamped) clamped.push(change);
  }
  out += text.slice(at);
  return { text: out, changes, clamped, citedNumbers, citedTitles };
}
