/** 印发日期 (版记) cannot precede 成文日期: a document is printed after it is signed. */
import { formatDate } from '../../text/format-date.js';
import type { Rule } from '../rule.js';

export const dateOrder: Rule = {
  id: 'date-order',
  description: '版记中的印发日期早于成文日期',
  severity: 'error',
  check({ document: doc }) {
    const printed = doc.colophon?.kind === 'file' ? doc.colophon.printDate : undefined;
    const signed = doc.signature.date;
    if (!printed) return [];
    const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
    if (key(printed) >= key(signed)) return [];
    return [
      {
        position: printed.position,
        message: `印发日期${formatDate(printed)}早于成文日期${formatDate(signed)}；公文要先成文、后印发。`,
        hint: `核对两个日期：把印发日期改为${formatDate(signed)}或之后，或者更正成文日期。`,
      },
    ];
  },
};
