/** Rules over a manual: the same shape as the 公文 rules, over the manual model and its standards registry. */
import type { StandardsRegistry } from '../content/standards.js';
import type { Manual } from '../ir/manual.js';
import type { SourcePosition } from '../ir/types.js';
import type { Rule } from './rule.js';

export interface ManualCheckContext {
  manual: Manual;
  /** The cover date's year: a cited standard cannot be newer. */
  planYear: number;
  /** The registry named by 标准库, if any. */
  standards?: StandardsRegistry;
  /** Where manual.md names (or would name) 标准库. */
  standardsAt: SourcePosition;
}

export type ManualRule = Rule<ManualCheckContext>;
