/**
 * The model of a guidance manual (指导手册, 图鉴): a cover, a 前言, a 目录 built from the
 * chapters, and chapters of blocks, figures and 图鉴 entries. Everything is resolved by the
 * loader: numbers (第一章, 图2-1, entry numbers), cross-references (as text) and standards
 * (from the registry), so renderers only lay it out.
 */
import type { Block, Heading, Inline, Paragraph, SourcePosition } from './types.js';

export type Paper = 'A4' | 'A5';

/** An image from the content folder, already read and measured (renderers never read files). */
export interface ImageData {
  /** Path relative to the content folder, as written; also the name inside the DOCX package. */
  src: string;
  format: 'png' | 'jpeg';
  bytes: Uint8Array;
  widthPx: number;
  heightPx: number;
}

/** A numbered figure: the image, then its caption "图2-1　有限空间作业流程" centred under it. */
export interface Figure {
  type: 'figure';
  /** The author's id (the link title), for cross-references; absent when nothing may cite it. */
  id?: string;
  /** As printed: "图2-1". */
  number: string;
  caption: string;
  image: ImageData;
  /** Printed width as a share of the 版心 width (0–1]; the height follows the image's aspect ratio. */
  widthShare: number;
  position: SourcePosition;
}

/** A 规范标准 item of an entry, resolved from the standards registry. */
export interface StandardCitation {
  /** As printed: "GB 8958—2006". */
  code: string;
  /** 《有限空间作业安全技术规范》 without the book-title marks. */
  title: string;
  /** Clause, e.g. "4.2.3"; absent when the whole standard is meant. */
  clause?: string;
  /** The clause's requirement as quoted by the author. */
  text?: string;
  position: SourcePosition;
}

/**
 * One 图鉴 entry. Printed as a section of its chapter: the heading (ordinal + title), then the
 * labelled parts in this order — 问题描述 (with the figures), 规范标准, 对策措施, 事故案例.
 */
export interface Entry {
  type: 'entry';
  /** The author's id, e.g. "YX-03"; unique across the manual. */
  id: string;
  /** 1-based over the whole 图鉴. */
  number: number;
  /** The section heading the entry is printed under (level 1, ordinal continuing the chapter's). */
  heading: Heading;
  problem: Paragraph[];
  standards: StandardCitation[];
  /** Numbered 1. 2. … as ordinals. */
  measures: Paragraph[];
  /** 事故案例: absent when the entry has none. */
  accident?: Paragraph[];
  figures: Figure[];
  position: SourcePosition;
}

export type ManualBlock = Block | Figure | Entry;

export interface Chapter {
  /** 1-based. */
  number: number;
  /** As printed before the title: "第一章". */
  ordinal: string;
  title: string;
  /** Anchor for the 目录, bookmarks and cross-references: "ch1". */
  id: string;
  blocks: ManualBlock[];
  position: SourcePosition;
}

/** A line of the 目录: chapters (level 1) and their level-1 sections and entries (level 2). */
export interface TocEntry {
  level: 1 | 2;
  /** As printed: "第一章　有限空间基本知识" or "一、辨识有限空间". */
  text: string;
  /** The chapter id, or the section's anchor "ch1-s2" (chapter 1, its second level-1 heading or entry). */
  target: string;
}

export interface Manual {
  type: 'manual';
  title: string;
  subtitle?: string;
  /** 编制单位, printed on the cover. */
  issuer: string;
  /** 版次, e.g. "2026年版". */
  edition?: string;
  /** Cover date as printed, e.g. "2026年11月". */
  date: string;
  paper: Paper;
  /** 前言: absent when the manual has none. */
  preface?: Block[];
  chapters: Chapter[];
  toc: TocEntry[];
  meta: { name: string; author: string; date: { year: number; month: number; day: number } };
  position: SourcePosition;
}

/** Anchor of the `index`-th (1-based) level-1 heading or entry of chapter `chapter`. */
export function sectionAnchor(chapter: number, index: number): string {
  return `ch${chapter}-s${index}`;
}

/** Every inline run of a block, for rules that read text. */
export function manualInlines(b: ManualBlock): Inline[][] {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return [b.children];
    case 'table':
      return b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs));
    case 'figure':
      return [];
    case 'entry':
      return [b.heading.children, ...[...b.problem, ...b.measures, ...(b.accident ?? [])].map((p) => p.children)];
  }
}

/** The level-1 headings and entries of a chapter in order, with their anchors: what the 目录 and bookmarks list. */
export function chapterSections(ch: Chapter): { anchor: string; heading: Heading }[] {
  const out: { anchor: string; heading: Heading }[] = [];
  for (const b of ch.blocks) {
    const heading = b.type === 'entry' ? b.heading : b.type === 'heading' && b.level === 1 ? b : undefined;
    if (heading) out.push({ anchor: sectionAnchor(ch.number, out.length + 1), heading });
  }
  return out;
}
