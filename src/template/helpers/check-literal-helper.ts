import { describeValue } from '../describe-value.js';
import { HelperArgumentError, type TemplateHelper } from '../template-helper.js';

/**
 * `{{核对 14 (求和 表.达标任务 "标杆")}}` prints 14 as written and asks `check` to compare
 * it with what the data gives: for a number an author keeps literal in prose.
 */
export const checkLiteralHelper: TemplateHelper = {
  name: '核对',
  usage: '{{核对 14 (求和 表.达标任务 "标杆")}}',
  minArgs: 2,
  maxArgs: 2,
  run([stated, computed], call) {
    const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : undefined);
    const s = num(stated);
    const c = num(computed);
    if (s === undefined) throw new HelperArgumentError(`核对的第一个参数应是正文里写的数字，收到的是${describeValue(stated)}`, '写作 {{核对 14 (求和 表.达标任务 "标杆")}}');
    if (c === undefined) throw new HelperArgumentError(`核对的第二个参数应是从数据算出的数字，收到的是${describeValue(computed)}`, '第二个参数用括号写一个算式，例如 (求和 表.达标任务 "标杆") 或 (计数 表.企业)');
    call.stated.push({ stated: s, computed: c, source: '数据', position: call.position });
    return String(stated);
  },
};
