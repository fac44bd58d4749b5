/**
 * A manual model built by hand, so the manual renderers can be tested apart from the loader:
 * a 前言, a chapter of sections long enough to run over several pages, with a figure and a
 * table, and a 图鉴 chapter of two entries with standards, measures, an accident and photos.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Block, Heading, Inline, Paragraph, SourcePosition } from '../../src/ir/types.js';
import type { Chapter, Entry, Figure, ImageData, Manual, Paper, TocEntry } from '../../src/ir/manual.js';
import { chapterSections } from '../../src/ir/manual.js';

const IMAGES = path.join(import.meta.dirname, '../fixtures/manual/images');
const at = (line: number): SourcePosition => ({ file: 'sample/chapter.md', line, column: 1 });
const run = (text: string, line = 1): Inline => ({ type: 'text', text, position: at(line) });
const para = (text: string, line = 1): Paragraph => ({ type: 'paragraph', children: [run(text, line)], position: at(line) });
const heading = (level: 1 | 2, ordinal: string, text: string): Heading => ({ type: 'heading', level, ordinal, children: [run(text)], position: at(1) });

export function sampleImage(name: 'wide' | 'tall'): ImageData {
  const bytes = new Uint8Array(fs.readFileSync(path.join(IMAGES, `${name}.png`)));
  return { src: `images/${name}.png`, format: 'png', bytes, widthPx: name === 'wide' ? 400 : 300, heightPx: name === 'wide' ? 250 : 400 };
}

const figure = (number: string, caption: string, name: 'wide' | 'tall', widthShare = 0.6): Figure => ({ type: 'figure', number, caption, image: sampleImage(name), widthShare, position: at(1) });

const filler = (topic: string, n: number): Paragraph[] =>
  Array.from({ length: n }, (_, i) =>
    para(`${topic}第${i + 1}段：进入有限空间作业前，应当先通风、再检测、后作业，检测结果合格并经审批后方可进入。作业过程中应当保持连续通风，监护人员不得离开作业现场，发现异常立即撤离。`),
  );

function entry(number: number, ordinal: string, id: string, title: string, photo: 'wide' | 'tall', figNumber: string): Entry {
  return {
    type: 'entry',
    id,
    number,
    heading: heading(1, ordinal, title),
    problem: [para(`${title}。作业人员在未采取任何防护措施的情况下进入有限空间，存在中毒和窒息的危险。`)],
    standards: [
      { code: 'GB 8958—2006', title: '缺氧危险作业安全规程', clause: '4.2.1', text: '作业前必须检测作业场所空气中的氧含量。', position: at(1) },
      { code: 'GB 30871—2022', title: '危险化学品企业特殊作业安全规范', position: at(1) },
    ],
    measures: [
      { ...para('作业前对有限空间进行辨识并设置警示标志。'), ordinal: '1.' },
      { ...para('严格执行“先通风、再检测、后作业”的要求。'), ordinal: '2.' },
    ],
    accident: [para('某企业两名工人在未检测的情况下进入污水井清淤，先后晕倒，施救人员盲目施救，造成三人死亡。')],
    figures: [figure(figNumber, `${title}示意`, photo, 0.5)],
    position: at(1),
  };
}

const table: Block = {
  type: 'table',
  columnWidths: [2, 5, 3],
  rows: [
    { kind: 'header', cells: ['序号', '气体', '限值'].map((t) => ({ paragraphs: [[run(t)]], rowSpan: 1, colSpan: 1, align: 'center' as const, position: at(1) })), position: at(1) },
    ...[
      ['1', '氧气', '19.5%～23.5%'],
      ['2', '硫化氢', '10 mg/m³'],
      ['3', '一氧化碳', '30 mg/m³'],
    ].map((r) => ({ kind: 'body' as const, cells: r.map((t) => ({ paragraphs: [[run(t)]], rowSpan: 1, colSpan: 1, align: 'center' as const, position: at(1) })), position: at(1) })),
  ],
  position: at(1),
};

export function sampleManual(paper: Paper = 'A4'): Manual {
  const ch1: Chapter = {
    number: 1,
    ordinal: '第一章',
    title: '有限空间基本知识',
    id: 'ch1',
    blocks: [
      heading(1, '一、', '什么是有限空间'),
      ...filler('定义', 6),
      figure('图1-1', '有限空间作业流程', 'wide'),
      heading(2, '（一）', '密闭设备'),
      ...filler('设备', 5),
      heading(1, '二、', '主要危险有害因素'),
      ...filler('危害', 8),
      table,
      heading(1, '三、', '作业审批'),
      ...filler('审批', 10),
    ],
    position: at(1),
  };
  const ch2: Chapter = {
    number: 2,
    ordinal: '第二章',
    title: '常见隐患图鉴',
    id: 'ch2',
    blocks: [para('本章列出有限空间作业中最常见的隐患。'), entry(1, '一、', 'YX-01', '作业前未进行气体检测', 'wide', '图2-1'), entry(2, '二、', 'YX-02', '监护人员擅离职守', 'tall', '图2-2')],
    position: at(1),
  };
  const chapters = [ch1, ch2];
  const toc: TocEntry[] = chapters.flatMap((ch) => [
    { level: 1 as const, text: `${ch.ordinal}　${ch.title}`, target: ch.id },
    ...chapterSections(ch).map((s) => ({ level: 2 as const, text: `${s.heading.ordinal}${s.heading.children.map((c) => c.text).join('')}`, target: s.anchor })),
  ]);
  return {
    type: 'manual',
    title: '有限空间作业安全指导手册',
    subtitle: '工贸企业适用',
    issuer: '示例市应急管理局',
    edition: '2026年版',
    date: '2026年11月',
    paper,
    preface: [para('为指导工贸企业做好有限空间作业安全工作，我局编制了本手册。'), para('本手册供企业主要负责人、安全管理人员和作业人员学习使用。')],
    chapters,
    toc,
    meta: { name: 'sample-manual', author: '示例市应急管理局', date: { year: 2026, month: 11, day: 1 } },
    position: at(1),
  };
}
