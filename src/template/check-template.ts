import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TemplateHelper } from './template-helper.js';
import { builtinHelpers } from './template-helpers.js';
import { unitDiagnostic, type TemplateUnit } from './template-unit.js';
import { walkAst, type AstNode } from './walk-ast.js';

export interface CheckContext {
  helpers: ReadonlyMap<string, TemplateHelper>;
  /** Names of the partial files available. */
  partials: ReadonlySet<string>;
  /** Names defined with {{#*inline "名称"}}; grows as units are checked. */
  inlinePartials: Set<string>;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Partial files this unit calls, to be checked in turn. */
  partialsUsed: Set<string>;
}

/** Names on Object.prototype: a path through one of them would read prototype data, never document data. */
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const BUILTIN_USAGE: Record<string, string> = {
  if: '{{#if 字段}}…{{/if}}',
  unless: '{{#unless 字段}}…{{/unless}}',
  each: '{{#each 列表}}…{{/each}}',
  with: '{{#with 对象}}…{{/with}}',
  lookup: '{{lookup 对象 "字段"}}',
};

type CallNode = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;
type PartialNode = hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement;

/**
 * Checks what can be known before running the template — helper names and argument
 * counts, partial names, prototype paths — so every such mistake is reported at once and
 * with its exact location (Handlebars' own runtime errors for these carry none).
 */
export function checkTemplate(unit: TemplateUnit, ctx: CheckContext): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const partialsUsed = new Set<string>();
  const report = (node: AstNode, rule: string, message: string, hint: string) =>
    diagnostics.push(unitDiagnostic(unit, node.loc?.start, rule, message, hint));

  walkAst(unit.ast, (node) => {
    if (node.type === 'DecoratorBlock') {
      const name = (node as hbs.AST.DecoratorBlock).params[0];
      if (name?.type === 'StringLiteral') ctx.inlinePartials.add((name as hbs.AST.StringLiteral).value);
    }
  });

  walkAst(unit.ast, (node) => {
    switch (node.type) {
      case 'MustacheStatement':
      case 'BlockStatement':
      case 'SubExpression':
        checkCall(node as CallNode, ctx, report);
        break;
      case 'Decorator':
      case 'DecoratorBlock': {
        const path = (node as hbs.AST.DecoratorBlock).path;
        if (path.original !== 'inline') {
          report(node, 'template-unknown-helper', `不支持的装饰器“*${path.original}”`, '只支持 {{#*inline "片段名"}}…{{/inline}}');
        }
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        checkPartial(node as PartialNode, ctx, report, partialsUsed);
        break;
      case 'PathExpression': {
        const path = node as hbs.AST.PathExpression;
        const bad = path.parts.find((part) => PROTOTYPE_NAMES.has(part));
        if (bad !== undefined) {
          report(node, 'template-unknown-variable', `变量“${path.original}”未定义：“${bad}”不是文件中的数据`, '模板只能读取 YAML 前言中写明的字段，请改用前言中的字段名');
        }
        break;
      }
    }
  });
  return { diagnostics, partialsUsed };
}

type Report = (node: AstNode, rule: string, message: string, hint: string) => void;

function checkCall(node: CallNode, ctx: CheckContext, report: Report): void {
  if (node.path.type !== 'PathExpression') return;
  const path = node.path as hbs.AST.PathExpression;
  const hashSize = node.hash?.pairs.length ?? 0;
  const isCall = node.type === 'SubExpression' || node.params.length > 0 || hashSize > 0;
  const simple = path.parts.length === 1 && path.depth === 0 && !path.data && path.original === path.parts[0];
  const name = path.original;
  const helper = simple ? ctx.helpers.get(name) : undefined;
  const builtinArity = simple ? builtinHelpers.get(name) : undefined;

  if (helper) {
    const n = node.params.length;
    if (n < helper.minArgs || n > helper.maxArgs) {
      const wanted = helper.minArgs === helper.maxArgs ? `${helper.minArgs}` : `${helper.minArgs} 到 ${helper.maxArgs}`;
      report(node, 'template-helper-argument', `“${name}”需要 ${wanted} 个参数，这里给了 ${n} 个`, `写作 ${helper.usage}`);
    } else if (hashSize > 0) {
      report(node, 'template-helper-argument', `“${name}”不接受“名称=值”形式的参数`, `写作 ${helper.usage}`);
    }
    return;
  }
  if (builtinArity !== undefined) {
    if (node.params.length !== builtinArity) {
      report(node, 'template-helper-argument', `“${name}”需要 ${builtinArity} 个参数，这里给了 ${node.params.length} 个`, `写作 ${BUILTIN_USAGE[name] ?? name}`);
    }
    return;
  }
  if (isCall) {
    const known = [...ctx.helpers.keys(), ...builtinHelpers.keys()].join('、');
    report(
      node,
      'template-unknown-helper',
      simple ? `未知的函数“${name}”` : `“${name}”不是函数，不能带参数`,
      `可用的函数：${known}；如果“${path.parts[0] ?? name}”本是变量名，注意变量名中不能有空格`,
    );
  }
}

function checkPartial(node: PartialNode, ctx: CheckContext, report: Report, used: Set<string>): void {
  const nameNode = node.name as AstNode;
  let name: string;
  if (nameNode.type === 'PathExpression') name = (nameNode as hbs.AST.PathExpression).original;
  else if (nameNode.type === 'StringLiteral') name = (nameNode as hbs.AST.StringLiteral).value;
  else {
    report(node, 'template-syntax', '片段名必须直接写出，不支持 {{> (表达式)}}', '写作 {{> 片段名}}，片段名即 .hbs 文件名');
    return;
  }
  if (ctx.partials.has(name)) {
    used.add(name);
    return;
  }
  // A partial block ({{#> 名称}}默认内容{{/名称}}) falls back to its own content, by design.
  if (ctx.inlinePartials.has(name) || name === '@partial-block' || node.type === 'PartialBlockStatement') return;
  const available = [...ctx.partials].join('、') || '无';
  report(node, 'template-unknown-partial', `找不到片段“${name}”`, `片段是 templates/ 或本文件所在文件夹中的 .hbs 文件，写作 {{> 文件名}}；现有片段：${available}`);
}
