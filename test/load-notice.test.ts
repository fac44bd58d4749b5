/**
 * Loader fixtures: each folder under test/fixtures/content is a notice with one kind of bad
 * input; expected-diagnostics.json lists where and under which rule it must be reported.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadNotice } from '../src/content/load-notice.js';
import { sortDiagnostics } from '../src/diagnostics/diagnostic.js';
import { checkFolder } from '../src/check/check-folder.js';

const root = path.join(import.meta.dirname, 'fixtures', 'content');
const cases = fs.readdirSync(root).filter((c) => fs.existsSync(path.join(root, c, 'expected-diagnostics.json')));
const CJK = /[\u4e00-\u9fff]/;

const diagnosticsOf = (folder: string) => checkFolder(folder, { displayRoot: root }).diagnostics;

describe('bad input is reported with file, line, column and rule, in Chinese', () => {
  test('there are fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const c of cases) {
    test(c, () => {
      const expected = JSON.parse(fs.readFileSync(path.join(root, c, 'expected-diagnostics.json'), 'utf8'));
      const actual = diagnosticsOf(path.join(root, c));
      expect(actual.map(({ file, line, column, rule, severity }) => ({ file, line, column, rule, severity }))).toEqual(sortDiagnostics(expected));
      for (const d of actual) {
        expect(d.message).toMatch(CJK);
        expect(d.message).not.toMatch(/at .*\.(js|ts):\d+/);
        if (d.severity === 'error') expect(d.hint ?? '').toMatch(CJK);
      }
    });
  }
});

describe('the 太仓 example', () => {
  const folder = path.join(import.meta.dirname, '..', 'content', 'taicang-2021-work-points');
  test('loads without diagnostics', () => {
    expect(loadNotice(folder).diagnostics).toEqual([]);
  });
  test('matches the golden model', async () => {
    const { document } = loadNotice(folder, { displayRoot: path.join(import.meta.dirname, '..') });
    await expect(JSON.stringify(document, null, 1) + '\n').toMatchFileSnapshot('fixtures/models/taicang-2021-work-points.json');
  });
  test('numbers measures 1–20 across the four sections and the headings 一、（一）', () => {
    const { document } = loadNotice(folder);
    const body = document.attachments[0]!.body;
    const ordinals = body.filter((b) => b.type === 'paragraph' && b.ordinal).map((b) => (b.type === 'paragraph' ? b.ordinal : ''));
    expect(ordinals).toEqual(Array.from({ length: 20 }, (_, i) => `${i + 1}.`));
    expect(body.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.ordinal : ''))).toEqual(['一、', '二、', '三、', '（一）', '（二）', '（三）', '（四）']);
  });
  test('positions point into the attachment file, after its front matter', () => {
    const { document } = loadNotice(folder, { displayRoot: path.join(import.meta.dirname, '..', 'content') });
    const first = document.attachments[0]!.body[0]!;
    expect(first.position).toEqual({ file: 'taicang-2021-work-points/附件1-工作要点.md', line: 7, column: 1 });
  });
});

describe('files saved as GBK', () => {
  test('an index.md saved by older Notepad or WPS in the ANSI code page loads like UTF-8', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-gbk-'));
    const text = '---\n发文机关标志: 某某局文件\n标题: 关于某事的通知\n署名: 某某局\n成文日期: 2022年3月1日\n---\n\n正文第一段。\n';
    fs.writeFileSync(path.join(dir, 'index.md'), new Uint8Array(gbk(text)));
    const { document } = loadNotice(dir);
    expect(document.title).toEqual(['关于某事的通知']);
    expect(document.body[0]!.type === 'paragraph' && document.body[0]!.children[0]!.text).toBe('正文第一段。');
  });
});

/** GBK bytes of a text, built from the decoder (Node can decode GBK but not encode it). */
function gbk(text: string): number[] {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!));
}
