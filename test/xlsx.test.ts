/** Spreadsheets in and out: .xlsx data files, tables exported for townships to fill in, and the round trip. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDataFiles, type DataFile } from '../src/content/data-files.js';
import { checkFolder } from '../src/check/check-folder.js';
import { exportTable } from '../src/spreadsheet/export-table.js';
import { exportTableCommand } from '../src/cli/export-table.js';
import { TEMPLATES_DIR } from '../src/template/templates-dir.js';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';

const repo = path.join(import.meta.dirname, '..');
const show = (p: string) => path.basename(p);
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-xlsx-'));

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

function diagnosticsOf(f: () => unknown): Diagnostic[] {
  try {
    f();
  } catch (e) {
    return (e as { diagnostics: Diagnostic[] }).diagnostics;
  }
  return [];
}

const valuesOf = (f: DataFile) => f.records.map((r) => r.values);

/** A clerk's workbook: a merged title, a blank row, a two-level merged header, numbers, dates, a formula, rich text. */
function townshipWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总');
  ws.getCell('A1').value = '2022年达标企业创建任务';
  ws.mergeCells('A1:E1');
  ws.getCell('A3').value = '板块';
  ws.mergeCells('A3:A4');
  ws.getCell('B3').value = '目标任务';
  ws.mergeCells('B3:C3');
  ws.getCell('B4').value = '重点';
  ws.getCell('C4').value = '标杆';
  ws.getCell('D3').value = '完成\n时间';
  ws.mergeCells('D3:D4');
  ws.getCell('E3').value = '备注';
  ws.mergeCells('E3:E4');
  ws.getRow(5).values = ['湖塘镇', 5, 2, new Date(Date.UTC(2022, 2, 31)), { richText: [{ text: '粉尘' }, { font: { bold: true }, text: '涉爆' }] }];
  ws.getRow(6).values = ['雪堰镇', 15, { formula: 'B6-13', result: 2 }, new Date(Date.UTC(2022, 5, 30))];
  // Formatting left on rows below the table is not data.
  ws.getRow(9).getCell(1).border = { top: { style: 'thin' } };
  wb.addWorksheet('明细').getRow(1).values = ['企业', '人数'];
  wb.getWorksheet('明细')!.getRow(2).values = ['华集', 12];
  return wb;
}

describe('an .xlsx data file', () => {
  let files: Map<string, DataFile>;
  beforeAll(async () => {
    const dir = tempDir();
    await save(townshipWorkbook(), path.join(dir, '达标.xlsx'));
    fs.writeFileSync(path.join(dir, '达标-csv.csv'), '板块,重点,标杆,完成时间,备注\n湖塘镇,5,2,2022-03-31,粉尘涉爆\n雪堰镇,15,2,2022-06-30,\n');
    files = readDataFiles(dir, show);
  });

  test('reads like the CSV of the same table: title rows skipped, merged header levels flattened, typed values', () => {
    const xlsx = files.get('达标')!;
    const csv = files.get('达标-csv')!;
    expect(xlsx.fields).toEqual(csv.fields);
    expect(valuesOf(xlsx)).toEqual(valuesOf(csv));
    expect(xlsx.records[1]!.values['标杆']).toBe(2);
  });

  test('each value is located at its row and column', () => {
    const f = files.get('达标')!;
    expect(f.file).toBe('达标.xlsx');
    expect(f.records[1]!.positions['标杆']).toEqual({ file: '达标.xlsx', line: 6, column: 3 });
    expect(f.records[0]!.position).toEqual({ file: '达标.xlsx', line: 5, column: 1 });
  });

  test('the first sheet answers to the file name and to its sheet name; other sheets to 文件名#工作表名', () => {
    expect(files.get('达标.xlsx')).toBe(files.get('达标'));
    expect(files.get('达标.xlsx#汇总')).toBe(files.get('达标'));
    const other = files.get('达标.xlsx#明细')!;
    expect(other.file).toBe('达标.xlsx#明细');
    expect(valuesOf(other)).toEqual([{ 企业: '华集', 人数: 12 }]);
    expect(other.records[0]!.positions['人数']).toEqual({ file: '达标.xlsx#明细', line: 2, column: 2 });
    expect(files.get('达标#没有')).toBeUndefined();
  });
});

