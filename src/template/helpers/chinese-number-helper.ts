import { chineseNumeral } from '../../text/chinese-numeral.js';
import { describeValue } from '../describe-value.js';
import { HelperArgumentError, type TemplateHelper } from '../template-helper.js';

/** `{{中文数字 12}}` → 十二; also `{{中文数字 (计数 企业)}}`. */
export const chineseNumberHelper: TemplateHelper = {
  name: '中文数字',
  usage: '{{中文数字 (计数 企业)}}',
  minArgs: 1,
  maxArgs: 1,
  run([value]) {
    const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 9999) {
      throw new HelperArgumentError(`中文数字只能转换 0 到 9999 的整数，收到的是${describeValue(value)}`, '传入一个整数，例如 {{中文数字 12}} 或 {{中文数字 (计数 企业)}}');
    }
    return chineseNumeral(n);
  },
};
