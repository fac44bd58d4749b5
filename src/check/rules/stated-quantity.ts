import type { Rule } from '../rule.js';

/** A literal the author marked with {{核对}} must equal what the data gives. */
export const statedQuantity: Rule = {
  id: 'stated-quantity',
  description: '正文中用“核对”标明的数字与数据算出的不一致',
  severity: 'error',
  check: ({ stated }) =>
    stated
      .filter((s) => s.stated !== s.computed)
      .map((s) => ({
        position: s.position,
        message: `这里写的是 ${s.stated}，按数据算是 ${s.computed}。`,
        hint: `核实后改正数字或数据；若应始终与数据一致，直接写算式（例如 {{求和 …}}）代替 ${s.stated}。`,
      })),
};
