import { checkLiteralHelper } from './helpers/check-literal-helper.js';
import { chineseNumberHelper } from './helpers/chinese-number-helper.js';
import { countHelper } from './helpers/count-helper.js';
import { dateHelper } from './helpers/date-helper.js';
import { listHelper } from './helpers/list-helper.js';
import { sumHelper } from './helpers/sum-helper.js';
import { taskHelper } from './helpers/task-helper.js';
import type { TemplateHelper } from './template-helper.js';

/** The helpers clerks may call, besides Handlebars' if, unless, each, with and lookup. */
export const templateHelpers: TemplateHelper[] = [dateHelper, chineseNumberHelper, countHelper, sumHelper, listHelper, checkLiteralHelper, taskHelper];

/** Handlebars built-ins allowed in documents, with their exact argument count. */
export const builtinHelpers: ReadonlyMap<string, number> = new Map([
  ['if', 1],
  ['unless', 1],
  ['each', 1],
  ['with', 1],
  ['lookup', 2],
]);
