import { describe, expect, test } from 'vitest';
import { blocksFromMarkdown } from '../src/ir/from-markdown.js';
import type { Paragraph, Table } from '../src/ir/types.js';

const parse = (text: string) => blocksFromMarkdown({ text, toSource: (line, column) => ({ file: 'a.md', line, column }) });

describe('Markdown → model', () => {
  test('a paragraph written over several lines keeps one run per line, each at its own position', () => {
    const { blocks } = parse('第一行文字\n  第二行文字 and\nmore words');
    const p = blocks[0] as Paragraph;
    expect(p.children.map((r) => [r.text, r.position.line, r.position.column])).toEqual([
      ['第一行文字', 1, 1],
      ['第二行文字 and ', 2, 3],
      ['more words', 3, 1],
    ]);
  });

  test('a pipe table becomes a table with a header row and the column alignments', () => {
    const { blocks, diagnostics } = parse('| 板块 | 数量 |\n|:--|--:|\n| 湖塘镇 | 5 |\n');
    expect(diagnostics).toEqual([]);
    const t = blocks[0] as Table;
    expect(t.rows.map((r) => r.kind)).toEqual(['header', 'body']);
    expect(t.rows[1]!.cells.map((c) => [c.paragraphs[0]![0]!.text, c.align, c.position.line, c.position.column])).toEqual([
      ['湖塘镇', 'left', 3, 3],
      ['5', 'right', 3, 9],
    ]);
  });

  test('a 表格 block goes to the table builder with positions inside the block', () => {
    const seen: number[] = [];
    const { blocks } = blocksFromMarkdown({
      text: '正文。\n\n```表格\n列:\n  - 名称: 甲\n```\n',
      toSource: (line, column) => ({ file: 'a.md', line, column }),
      table: (yaml, at, position) => {
        seen.push(at(yaml.indexOf('名称')).line, position.line);
        return { diagnostics: [] };
      },
    });
    expect(seen).toEqual([5, 3]);
    expect(blocks).toHaveLength(1);
  });

  test('without a table builder a 表格 block is refused with a located error', () => {
    const { diagnostics } = parse('```表格\n列: []\n```\n');
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['markdown-unsupported', 1]]);
  });
});
