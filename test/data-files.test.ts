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