describe('a broken .xlsx', () => {
  test('an error value is reported at its sheet and cell, in Chinese with a fix', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getRow(1).values = ['板块', '重点', '占比'];
    for (let r = 2; r <= 6; r++) ws.getRow(r).values = ['湖塘镇', r, 1];
    ws.getRow(7).values = ['雪堰镇', 0, { formula: 'B7/0', result: { error: '#DIV/0!' } }];
    ws.getRow(8).values = ['牛塘镇', 3, { formula: 'B8*2' }];
    await save(wb, path.join(dir, '坏.xlsx'));
    const diagnostics = diagnosticsOf(() => readDataFiles(dir, show));
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.rule])).toEqual([
      ['坏.xlsx', 7, 3, 'xlsx-value'],
      ['坏.xlsx', 8, 3, 'xlsx-value'],
    ]);
    expect(diagnostics[0]!.message).toBe('工作表“Sheet1”C7 是错误值 #DIV/0!。');
    expect(diagnostics[1]!.message).toMatch(/^工作表“Sheet1”C8 是公式“=B8\*2”，文件里没有保存它的计算结果/);
    expect(diagnostics[1]!.hint).toMatch(/保存一次/);
  });

  test('a value outside the header, and a file that is not a workbook', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getRow(1).values = ['板块', '重点'];
    wb.getWorksheet('表')!.getRow(2).values = ['湖塘镇', 5, '多余'];
    await save(wb, path.join(dir, '多.xlsx'));
    fs.writeFileSync(path.join(dir, '旧.xlsx'), 'not a zip');
    const diagnostics = diagnosticsOf(() => readDataFiles(dir, show));
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.rule])).toEqual([
      ['多.xlsx', 2, 3, 'xlsx-columns'],
      ['旧.xlsx', 1, 1, 'xlsx-read'],
    ]);
    expect(diagnostics[0]!.message).toBe('工作表“表”C2“多余”在表头之外：这一列没有列名。');
    expect(diagnostics[1]!.hint).toMatch(/另存为“Excel 工作簿/);
  });

  test('a workbook beside a CSV of the same name is ambiguous', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getRow(1).values = ['板块', '重点'];
    await save(wb, path.join(dir, '达标任务.xlsx'));
    fs.writeFileSync(path.join(dir, '达标任务.csv'), '板块,重点\n');
    expect(diagnosticsOf(() => readDataFiles(dir, show)).map((d) => [d.file, d.rule])).toEqual([['达标任务.xlsx', 'data-duplicate']]);
  });
});

/** A temporary copy of the 武进 example with its registry beside it. */
function wujinCopy(): string {
  const root = tempDir();
  fs.cpSync(path.join(repo, 'content', 'wujin-2022-work-points'), path.join(root, 'wujin'), { recursive: true });
  fs.cpSync(path.join(repo, 'content', 'registries'), path.join(root, 'registries'), { recursive: true });
  return path.join(root, 'wujin');
}

async function openBook(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets[0]!;
}

const merges = (ws: ExcelJS.Worksheet) => [...(ws.model.merges as string[])].sort();
const LINE_PT = ((225 / 25.4) * 72) / 22;

