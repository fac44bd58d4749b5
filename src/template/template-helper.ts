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
  run(args: unknown[]): unknown;
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
