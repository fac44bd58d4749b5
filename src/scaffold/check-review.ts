/** Runs `gongwen check` on the new folder and lists its findings with the rest of the review. */
import { checkFolder } from '../check/check-folder.js';
import { TEMPLATES_DIR } from '../template/templates-dir.js';
import type { ReviewItem } from './review.js';

export function checkReview(folder: string): { items: ReviewItem[]; errors: number } {
  const { diagnostics } = checkFolder(folder, { displayRoot: folder, templateDirs: [TEMPLATES_DIR] });
  if (!diagnostics.length) return { items: [{ kind: 'check', text: '未发现问题。' }], errors: 0 };
  return {
    items: diagnostics.map((d) => ({
      kind: 'check',
      file: d.file,
      line: d.line,
      text: `${d.severity === 'error' ? '错误' : '警告'}  ${d.message}${d.hint ? ` ${d.hint}` : ''}  [${d.rule}]`,
    })),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}

