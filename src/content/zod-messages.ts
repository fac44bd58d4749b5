/** Turns zod issues into located Chinese diagnostics. */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FrontMatterFile } from './front-matter.js';

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否（true 或 false）',
  array: '列表',
  object: '“键: 值”组',
  date: '日期',
  undefined: '空',
  null: '空',
};

function describeValue(v: unknown): string {
  if (v === undefined || v === null) return '空';
  if (Array.isArray(v)) return '列表';
  return typeNames[typeof v] ?? typeof v;
}

/** 附件[1].文件 → 附件第2项的“文件”. */
export function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `第${k + 1}项`;
    else out += out ? `的“${String(k)}”` : `“${String(k)}”`;
  }
  return out || '前置数据';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

export function zodDiagnostics(issues: z.core.$ZodIssue[], fm: FrontMatterFile, knownKeys: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const where = describePath(path);
    let message: string;
    let hint: string | undefined;
    let at = fm.locate(path);
    switch (issue.code) {
      case 'invalid_type': {
        const got = valueAt(fm.data, path);
        if (got === undefined) {
          message = `缺少${where}。`;
          hint = `在前置数据中补上 ${String(path[path.length - 1])}: …`;
        } else {
          message = `${where}应当是${typeNames[issue.expected] ?? issue.expected}，这里写的是${describeValue(got)}。`;
          hint = issue.expected === 'string' ? '给值加上引号，例如 "000001"。' : undefined;
        }
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({
            file: fm.file,
            ...fm.locate([...path, key]),
            rule: 'schema-unknown-field',
            severity: 'error',
            message: `不认识的字段“${key}”。`,
            hint: `检查是否写错了字。可用的字段：${knownKeys.join('、')}。`,
          });
        }
        continue;
      case 'invalid_value':
        message = `${where}只能是：${issue.values.map(String).join('、')}。`;
        break;
      case 'too_small':
        message = issue.origin === 'array' ? `${where}至少要有 ${String(issue.minimum)} 项。` : issue.origin === 'string' ? `${where}不能为空。` : `${where}至少为 ${String(issue.minimum)}。`;
        break;
      case 'too_big':
        message = `${where}不能超过 ${String(issue.maximum)}。`;
        break;
      case 'invalid_union':
        message = `${where}的写法不对：应当是一段文字，或者用“- ”开头逐行列出的列表。`;
        break;
      case 'invalid_format':
      case 'custom':
      default:
        message = issue.message;
        hint = (issue as { params?: { hint?: string } }).params?.hint;
        at = fm.locate(path);
    }
    out.push({ file: fm.file, ...at, rule: 'schema', severity: 'error', message, ...(hint ? { hint } : {}) });
  }
  return out;
}
