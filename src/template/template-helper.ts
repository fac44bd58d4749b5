import type { StatedQuantity } from '../check/rule.js';
import type { SourcePosition } from '../ir/types.js';
import type { TaskSet } from '../tasks/task-set.js';
import type { HbsPosition } from './template-unit.js';

/** A helper clerks can call in a document, e.g. `{{日期 成文日期}}`. */
export interface TemplateHelper {
  /** The (Chinese) name used in templates. */
  name: string;
  /** A call as written in a document, shown in hints. */
  usage: string;
  minArgs: number;
  maxArgs: number;
  /** Throws HelperArgumentError for arguments it cannot use. */
  run(args: unknown[], call: HelperCall): unknown;
}

/** Where a helper was called, and the sink for literals it asks `check` to compare ({{核对}}). */
export interface HelperCall {
  position: SourcePosition;
  stated: StatedQuantity[];
  /** The folder's tasks.yaml, when it has one. */
  tasks?: TaskSet;
}

/** A helper got arguments it cannot use; becomes a `template-helper-argument` diagnostic. */
export class HelperArgumentError extends Error {
  readonly hint: string;
  /** Location of the call, filled in by the wrapper that registered the helper. */
  loc: { start: HbsPosition; end: HbsPosition } | undefined;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'HelperArgumentError';
    this.hint = hint;
  }
}
