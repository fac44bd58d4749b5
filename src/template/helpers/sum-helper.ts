import { describeValue } from '../describe-value.js';
import { HelperArgumentError, type TemplateHelper } from '../template-helper.js';

/** `{{求和 金额}}` sums a list of numbers; `{{求和 企业 "人数"}}` sums one field over a list of objects. */
export const sumHelper: TemplateHelper = {
  name: '求和',
  usage: '{{求和 企业 "人数"}}',
  minArgs: 1,
  maxArgs: 2,
  run([list, field]) {
    if (!Array.isArray(list)) {
      throw new HelperArgumentError(`求和的第一个参数应是列表，收到的是${describeValue(list)}`, '写作 {{求和 金额}} 或 {{求和 企业 "人数"}}');
    }
    if (field !== undefined && typeof field !== 'string') {
      throw new HelperArgumentError(`求和的第二个参数应是带引号的字段名，收到的是${describeValue(field)}`, '字段名要加引号，例如 {{求和 企业 "人数"}}');
    }
    let sum = 0;
    let decimals: number | undefined = 0;
    list.forEach((item: unknown, i) => {
      const value = field === undefined ? item : fieldOf(item, field, i);
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        const where = field === undefined ? `第 ${i + 1} 项` : `第 ${i + 1} 项 ${describeValue(item)} 的“${field}”`;
        throw new HelperArgumentError(`${where}不是数字，而是${describeValue(value)}`, '在前置数据或数据文件（CSV、YAML）里把它改为不带引号、不带单位的阿拉伯数字，例如 12');
      }
      sum += value;
      const text = String(value);
      // Exponent notation (1e-7) has no countable decimals: then leave the sum unrounded.
      decimals = decimals === undefined || text.includes('e') ? undefined : Math.max(decimals, (text.split('.')[1] ?? '').length);
    });
    // Round away binary noise such as 0.1 + 0.2 = 0.30000000000000004.
    return decimals === undefined ? sum : Number(sum.toFixed(Math.min(decimals, 20)));
  },
};

function fieldOf(item: unknown, field: string, i: number): unknown {
  // Own fields only, so a field name like "constructor" cannot reach prototype data.
  if (item && typeof item === 'object' && Object.prototype.hasOwnProperty.call(item, field)) {
    return (item as Record<string, unknown>)[field];
  }
  throw new HelperArgumentError(`第 ${i + 1} 项 ${describeValue(item)} 没有“${field}”字段`, `给每一项都填写“${field}”，或检查字段名的拼写`);
}
