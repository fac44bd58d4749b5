import { describeValue } from '../describe-value.js';
import { HelperArgumentError, type TemplateHelper } from '../template-helper.js';

/** `{{计数 企业}}` → 3: the number of items in a list, or of fields in an object. */
export const countHelper: TemplateHelper = {
  name: '计数',
  usage: '{{计数 企业}}',
  minArgs: 1,
  maxArgs: 1,
  run([value]) {
    if (Array.isArray(value)) return value.length;
    if (value && typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length;
    throw new HelperArgumentError(`计数的参数应是列表或对象，收到的是${describeValue(value)}`, '在 YAML 前言中把它写成列表（每项以“- ”开头），例如 {{计数 企业}}');
  },
};
