import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { HelperArgumentError } from './template-helper.js';
import { sourceOffset, unitDiagnostic, type HbsPosition, type TemplateUnit } from './template-unit.js';
import { walkAst, type AstNode } from './walk-ast.js';

/**
 * Turns an error thrown while running a template into a diagnostic. `unit` is where it was
 * thrown as far as known (the innermost partial); `units` are all templates involved, searched
 * when the location does not fit `unit` (e.g. a {{#> 片段}} block's content runs inside the partial).
 */
export function runtimeDiagnostic(e: unknown, unit: TemplateUnit, units: TemplateUnit[]): Diagnostic {
  const candidates = [unit, ...units.filter((u) => u !== unit)];

  if (e instanceof HelperArgumentError) {
    const at = e.loc?.start;
    const found = at && findNode(candidates, (n) => isCall(n) && samePosition(n.loc.start, at));
    const where = found ?? { unit, node: undefined };
    // Name the call: as written when short, else by its helper name.
    const call = found ? (sourceText(found.unit, found.node) ?? `{{${((found.node as hbs.AST.MustacheStatement).path as hbs.AST.PathExpression).original} …}}`) : undefined;
    return unitDiagnostic(where.unit, at, 'template-helper-argument', call ? `${call}：${e.message}` : e.message, e.hint);
  }

  const err = e as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const message = typeof err.message === 'string' ? err.message : String(e);
  const at = typeof err.lineNumber === 'number' ? { line: err.lineNumber, column: typeof err.column === 'number' ? err.column : 0 } : undefined;

  // Strict mode: `"名称" not defined in [object Object] - 3:4`, located at the path.
  const missing = /^"(.*)" not defined in /s.exec(message);
  if (missing && at) {
    const name = missing[1] ?? '';
    const found = findNode(candidates, (n) => n.type === 'PathExpression' && samePosition(n.loc.start, at));
    const path = (found?.node as hbs.AST.PathExpression | undefined)?.original ?? name;
    return unitDiagnostic(
      found?.unit ?? unit,
      at,
      'template-unknown-variable',
      path === name ? `变量“${name}”未定义` : `变量“${path}”未定义：找不到“${name}”`,
      `在 YAML 前言中填写“${name}”，或改正拼写${/^[^.@/]/.test(path) && !path.startsWith('this') ? `；在 {{#each}} 块内引用外层字段要写 @root.${path}` : ''}`,
    );
  }

  // Strict mode walking into a text value (`{{名称.长度}}` where 名称 is text) fails inside
  // Handlebars without a location: find the path that steps through that field.
  const intoText = /^Cannot use 'in' operator to search for '(.*)' in (.*)$/s.exec(message);
  if (e instanceof TypeError && intoText) {
    const name = intoText[1] ?? '';
    const found = findNode(candidates, (n) => n.type === 'PathExpression' && (n as hbs.AST.PathExpression).parts.indexOf(name) > 0);
    const path = found?.node as hbs.AST.PathExpression | undefined;
    const parent = path ? path.parts[path.parts.indexOf(name) - 1] : undefined;
    return unitDiagnostic(
      found?.unit ?? unit,
      path?.loc.start,
      'template-unknown-variable',
      `变量“${path?.original ?? name}”未定义：${parent ? `“${parent}”` : '上一级'}是文字“${intoText[2] ?? ''}”，其中没有“${name}”`,
      '检查 YAML 前言中这个字段的层级，或改正变量名',
    );
  }

  const partial = /^The partial (.+) could not be found/.exec(message);
  if (partial) {
    return unitDiagnostic(unit, at, 'template-unknown-partial', `找不到片段“${partial[1]}”`, '片段是 templates/ 或本文件所在文件夹中的 .hbs 文件，写作 {{> 文件名}}');
  }

  if (e instanceof RangeError) {
    return unitDiagnostic(unit, at, 'template-syntax', '模板展开时无限循环，可能是片段直接或间接调用了自己', '检查 {{> 片段}} 之间的调用关系');
  }

  return unitDiagnostic(unit, at, 'template-syntax', `模板展开失败：${message.replace(/ - \d+:\d+$/, '')}`, '检查此处的模板写法');
}

function isCall(node: AstNode): boolean {
  return node.type === 'MustacheStatement' || node.type === 'SubExpression' || node.type === 'BlockStatement';
}

function samePosition(a: HbsPosition, b: HbsPosition): boolean {
  return a.line === b.line && a.column === b.column;
}

function findNode(units: TemplateUnit[], test: (node: AstNode) => boolean): { unit: TemplateUnit; node: AstNode } | undefined {
  for (const unit of units) {
    let hit: AstNode | undefined;
    walkAst(unit.ast, (node) => {
      if (!hit && node.loc && test(node)) hit = node;
    });
    if (hit) return { unit, node: hit };
  }
  return undefined;
}

/** The call as written, for messages; only when short and on one line. */
function sourceText(unit: TemplateUnit, node: AstNode): string | undefined {
  const text = unit.source.slice(sourceOffset(unit.source, node.loc.start), sourceOffset(unit.source, node.loc.end));
  return text && !text.includes('\n') && [...text].length <= 40 ? text : undefined;
}
