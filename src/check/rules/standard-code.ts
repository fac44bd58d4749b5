/**
 * Cited standard codes (GB 8958—2006, DB32/T 3250—2017): the year after the dash must be a real
 * four-digit year, and a DB code needs its number. An undated code (DB32/T 3250) is a valid reference.
 */
import type { Finding, Rule, TextContext } from '../rule.js';
import { codePointOffset, positionIn, spansOf } from '../text-spans.js';

// National, industry and group prefixes, longest first so JGJ is not read as JG; DB takes the
// 2-digit province or 4-digit city code.
const PREFIX = String.raw`(?:GBZ|GBJ|GB|AQ|JGJ|CJJ|JG|HG|SH|SY|YS|YB|JB|JT|TB|DL|NB|SL|MT|WS|HJ|XF|GA|QB|FZ|LY|NY|SN|CB|MH|QC|DZ|TSG)(?:\/[TZ])?|DB\d{2}(?:\d{2})?(?:\/[TZ])?|T\/[A-Z]{2,10}`;
// The prefix (no Latin letter either side), an optional space, the number (3836.1), then a dash of any
// width and the year as written, letters included so that 201T is caught.
export const STANDARD_CODE = new RegExp(String.raw`(?<![A-Za-z0-9])(${PREFIX})(?![A-Za-z])\s*(\d+(?:\.\d+)*)?(?:\s*[—－\-–]\s*([0-9A-Za-z]+))?`, 'dg');

const FIRST_STANDARD_YEAR = 1950;

export const standardCode: Rule<TextContext> = {
  id: 'standard-code',
  description: '引用的标准编号年号不对（不是四位年份、早于1950年或晚于本文件年度）或缺少顺序号',
  severity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const span of spansOf(ctx)) {
      for (const m of span.text.matchAll(STANDARD_CODE)) {
        const [text, prefix = '', number, year] = m;
        const at = (group: number) => positionIn(span, codePointOffset(span.text, m.indices?.[group]?.[0] ?? m.index));
        if (number === undefined) {
          // GB/T alone can name the kind of standard; a DB code with its region but no number cannot.
          if (prefix.startsWith('DB')) {
            out.push({
              position: at(1),
              message: `标准编号“${prefix}”只有代号，缺少标准顺序号。`,
              hint: `查对该标准的完整编号并补上顺序号，写成“代号 顺序号—年号”的形式，如“DB32/T 3250—2017”。`,
            });
          }
          continue;
        }
        if (year === undefined) continue;
        const dated = `${prefix} ${number}—`;
        if (!/^\d{4}$/.test(year)) {
          out.push({
            position: at(3),
            message: `标准编号“${text}”中的年号“${year}”不是四位数字的年份。`,
            hint: `查对标准文本，写成“${dated}四位年号”；不确定版本时可去掉年号，写成“${prefix} ${number}”（不注日期引用，指最新版本）。`,
          });
        } else if (Number(year) < FIRST_STANDARD_YEAR || Number(year) > ctx.planYear) {
          const why = Number(year) > ctx.planYear ? `晚于本文件的年度${ctx.planYear}年，该版本尚未发布` : `早于${FIRST_STANDARD_YEAR}年，不可能是标准的发布年份`;
          out.push({
            position: at(3),
            message: `标准编号“${text}”中的年号${year}${why}。`,
            hint: `查对标准文本，改正年号；不确定版本时可去掉年号，写成“${prefix} ${number}”（不注日期引用，指最新版本）。`,
          });
        }
      }
    }
    return out;
  },
};
