/** gongwen as a library: load, model, render, build. */
export * from './ir/types.js';
export { profile, gridMetrics, mm, docxFontNames, cssFontStacks } from './layout/gbt9704.js';
export { resolveFonts, describeSubstitutions, type FontSet, type FontOptions } from './layout/fonts.js';
export { ContentError, type Diagnostic, type Severity } from './diagnostics/diagnostic.js';
export { formatPretty } from './diagnostics/formatters/pretty.js';
export { formatJson } from './diagnostics/formatters/json.js';
export { loadNotice, type Loaded, type LoadOptions } from './content/load-notice.js';
export { blocksFromMarkdown } from './ir/from-markdown.js';
export { expandTemplate } from './template/expand-template.js';
export { buildPdf } from './render/pdf/build.js';
export { buildDocx } from './render/docx/build.js';
export { buildHtml } from './render/html/build.js';
export { renderers, FORMATS, type Format } from './render/index.js';
export { buildFolder, type BuildOptions, type BuildResult } from './build.js';
