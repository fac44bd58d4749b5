/**
 * A check rule: an id, a one-line description, and a function from the loaded document to
 * findings. Rules report model positions; the engine turns them into located diagnostics.
 */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { DateValue, OfficialDocument, SourcePosition } from '../ir/types.js';
import type { Manual } from '../ir/manual.js';
import type { Registry } from '../content/registry.js';
import type { TaskSet } from '../tasks/task-set.js';

/** A literal the author wrote in prose together with what it counts ({{核对}}): check compares them. */
export interface StatedQuantity {
  /** The number as written. */
  stated: number;
  /** The number the data gives. */
  computed: number;
  /** What was computed, in the clerk's words (e.g. 求和 达标任务.重点). */
  source: string;
  position: SourcePosition;
}

export interface CheckContext {
  document: OfficialDocument;
  /** The bureau's registry named in the front matter (名录), if any. */
  registry?: Registry;
  /** 年度 of the plan: the front matter's 年度, else the first 20xx年 of the title, else the year of 成文日期. */
  planYear: number;
  /** 成文日期, the date deadlines are compared with. */
  documentDate: DateValue;
  stated: StatedQuantity[];
  /** The folder's tasks.yaml, if any. */
  tasks?: TaskSet;
  /** Markdown files in the document folder that nothing refers to (a forgotten attachment). */
  strayFiles?: string[];
}

/** What the rules that read printed text need: a 公文 or a manual, and the year cited standards cannot postdate. */
export interface TextContext {
  document?: OfficialDocument;
  manual?: Manual;
  planYear: number;
}

export interface Finding {
  position: SourcePosition;
  message: string;
  hint: string;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
}

export interface Rule<C = CheckContext> {
  /** Stable kebab-case id, printed in brackets after every message. */
  id: string;
  /** One line in Chinese: what the rule looks for (listed by `gongwen check --rules`). */
  description: string;
  severity: Severity;
  check(ctx: C): Finding[];
}
