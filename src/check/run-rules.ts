/** Runs rules over one document and turns their findings into located, sorted diagnostics. */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Rule } from './rule.js';

export function runRules<C>(ctx: C, rules: readonly Rule<C>[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    for (const f of rule.check(ctx)) {
      out.push({
        file: f.position.file,
        line: f.position.line,
        column: f.position.column,
        rule: rule.id,
        severity: f.severity ?? rule.severity,
        message: f.message,
        hint: f.hint,
      });
    }
  }
  return sortDiagnostics(out);
}
