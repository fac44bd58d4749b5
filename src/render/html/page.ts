/** The frame every published page shares: doctype, a CSP, no referrer, the viewport, author, title and the inline stylesheet. */
import { escapeHtml } from './escape.js';

export function pageOpening(opts: { csp: string; author: string; title: string; css: string; bodyClass?: string }): string[] {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${opts.csp}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="author" content="${escapeHtml(opts.author)}">`,
    `<title>${escapeHtml(opts.title)}</title>`,
    `<style>\n${opts.css}</style>`,
    '</head>',
    opts.bodyClass ? `<body class="${escapeHtml(opts.bodyClass)}">` : '<body>',
  ];
}

/** Closes the page and joins its lines, dropping the empty ones left by absent parts. */
export function pageClosing(lines: string[]): string {
  return [...lines, '</body>', '</html>', '']
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
