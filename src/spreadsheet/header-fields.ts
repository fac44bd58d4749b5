/**
 * A table block prints its header from 名称 and reads the data column 字段. A sheet whose header
 * is printed like the block's (an exported table filled in, or the Excel the table was typed
 * from) reads each such column under the block's 字段, so the same block reads it unchanged.
 */
import { HEADER_LEVEL_SEPARATOR } from './read-xlsx.js';

const lines = (v: unknown): string[] =>
  (Array.isArray(v) ? v : typeof v === 'string' ? v.split('\n') : []).map((l) => String(l).trim()).filter(Boolean);

/** Header, levels joined as read-xlsx names a column → the field a block's 列 reads it as (字段, else its 名称). */
export function headerFieldNames(columns: unknown, above: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(columns)) return out;
  for (const c of columns as Record<string, unknown>[]) {
    if (!c || typeof c !== 'object') continue;
    const name = lines(c.名称).join('');
    // Read-xlsx keeps one level for a header cell repeated below itself.
    const path = name === '' || name === above[above.length - 1] ? above : [...above, name];
    if (c.下级 !== undefined) {
      for (const [k, v] of headerFieldNames(c.下级, path)) out.set(k, v);
    } else if (c.值 === undefined && path.length) {
      // Without 字段 a block reads the column named by its own header text.
      out.set(path.join(HEADER_LEVEL_SEPARATOR), typeof c.字段 === 'string' ? c.字段 : name);
    }
  }
  return out;
}
