/** 附件说明, 署名 with 成文日期 (with or without seal) and 附注, in the order the standard sets them after 正文. */
import type { AttachmentNote, Attendance, Enclosure, OfficialDocument, Signature } from '../../ir/types.js';
import { renderBlocks } from './blocks.js';
import { renderHead } from './head.js';
import { gridMetrics, mm, type Profile } from '../../layout/gbt9704.js';
import { cellWidth } from '../../text/cells.js';
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

/**
 * Sealed: date right-indented, names centred over it. Unsealed: names right-indented, date offset
 * right (CSS). Sealed 联合行文: the names in rows of `jointNamesPerRow` (`gw-sign-row`), the
 * right-hand one centred over the date and each one to its left `jointColumnGapMm` further left;
 * a row whose names would come closer than one 字 gets a wider step class (`jointStepClass`).
 */
export function renderSignature(sig: Signature, p: Profile): string {
  const joint = sig.sealed && sig.names.length > 1;
  const layout = sig.sealed ? (joint ? 'gw-sign-sealed gw-sign-joint' : 'gw-sign-sealed') : 'gw-sign-unsealed';
  const name = (n: string) => `<p class="gw-sign-name"><span>${escapeHtml(n)}</span></p>`;
  const names = joint
    ? jointRows(sig.names, p).map(({ names: row, quarters }) => {
        const cls = quarters === undefined ? 'gw-sign-row' : `gw-sign-row ${jointStepClass(quarters)}`;
        return `<div class="${cls}">${row.map(name).join('')}</div>`;
      })
    : sig.names.map(name);
  const date = `<p class="gw-sign-date"><time datetime="${isoDate(sig.date)}">${escapeHtml(formatDate(sig.date))}</time></p>`;
  return `<div class="gw-sign ${layout}"><div class="gw-sign-box">\n${[...names, date].join('\n')}\n</div></div>`;
}

/**
 * Sealed joint 署名 in rows. `quarters` is set when a row's neighbouring names, one grid cell a
 * character, need more than `jointColumnGapMm` centre to centre to keep one 字 between them:
 * the step in quarter cells (half the two widths plus one 字; widths are whole or half cells).
 */
export function jointRows(names: readonly string[], p: Profile): { names: string[]; quarters?: number }[] {
  const s = p.signature.sealed;
  const cell = gridMetrics(p).cell;
  const rows: { names: string[]; quarters?: number }[] = [];
  for (let i = 0; i < names.length; i += s.jointNamesPerRow) {
    const row = names.slice(i, i + s.jointNamesPerRow);
    const quarters = Math.max(0, ...row.slice(1).map((n, j) => Math.round(((cellWidth(row[j]!) + cellWidth(n)) / 2 + 1) * 4)));
    rows.push((quarters / 4) * cell > mm(s.jointColumnGapMm) ? { names: row, quarters } : { names: row });
  }
  return rows;
}

/** Class of a widened joint step; css.ts writes one rule for each step a document uses. */
export const jointStepClass = (quarters: number): string => `gw-sign-step-${quarters}`;

/** The widened steps (in quarter cells) of a document's sealed joint signatures. */
export function jointSteps(signatures: readonly Pick<Signature, 'names' | 'sealed'>[], p: Profile): number[] {
  const steps = signatures
    .filter((s) => s.sealed && s.names.length > 1)
    .flatMap((s) => jointRows(s.names, p).flatMap((r) => (r.quarters === undefined ? [] : [r.quarters])));
  return [...new Set(steps)].sort((a, b) => a - b);
}

/** YYYY-MM-DD for <time datetime>; non-integers (a broken model) are dropped rather than emitted. */
export function isoDate(d: { year: number; month: number; day: number }): string {
  const pad = (v: number, w: number) => (Number.isInteger(v) ? String(v).padStart(w, '0') : '');
  return escapeHtml(`${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`);
}

/** 纪要: one line per list, "出席：" in 黑体 and the names hanging after the colon (CSS). */
export function renderAttendance(lists: readonly Attendance[]): string {
  const rows = lists.map((a) => `<p class="gw-attendance"><span class="gw-attendance-label">${escapeHtml(a.label)}：</span>${escapeHtml(a.names.join('、'))}</p>`);
  return rows.length ? `<div class="gw-attendance-lists">\n${rows.join('\n')}\n</div>` : '';
}

export function renderClosing(doc: OfficialDocument, p: Profile): string {
  return [
    renderAttachmentNotes(doc.attachmentNotes, p),
    // A 纪要 has no 落款: the attendance lists close the 主体.
    doc.format === 'minutes' ? renderAttendance(doc.attendance ?? []) : renderSignature(doc.signature, p),
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
    renderSignature({ ...e.signature, position: e.titlePosition }, p),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
