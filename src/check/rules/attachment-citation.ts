import type { Finding, Rule } from '../rule.js';
import { codePointOffset, listedAttachments, positionIn, textSpans } from '../text-spans.js';

/** 见附件6 / （附件4） / 附件2、3: numbers cited in the text. */
const CITATION = /附件\s*([0-9０-９]+(?:\s*[、，和及至-]\s*[0-9０-９]+)*)/g;
/** 《title》（附件4）: a cited attachment with its title. */
const TITLED = /《([^《》]+)》\s*[（(]\s*附件\s*([0-9]+)\s*[）)]/g;

const digits = (s: string) => Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));

/** Attachments cited in the text must be numbered in 附件说明, and a cited title must be the listed one. */
export const attachmentCitation: Rule = {
  id: 'attachment-citation',
  description: '正文引用的附件（见附件6、《……》（附件4））在附件说明中没有编号，或书名与附件说明不一致',
  severity: 'error',
  check({ document }) {
    const listed = new Map(listedAttachments(document).map((n) => [n.number, n]));
    const out: Finding[] = [];
    for (const span of textSpans(document)) {
      if (span.where !== 'body' && span.where !== 'heading' && span.where !== 'table') continue;
      for (const m of span.text.matchAll(CITATION)) {
        // "附件1.md" style text or a page label is not a citation; only numbers that follow 附件 in prose.
        for (const part of m[1]!.split(/[、，和及至-]/)) {
          const n = digits(part.trim());
          if (listed.has(n)) continue;
          out.push({
            position: positionIn(span, codePointOffset(span.text, m.index)),
            message: `正文引用了附件${n}，但附件说明里没有附件${n}。`,
            hint: listed.size ? `附件说明列有附件${[...listed.keys()].join('、')}；在 index.md 的 附件 列表里补上附件${n}，或改正引用的编号。` : '在 index.md 里用 附件 列表列出所有附件。',
          });
        }
      }
      for (const m of span.text.matchAll(TITLED)) {
        const note = listed.get(Number(m[2]));
        if (!note || note.title === m[1]) continue;
        out.push({
          position: positionIn(span, codePointOffset(span.text, m.index) + 1),
          message: `正文称附件${m[2]}为《${m[1]}》，附件说明中是“${note.title}”。`,
          hint: `两处应完全一致：改为《${note.title}》，或改正附件说明（${note.position.file} 第 ${note.position.line} 行）。`,
        });
      }
    }
    return out;
  },
};
