/**
 * Deadlines written in text (3月底前, 4月15日前, 6月份之前, 2022年底前) that fall on or before 成文日期,
 * or that name a year before the plan's 年度. Also exports the deadline parser for other rules.
 */
import { formatDate } from '../../text/format-date.js';
import type { Finding, Rule } from '../rule.js';
import { codePointOffset, positionIn, textSpans } from '../text-spans.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface Deadline {
  /** UTF-16 index of the deadline in the text (as a regex gives it), and the index just after it. */
  start: number;
  end: number;
  /** The last day the work may be done on. */
  date: CalendarDate;
  /** The deadline as written, e.g. "2022年3月底前". */
  text: string;
  /** Whether the text names the year; a deadline without one falls in the plan year. */
  yearWritten: boolean;
}

// [YYYY年] then one of: M月底 | M月D日 | M月[份][之] (before month M starts) | [年]底 (end of year); then 前.
// 前往/前来/前去/前后 are other words.
const DEADLINE = /(?<!\d)(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*(?:(底)|(\d{1,2})\s*日|份?之?)|(年?)底)前(?![往来去后])/g;

// 明年3月底前, 去年底前: a year relative to some other date, which the plan year does not give;
// 每年3月底前 recurs every year.
const RELATIVE_YEAR = /[明次去上下后每]年$/;
const RELATIVE_BEFORE_YEAR_END = /[明次去上下后每]$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function parseDeadlines(text: string, planYear: number): Deadline[] {
  const out: Deadline[] = [];
  for (const m of text.matchAll(DEADLINE)) {
    const [written, yearText, monthText, monthEnd, dayText, yearMark] = m;
    const before = text.slice(0, m.index);
    if (!yearText && (RELATIVE_YEAR.test(before) || (yearMark && RELATIVE_BEFORE_YEAR_END.test(before)))) continue;
    const year = yearText ? Number(yearText) : planYear;
    let date: CalendarDate;
    if (monthText === undefined) {
      // 底前 alone (彻底前…) is no deadline: it needs a year or 年.
      if (!yearText && !yearMark) continue;
      date = { year, month: 12, day: 31 };
    } else {
      const month = Number(monthText);
      if (month < 1 || month > 12) continue;
      if (monthEnd) date = { year, month, day: daysIn(year, month) };
      else if (dayText !== undefined) {
        const day = Number(dayText);
        if (day < 1 || day > daysIn(year, month)) continue;
        date = { year, month, day };
      } else date = month === 1 ? { year: year - 1, month: 12, day: 31 } : { year, month: month - 1, day: daysIn(year, month - 1) };
    }
    out.push({ start: m.index, end: m.index + written.length, date, text: written, yearWritten: yearText !== undefined });
  }
  return out;
}

const dayNumber = (d: CalendarDate): number => d.year * 10000 + d.month * 100 + d.day;

export const deadlineDate: Rule = {
  id: 'deadline-date',
  description: '正文或表格中的完成时限（如3月底前）早于成文日期，或年份早于本文件的年度',
  severity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    const issued = ctx.documentDate;
    for (const span of textSpans(ctx.document)) {
      for (const d of parseDeadlines(span.text, ctx.planYear)) {
        const position = positionIn(span, codePointOffset(span.text, d.start));
        if (d.yearWritten && d.date.year < ctx.planYear) {
          out.push({
            position,
            message: `完成时限“${d.text}”的年份${d.date.year}年早于本文件的年度${ctx.planYear}年。`,
            hint: `若是本年度的工作，改为“${d.text.replace(/^\d{4}/, String(ctx.planYear))}”；若说的是往年已完成的事，不要写成“……前”的时限。`,
          });
        } else if (span.forwarded && dayNumber(d.date) <= dayNumber(issued)) {
          // The forwarded text is the other organ's: warn the clerk, who can only add a requirement in the covering notice.
          const original = ctx.document.enclosure!.signature.date;
          const both = dayNumber(d.date) <= dayNumber(original) ? `，也不晚于原文的成文日期${formatDate(original)}` : '';
          out.push({
            position,
            severity: 'warning',
            message: `转发的原文中完成时限“${d.text}”（${formatDate(d.date)}）不晚于转发日期${formatDate(issued)}${both}，下级收到时已来不及完成。`,
            hint: '原文不能改：在转发通知的正文中对这项工作提出具体要求（例如明确本地区的完成时间），或与原发文机关核实。',
          });
        } else if (dayNumber(d.date) <= dayNumber(issued)) {
          const when = dayNumber(d.date) < dayNumber(issued) ? `已早于成文日期${formatDate(issued)}` : '就是成文日期当天';
          out.push({
            position,
            message: `完成时限“${d.text}”（${formatDate(d.date)}）${when}，文件印发时已来不及完成。`,
            hint: `核对时限，改为${formatDate(issued)}之后的日期；若这项工作已经完成，改写成已完成的事实。`,
          });
        }
      }
    }
    return out;
  },
};
