/**
 * One preview build: load and check the folder as `gongwen check` does, then render its HTML
 * in memory. Never throws: whatever goes wrong becomes a diagnostic the clerk can read.
 */
import path from 'node:path';
import { checkFolder } from '../check/check-folder.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderers } from '../render/index.js';
import { withSourceLines, type SourcedDiagnostic } from './diagnostics-panel.js';

export interface RenderOptions {
  displayRoot: string;
  templateDirs: string[];
}

export interface RenderedDocument {
  /** The standalone HTML page, absent when the folder could not be loaded. */
  html?: string;
  diagnostics: SourcedDiagnostic[];
}

function internalError(folder: string, displayRoot: string, e: unknown): Diagnostic {
  return {
    file: path.relative(displayRoot, folder).split(path.sep).join('/') || '.',
    line: 1,
    column: 1,
    rule: 'internal',
    severity: 'error',
    message: `gongwen 内部错误：${e instanceof Error ? e.message : String(e)}`,
    hint: '请把这条信息和所用的内容文件夹一并反馈给维护者。',
  };
}

export async function renderDocument(folder: string, opts: RenderOptions): Promise<RenderedDocument> {
  let diagnostics: Diagnostic[] = [];
  let html: string | undefined;
  try {
    const checked = checkFolder(folder, { displayRoot: opts.displayRoot, templateDirs: opts.templateDirs });
    diagnostics = checked.diagnostics;
    if (checked.loaded) {
      const r = await renderers.html(checked.loaded.document);
      diagnostics = [...diagnostics, ...r.diagnostics];
      html = new TextDecoder().decode(r.bytes);
    }
  } catch (e) {
    diagnostics = [...diagnostics, internalError(folder, opts.displayRoot, e)];
  }
  return { ...(html !== undefined ? { html } : {}), diagnostics: withSourceLines(diagnostics, opts.displayRoot) };
}
