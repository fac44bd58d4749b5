/**
 * Reads a manual folder (manual.md, its chapter files, 图鉴.yaml, images, the standards
 * registry) into the manual model: chapters numbered, figures numbered by chapter (图2-1),
 * 图鉴 entries placed where a chapter asks for them, cross-references resolved to text.
 * Problems are collected as located diagnostics; errors throw one ContentError.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, positionAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ImageParagraph } from '../ir/from-markdown.js';
import { chapterSections, type Chapter, type Entry, type Figure, type Manual, type ManualBlock, manualInlines } from '../ir/manual.js';
import { chineseNumeral } from '../text/chinese-numeral.js';
import { ordinalFor } from '../ir/ordinals.js';
import { manualProfile } from '../layout/manual-profile.js';
import type { Block, Inline, Paragraph, SourcePosition, TextRun } from '../ir/types.js';
import type { ManualCheckContext } from '../check/manual-rule.js';
import { readFrontMatter, readLocatedYaml, type FrontMatterFile, type LocatedYaml } from './front-matter.js';
import { markdownBody } from './markdown-body.js';
import { readImage } from './read-image.js';
import { readText } from './read-text.js';
import { CHAPTER_KEYS, CITATION_KEYS, chapterSchema, ENTRY_KEYS, entriesFileSchema, IMAGE_KEYS, MANUAL_KEYS, manualSchema, percentShare } from './schemas/manual.js';
import { loadStandards, type StandardsRegistry } from './standards.js';
import { zodDiagnostics } from './zod-messages.js';
import type { LoadOptions } from './load-notice.js';

export const MANUAL_FILE = 'manual.md';

export interface LoadedManual {
  document: Manual;
  /** Warnings (errors are thrown). */
  diagnostics: Diagnostic[];
  checkContext: ManualCheckContext;
}

const FIGURE_WIDTH = /^(\d{1,3})%$/;

