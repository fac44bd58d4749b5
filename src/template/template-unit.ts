import { ContentError, positionAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { HandlebarsEnv } from './walk-ast.js';

/** One template source — the document body or a partial file — parsed. */
export interface TemplateUnit {
  /** File name shown in diagnostics. */
  file: string;
  /** Source with "\n" line ends. */
  source: string;
  /** Added to a Handlebars line to get the line in `file` (the body follows the front matter). */
  lineOffset: number;
  ast: hbs.AST.Program;
}

/** A Handlebars location: 1-based line, 0-based UTF-16 column. */
export interface HbsPosition {
  line: number;
  column: number;
}

/** UTF-16 offset in `source` of a Handlebars position (clamped to its line). */
export function sourceOffset(source: string, at: HbsPosition): number {
  let offset = 0;
  for (let line = 1; line < at.line; line++) {
    const nl = source.indexOf('\n', offset);
    if (nl < 0) break;
    offset = nl + 1;
  }
  const lineEnd = source.indexOf('\n', offset);
  return Math.min(offset + Math.max(at.column, 0), lineEnd < 0 ? source.length : lineEnd);
}

/** Where a Handlebars position lies in the unit's file (1-based, column in code points). */
export function unitPosition(unit: Pick<TemplateUnit, 'source' | 'lineOffset'>, at: HbsPosition | undefined): { line: number; column: number } {
  if (!at) return { line: 1 + unit.lineOffset, column: 1 };
  const p = positionAt(unit.source, sourceOffset(unit.source, at));
  return { line: p.line + unit.lineOffset, column: p.column };
}

export function unitDiagnostic(
  unit: Pick<TemplateUnit, 'file' | 'source' | 'lineOffset'>,
  at: HbsPosition | undefined,
  rule: string,
  message: string,
  hint: string,
): Diagnostic {
  return { file: unit.file, ...unitPosition(unit, at), rule, severity: 'error', message, hint };
}

/** Parses a template, turning Handlebars' English parse errors into a `template-syntax` diagnostic. */
export function parseTemplateUnit(env: HandlebarsEnv, file: string, source: string, lineOffset: number): TemplateUnit {
  const text = source.replace(/\r\n?/g, '\n');
  try {
    return { file, source: text, lineOffset, ast: env.parse(text) };
  } catch (e) {
    throw new ContentError([syntaxDiagnostic(env, e, { file, source: text, lineOffset })]);
  }
}

const SYNTAX_HINT = '检查 {{ 与 }} 是否成对、花括号个数是否一致；如需原样输出 {{，写作 \\{{';

function syntaxDiagnostic(env: HandlebarsEnv, e: unknown, unit: Pick<TemplateUnit, 'file' | 'source' | 'lineOffset'>): Diagnostic {
  const err = e as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const message = typeof err.message === 'string' ? err.message : String(e);
  // Handlebars' own Exceptions (e.g. a mismatched block) carry the location of the node.
  if (typeof err.lineNumber === 'number') {
    const at = { line: err.lineNumber, column: typeof err.column === 'number' ? err.column : 0 };
    const mismatch = /^(.+) doesn't match (.+?)(?: - \d+:\d+)?$/.exec(message);
    if (mismatch) {
      return unitDiagnostic(
        unit,
        at,
        'template-syntax',
        `块 {{#${mismatch[1]}}} 的结束标记写成了 {{/${mismatch[2]}}}`,
        `把结束标记改为 {{/${mismatch[1]}}}，并确认块按先开后闭的顺序嵌套`,
      );
    }
    return unitDiagnostic(unit, at, 'template-syntax', `模板写法有误：${message.replace(/ - \d+:\d+$/, '')}`, SYNTAX_HINT);
  }
  // Jison parse errors carry no location on the error; the shared lexer still holds the offending token's.
  const lexer = (env as unknown as { Parser?: { lexer?: { yylloc?: { first_line?: number; first_column?: number } } } }).Parser?.lexer;
  const lineInMessage = /on line (\d+)/.exec(message);
  const at = {
    line: lexer?.yylloc?.first_line ?? (lineInMessage ? Number(lineInMessage[1]) : 1),
    column: lexer?.yylloc?.first_column ?? 0,
  };
  const got = /got '([^']+)'$/.exec(message)?.[1];
  if (got === 'EOF') {
    const open = unclosedBlock(unit.source);
    if (open) {
      return unitDiagnostic(
        unit,
        positionOf(unit.source, open.index),
        'template-syntax',
        `块 {{#${open.name}}} 没有结束标记`,
        `在块内容之后加上 {{/${open.name}}}`,
      );
    }
    return unitDiagnostic(
      unit,
      at,
      'template-syntax',
      '模板意外结束：有未闭合的 {{#…}} 块或不完整的 {{ }} 标记',
      '为每个 {{#名称 …}} 补上对应的 {{/名称}}，并检查 {{ 与 }} 是否成对',
    );
  }
  const what = got && got !== 'INVALID' ? `此处不应出现${TOKENS[got] ?? `“${got}”`}` : '无法识别的写法';
  return unitDiagnostic(unit, at, 'template-syntax', `模板写法有误：${what}`, SYNTAX_HINT);
}

/**
 * The innermost block left open, found by scanning the tags (the parser only reports
 * reaching the end). Comments are skipped so a commented-out tag does not count.
 */
function unclosedBlock(source: string): { name: string; index: number } | undefined {
  const stack: { name: string; index: number }[] = [];
  const tags = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#/])\s*[>*]?\s*([^\s}~()]+)/g;
  for (const m of source.matchAll(tags)) {
    const [, kind, name] = m;
    if (!kind || !name) continue;
    if (kind === '#') stack.push({ name, index: m.index });
    else {
      const at = stack.map((b) => b.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
    }
  }
  return stack[stack.length - 1];
}

/** Handlebars position (1-based line, 0-based column) of a UTF-16 offset. */
function positionOf(source: string, index: number): HbsPosition {
  const before = source.slice(0, index);
  return { line: before.split('\n').length, column: index - (before.lastIndexOf('\n') + 1) };
}

const TOKENS: Record<string, string> = {
  CLOSE: '“}}”',
  CLOSE_UNESCAPED: '“}}}”',
  CLOSE_SEXPR: '“)”',
  OPEN: '“{{”',
  OPEN_SEXPR: '“(”',
  OPEN_ENDBLOCK: '结束标记“{{/”',
  OPEN_BLOCK: '块标记“{{#”',
  OPEN_PARTIAL: '片段标记“{{>”',
  EQUALS: '“=”',
  ID: '名称',
  STRING: '带引号的文字',
  NUMBER: '数字',
  SEP: '“.” 或 “/”',
  DATA: '“@”开头的名称',
};
