/**
 * Splits a Markdown file into front matter and body with gray-matter (its JavaScript
 * engine disabled: it evals `---js`), then parses the YAML with `yaml` so every key and
 * value keeps its offset — schema errors on nested keys can then name their own line.
 */
import matter from 'gray-matter';
import { isMap, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { ContentError, positionAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import { describeYamlError } from './yaml-messages.js';

export interface FrontMatterFile extends LocatedYaml {
  /** Front matter as plain data. */
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
}

const refuse = {
  parse(): never {
    throw new Error('js front matter');
  },
};

export function readFrontMatter(source: string, file: string): FrontMatterFile {
  const text = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const lang = /^---[^\S\n]*([A-Za-z]+)/.exec(text)?.[1];
  if (lang && lang.toLowerCase() !== 'yaml') {
    throw new ContentError([
      {
        file,
        line: 1,
        column: 4,
        rule: 'front-matter-language',
        severity: 'error',
        message: `不支持“${lang}”格式的前置数据，只接受 YAML。`,
        hint: '把第一行改成 ---，并用 YAML 书写前置数据。',
      },
    ]);
  }
  // gray-matter only splits; the YAML itself is parsed below with positions.
  const parsed = matter(text, { engines: { yaml: { parse: () => ({}) }, js: refuse, javascript: refuse } } as never);
  const raw = parsed.matter ?? '';
  const hasFront = text.startsWith('---') && raw.trim() !== '';
  const bodyStart = text.length - parsed.content.length;
  const bodyLine = positionAt(text, bodyStart).line;
  if (!hasFront) {
    return { file, data: {}, body: parsed.content, bodyLine, locate: () => ({ line: 1, column: 1 }) };
  }
  // `raw` begins right after the opening `---`, so YAML offsets shift by 3 characters.
  const yaml = readLocatedYaml(raw, file, (offset) => positionAt(text, 3 + offset));
  if (typeof yaml.data !== 'object' || yaml.data === null || Array.isArray(yaml.data)) {
    throw new ContentError([
      {
        file,
        line: 2,
        column: 1,
        rule: 'yaml-syntax',
        severity: 'error',
        message: '前置数据应当是“键: 值”的列表。',
        hint: '每行写成 标题: 关于……的通知，冒号用半角“:”，冒号后留一个空格。',
      },
    ]);
  }
  return { file, data: yaml.data as Record<string, unknown>, body: parsed.content, bodyLine, locate: yaml.locate };
}

/** YAML data with the position of every path in it, for located schema errors. */
export interface LocatedYaml {
  file: string;
  data: unknown;
  /** Where a path inside the YAML sits in the file; falls back to the nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/**
 * Parses YAML that sits somewhere in a file (front matter, a table block, a data file);
 * `toPosition` maps an offset in `raw` to the file's line and column. Syntax errors throw.
 */
export function readLocatedYaml(raw: string, file: string, toPosition: (offset: number) => { line: number; column: number }): LocatedYaml {
  const doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = doc.errors.map((err) => {
    const { message, hint } = describeYamlError(err.code, raw, err.pos?.[0] ?? 0);
    return { file, ...toPosition(err.pos?.[0] ?? 0), rule: 'yaml-syntax', severity: 'error', message, hint };
  });
  if (diagnostics.length) throw new ContentError(diagnostics);
  return { file, data: doc.toJS() ?? null, locate: (p) => toPosition(offsetOf(doc, p)) };
}

/** Offset of the value at `path` (or of its key, or of the nearest existing parent). */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => (isScalarKey(it.key) ? it.key.value : it.key) === key);
      if (!pair) return offset;
      const keyNode = pair.key as YamlNode | null;
      offset = keyNode?.range?.[0] ?? offset;
      node = pair.value;
      const valueStart = (pair.value as YamlNode | null)?.range?.[0];
      if (valueStart !== undefined && path[path.length - 1] === key) offset = valueStart;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function isScalarKey(k: unknown): k is { value: unknown } {
  return typeof k === 'object' && k !== null && 'value' in k;
}
