/** 版头: 份号, 密级, 紧急程度, the red 发文机关标志, 发文字号 (with 签发人 for 上行文) and the red rule. */
import type { DocumentHead } from '../../ir/types.js';
import { gridMetrics, type Profile } from '../../layout/gbt9704.js';
import { cellWidth } from '../../text/cells.js';
import { escapeHtml } from './escape.js';

/** Gap between stacked issuer names and "文件", in characters of the mark. */
export const JOINT_SUFFIX_GAP = 0.5;

/** Widest line of the mark in characters: stacked names share one "文件" to their right. */
export function markCells(mark: DocumentHead['mark']): number {
  const widest = Math.max(0, ...mark.issuers.map((i) => cellWidth(i.name)));
  const suffix = cellWidth(mark.suffix);
  if (suffix === 0) return widest;
  return widest + suffix + (mark.issuers.length > 1 ? JOINT_SUFFIX_GAP : 0);
}

/** 初号 unless that overflows the 版心 width; rounded down to 0.1 pt so it always fits. */
export function markFontSize(mark: DocumentHead['mark'], p: Profile): number {
  const cells = markCells(mark);
  if (cells === 0) return p.head.markMaxSize;
  return Math.min(p.head.markMaxSize, Math.floor((gridMetrics(p).blockWidth / cells) * 10) / 10);
}

/** "秘密★1年": the star separator is common practice. */
export function secrecyText(s: NonNullable<DocumentHead['secrecy']>): string {
  return s.term ? `${s.level}★${s.term}` : s.level;
}

export function labels(head: DocumentHead): string {
  const lines: string[] = [];
  if (head.copyNumber) lines.push(`<p class="gw-copy-number">${escapeHtml(head.copyNumber)}</p>`);
  if (head.secrecy) lines.push(`<p class="gw-secrecy">${escapeHtml(secrecyText(head.secrecy))}</p>`);
  if (head.urgency) lines.push(`<p class="gw-urgency">${escapeHtml(head.urgency)}</p>`);
  return lines.length ? `<div class="gw-labels">\n${lines.join('\n')}\n</div>` : '';
}

export function mark(m: DocumentHead['mark']): string {
  const names = m.issuers.map((i) => `<span class="gw-mark-name">${escapeHtml(i.name)}</span>`).join('');
  const suffix = m.suffix ? `<span class="gw-mark-suffix">${escapeHtml(m.suffix)}</span>` : '';
  const joint = m.issuers.length > 1 ? ' gw-mark-joint' : '';
  return `<div class="gw-mark${joint}"><div class="gw-mark-names">${names}</div>${suffix}</div>`;
}

function docLine(head: DocumentHead): string {
  const no = head.docNumber ? `<p class="gw-doc-number">${escapeHtml(head.docNumber.text)}</p>` : '';
  if (!head.signers?.length) return no ? `<div class="gw-doc-line">${no}</div>` : '';
  const names = head.signers.map((s) => `<span>${escapeHtml(s)}</span>`).join('');
  const signers = `<p class="gw-signers"><span class="gw-signers-label">签发人：</span><span class="gw-signers-names">${names}</span></p>`;
  return `<div class="gw-doc-line gw-doc-line-signed">${no}${signers}</div>`;
}

export function renderHead(head: DocumentHead): string {
  const parts = [labels(head), mark(head.mark), docLine(head), '<hr class="gw-rule">'].filter(Boolean);
  return `<header class="gw-head">\n${parts.join('\n')}\n</header>`;
}
