import type Handlebars from 'handlebars';

export type AstNode = hbs.AST.Node;

/**
 * Calls `visit` on every node below (and including) `node`. Generic over node kinds so a
 * node type added by a later Handlebars release is still walked rather than silently skipped.
 */
export function walkAst(node: unknown, visit: (node: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walkAst(child, visit);
    return;
  }
  if (!isNode(node)) return;
  visit(node);
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'loc' && child && typeof child === 'object') walkAst(child, visit);
  }
}

function isNode(value: unknown): value is AstNode {
  return !!value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string';
}

/** An environment from `Handlebars.create()`; importing it also brings in the global `hbs.AST` types. */
export type HandlebarsEnv = typeof Handlebars;
