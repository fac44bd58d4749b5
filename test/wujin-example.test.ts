/** The 武进 2022 package: tables from data, the registry, prose from data, and a clean check. */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { resolveFonts } from '../src/layout/fonts.js';
import { buildDocx } from '../src/render/docx/build.js';
import { buildHtml } from '../src/render/html/build.js';
import { buildPdf } from '../src/render/pdf/build.js';
import { readDocx, part } from './support/docx-xml.js';
import { bodyLines } from './support/gbt9704-checks.js';
import { checkGbt9704, measurePdf, mm, type PdfMeasure } from './support/measure-pdf.js';
import { unexplainedShortLines } from './support/line-fill.js';
import { checkFolder } from '../src/check/check-folder.js';
import type { Table } from '../src/ir/types.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';

const repo = path.join(import.meta.dirname, '..');
const folder = path.join(repo, 'content', 'wujin-2022-work-points');
const checked = checkFolder(folder, { displayRoot: repo, templateDirs: [TEMPLATES_DIR] });
const doc = checked.loaded!.document;
const attachment = (n: number) => doc.attachments.find((a) => a.number === n)!;
const table = (n: number) => attachment(n).body.find((b): b is Table => b.type === 'table')!;
const cellTexts = (t: Table, row: number) => t.rows[row]!.cells.map((c) => c.paragraphs.map((p) => p.map((r) => r.text).join('')).join('/'));

describe('the 武进 2022 example', () => {
  test('check finds nothing', () => expect(checked.diagnostics).toEqual([]));

  test('matches the golden model', async () => {
    await expect(JSON.stringify(doc, null, 1) + '\n').toMatchFileSnapshot('fixtures/models/wujin-2022-work-points.json');
  });

  test('the notice 印发s the 工作要点, whose 附件说明 lists 附件1 (issued separately) to 附件6', () => {
    expect(doc.enclosure!.attachmentNotes.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.attachments.map((a) => a.number)).toEqual([2, 3, 4, 5, 6]);
  });

  test('附件6: a three-row header from nested columns, constant columns merged down, a computed total', () => {
    const t = table(6);
    expect(t.rows.filter((r) => r.kind === 'header')).toHaveLength(3);
    const first = t.rows[0]!.cells.map((c) => [c.rowSpan, c.colSpan]);
    expect(first).toEqual([[3, 1], [1, 2], [1, 2], [1, 4]]);
    const body = t.rows.filter((r) => r.kind === 'body');
    expect(body).toHaveLength(13);
    expect(body[0]!.cells[1]!.rowSpan).toBe(13);
    expect(cellTexts(t, t.rows.length - 1)).toEqual(['武进区', '', '', '', '', '75', '130', '20', '']);
    expect(t.data?.total?.declared).toBe(false);
  });

  test('the rubric writes the per-township targets from the same data as 附件6', () => {
    const rubric = table(5);
    const last = cellTexts(rubric, rubric.rows.length - 1).at(-1)!;
    expect(last).toContain('全区75家：科教城1家、湖塘镇5家、湟里镇5家');
    expect(last).toContain('全区130家：科教城1家、湖塘镇18家');
    // 序号 and 考评内容 are merged down the items of one assessed subject.
    expect(rubric.rows[1]!.cells[0]!.rowSpan).toBe(2);
  });

  test('the fill-in form keeps its merged label cells and tall blank rows', () => {
    const form = table(4);
    expect(form.columnWidths).toHaveLength(4);
    expect(form.rows[1]!.cells.map((c) => c.colSpan)).toEqual([1, 3]);
    expect(form.rows.filter((r) => r.minLines === 3)).toHaveLength(2);
  });
});

describe('the 武进 2022 example rendered', () => {
  let m: PdfMeasure;
  beforeAll(async () => {
    const r = await buildPdf(doc, resolveFonts({ system: false }));
    expect(r.diagnostics).toEqual([]);
    m = await measurePdf(r.bytes);
  });
  const pageOf = (text: string) => m.pages.findIndex((p) => p.lines.some((l) => l.text.includes(text)));

  test('PDF: the layout rules hold except the 28-character share (short run-in paragraphs open with 26-character lines)', () => {
    const failed = checkGbt9704(m).filter((c) => !c.ok).map((c) => c.rule);
    expect(failed.filter((r) => !r.startsWith('28 characters'))).toEqual([]);
    // The share is the text's: every shorter full line is an indented first line or kept a character off by the line-start rules.
    expect(unexplainedShortLines(m.pages.flatMap(bodyLines))).toEqual([]);
  });

  test('PDF: the 工作要点 starts a new page under the notice, with its own title', () => {
    const notice = pageOf('现将《2022年');
    const enclosure = m.pages.findIndex((p) => p.lines[0]?.text === '2022年武进区冶金等工贸行业');
    expect(enclosure).toBe(notice + 1);
  });

  test('PDF: 附件6 runs over two pages and its three header rows repeat on the second', () => {
    const first = m.pages.findIndex((p) => p.lines.some((l) => l.text === '达标企业创建任务清单（标准化+标杆）'));
    const next = m.pages[first + 1]!;
    expect(next.lines.slice(0, 3).map((l) => l.text).join('')).toContain('开展任务申报任务创成任务');
    expect(next.lines.some((l) => l.text.startsWith('武进区') && l.text.includes('7513020'))).toBe(true);
  });

  test('PDF: every rule drawn (table borders, 版头 and 版记 lines) lies inside the 版心 width', () => {
    const rules = m.pages.flatMap((p) => p.rules);
    expect(rules.length).toBeGreaterThan(100);
    for (const r of rules) {
      expect(r.x0).toBeGreaterThanOrEqual(mm(28) - 0.5);
      expect(r.x1).toBeLessThanOrEqual(mm(184) + 0.5);
    }
  });

  test('DOCX: the 工作要点 title opens a new page and the tables repeat their header rows', async () => {
    const xml = part(await readDocx(await buildDocx(doc)), 'word/document.xml');
    expect(xml).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*2022年武进区冶金等工贸行业/s);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1 + 1 + 1 + 3);
  });

  test('HTML: the 工作要点 is its own section and 附件6 has a three-row thead', () => {
    const html = buildHtml(doc);
    expect(html).toContain('<section class="gw-enclosure gw-printed"');
    const t6 = html.slice(html.indexOf('达标企业创建任务清单（标准化+标杆）</h1>'));
    expect(t6.slice(t6.indexOf('<thead>'), t6.indexOf('</thead>')).match(/<tr/g)).toHaveLength(3);
  });
});
