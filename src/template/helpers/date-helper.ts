import { formatDate } from '../../text/format-date.js';
import { describeValue } from '../describe-value.js';
import { HelperArgumentError, type TemplateHelper } from '../template-helper.js';

const HINT = '日期写作 2021-03-30、2021年3月30日，或 {year: 2021, month: 3, day: 30}';

/** `{{日期 成文日期}}` → 2021年3月30日 (never zero-padded, GB/T 9704). */
export const dateHelper: TemplateHelper = {
  name: '日期',
  usage: '{{日期 成文日期}}',
  minArgs: 1,
  maxArgs: 1,
  run([value]) {
    const d = toYmd(value);
    if (!d) throw new HelperArgumentError(`无法识别的日期：${describeValue(value)}`, HINT);
    if (!isValidDate(d)) throw new HelperArgumentError(`日期不存在：${d.year}年${d.month}月${d.day}日`, HINT);
    return formatDate(d);
  },
};

type Ymd = { year: number; month: number; day: number };

function toYmd(value: unknown): Ymd | undefined {
  // An unquoted YAML date (js-yaml, as in gray-matter) arrives as a Date at UTC midnight.
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim()) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(value.trim());
    return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  }
  if (value && typeof value === 'object') {
    const { year, month, day } = value as Record<string, unknown>;
    if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
      return { year: year as number, month: month as number, day: day as number };
    }
  }
  return undefined;
}

function isValidDate({ year, month, day }: Ymd): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
