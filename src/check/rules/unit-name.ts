import type { Rule } from '../rule.js';
import { nameFindings } from '../registry-names.js';

export const unitName: Rule = {
  id: 'unit-name',
  description: '单位列里的单位名称不在名录中，或用了简称而非规范名称',
  severity: 'error',
  check: ({ document, registry }) => nameFindings(document, registry, 'unit'),
};
