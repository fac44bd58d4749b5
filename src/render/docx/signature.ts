/**
 * 署名, 成文日期 and 附注. Both 署名 and date are right-aligned paragraphs whose right indents
 * are counted in characters (widths from `cellWidth`), so the layout follows the standard's
 * wording: with a seal the date is 4 字 from the right and the 署名 centred over it; without,
 * the 署名 is 2 字 from the right and the date starts 2 字 to the right of the 署名's first character.
 */
import { Paragraph } from 'docx';
import type { Signature } from '../../ir/types.js';
import type { Profile } from '../../layout/gbt9704.js';
import { cellWidth } from '../../text/cells.js';
import { formatDate } from '../../text/format-date.js';
import type { DocxMetrics } from './metrics.js';
import { textRun } from './runs.js';
import { STYLE } from './styles.js';

/** Right indents in characters for the 署名 lines and the date line. */
export function signatureIndents(names: readonly string[], date: string, sealed: boolean, p: Profile) {
  const nameW = Math.max(0, ...names.map(cellWidth));
  const dateW = cellWidth(date);
  if (sealed) {
    const dateRight = p.signature.sealed.dateRightIndentChars;
    return { nameRight: Math.max(0, dateRight + (dateW - nameW) / 2), dateRight };
  }
  const { nameRightIndentChars: nameRight, dateOffsetChars: offset } = p.signature.unsealed;
  // A date longer than the 署名 keeps 2 字 on its right and pushes the 署名 left instead.
  if (dateW > nameW) return { nameRight: nameRight + dateW + offset - nameW, dateRight: nameRight };
  return { nameRight, dateRight: nameRight + nameW - offset - dateW };
}

/** `note` is the 附注, printed under the date. */
export function signatureBlocks(sig: Pick<Signature, 'names' | 'date' | 'sealed'>, note: string | undefined, p: Profile, m: DocxMetrics): Paragraph[] {
  const date = formatDate(sig.date);
  const { nameRight, dateRight } = signatureIndents(sig.names, date, sig.sealed, p);
  const gap = (sig.sealed ? p.signature.sealed.gapLinesBefore : p.signature.unsealed.gapLinesBefore) * m.linePitch;
  const role = p.body.role;
  const out = sig.names.map(
    (name, i) =>
      new Paragraph({
        style: STYLE.signature,
        ...(i === 0 ? { spacing: { before: gap } } : {}),
        indent: { right: Math.round(nameRight * m.char) },
        children: [textRun(name, role)],
      }),
  );
  out.push(new Paragraph({ style: STYLE.date, indent: { right: Math.round(dateRight * m.char) }, children: [textRun(date, role)] }));
  if (note) {
    out.push(new Paragraph({ style: STYLE.note, children: [textRun(note, role)] }));
  }
  return out;
}
