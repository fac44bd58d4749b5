import type { Rule } from '../rule.js';
import { nameFindings } from '../registry-names.js';

export const unitName: Rule = {
  id: 'unit-name',
  description: '单位列或任务的责任单位不在名录中，或用了简称而非规范名称',
  severity: 'error',
  check: ({ document, registry, tasks }) => nameFindings(document, registry, 'unit', tasks),
};
