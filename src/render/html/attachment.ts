/** One 附件: a <section> that starts a new printed page, "附件N" on line 1, the title centred below; 横排 ones on landscape pages. */
import type { Attachment } from '../../ir/types.js';
import { renderBlocks } from './blocks.js';
import { escapeHtml } from './escape.js';

export function renderAttachment(a: Attachment): string {
  const id = `attachment-${escapeHtml(a.number)}`;
  return [
    `<section class="gw-attachment${a.landscape ? ' gw-landscape' : ''}" aria-labelledby="${id}">`,
    `<p class="gw-attachment-label">附件${escapeHtml(a.number)}</p>`,
    `<h1 class="gw-attachment-title" id="${id}">${a.title.map(escapeHtml).join('<br>')}</h1>`,
    renderBlocks(a.body),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
