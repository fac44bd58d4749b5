/**
 * Load a document and run every rule over it: the diagnostics of `gongwen check`. Input
 * errors that stop loading are returned like rule findings, so a clerk sees one list.
 */
import { ContentError, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadNotice, type Loaded, type LoadOptions } from '../content/load-notice.js';
import { rules } from './rules/index.js';
import { runRules } from './run-rules.js';

export interface Checked {
  /** Absent when the document could not be loaded. */
  loaded?: Loaded;
  diagnostics: Diagnostic[];
}

export function checkLoaded(loaded: Loaded): Diagnostic[] {
  return sortDiagnostics([...loaded.diagnostics, ...runRules(loaded.checkContext, rules)]);
}

export function checkFolder(folder: string, opts: LoadOptions = {}): Checked {
  let loaded: Loaded;
  try {
    loaded = loadNotice(folder, opts);
  } catch (e) {
    if (e instanceof ContentError) return { diagnostics: sortDiagnostics(e.diagnostics) };
    throw e;
  }
  return { loaded, diagnostics: checkLoaded(loaded) };
}
