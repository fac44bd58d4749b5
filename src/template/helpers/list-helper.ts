import { describeValue } from '../describe-value.js';
import { HelperArgumentError, type TemplateHelper } from '../template-helper.js';

/**
 * `{{列举 表.达标任务 "板块" "重点" "家"}}` → 科教城1家、湖塘镇5家、…: per-row figures written
 * into prose from the same data a table shows, so the two cannot disagree.
 */
export const listHelper: TemplateHelper = {
  name: '列举',
  usage: '{{列举 表.达标任务 "板块" "重点" "家"}}',
  minArgs: 2,
  maxArgs: 4,
  run([list, nameField, valueField, unit]) {
    if (!Array.isArray(list)) throw new HelperArgumentError(`列举的第一个参数应是列表，收到的是${describeValue(list)}`, '写作 {{列举 表.达标任务 "板块" "重点" "家"}}');
    for (const f of [nameField, valueField, unit]) {
      if (f !== undefined && typeof f !== 'string') throw new HelperArgumentError(`列举的字段名和单位要加引号，收到的是${describeValue(f)}`, '写作 {{列举 表.达标任务 "板块" "重点" "家"}}');
    }
    const field = (item: unknown, name: string, i: number): string => {
      if (item && typeof item === 'object' && Object.prototype.hasOwnProperty.call(item, name)) return String((item as Record<string, unknown>)[name]);
      throw new HelperArgumentError(`第 ${i + 1} 项没有“${name}”字段`, '检查字段名是否与数据文件的表头一致');
    };
    return list
      .map((item: unknown, i) => field(item, nameField as string, i) + (valueField === undefined ? '' : field(item, valueField as string, i) + ((unit as string | undefined) ?? '')))
      .join('、');
  },
};
