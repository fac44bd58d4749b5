/** 纪要: "出席：" (黑体) and the names (仿宋), indented 2 characters, wrapped lines hanging after the colon. */
import { Paragraph } from 'docx';
import type { Attendance } from '../../ir/types.js';
import type { Profile } from '../../layout/gbt9704.js';
import { cellWidth } from '../../text/cells.js';
import type { DocxMetrics } from './metrics.js';
import { textRun } from './runs.js';
import { STYLE } from './styles.js';

export function attendanceBlocks(lists: readonly Attendance[], note: string | undefined, p: Profile, m: DocxMetrics): Paragraph[] {
  const { labelRole, indentChars, gapLinesBefore } = p.minutes;
  const out = lists.map((a, i) => {
    const label = `${a.label}：`;
    const hanging = Math.round(cellWidth(label) * m.char);
    return new Paragraph({
      style: STYLE.body,
      ...(i === 0 ? { spacing: { before: gapLinesBefore * m.linePitch } } : {}),
      indent: { left: Math.round(indentChars * m.char) + hanging, hanging, firstLine: 0 },
      children: [textRun(label, labelRole), textRun(a.names.join('、'), p.body.role)],
    });
  });
  if (note) out.push(new Paragraph({ style: STYLE.note, children: [textRun(note, p.body.role)] }));
  return out;
}
