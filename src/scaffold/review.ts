/** What `gongwen new` asks the clerk to look at: items located by file:line, printed grouped in Chinese. */

export type ReviewKind = 'date' | 'invalid-date' | 'doc-number' | 'cited-number' | 'cited-title' | 'task' | 'data' | 'encoding' | 'fill-in' | 'check';

export interface ReviewItem {
  kind: ReviewKind;
  /** Relative to the new folder, with / separators. */
  file?: string;
  line?: number;
  text: string;
}

/** Section headings, in the order a clerk works through them. */
const HEADINGS: Record<ReviewKind, string> = {
  'fill-in': '需要填写的内容',
  'doc-number': '发文字号',
  date: '年份已顺延（原 → 新）',
  'invalid-date': '新年份里没有这一天',
  'cited-number': '引用的文号（未改）',
  'cited-title': '引用的文件名称中的年份（未改）',
  task: '任务时限',
  data: '数据表中的数字',
  encoding: '未处理的文件',
  check: '检查结果（gongwen check）',
};

export interface ScaffoldResult {
  /** The new folder's files, relative to it, sorted. */
  written: string[];
  review: ReviewItem[];
  /** Errors `gongwen check` found in the new folder (listed in the review). */
  checkErrors: number;
}

/** `prefix` is how the clerk names the new folder (content/wujin-2023-work-points/), put before each file. */
export function formatReview(items: ReviewItem[], prefix = ''): string {
  if (!items.length) return '没有需要核对的内容。\n';
  const lines = ['请逐项核对：'];
  for (const kind of Object.keys(HEADINGS) as ReviewKind[]) {
    const group = items.filter((i) => i.kind === kind);
    if (!group.length) continue;
    lines.push('', `【${HEADINGS[kind]}】`);
    for (const i of group) {
      const where = i.file ? `${prefix}${i.file}${i.line ? `:${i.line}` : ''}  ` : '';
      lines.push(`  ${where}${i.text}`);
    }
  }
  return lines.join('\n') + '\n';
}
