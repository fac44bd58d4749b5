/**
 * One folder → its outputs: load and validate, render every requested format, and only
 * when no renderer reported an error write the files (each atomically).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type Diagnostic } from './diagnostics/diagnostic.js';
import { loadNotice } from './content/load-notice.js';
import { describeSubstitutions, resolveFonts, type FontOptions, type FontSet } from './layout/fonts.js';
import { writeAtomic } from './output/write-atomic.js';
import { renderers, type Format } from './render/index.js';

/** templates/ shipped with gongwen (next to dist/ and src/). */
export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates');

export interface BuildOptions {
  formats: Format[];
  outDir: string;
  fonts?: FontOptions;
  /** Resolved fonts, to share one discovery between several folders. */
  fontSet?: FontSet;
  displayRoot?: string;
}

export interface BuildResult {
  name: string;
  files: string[];
  /** Warnings (errors throw a ContentError and nothing is written). */
  diagnostics: Diagnostic[];
  substitutions: string[];
}

export async function buildFolder(folder: string, opts: BuildOptions): Promise<BuildResult> {
  const { document, diagnostics } = loadNotice(folder, {
    ...(opts.displayRoot ? { displayRoot: opts.displayRoot } : {}),
    templateDirs: [TEMPLATES_DIR],
  });
  const fonts = opts.fontSet ?? resolveFonts(opts.fonts);
  const outputs: { file: string; bytes: Uint8Array }[] = [];
  const found: Diagnostic[] = [...diagnostics];
  for (const format of opts.formats) {
    const r = await renderers[format](document, { fonts });
    found.push(...r.diagnostics);
    outputs.push({ file: path.join(opts.outDir, document.meta.name, `${document.meta.name}.${format}`), bytes: r.bytes });
  }
  if (found.some((d) => d.severity === 'error')) throw new ContentError(found);
  for (const o of outputs) writeAtomic(o.file, o.bytes);
  return {
    name: document.meta.name,
    files: outputs.map((o) => o.file),
    diagnostics: found,
    substitutions: opts.formats.includes('pdf') ? describeSubstitutions(fonts) : [],
  };
}
