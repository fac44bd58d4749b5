/**
 * Load a document — a 公文 (index.md) or a manual (manual.md) — and run its rules: the
 * diagnostics of `gongwen check`. Input errors that stop loading are returned like rule
 * findings, so a clerk sees one list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadManual, MANUAL_FILE, type LoadedManual } from '../content/load-manual.js';
import { loadNotice, MAIN_FILE, type Loaded, type LoadOptions } from '../content/load-notice.js';
import { manualRules } from './rules/manual-index.js';
import { rules } from './rules/index.js';
import { runRules } from './run-rules.js';

export type LoadedDocument = Loaded | LoadedManual;

export interface Checked {
  /** Absent when the document could not be loaded. */
  loaded?: LoadedDocument;
  diagnostics: Diagnostic[];
}

export function isManual(loaded: LoadedDocument): loaded is LoadedManual {
  return loaded.document.type === 'manual';
}

/** A folder with manual.md and no index.md holds a manual. */
export function isManualFolder(folder: string): boolean {
  return fs.existsSync(path.join(folder, MANUAL_FILE)) && !fs.existsSync(path.join(folder, MAIN_FILE));
}

export function checkLoaded(loaded: LoadedDocument): Diagnostic[] {
  const found = isManual(loaded) ? runRules(loaded.checkContext, manualRules) : runRules(loaded.checkContext, rules);
  return sortDiagnostics([...loaded.diagnostics, ...found]);
}

export function checkFolder(folder: string, opts: LoadOptions = {}): Checked {
  let loaded: LoadedDocument;
  try {
    loaded = isManualFolder(folder) ? loadManual(folder, opts) : loadNotice(folder, opts);
  } catch (e) {
    if (e instanceof ContentError) return { diagnostics: sortDiagnostics(e.diagnostics) };
    throw e;
  }
  return { loaded, diagnostics: checkLoaded(loaded) };
}
