/** The rules `gongwen check` and `gongwen build` run, in the order `gongwen check --rules` lists them. */
import type { Rule } from '../rule.js';
import { attachmentCitation } from './attachment-citation.js';
import { attachmentTitle } from './attachment-title.js';
import { attachmentUnlisted } from './attachment-unlisted.js';
import { countList } from './count-list.js';
import { dateOrder } from './date-order.js';
import { dateZeroPadding } from './date-zero-padding.js';
import { deadlineDate } from './deadline-date.js';
import { docNumberFormat } from './doc-number-format.js';
import { halfwidthPunctuation } from './halfwidth-punctuation.js';
import { ordinalStyle } from './ordinal-style.js';
import { standardCode } from './standard-code.js';
import { statedQuantity } from './stated-quantity.js';
import { strayEnglish } from './stray-english.js';
import { tableTotal } from './table-total.js';
import { townshipCoverage } from './township-coverage.js';
import { townshipName } from './township-name.js';
import { unitName } from './unit-name.js';
import { rubricScore } from './rubric-score.js';
import { taskDeadline } from './task-deadline.js';
import { taskNumber } from './task-number.js';
import { taskRubric } from './task-rubric.js';
import { taskSplit } from './task-split.js';

export const rules: readonly Rule[] = [
  // attachments
  attachmentTitle,
  attachmentCitation,
  attachmentUnlisted,
  // names and tables
  townshipName,
  unitName,
  townshipCoverage,
  tableTotal,
  // quantities
  statedQuantity,
  countList,
  // dates and numbers
  dateZeroPadding,
  dateOrder,
  deadlineDate,
  docNumberFormat,
  standardCode,
  // tasks (tasks.yaml)
  taskSplit,
  taskNumber,
  taskDeadline,
  taskRubric,
  rubricScore,
  // typography
  halfwidthPunctuation,
  ordinalStyle,
  strayEnglish,
];
