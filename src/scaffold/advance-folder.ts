/**
 * Last year's document folder → this year's: every file copied, years moved in the text
 * files, the notice's own 发文字号 cleared, and a review list of everything the clerk must
 * still look at (moved dates, cited 文号, overdue or finished tasks, data tables, check findings).
 */
import fs from 'node:fs';
import path from 'node:path';
import { MANUAL_FILE } from '../content/load-manual.js';
import { MAIN_FILE } from '../content/load-notice.js';
import { TASKS_FILE } from '../tasks/load-tasks.js';
import { advanceYears } from './advance-years.js';
import { checkReview } from './check-review.js';
import { frontMatterData, ownTitles } from './front-matter-text.js';
import { clearOwnDocNumber, SERIAL_PLACEHOLDER } from './own-doc-number.js';
import type { ReviewItem, ScaffoldResult } from './review.js';
import { ScaffoldError } from './scaffold-error.js';
import { reviewTasks } from './task-review.js';
import { refuseExisting, writeNewFolder, type FolderContents } from './write-new-folder.js';

const TEXT_FILE = /\.(md|ya?ml|csv|hbs)$/i;
const DATA_FILE = /\.(csv|ya?ml)$/i;
// Not number tables: the tasks (reviewed on their own) and a manual's 图鉴.
const NOT_DATA = new Set([TASKS_FILE, '图鉴.yaml']);

/** Every file under `folder`, as paths relative to it with / separators; empty folders end in /. */
function listFiles(folder: string, prefix = ''): string[] {
  const entries = fs.readdirSync(path.join(folder, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (!entries.length && prefix) return [prefix];
  return entries.flatMap((e) => (e.isDirectory() ? listFiles(folder, `${prefix}${e.name}/`) : e.isFile() ? [`${prefix}${e.name}`] : []));
}

const DATE_YEAR = /^\s*(\d{4})\s*(?:年|-)/;
const DATE_PARTS = /^\s*(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|-(\d{2})-(\d{2}))\s*$/;

/** The year the source was written in: its 成文日期 (a notice) or 日期 (a manual). */
function sourceYear(folder: string, mainFile: string): number {
  const data = frontMatterData(fs.readFileSync(path.join(folder, mainFile), 'utf8'));
  const field = mainFile === MANUAL_FILE ? '日期' : '成文日期';
  const m = DATE_YEAR.exec(String(data?.[field] ?? ''));
  if (!m) throw new ScaffoldError(`${mainFile} 的前置数据里没有可识别的${field}，无法确定原文件的年份。先补上${field}（如 2022年3月31日），再运行 gongwen new。`);
  return Number(m[1]);
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the file is written back as it came.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function mainFileOf(folder: string): string | undefined {
  if (fs.existsSync(path.join(folder, MAIN_FILE))) return MAIN_FILE;
  if (fs.existsSync(path.join(folder, MANUAL_FILE))) return MANUAL_FILE;
  return undefined;
}

/** `year` defaults to the year after the source's; `shown` names the folders in messages as the clerk wrote them. */
export function advanceFolder(from: string, to: string, year?: number, shown: { from: string; to: string } = { from, to }): ScaffoldResult {
  const mainFile = fs.existsSync(from) ? mainFileOf(from) : undefined;
  if (!mainFile) throw new ScaffoldError(`“${shown.from}”不是公文或手册文件夹（里面没有 index.md 或 manual.md）。--from 要写去年那份文件的文件夹。`);
  refuseExisting(to, shown.to);
  const fromYear = sourceYear(from, mainFile);
  if (year === undefined) return advanceFolder(from, to, fromYear + 1, shown);
  if (fromYear === year) throw new ScaffoldError(`原文件已经是${year}年的，--year 要写新的年份。`);

  const review: ReviewItem[] = [];
  const contents: FolderContents = new Map();
  const texts = new Map<string, string>();
  for (const rel of listFiles(from)) {
    if (rel.endsWith('/')) {
      contents.set(rel, '');
      continue;
    }
    const bytes = fs.readFileSync(path.join(from, rel));
    const text = TEXT_FILE.test(rel) ? decodeUtf8(bytes) : undefined;
    if (text === undefined) {
      contents.set(rel, bytes);
      if (TEXT_FILE.test(rel)) review.push({ kind: 'encoding', file: rel, text: '不是 UTF-8 编码（可能是 GBK），已原样复制，其中的年份没有改：请手工修改，或另存为 UTF-8 后重新运行。' });
    } else texts.set(rel, text);
  }

  const titles = ownTitles([...texts].filter(([rel]) => rel.endsWith('.md')).map(([, t]) => t));
  for (const [rel, source] of texts) {
    const r = advanceYears(source, fromYear, year, titles);
    let text = r.text;
    let ownLine: number | undefined;
    if (rel === MAIN_FILE) {
      const cleared = clearOwnDocNumber(text, year);
      if (cleared) {
        text = cleared.text;
        ownLine = cleared.line;
        review.push({ kind: 'doc-number', file: rel, line: cleared.line, text: `原发文字号“${cleared.before}”的序号已清除，改为注释行“# 发文字号: ${cleared.placeholder}”：取得新文号后把“${SERIAL_PLACEHOLDER}”改成序号，并删去行首的“# ”。` });
      } else review.push({ kind: 'doc-number', file: rel, text: '原文没有发文字号；需要文号时在前置数据里加一行 发文字号: 机关代字〔年份〕序号号。' });
    }
    contents.set(rel, text);
    for (const c of r.changes) review.push({ kind: 'date', file: rel, line: c.line, text: `${c.before} → ${c.after}` });
    for (const c of r.clamped) review.push({ kind: 'invalid-date', file: rel, line: c.line, text: `${c.before}：${year}年没有这一天，已改为${c.after}，请核对。` });
    for (const c of r.citedNumbers) {
      if (c.line !== ownLine) review.push({ kind: 'cited-number', file: rel, line: c.line, text: `${c.text}：引用的是已有文件，未改；今年如有新的文件，改为新文号。` });
    }
    for (const c of r.citedTitles) review.push({ kind: 'cited-title', file: rel, line: c.line, text: `${c.text}：引用的文件名称，年份未改；今年如引用新一年的文件，改为新名称。` });
    if (DATA_FILE.test(rel) && !NOT_DATA.has(rel)) review.push({ kind: 'data', file: rel, text: '表中的数字还是去年的，按今年的实际更新。' });
    else if (rel.endsWith('.md') && /^行\s*:/m.test(text) && text.includes('```表格')) review.push({ kind: 'data', file: rel, text: '表格里直接写的数据（行:）还是去年的，按今年的实际更新。' });
  }
  review.push({ kind: 'data', text: '正文里照写的数字（如“全区75家”）按今年核对；用 {{求和}}、{{计数}} 从数据算出的数会随数据更新。' });

  const written = writeNewFolder(to, shown.to, contents);

  const tasks = contents.get(TASKS_FILE);
  const notice = texts.has(MAIN_FILE) ? frontMatterData(contents.get(MAIN_FILE) as string) : undefined;
  const issued = DATE_PARTS.exec(String(notice?.成文日期 ?? ''));
  if (typeof tasks === 'string' && issued) {
    const date = { year: Number(issued[1]), month: Number(issued[2] ?? issued[4]), day: Number(issued[3] ?? issued[5]) };
    review.push(...reviewTasks(tasks, TASKS_FILE, date, typeof notice?.年度 === 'number' ? notice.年度 : year));
  }

  const checked = checkReview(to);
  review.push(...checked.items);
  return { written, review, checkErrors: checked.errors };
}
