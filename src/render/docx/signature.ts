/**
 * 署名, 成文日期 and 附注. Both 署名 and date are right-aligned paragraphs whose right indents
 * are counted in characters (widths from `cellWidth`), so the layout follows the standard's
 * wording: with a seal the date is 4 字 from the right and the 署名 centred over it; without,
 * the 署名 is 2 字 from the right and the date starts 2 字 to the right of the 署名's first character.
 * 联合行文 with seals puts the 署名 in rows side by side on centre tab stops (`jointSignatureRows`).
 */
import { AlignmentType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Signature } from '../../ir/types.js';
import type { Profile } from '../../layout/gbt9704.js';
import { cellWidth } from '../../text/cells.js';
import { formatDate } from '../../text/format-date.js';
import type { DocxMetrics } from './metrics.js';
import { runFonts, textRun } from './runs.js';
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

/** One row of sealed joint 署名: each name with the centre tab stop (twips from the left margin) it is centred on. */
export interface JointRow {
  names: { text: string; centre: number }[];
}

/**
 * 联合行文 with seals: `jointNamesPerRow` names a row. The right-hand name of each row is centred
 * over the date (right-indented `dateRightIndentChars`), each name to its left `jointColumnGapMm`
 * further left, centre to centre, or farther when the two names would otherwise come closer than
 * one 字 (as the PDF does). Widths count the squeezed grid advance, one 字 plus the run's spacing.
 */
export function jointSignatureRows(names: readonly string[], date: string, p: Profile, m: DocxMetrics): JointRow[] {
  const s = p.signature.sealed;
  const advance = m.char + m.charSpacing;
  const width = (t: string) => cellWidth(t) * advance;
  const centre = m.blockWidth - Math.round(s.dateRightIndentChars * m.char) - Math.round(width(date) / 2);
  const rows: JointRow[] = [];
  for (let i = 0; i < names.length; i += s.jointNamesPerRow) {
    const row = names.slice(i, i + s.jointNamesPerRow);
    const placed: JointRow['names'] = [{ text: row[row.length - 1]!, centre }];
    for (let j = row.length - 2; j >= 0; j--) {
      const next = placed[0]!;
      const step = Math.max(m.mm(s.jointColumnGapMm), Math.round((width(row[j]!) + width(next.text)) / 2 + advance));
      placed.unshift({ text: row[j]!, centre: next.centre - step });
    }
    rows.push({ names: placed });
  }
  return rows;
}

/** `note` is the 附注, printed under the date. */
export function signatureBlocks(sig: Pick<Signature, 'names' | 'date' | 'sealed'>, note: string | undefined, p: Profile, m: DocxMetrics): Paragraph[] {
  const date = formatDate(sig.date);
  const { nameRight, dateRight } = signatureIndents(sig.names, date, sig.sealed, p);
  const gap = (sig.sealed ? p.signature.sealed.gapLinesBefore : p.signature.unsealed.gapLinesBefore) * m.linePitch;
  const role = p.body.role;
  if (sig.sealed && sig.names.length > 1) {
    const rowGap = p.signature.sealed.jointRowGapLines * m.linePitch;
    const out = jointSignatureRows(sig.names, date, p, m).map(
      (row, k) =>
        new Paragraph({
          style: STYLE.signature,
          spacing: { before: k === 0 ? gap : rowGap },
          alignment: AlignmentType.LEFT,
          tabStops: row.names.map((n) => ({ type: TabStopType.CENTER, position: n.centre })),
          children: row.names.map((n) => new TextRun({ children: [new Tab(), n.text], font: runFonts(role) })),
        }),
    );
    out.push(new Paragraph({ style: STYLE.date, indent: { right: Math.round(dateRight * m.char) }, children: [textRun(date, role)] }));
    if (note) out.push(new Paragraph({ style: STYLE.note, children: [textRun(note, role)] }));
    return out;
  }
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
