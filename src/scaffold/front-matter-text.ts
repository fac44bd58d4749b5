/** The front matter of a Markdown file as raw text, for reading titles and rewriting single lines. */
import { parse } from 'yaml';
import { normalizeTitle } from './advance-years.js';

/** Character range of the YAML between the opening and closing `---` lines, if the file has front matter. */
export function frontMatterRange(text: string): { start: number; end: number } | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^---[ \t]*$/m.exec(text.slice(open[0].length));
  return close ? { start: open[0].length, end: open[0].length + close.index } : undefined;
}

export function frontMatterData(text: string): Record<string, unknown> | undefined {
  const range = frontMatterRange(text);
  if (!range) return undefined;
  try {
    const data: unknown = parse(text.slice(range.start, range.end));
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    // A file that does not parse is reported by the check run after copying.
    return undefined;
  }
}

const titleText = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('') : undefined);

/** Titles of the folder's own documents: each file's 标题 and the 标题 of each 附件 entry, normalised. */
export function ownTitles(markdownTexts: string[]): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => {
    const t = titleText(v);
    if (t) out.add(normalizeTitle(t));
  };
  for (const text of markdownTexts) {
    const data = frontMatterData(text);
    if (!data) continue;
    add(data.标题);
    if (Array.isArray(data.附件)) for (const a of data.附件) if (a && typeof a === 'object') add((a as Record<string, unknown>).标题);
  }
  return out;
}
