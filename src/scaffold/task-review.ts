/**
 * Tasks carried over from last year that need a look: a 时限 that no longer lies after the
 * new 成文日期, or a task whose text says it is already done.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PlainDate } from '../content/schemas/common.js';
import { compareDates, parseDeadline, showDate } from '../tasks/deadline.js';
import type { ReviewItem } from './review.js';

// 已完成 anywhere in the task, or a field that is just 完成 (a clerk's mark in the 时限 column).
const DONE = /已(?:经)?(?:完成|办结)|^\s*完成\s*$/;

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

export function reviewTasks(text: string, file: string, issued: PlainDate, planYear: number): ReviewItem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const rows = doc.get('任务');
  if (!isSeq(rows)) return [];
  const lineOf = (node: Node | null | undefined, fallback: number) => (node?.range ? lineCounter.linePos(node.range[0]).line : fallback);
  const out: ReviewItem[] = [];
  for (const row of rows.items) {
    if (!isMap(row)) continue;
    const id = String(row.get('编号') ?? '？');
    const rowLine = lineOf(row as Node, 1);
    const deadline = row.get('时限', true);
    if (isScalar(deadline) && typeof deadline.value === 'string') {
      const due = parseDeadline(deadline.value, planYear)?.due;
      if (due && compareDates(due, issued) <= 0) {
        out.push({
          kind: 'task',
          file,
          line: lineOf(deadline, rowLine),
          text: `任务${id}的时限“${deadline.value}”（${showDate(due)}）不晚于新的成文日期${showDate(issued)}：改为今年的时限，或删去这项任务。`,
        });
      }
    }
    if (strings(row.toJSON()).some((t) => DONE.test(t))) {
      out.push({ kind: 'task', file, line: rowLine, text: `任务${id}写着“已完成”：去年已完成的任务，今年是否还要列入？` });
    }
  }
  return out;
}
