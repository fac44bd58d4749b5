/** Turns zod issues into located Chinese diagnostics. */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LocatedYaml } from './front-matter.js';

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表',
  object: '“键: 值”组',
  date: '日期',
  undefined: '空',
  null: '空',
};

const expectedHints: Record<string, string> = {
  string: '给值加上引号，例如 "000001"。',
  boolean: '写 true（是）或 false（否），不加引号。',
  number: '写阿拉伯数字，例如 15，不加“份”等字。',
};

/** A known key that the unknown one contains or is contained in: 主送机关 → 主送. */
function suggest(key: string, known: readonly string[]): string {
  const near = known.find((k) => key.includes(k) || k.includes(key));
  return near ? `是不是“${near}”？` : '检查是否写错了字。';
}

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

/** `knownKeys` lists the fields allowed in the object at a path, for the unknown-field hint. */
export function zodDiagnostics(issues: z.core.$ZodIssue[], fm: LocatedYaml, knownKeys: (path: readonly PropertyKey[]) => readonly string[]): Diagnostic[] {
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
          hint = expectedHints[issue.expected];
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
            hint: `${suggest(key, knownKeys(path))}可用的字段：${knownKeys(path).join('、')}。`,
          });
        }
        continue;
      case 'invalid_value':
        message = `${where}只能是：${issue.values.map(String).join('、')}。`;
        hint = `从中选一个照抄，例如 ${String(issue.values[0])}。`;
        break;
      case 'too_small':
        message = issue.origin === 'array' ? `${where}至少要有 ${String(issue.minimum)} 项。` : issue.origin === 'string' ? `${where}不能为空。` : `${where}至少为 ${String(issue.minimum)}。`;
        hint = issue.origin === 'array' ? '每项另起一行，以“- ”开头。' : '填上内容，或删去这一行。';
        break;
      case 'too_big':
        message = `${where}不能超过 ${String(issue.maximum)}。`;
        hint = '改小这个数。';
        break;
      case 'invalid_union':
        if (valueAt(fm.data, path) === undefined) {
          message = `缺少${where}。`;
          hint = `在前置数据中补上 ${String(path[path.length - 1])}: …`;
          break;
        }
        message = `${where}的写法不对：应当是一段文字，或者用“- ”开头逐行列出的列表。`;
        hint = '对照 README 中这一项的写法改正。';
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