describe('export-table', () => {
  let folder: string;
  beforeAll(() => {
    folder = wujinCopy();
  });

  test('附件6 as printed: title and three header rows merged, fonts, borders, widths in proportion', async () => {
    const ws = await openBook((await exportTable(folder, '附件6')).bytes);
    expect(ws.name).toBe('附件6');
    expect(ws.getCell('A1').value).toBe('达标企业创建任务清单（标准化+标杆）');
    expect(ws.getCell('A1').font.name).toBe('方正小标宋简体');
    expect(merges(ws)).toEqual(
      ['A1:I1', 'A2:A4', 'B2:C2', 'D2:E2', 'F2:I2', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4', 'H3:I3', 'B5:B17', 'C5:C17', 'D5:D17', 'E5:E17'].sort(),
    );
    expect(ws.getCell('A2').value).toBe('乡镇板块\n工作任务');
    expect(ws.getCell('F2').value).toBe('创成任务（2022年底）');
    expect(ws.getCell('H4').value).toBe('创建数');
    expect(ws.getCell('A2').font.name).toBe('黑体');
    expect(ws.getCell('A5').value).toBe('科教城');
    expect(ws.getCell('F6').value).toBe(5);
    expect(ws.getCell('A5').font.name).toBe('仿宋_GB2312');
    expect(ws.getCell('A18').value).toBe('武进区');
    expect(ws.getCell('A18').font.name).toBe('黑体');
    expect(ws.getCell('F18').value).toBe(75);
    // Covered cells of a merge carry the border too, so the printed grid is whole.
    expect(ws.getCell('C2').border.bottom?.style).toBe('thin');
    const widths = ws.columns.map((c) => c.width!);
    expect(widths[0]! / widths[1]!).toBeCloseTo(5 / 2.5, 2);
    // The 版心 is 156 mm wide; an Excel width unit is 7 px at 96 dpi.
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(156 / ((7 / 96) * 25.4), 1);
    expect(ws.pageSetup.printTitlesRow).toBe('2:4');
  });

  test('附件4, the 登记表: merged label cells and blank rows three lines tall', async () => {
    const ws = await openBook((await exportTable(folder, '附件4')).bytes);
    expect(merges(ws)).toEqual(['A1:D1', 'B3:D3', 'A4:D4', 'A7:D7'].sort());
    expect(ws.getCell('A3').value).toBe('企业地址');
    expect(ws.getCell('C8').value).toBe('储存量（吨）');
    expect(ws.getCell('B8').value).toBe('储存方式\n（储罐、中间库、化学品库）');
    expect(ws.getCell('A6').value).toBeNull();
    expect(ws.getRow(6).height).toBeCloseTo(3 * LINE_PT, 3);
    expect(ws.getRow(9).height).toBeCloseTo(3 * LINE_PT, 3);
    expect(ws.getCell('D9').border.right?.style).toBe('thin');
    expect(ws.getCell('A2').font.name).toBe('仿宋_GB2312');
  });

  test('the same document gives the same bytes', async () => {
    const a = (await exportTable(folder, '达标任务')).bytes;
    await new Promise((r) => setTimeout(r, 2100));
    const b = (await exportTable(folder, '达标任务.csv')).bytes;
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  test('the command writes the workbook, and names the tables when asked for one that is not there', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), cwd: path.dirname(folder), env: {} };
    expect(await exportTableCommand('wujin', '附件2', { out: 'out/试点.xlsx' }, io)).toBe(0);
    expect(out.join('')).toBe('已导出附件2：out/试点.xlsx\n');
    expect((await openBook(fs.readFileSync(path.join(path.dirname(folder), 'out', '试点.xlsx')))).getCell('B3').value).toBe('前黄镇');
    expect(await exportTableCommand('wujin', '附件9', {}, io)).toBe(1);
    expect(err.join('')).toContain('找不到表格“附件9”');
    expect(err.join('')).toContain('附件6（达标任务）');
  });
});

describe('a filled-in export read back as the data file', () => {
  let folder: string;
  let diagnostics: Diagnostic[];
  let exported: DataFile;
  beforeAll(async () => {
    folder = wujinCopy();
    const ws = await openBook((await exportTable(folder, '附件6')).bytes);
    const wb = ws.workbook;
    // What a township sends back: an alias for its own name, a changed figure, the total left as it was.
    ws.getCell('A6').value = '湖塘';
    ws.getCell('F6').value = 6;
    fs.rmSync(path.join(folder, '达标任务.csv'));
    await save(wb, path.join(folder, '达标任务.xlsx'));
    exported = readDataFiles(folder, show).get('达标任务')!;
    diagnostics = checkFolder(folder, { displayRoot: path.dirname(folder), templateDirs: [TEMPLATES_DIR] }).diagnostics;
  });

  test('its printed header reads back under the fields the table block reads', () => {
    expect(exported.fields).toEqual(['板块', '开展任务/重点行业领域', '开展任务/非重点规上企业', '申报任务/重点行业领域', '申报任务/非重点规上企业', '重点', '非重点', '标杆', '备注']);
    expect(exported.records[0]!.values).toMatchObject({ 板块: '科教城', 重点: 1, 非重点: 1, 标杆: 1, 备注: '' });
    expect(exported.records.at(-1)!.values).toMatchObject({ 板块: '武进区', 重点: 75 });
  });

  test('check reports the alias and the stale total at their cells', () => {
    const found = diagnostics.map((d) => [d.rule, d.file, d.line, d.column]);
    expect(found).toContainEqual(['township-name', 'wujin/达标任务.xlsx', 6, 1]);
    expect(found).toContainEqual(['table-total', 'wujin/达标任务.xlsx', 18, 6]);
    expect(diagnostics.find((d) => d.rule === 'table-total')!.message).toBe('“武进区”行的“重点行业领域”写的是75，各行之和是 76。');
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['table-total']);
  });
});
