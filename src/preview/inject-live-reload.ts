/**
 * Turns a rendered page into the preview page: the diagnostics panel at the end of the body,
 * the preview styles and script in the head, and a Content-Security-Policy widened just enough
 * for that script (served by the preview itself) and its event stream. The renderers stay
 * untouched, so the published HTML remains script-free.
 */
export const CLIENT_PATH = '/__gongwen/preview.js';
export const EVENTS_PATH = '/__gongwen/events';

const PREVIEW_CSS = `body { position: relative; }
html { padding-bottom: 36vh; }
.gwp-panel { position: fixed; left: 0; right: 0; bottom: 0; z-index: 10; max-height: 34vh; overflow: auto; margin: 0; padding: 6px 16px; background: #fffdf6; border-top: 2px solid #c00; box-shadow: 0 -1px 6px rgba(0, 0, 0, 0.2); color: #222; font: 14px/1.5 system-ui, sans-serif; text-align: left; text-indent: 0; letter-spacing: normal; }
.gwp-panel.gwp-inline { position: static; max-height: none; border: 1px solid #c00; box-shadow: none; }
.gwp-panel summary { cursor: pointer; font-weight: bold; }
.gwp-panel ol { margin: 4px 0; padding-left: 2em; }
.gwp-diag { margin: 3px 0; }
.gwp-placed { cursor: pointer; }
.gwp-where { font-family: ui-monospace, monospace; color: #555; }
.gwp-severity { font-weight: bold; }
.gwp-error .gwp-severity { color: #c00; }
.gwp-warning .gwp-severity { color: #a86200; }
.gwp-rule { color: #777; }
.gwp-hint { padding-left: 1.5em; color: #444; }
.gwp-unplaced .gwp-where::after { content: "（页面中未找到对应的文字）"; font-family: system-ui, sans-serif; }
.gwp-flag-warning { outline: 2px solid #e69500; outline-offset: 2px; }
.gwp-flag-error { outline: 2px solid #d00; outline-offset: 2px; }
tr.gwp-flag-warning > td, tr.gwp-flag-warning > th { background: #fff6e0; }
tr.gwp-flag-error > td, tr.gwp-flag-error > th { background: #fde8e8; }
#gwp-notes { position: absolute; top: 0; left: 100%; width: 13rem; margin-left: 8px; }
.gwp-note { position: absolute; left: 0; right: 0; padding: 2px 6px; background: #fff0f0; border-left: 3px solid #d00; color: #900; font: 12px/1.4 system-ui, sans-serif; text-align: left; text-indent: 0; letter-spacing: normal; }
.gwp-note-warning { background: #fff8e6; border-left-color: #e69500; color: #7a4a00; }
@media screen and (max-width: 1260px) {
  #gwp-notes { left: auto; right: 0; margin-left: 0; }
  .gwp-note { opacity: 0.92; }
}
@media print {
  .gwp-panel, #gwp-notes { display: none; }
  .gwp-flag { outline: none; }
}
body.gwp-problems { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; font: 16px/1.6 system-ui, sans-serif; }
`;

const CSP_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

export function injectPreview(html: string, opts: { panel: string; version: number }): string {
  const head = [`<meta name="gwp-version" content="${opts.version}">`, `<style id="gwp-style">\n${PREVIEW_CSS}</style>`, `<script src="${CLIENT_PATH}" defer></script>`].join('\n');
  // Functions as replacements: the panel holds the clerk's text, where "$&" must stay literal.
  const withHead = html
    .replace(CSP_META, (_all, before: string, policy: string, after: string) => `${before}${policy}; script-src 'self'; connect-src 'self'${after}`)
    .replace('</head>', () => `${head}\n</head>`);
  const found = withHead.lastIndexOf('</body>');
  const end = found < 0 ? withHead.length : found;
  return `${withHead.slice(0, end)}${opts.panel}\n${withHead.slice(end)}`;
}
