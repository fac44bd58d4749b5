/**
 * One folder → its outputs: load and validate, render every requested format, and only
 * when no renderer reported an error write the files (each atomically).
 */
import path from 'node:path';
import { checkFolder } from './check/check-folder.js';
import { ContentError, type Diagnostic } from './diagnostics/diagnostic.js';
import { describeSubstitutions, resolveFonts, type FontOptions, type FontSet } from './layout/fonts.js';
import { writeAtomic } from './output/write-atomic.js';
import { renderers, type Format, type Rendered } from './render/index.js';
import type { PdfWorker } from './render/pdf/pdf-worker.js';

import { TEMPLATES_DIR } from './template/templates-dir.js';

export interface BuildOptions {
  formats: Format[];
  outDir: string;
  fonts?: FontOptions;
  /** Resolved fonts, to share one discovery between several folders. */
  fontSet?: FontSet;
  displayRoot?: string;
  /** Write the outputs even when `check` finds errors (input errors still stop the build). */
  force?: boolean;
  /** Renders the PDF on this worker thread, alongside the other formats. */
  pdfWorker?: PdfWorker;
}

export interface BuildResult {
  name: string;
  files: string[];
  /** Warnings, and with `force` the check errors that were overridden (other errors throw a ContentError and nothing is written). */
  diagnostics: Diagnostic[];
  substitutions: string[];
  /** Pages of the PDF, when one was built. */
  pages?: number;
}

export async function buildFolder(folder: string, opts: BuildOptions): Promise<BuildResult> {
  const checked = checkFolder(folder, { ...(opts.displayRoot ? { displayRoot: opts.displayRoot } : {}), templateDirs: [TEMPLATES_DIR] });
  if (!checked.loaded || (!opts.force && checked.diagnostics.some((d) => d.severity === 'error'))) throw new ContentError(checked.diagnostics);
  const { document } = checked.loaded;
  const diagnostics = checked.diagnostics;
  const fonts = opts.fontSet ?? resolveFonts(opts.fonts);
  const outputs: { file: string; bytes: Uint8Array }[] = [];
  const found: Diagnostic[] = [...diagnostics];
  let pages: number | undefined;
  // Started first so the PDF is laid out while this thread renders the other formats.
  const pdf = opts.pdfWorker && opts.formats.includes('pdf') ? opts.pdfWorker.render(document, fonts) : undefined;
  pdf?.catch(() => {}); // awaited below; a rejection before then is not unhandled
  for (const format of opts.formats) {
    const r: Rendered = format === 'pdf' && pdf ? await pdf : await renderers[format](document, { fonts });
    found.push(...r.diagnostics);
    pages ??= r.pages;
    outputs.push({ file: path.join(opts.outDir, document.meta.name, `${document.meta.name}.${format}`), bytes: r.bytes });
  }
  if (found.slice(diagnostics.length).some((d) => d.severity === 'error')) throw new ContentError(found);
  for (const o of outputs) writeAtomic(o.file, o.bytes);
  return {
    name: document.meta.name,
    files: outputs.map((o) => o.file),
    diagnostics: found,
    substitutions: opts.formats.includes('pdf') ? describeSubstitutions(fonts) : [],
    ...(pages !== undefined ? { pages } : {}),
  };
}
