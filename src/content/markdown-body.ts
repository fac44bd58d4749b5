/**
 * The body of a Markdown file as model blocks: templates expanded, then parsed, with every
 * position mapped back to the author's file. Problems are collected; a template error leaves
 * the body empty so the other files are still read.
 */
import { ContentError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { blocksFromMarkdown, type MarkdownSource } from '../ir/from-markdown.js';
import type { Block } from '../ir/types.js';
import { expandTemplate, type ExpandOptions } from '../template/expand-template.js';
import type { FrontMatterFile } from './front-matter.js';

export function markdownBody<F = never>(
  fm: FrontMatterFile,
  data: Record<string, unknown>,
  expand: Omit<ExpandOptions, 'file' | 'startLine'>,
  hooks: Omit<MarkdownSource<F>, 'text' | 'toSource'>,
  diagnostics: Diagnostic[],
): (Block | F)[] {
  let expanded;
  try {
    expanded = expandTemplate(fm.body, data, { ...expand, file: fm.file, startLine: fm.bodyLine });
  } catch (e) {
    if (e instanceof ContentError) {
      diagnostics.push(...e.diagnostics);
      return [];
    }
    throw e;
  }
  const { lineMap } = expanded;
  const r = blocksFromMarkdown<F>({
    ...hooks,
    text: expanded.text,
    toSource: (line, column) => ({ file: fm.file, line: lineMap[line - 1] ?? fm.bodyLine + line - 1, column }),
  });
  diagnostics.push(...r.diagnostics);
  return r.blocks;
}
