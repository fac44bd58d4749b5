/**
 * The printed wording of a 规范标准 citation, shared by the DOCX, HTML and PDF manual renderers
 * so the three outputs quote a standard identically.
 */
import type { StandardCitation } from '../ir/manual.js';

/** `《title》（code）第clause条：text`, the clause and the text each only when given. */
export function citationText(c: StandardCitation): string {
  return `《${c.title}》（${c.code}）${c.clause ? `第${c.clause}条` : ''}${c.text ? `：${c.text}` : ''}`;
}
