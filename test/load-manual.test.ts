/** The manual loader: numbering, figures, 图鉴 entries, references and the 目录, from a small folder. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFolder, isManual } from '../src/check/check-folder.js';
import type { Entry, Figure, Manual } from '../src/ir/manual.js';
import type { Paragraph } from '../src/ir/types.js';

const repo = path.join(import.meta.dirname, '..');
const checked = checkFolder(path.join(repo, 'test/fixtures/manual/basic'), { displayRoot: repo });
const manual = checked.loaded && isManual(checked.loaded) ? checked.loaded.document : (undefined as unknown as Manual);
const text = (p: Paragraph) => p.children.map((c) => c.text).join('');

describe('a manual folder', () => {
  test('loads as a manual with no findings', () => {
    expect(checked.diagnostics).toEqual([]);
    expect(manual.type).toBe('manual');
    expect([manual.title, manual.subtitle, manual.issuer, manual.edition, manual.date, manual.paper]).toEqual(['有限空间作业安全指导手册', '工贸企业适用', '示例市应急管理局', '2026年版', '2026年11月', 'A5']);
    expect(manual.meta).toEqual({ name: 'basic', author: '示例市应急管理局', date: { year: 2026, month: 11, day: 1 } });
  });

  test('chapters are numbered 第一章, 第二章 with anchors', () => {
    expect(manual.chapters.map((c) => [c.ordinal, c.title, c.id])).toEqual([
      ['第一章', '有限空间基本知识', 'ch1'],
      ['第二章', '常见隐患图鉴', 'ch2'],
    ]);
  });

  test('figures are numbered by chapter and sized from the title', () => {
    const fig = manual.chapters[0]!.blocks.find((b) => b.type === 'figure') as Figure;
    expect([fig.number, fig.caption, fig.id, fig.widthShare, fig.image.format, fig.image.widthPx, fig.image.heightPx]).toEqual(['图1-1', '有限空间作业流程', '作业流程', 0.6, 'png', 400, 250]);
    const entry = manual.chapters[1]!.blocks.find((b) => b.type === 'entry') as Entry;
    expect(entry.figures.map((f) => [f.number, f.caption, f.widthShare])).toEqual([['图2-1', '未检测即进入污水井', 0.5]]);
  });

  test('entries continue the chapter’s section numbers and resolve their standards', () => {
    const entries = manual.chapters[1]!.blocks.filter((b): b is Entry => b.type === 'entry');
    expect(entries.map((e) => [e.id, e.number, e.heading.ordinal])).toEqual([
      ['YX-01', 1, '二、'],
      ['YX-02', 2, '三、'],
    ]);
    const [first] = entries;
    expect(first!.problem.map(text)).toEqual(['作业人员未检测即进入污水井。', '井内硫化氢浓度超标，作业人员很快晕倒。']);
    // Each line of a block value keeps its own line in 图鉴.yaml.
    expect(first!.problem[1]!.children.map((c) => [c.position.line, c.position.column])).toEqual([
      [7, 7],
      [8, 7],
    ]);
    expect(first!.standards).toMatchObject([{ code: 'GB 8958—2006', title: '缺氧危险作业安全规程', clause: '4.2.1', text: '作业前必须检测氧含量。' }]);
    expect(first!.measures.map((p) => [p.ordinal, text(p)])).toEqual([
      ['1.', '先通风、再检测、后作业。'],
      ['2.', '检测合格后方可进入。'],
    ]);
    expect(first!.accident?.map(text)).toEqual(['某企业两名工人在未检测的情况下进入污水井清淤，造成两人死亡。']);
  });

  test('cross-references print the figure number or the entry title', () => {
    expect(text(manual.preface![0] as Paragraph)).toBe('本手册依据 GB 8958—2006 等标准编写，作业流程见图1-1。');
    const last = manual.chapters[0]!.blocks.at(-1) as Paragraph;
    expect(text(last)).toBe('作业流程见图1-1，典型隐患见“监护人员擅离职守”（YX-02）。');
  });

  test('the 目录 lists chapters and their level-1 sections and entries', () => {
    expect(manual.toc).toEqual([
      { level: 1, text: '第一章　有限空间基本知识', target: 'ch1' },
      { level: 2, text: '一、什么是有限空间', target: 'ch1-s1' },
      { level: 2, text: '二、作业审批', target: 'ch1-s2' },
      { level: 1, text: '第二章　常见隐患图鉴', target: 'ch2' },
      { level: 2, text: '一、怎样使用本章', target: 'ch2-s1' },
      { level: 2, text: '二、作业前未进行气体检测', target: 'ch2-s2' },
      { level: 2, text: '三、监护人员擅离职守', target: 'ch2-s3' },
    ]);
  });
});
