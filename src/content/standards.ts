/**
 * The standards registry a manual cites from (标准库): 编号 and 名称 of each standard or rule.
 * Codes are matched ignoring spaces and the kind of dash, so GB 8958-2006 finds GB 8958—2006;
 * the registry's spelling is what gets printed.
 */
import fs from 'node:fs';
import { ContentError, positionAt } from '../diagnostics/diagnostic.js';
import type { SourcePosition } from '../ir/types.js';
import { readLocatedYaml } from './front-matter.js';
import { readText } from './read-text.js';
import { standardsFileSchema } from './schemas/manual.js';
import { zodDiagnostics } from './zod-messages.js';

export interface Standard {
  code: string;
  title: string;
  status?: string;
  position: SourcePosition;
}

export interface StandardsRegistry {
  file: string;
  standards: Standard[];
  /** By normalised code, dated and undated (GB 8958 finds the registry's GB 8958—2006). */
  find(code: string): Standard | undefined;
}

/** GB 8958—2006 → GB8958—2006: no spaces, one kind of dash, upper case. */
export function codeKey(code: string): string {
  return code.replace(/\s+/g, '').replace(/[—–\-－‐]+/g, '—').toUpperCase();
}

export function loadStandards(full: string, file: string, at: SourcePosition): StandardsRegistry {
  if (!fs.existsSync(full)) {
    throw new ContentError([{ file: at.file, line: at.line, column: at.column, rule: 'missing-file', severity: 'error', message: `标准库“${file}”不存在。`, hint: '改正 标准库 的路径（相对手册文件夹），或建立这个文件（格式见 README“标准库”）。' }]);
  }
  const text = readText(full).replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const y = readLocatedYaml(text, file, (o) => positionAt(text, o));
  const parsed = standardsFileSchema.safeParse(y.data ?? {});
  if (!parsed.success) throw new ContentError(zodDiagnostics(parsed.error.issues, y, (p) => (p.length > 1 ? ['编号', '名称', '状态'] : ['标准'])));
  const standards = parsed.data.标准.map((s, i) => ({ code: s.编号, title: s.名称, ...(s.状态 ? { status: s.状态 } : {}), position: { file, ...y.locate(['标准', i, '编号']) } }));
  const byKey = new Map<string, Standard>();
  for (const s of standards) {
    const key = codeKey(s.code);
    if (!byKey.has(key)) byKey.set(key, s);
    const undated = key.replace(/—\d{4}$/, '');
    if (!byKey.has(undated)) byKey.set(undated, s);
  }
  return { file, standards, find: (code) => byKey.get(codeKey(code)) };
}
