/**
 * The 新北 task list: 23 tasks from tasks.yaml, printed as a landscape 任务清单 whose tall rows
 * break across pages between lines, under the covering notice.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFolder } from '../src/check/check-folder.js';
import type { Table } from '../src/ir/types.js';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildDocx } from '../src/render/docx/build.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import { elements, part, readDocx } from './support/docx-xml.js';
import { checkGbt9704, measurePdf, type PdfMeasure } from './support/measure-pdf.js';

const repo = path.join(import.meta.dirname, '..');
const checked = checkFolder(path.join(repo, 'content', 'xinbei-2021-task-list'), { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });
const doc = checked.loaded!.document;
const table = doc.attachments[0]!.body.find((b): b is Table => b.type === 'table')!;

describe('the 新北 2021 task list example', () => {
  let shown: PdfMeasure;
  let sheet: PdfMeasure;
  beforeAll(async () => {
    const bytes = (await buildPdf(doc, resolveFonts({ system: false }))).bytes;
    shown = await measurePdf(bytes);
    sheet = await measurePdf(bytes, { view: 'sheet' });
  });

  test('check is clean, and the body counts the tasks and 领域 from tasks.yaml', () => {
    expect(checked.diagnostics).toEqual([]);
    const first = doc.body[0]!;
    const text = first.type === 'paragraph' ? first.children.map((r) => r.text).join('') : '';
    expect(text).toContain('等5个重点行业领域的23项工作任务');
  });

  test('one row per task, 领域 merged and numbered, measures numbered 一是 …, units worded from 牵头 and 配合', () => {
    const body = table.rows.filter((r) => r.kind === 'body');
    expect(body).toHaveLength(23);
    // Counted from the right: a row under a merged 领域 cell has no cell of its own there.
    const cell = (r: number, c: number) => body[r]!.cells.at(c - 5)!.paragraphs.map((p) => p.map((i) => i.text).join(''));
    expect(body[0]!.cells[0]!.rowSpan).toBe(9);
    expect(cell(0, 0)).toEqual(['一、化工行业']);
    // Task 2 was split over two rows in the original: one task, its measures numbered across them.
    expect(cell(1, 2).map((t) => t.slice(0, 2))).toEqual(['一是', '二是']);
    expect(cell(1, 4)).toEqual(['2021年6月底完成，并持续推进']);
    expect(cell(0, 3)).toEqual(['区应急管理局牵头，区经发局等有关部门按职责分工落实']);
    // Task 13: the two lead units of its two original rows.
    const t13 = body.findIndex((r) => r.cells.some((c) => c.paragraphs[0]?.[0]?.text.startsWith('13．')));
    expect(body[t13]!.cells.at(-2)!.paragraphs[0]![0]!.text).toMatch(/^区住建局（交通运输局）、交警大队牵头，区经发局、生态环境局/);
  });

  test('the PDF passes the measure; the list is on turned landscape sheets, its header on each, rows broken between lines', () => {
    expect(checkGbt9704(shown).filter((c) => !c.ok)).toEqual([]);
    const turned = sheet.pages.flatMap((p, i) => (p.turned ? [i] : []));
    expect(turned.length).toBeGreaterThan(10);
    for (const i of turned.slice(1)) expect(sheet.pages[i]!.lines[0]!.text, `sheet ${i + 1}`).toBe('重点行业工作任务工作举措责任单位完成时限');
    // Every sheet after the first is filled to its last line: tall rows break instead of leaving gaps.
    const lastLine = Math.max(...turned.map((i) => sheet.pages[i]!.lines.at(-1)!.baseline));
    const filled = turned.slice(1, -1).filter((i) => lastLine - sheet.pages[i]!.lines.at(-1)!.baseline < 1);
    expect(filled.length).toBe(turned.length - 2);
  });

  test('DOCX: the task rows may break across pages, the header row may not', async () => {
    const xml = part(await readDocx(await buildDocx(doc)), 'word/document.xml');
    const rows = elements(xml, 'w:tr').filter((r) => r.includes('一是') || r.includes('工作举措'));
    expect(rows[0]).toContain('<w:cantSplit/>');
    expect(rows.slice(1).every((r) => !r.includes('<w:cantSplit/>'))).toBe(true);
  });
});
