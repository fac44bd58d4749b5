/** Data files as clerks save them from Excel and WPS. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDataFiles } from '../src/content/data-files.js';

const folder = path.join(import.meta.dirname, 'fixtures', 'data');
const files = readDataFiles(folder, (p) => path.basename(p));

describe('data files', () => {
  test('a CSV saved as “CSV（逗号分隔）” on Chinese Windows (GBK) reads like UTF-8', () => {
    const f = files.get('gbk')!;
    expect(f.fields).toEqual(['板块', '重点']);
    expect(f.records.map((r) => r.values)).toEqual([
      { 板块: '湖塘镇', 重点: 5 },
      { 板块: '雪堰镇', 重点: 15 },
    ]);
    expect(f.records[1]!.positions['重点']).toEqual({ file: 'gbk.csv', line: 3, column: 5 });
  });

  test('a UTF-8 CSV with a byte-order mark keeps its first header clean', () => {
    expect(files.get('utf8-bom')!.fields).toEqual(['板块', '重点']);
  });
});

describe('a broken CSV', () => {
  test('is reported in Chinese at its line, with how to fix it', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-csv-'));
    fs.writeFileSync(path.join(dir, '坏.csv'), '板块,重点\n"湖塘镇,5\n');
    let diagnostics: { line: number; rule: string; message: string; hint?: string }[] = [];
    try {
      readDataFiles(dir, (p) => path.basename(p));
    } catch (e) {
      diagnostics = (e as { diagnostics: typeof diagnostics }).diagnostics;
    }
    expect(diagnostics.map((d) => [d.line, d.rule])).toEqual([[2, 'csv-syntax']]);
    expect(diagnostics[0]!.message).toBe('CSV 文件里有一个英文双引号没有配对，从这一行起的内容都被当成了一个单元格。');
    expect(diagnostics[0]!.hint).toMatch(/双引号/);
  });
});
