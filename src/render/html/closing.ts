/** 附件说明, 署名 with 成文日期 (with or without seal) and 附注, in the order the standard sets them after 正文. */
import type { AttachmentNote, Enclosure, OfficialDocument, Signature } from '../../ir/types.js';
import { renderBlocks } from './blocks.js';
import { renderHead } from './head.js';
import type { Profile } from '../../layout/gbt9704.js';
import { formatDate } from '../../text/format-date.js';
import { escapeHtml } from './escape.js';

/** "附件：1.名称": later items sit under "1." and a wrapped name under the name's first character (CSS). */
export function renderAttachmentNotes(notes: AttachmentNote[], p: Profile): string {
  if (notes.length === 0) return '';
  // A single attachment is listed without a number.
  const numbered = notes.length > 1;
  const items = notes.map((n) => {
    const no = numbered ? `<span class="gw-notes-no">${escapeHtml(n.number)}.</span>` : '';
    return `<li>${no}<span class="gw-notes-name">${escapeHtml(n.title)}</span></li>`;
  });
  return [
    '<div class="gw-notes">',
    `<span class="gw-notes-label">${escapeHtml(p.attachmentNote.label)}</span>`,
    `<ol class="gw-notes-list">\n${items.join('\n')}\n</ol>`,
    '</div>',
  ].join('\n');
}

/** Sealed: date right-indented, names centred over it. Unsealed: names right-indented, date offset right (CSS). */
export function renderSignature(sig: Signature): string {
  const layout = sig.sealed ? 'gw-sign-sealed' : 'gw-sign-unsealed';
  const names = sig.names.map((n) => `<p class="gw-sign-name"><span>${escapeHtml(n)}</span></p>`);
  const date = `<p class="gw-sign-date"><time datetime="${isoDate(sig.date)}">${escapeHtml(formatDate(sig.date))}</time></p>`;
  return `<div class="gw-sign ${layout}"><div class="gw-sign-box">\n${[...names, date].join('\n')}\n</div></div>`;
}

/** YYYY-MM-DD for <time datetime>; non-integers (a broken model) are dropped rather than emitted. */
export function isoDate(d: { year: number; month: number; day: number }): string {
  const pad = (v: number, w: number) => (Number.isInteger(v) ? String(v).padStart(w, '0') : '');
  return escapeHtml(`${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`);
}

export function renderClosing(doc: OfficialDocument, p: Profile): string {
  return [
    renderAttachmentNotes(doc.attachmentNotes, p),
    renderSignature(doc.signature),
    doc.note ? `<p class="gw-note">${escapeHtml(doc.note)}</p>` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A printed or forwarded document on a new printed page; a forwarded one keeps its own 版头 and 主送. */
export function renderEnclosure(e: Enclosure, p: Profile): string {
  return [
    `<section class="gw-enclosure gw-${e.kind}" aria-labelledby="gw-enclosure-title">`,
    e.head ? renderHead(e.head) : '',
    `<h1 class="gw-title" id="gw-enclosure-title">${e.title.map(escapeHtml).join('<br>')}</h1>`,
    e.recipients ? `<p class="gw-recipients">${escapeHtml(e.recipients)}</p>` : '',
    renderBlocks(e.body),
    renderAttachmentNotes(e.attachmentNotes, p),
    renderSignature({ ...e.signature, position: e.titlePosition }),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