export function loadManual(folder: string, opts: LoadOptions = {}): LoadedManual {
  const root = opts.displayRoot ?? path.dirname(path.resolve(folder));
  const show = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const report = (position: SourcePosition, rule: string, message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
    diagnostics.push({ file: position.file, line: position.line, column: position.column, rule, severity, message, hint });
  const templateDirs = [...(opts.templateDirs ?? []), folder];

  const mainPath = path.join(folder, MANUAL_FILE);
  const fm = readFrontMatter(readText(mainPath), show(mainPath));
  const parsed = manualSchema.safeParse(fm.data);
  if (!parsed.success) throw new ContentError(zodDiagnostics(parsed.error.issues, fm, () => MANUAL_KEYS));
  const m = parsed.data;
  const pos = (y: LocatedYaml, p: readonly PropertyKey[]): SourcePosition => ({ file: y.file, ...y.locate(p) });

  const standards = m.标准库 ? loadStandards(path.resolve(folder, m.标准库), show(path.resolve(folder, m.标准库)), pos(fm, ['标准库'])) : undefined;
  const entrySource = m.图鉴 ? readEntries(folder, m.图鉴, show, pos(fm, ['图鉴'])) : undefined;

  // Figures are numbered per chapter as they are met; ids (from the image title) index them for references.
  const targets = new Map<string, { text: string; position: SourcePosition }>();
  const addTarget = (id: string, text: string, position: SourcePosition) => {
    const before = targets.get(id);
    if (before) report(position, 'manual-ref', `编号“${id}”已经用过（${before.position.file}:${before.position.line}）。`, '给这张图或这个条目换一个不重复的编号，交叉引用靠编号找到它。');
    else targets.set(id, { text, position });
  };
  let figureCount = 0;
  let chapterNumber = 0;
  const defaultWidth = manualProfile(m.纸张).style.figure.defaultWidthShare;
  const makeFigure = (spec: FigureSpec): Figure | undefined => {
    if (!spec.caption) {
      report(spec.position, 'manual-image', '这张图没有图题。', '在方括号里写图题：![有限空间作业流程](images/flow.png "作业流程")。');
      return undefined;
    }
    // Numbered and citable even when its image is bad: that is reported once, here, not again at every reference.
    const number = `图${chapterNumber}-${++figureCount}`;
    if (spec.id) addTarget(spec.id, number, spec.position);
    const r = readImage(folder, spec.src, spec.position);
    if (r.diagnostic) diagnostics.push(r.diagnostic);
    if (!r.image) return undefined;
    return { type: 'figure', ...(spec.id ? { id: spec.id } : {}), number, caption: spec.caption, image: r.image, widthShare: spec.width ?? defaultWidth, position: spec.position };
  };
  // ![图题](src "编号 60%"): the title holds the id, then optionally the width.
  const markdownFigure = (image: ImageParagraph): Figure | undefined => {
    const words = (image.title ?? '').trim().split(/\s+/).filter(Boolean);
    const last = words[words.length - 1];
    let width: number | undefined;
    if (last && FIGURE_WIDTH.test(last)) {
      width = percentShare(words.pop()!);
      if (width === undefined) {
        report(image.position, 'manual-image', `图的宽度 ${last} 超出范围。`, '宽度写版心宽度的 1% 到 100%，如 "作业流程 60%"。');
        return undefined;
      }
    }
    const id = words.join(' ');
    return makeFigure({ caption: image.caption, src: image.src, position: image.position, ...(id ? { id } : {}), ...(width !== undefined ? { width } : {}) });
  };

  // Entries are citable wherever they are printed; a repeated 编号 is reported with the entries below.
  for (const [i, e] of (entrySource?.entries ?? []).entries()) if (!targets.has(e.编号)) targets.set(e.编号, { text: `“${e.标题}”（${e.编号}）`, position: pos(entrySource!.y, ['条目', i, '编号']) });

  const preface = fm.body.trim() ? (markdownBlocks(fm, fm.data, templateDirs, diagnostics) as Block[]) : undefined;

  const placed = new Map<string, SourcePosition>();
  let entryNumber = 0;
  const chapters: Chapter[] = [];
  m.章节.forEach((name, i) => {
    const at = pos(fm, ['章节', i]);
    const full = path.join(folder, name);
    if (!fs.existsSync(full)) {
      report(at, 'missing-file', `第${i + 1}章的文件“${name}”不存在。`, `在 ${show(folder)} 里建立这个文件，或改正文件名（含扩展名 .md）。`);
      return;
    }
    const cfm = readFrontMatter(readText(full), show(full));
    const cp = chapterSchema.safeParse(cfm.data);
    if (!cp.success) {
      diagnostics.push(...zodDiagnostics(cp.error.issues, cfm, () => CHAPTER_KEYS));
      return;
    }
    chapterNumber = chapters.length + 1;
    figureCount = 0;
    const blocks: ManualBlock[] = markdownBlocks(cfm, { ...fm.data, ...cfm.data }, templateDirs, diagnostics, markdownFigure);
    const wanted = cp.data.图鉴;
    if (wanted) {
      if (!entrySource) {
        report(pos(cfm, ['图鉴']), 'manual-entry', '这一章要印图鉴，但 manual.md 没有指定图鉴文件。', '在 manual.md 的前置数据里加一行 图鉴: 图鉴.yaml。');
      } else {
        const ids = wanted === '全部' ? entrySource.entries.map((e) => e.编号) : wanted;
        let sections = blocks.filter((b) => b.type === 'heading' && b.level === 1).length;
        ids.forEach((id, k) => {
          const idAt = wanted === '全部' ? pos(cfm, ['图鉴']) : pos(cfm, ['图鉴', k]);
          const index = entrySource.entries.findIndex((e) => e.编号 === id);
          if (index < 0) {
            report(idAt, 'manual-entry', `图鉴里没有编号为“${id}”的条目。`, `检查编号是否写错；${entrySource.y.file} 里的编号有：${entrySource.entries.map((e) => e.编号).join('、')}。`);
            return;
          }
          const before = placed.get(id);
          if (before) {
            report(idAt, 'manual-entry', `条目“${id}”已经印在 ${before.file}:${before.line}，不能再印一次。`, '每个条目只在一章里列出；要提到它，用交叉引用 [](#编号)。');
            return;
          }
          placed.set(id, idAt);
          blocks.push(buildEntry(entrySource, index, ++entryNumber, ordinalFor(1, ++sections), makeFigure, standards));
        });
      }
    }
    chapters.push({ number: chapterNumber, ordinal: `第${chineseNumeral(chapterNumber)}章`, title: cp.data.标题, id: `ch${chapterNumber}`, blocks, position: pos(cfm, ['标题']) });
  });

  if (entrySource) {
    const seen = new Map<string, SourcePosition>();
    entrySource.entries.forEach((e, i) => {
      const at = pos(entrySource.y, ['条目', i, '编号']);
      const first = seen.get(e.编号);
      if (first) report(at, 'manual-entry', `条目编号“${e.编号}”重复，第一次出现在第${first.line}行。`, '给每个条目一个不重复的编号，如 YX-13。');
      else seen.set(e.编号, at);
      if (!first && !placed.has(e.编号)) report(at, 'manual-entry', `条目“${e.编号}”没有印在任何一章里。`, '在要印图鉴的那一章前置数据里写 图鉴: 全部，或把这个编号加进它的 图鉴 列表。', 'warning');
    });
  }

  // References resolve once every figure and entry has its number.
  for (const ch of chapters) for (const b of ch.blocks) for (const runs of manualInlines(b)) resolveRefs(runs, targets, report);
  if (preface) for (const b of preface) for (const runs of manualInlines(b)) resolveRefs(runs, targets, report);

  if (diagnostics.some((d) => d.severity === 'error')) throw new ContentError(diagnostics);

  const manual: Manual = {
    type: 'manual',
    title: m.标题,
    ...(m.副标题 ? { subtitle: m.副标题 } : {}),
    issuer: m.编制单位,
    ...(m.版次 ? { edition: m.版次 } : {}),
    date: m.日期.text,
    paper: m.纸张,
    ...(preface?.length ? { preface } : {}),
    chapters,
    toc: chapters.flatMap((ch) => [
      { level: 1 as const, text: `${ch.ordinal}　${ch.title}`, target: ch.id },
      ...chapterSections(ch).map((s) => ({ level: 2 as const, text: s.heading.ordinal + s.heading.children.map((c) => c.text).join(''), target: s.anchor })),
    ]),
    meta: { name: path.basename(path.resolve(folder)), author: m.编制单位, date: { year: m.日期.year, month: m.日期.month, day: m.日期.day } },
    position: { file: fm.file, line: 1, column: 1 },
  };
  return { document: manual, diagnostics, checkContext: { manual, planYear: m.日期.year, ...(standards ? { standards } : {}), standardsAt: pos(fm, ['标准库']) } };
}

/** A figure as written, before its image is read and its number given. */
interface FigureSpec {
  caption: string;
  src: string;
  position: SourcePosition;
  id?: string;
  width?: number;
}

function markdownBlocks(
  fm: FrontMatterFile,
  data: Record<string, unknown>,
  partialDirs: string[],
  diagnostics: Diagnostic[],
  figure?: (image: ImageParagraph) => Figure | undefined,
): ManualBlock[] {
  // `figure` reports its own problems, so the hook passes none back.
  const asHook = (make: (image: ImageParagraph) => Figure | undefined) => (image: ImageParagraph) => {
    const f = make(image);
    return { ...(f ? { figure: f } : {}), diagnostics: [] };
  };
  return markdownBody<Figure>(fm, data, { partialDirs, stated: [] }, { refs: true, ...(figure ? { figure: asHook(figure) } : {}) }, diagnostics);
}

interface EntrySource {
  y: LocatedYaml;
  /** The file's text, to locate each line of a multi-line value. */
  text: string;
  entries: ReturnType<typeof entriesFileSchema.parse>['条目'];
}

function readEntries(folder: string, name: string, show: (p: string) => string, at: SourcePosition): EntrySource | undefined {
  const full = path.resolve(folder, name);
  if (!fs.existsSync(full)) {
    throw new ContentError([{ file: at.file, line: at.line, column: at.column, rule: 'missing-file', severity: 'error', message: `图鉴文件“${name}”不存在。`, hint: '改正 图鉴 的文件名，或建立这个文件（格式见 README“图鉴”）。' }]);
  }
  const text = readText(full).replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const y = readLocatedYaml(text, show(full), (o) => positionAt(text, o));
  const parsed = entriesFileSchema.safeParse(y.data ?? {});
  if (!parsed.success) {
    throw new ContentError(
      zodDiagnostics(parsed.error.issues, y, (p) => (p.length <= 1 ? ['条目'] : p[2] === '图片' && p.length > 3 ? IMAGE_KEYS : p[2] === '规范标准' && p.length > 3 ? CITATION_KEYS : ENTRY_KEYS)),
    );
  }
  return { y, text, entries: parsed.data.条目 };
}

/**
 * A YAML text value as paragraphs (split at blank lines), one run per source line so text rules
 * can point at a column: each line is found in the file after the value's own position.
 */
function yamlParagraphs(src: EntrySource, value: string, p: readonly PropertyKey[]): Paragraph[] {
  const start = src.y.locate(p);
  const lines = src.text.split('\n');
  let cursor = start.line - 1;
  const out: Paragraph[] = [];
  for (const block of value.split(/\n\s*\n/)) {
    const runs: TextRun[] = [];
    for (const line of block.split('\n').map((l) => l.trim()).filter(Boolean)) {
      let found = -1;
      for (let i = cursor; i < lines.length && found < 0; i++) if (lines[i]!.includes(line)) found = i;
      const position: SourcePosition = found >= 0 ? { file: src.y.file, line: found + 1, column: [...lines[found]!.slice(0, lines[found]!.indexOf(line))].length + 1 } : { file: src.y.file, ...start };
      if (found >= 0) cursor = found + 1;
      runs.push({ type: 'text', text: line, position });
    }
    if (runs.length) out.push({ type: 'paragraph', children: runs, position: runs[0]!.position });
  }
  return out;
}

function buildEntry(
  src: EntrySource,
  index: number,
  number: number,
  ordinal: string,
  figure: (spec: FigureSpec) => Figure | undefined,
  standards: StandardsRegistry | undefined,
): Entry {
  const e = src.entries[index]!;
  const base = ['条目', index];
  const at = (...p: PropertyKey[]): SourcePosition => ({ file: src.y.file, ...src.y.locate([...base, ...p]) });
  const titleAt = at('标题');
  const figures = e.图片.flatMap((img, k) => {
    const f = figure({ caption: img.说明, src: img.文件, ...(img.宽度 !== undefined ? { width: img.宽度 } : {}), position: at('图片', k, '文件') });
    return f ? [f] : [];
  });
  return {
    type: 'entry',
    id: e.编号,
    number,
    heading: { type: 'heading', level: 1, ordinal, children: [{ type: 'text', text: e.标题, position: titleAt }], position: titleAt },
    problem: yamlParagraphs(src, e.问题描述, [...base, '问题描述']),
    standards: e.规范标准.map((c, k) => {
      const found = standards?.find(c.标准);
      return {
        code: found?.code ?? c.标准,
        title: found?.title ?? '',
        ...(c.条款 ? { clause: c.条款 } : {}),
        ...(c.内容 ? { text: c.内容 } : {}),
        position: at('规范标准', k, '标准'),
      };
    }),
    measures: e.对策措施.flatMap((text, k) => yamlParagraphs(src, text, [...base, '对策措施', k]).map((p, j) => (j === 0 ? { ...p, ordinal: `${k + 1}.` } : p))),
    ...(e.事故案例 ? { accident: yamlParagraphs(src, e.事故案例, [...base, '事故案例']) } : {}),
    figures,
    position: at('编号'),
  };
}

/** Fills each [](#id) run with its target's text: 图2-1 for a figure, “标题”（YX-03） for an entry. */
function resolveRefs(runs: Inline[], targets: Map<string, { text: string }>, report: (at: SourcePosition, rule: string, message: string, hint: string) => void): void {
  for (const r of runs) {
    if (r.ref === undefined) continue;
    const t = targets.get(r.ref);
    if (t) r.text = t.text;
    else report(r.position, 'manual-ref', `交叉引用的编号“${r.ref}”找不到对应的图或图鉴条目。`, `检查编号是否写错；图的编号写在图片标记的引号里（![图题](images/x.png "编号")），条目的编号是图鉴文件里的“编号”。${[...targets.keys()].length ? `现有编号：${[...targets.keys()].slice(0, 12).join('、')}` : ''}`);
  }
}
