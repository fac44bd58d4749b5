/**
 * 完成时限 as clerks write them, and the dates a task's own measures promise. A month-end
 * (6月底) means its last day; a date without a year falls in the plan year.
 */
import type { PlainDate } from '../content/schemas/common.js';

export interface Deadline {
  /** The last day the task may take; absent for 持续推进 alone. */
  due?: PlainDate;
  /** 持续推进 (alone, or after a date: 2022年底完成，并持续推进). */
  ongoing: boolean;
}

const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function dateOf(yearText: string | undefined, monthText: string | undefined, dayText: string | undefined, planYear: number): PlainDate | undefined {
  const year = yearText ? Number(yearText) : planYear;
  if (!monthText) return { year, month: 12, day: 31 };
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  const day = dayText ? Number(dayText) : lastDay(year, month);
  return day >= 1 && day <= lastDay(year, month) ? { year, month, day } : undefined;
}

const DEADLINE = /^(?:(\d{4})?年底|(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底))前?(?:完成)?(?:[，,]?并?(持续推进))?$/;

/** Parses a 时限; undefined when it is not one of the accepted forms. */
export function parseDeadline(text: string, planYear: number): Deadline | undefined {
  const t = text.trim();
  if (t === '持续推进' || t === '长期坚持') return { ongoing: true };
  if (t === '全年') return { due: { year: planYear, month: 12, day: 31 }, ongoing: false };
  const m = DEADLINE.exec(t);
  if (!m) return undefined;
  const due = m[3] ? dateOf(m[2], m[3], m[4], planYear) : dateOf(m[1], undefined, undefined, planYear);
  return due ? { due, ongoing: Boolean(m[5]) } : undefined;
}

export const DEADLINE_FORMS = '2022年底、2021年6月底、2021年3月15日前、6月底前、持续推进、2022年底完成，并持续推进';

export interface PromisedDate {
  date: PlainDate;
  text: string;
  /** Code-point offset in the text. */
  offset: number;
}

// 年底 and 月底 promise an end; a bare 3月15日 may be an event, so a day counts only with 前.
const PROMISE = /(?:(\d{4})年)?(\d{1,2})月(?:底|(\d{1,2})日(?=前))|(\d{4})?年底/gu;

/** Dates a measure promises (……前完成, 年底前, 2022年6月底前). */
export function promisedDates(text: string, planYear: number): PromisedDate[] {
  const out: PromisedDate[] = [];
  for (const m of text.matchAll(PROMISE)) {
    const date = m[2] ? dateOf(m[1], m[2], m[3], planYear) : dateOf(m[4], undefined, undefined, planYear);
    if (date) out.push({ date, text: m[0], offset: [...text.slice(0, m.index)].length });
  }
  return out;
}

export const compareDates = (a: PlainDate, b: PlainDate): number => a.year - b.year || a.month - b.month || a.day - b.day;
export const showDate = (d: PlainDate): string => `${d.year}年${d.month}月${d.day}日`;
