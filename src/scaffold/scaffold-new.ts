/** `gongwen new`: a blank document of a kind, or last year's document moved to a new year (`from`). */
import fs from 'node:fs';
import { MANUAL_FILE } from '../content/load-manual.js';
import { advanceFolder, mainFileOf } from './advance-folder.js';
import { blankDocument, KINDS, type Kind } from './blank-documents.js';
import { checkReview } from './check-review.js';
import { fillInReview } from './fill-in-review.js';
import type { ReviewItem, ScaffoldResult } from './review.js';
import { ScaffoldError } from './scaffold-error.js';
import { writeNewFolder } from './write-new-folder.js';

const KIND_NAMES: Record<Kind, string> = { notice: '通知', 'task-list': '任务清单', rubric: '考核细则', manual: '手册' };

export interface ScaffoldOptions {
  /** Last year's folder to copy. */
  from?: string;
  /** The new document's year; without `from` the current year, with it the year after the source's. */
  year?: number;
  /** How the clerk wrote the folders, for messages. */
  shown?: { folder: string; from?: string };
}

export function isKind(kind: string): kind is Kind {
  return (KINDS as readonly string[]).includes(kind);
}

export function scaffoldNew(kind: string, folder: string, opts: ScaffoldOptions = {}): ScaffoldResult {
  if (!isKind(kind)) throw new ScaffoldError(`不认识的文件种类“${kind}”。可用：${KINDS.map((k) => `${k}（${KIND_NAMES[k]}）`).join('、')}。`);
  if (opts.year !== undefined && !(Number.isInteger(opts.year) && opts.year >= 2000 && opts.year <= 2100)) {
    throw new ScaffoldError(`年份“${opts.year}”不对：--year 写四位数的年份，如 2023。`);
  }
  const shownFolder = opts.shown?.folder ?? folder;
  if (opts.from !== undefined) {
    const shownFrom = opts.shown?.from ?? opts.from;
    const main = fs.existsSync(opts.from) ? mainFileOf(opts.from) : undefined;
    if (main && (main === MANUAL_FILE) !== (kind === 'manual')) {
      throw new ScaffoldError(`“${shownFrom}”是${main === MANUAL_FILE ? '手册' : '公文'}，种类应写 ${main === MANUAL_FILE ? 'manual' : 'notice'}。`);
    }
    return advanceFolder(opts.from, folder, opts.year, { from: shownFrom, to: shownFolder });
  }
  const contents = blankDocument(kind, opts.year ?? new Date().getFullYear());
  const written = writeNewFolder(folder, shownFolder, contents);
  const review: ReviewItem[] = fillInReview(contents);
  if (kind !== 'manual') review.push({ kind: 'doc-number', file: 'index.md', line: lineOf(contents.get('index.md') as string, '# 发文字号:'), text: '发文字号待填：取得文号后删去行首的“# ”，把“□”改成序号。' });
  const checked = checkReview(folder);
  return { written, review: [...review, ...checked.items], checkErrors: checked.errors };
}

const lineOf = (text: string, start: string): number => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

