/**
 * 附件说明: "附件：名称", or "附件：1.名称" with later items under "1.". A tab after the label
 * and number jumps to the hanging indent, so a wrapped name lines up with its first character
 * whatever the real width of the Latin "1." is.
 */
import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { AttachmentNote } from '../../ir/types.js';
import type { Profile } from '../../layout/gbt9704.js';
import { cellWidth } from '../../text/cells.js';
import type { DocxMetrics } from './metrics.js';
import { runFonts, textRun } from './runs.js';
import { STYLE } from './styles.js';

export function attachmentNoteBlocks(notes: readonly AttachmentNote[], p: Profile, m: DocxMetrics): Paragraph[] {
  const { label, indentChars, gapLinesBefore } = p.attachmentNote;
  const role = p.body.role;
  const several = notes.length > 1;
  return notes.map((n, i) => {
    const lead = i === 0 ? label : '';
    const ordinal = several ? `${n.number}.` : '';
    // Names start after the indent, the label and the item number, counted in body characters.
    const left = Math.round((indentChars + cellWidth(label) + cellWidth(ordinal)) * m.char);
    const hanging = Math.round(cellWidth(lead + ordinal) * m.char);
    return new Paragraph({
      style: STYLE.attachmentNote,
      ...(i === 0 ? { spacing: { before: gapLinesBefore * m.linePitch } } : {}),
      indent: { left, hanging },
      tabStops: [{ type: TabStopType.LEFT, position: left }],
      children: [textRun(lead + ordinal, role), new TextRun({ children: [new Tab()], font: runFonts(role) }), textRun(n.title, role)],
    });
  });
}
