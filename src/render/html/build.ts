/**
 * IR → one self-contained HTML file: inline stylesheet, no script, no external resource,
 * a CSP that forbids anything else, every piece of content escaped. Pure and deterministic.
 */
import { documentTables } from '../../ir/document-blocks.js';
import type { OfficialDocument } from '../../ir/types.js';
import { profile as defaultProfile, type Profile } from '../../layout/gbt9704.js';
import { renderAttachment } from './attachment.js';
import { renderBlocks } from './blocks.js';
import { jointSteps, renderClosing, renderEnclosure } from './closing.js';
import { renderColophon } from './colophon.js';
import { buildCss } from './css.js';
import { escapeHtml } from './escape.js';
import { markCells, markFontSize, renderHead } from './head.js';
import { letterCss, letterMark, renderLetterHead } from './letter.js';
import { pageClosing, pageOpening } from './page.js';
import { tableLineCounts } from './table.js';

/** Styles only; base-uri and form-action do not fall back to default-src, so they are closed too. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function buildHtml(doc: OfficialDocument, opts: { profile?: Profile } = {}): string {
  const p = opts.profile ?? defaultProfile;
  const tables = documentTables(doc);
  const letter = doc.format === 'letter';
  const mark = letter ? letterMark(doc.head) : doc.head.mark;
  const signatures = [doc.signature, ...(doc.enclosure ? [doc.enclosure.signature] : [])];
  const markSizePt = markFontSize(mark, p);
  const css = buildCss(p, { sizePt: markSizePt, cells: markCells(mark) }, tableLineCounts(tables), jointSteps(signatures, p)) + (letter ? letterCss(p, markSizePt) : '');
  const main = [
    `<h1 class="gw-title">${doc.title.map(escapeHtml).join('<br>')}</h1>`,
    doc.recipients ? `<p class="gw-recipients">${escapeHtml(doc.recipients)}</p>` : '',
    renderBlocks(doc.body),
    renderClosing(doc, p),
    doc.enclosure ? renderEnclosure(doc.enclosure, p) : '',
    ...doc.attachments.map(renderAttachment),
  ].filter(Boolean);

  return pageClosing([
    ...pageOpening({ csp: CONTENT_SECURITY_POLICY, author: doc.meta.author, title: doc.title.join(''), css, ...(letter ? { bodyClass: 'gw-letter' } : {}) }),
    letter ? renderLetterHead(doc.head) : renderHead(doc.head),
    `<main>\n${main.join('\n')}\n</main>`,
    doc.colophon ? renderColophon(doc.colophon) : '',
  ]);
}
