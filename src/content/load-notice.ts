/**
 * Reads a notice folder (index.md + attachment files) into the document model.
 * Every problem found is collected as a located diagnostic; errors throw one ContentError.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Attachment, Block, DateValue, DocumentHead, Enclosure, OfficialDocument, SourcePosition } from '../ir/types.js';
import { forwardedSchema } from './schemas/forwarded.js';
import { enclosureSchema } from './schemas/enclosure.js';
import { readFrontMatter, type FrontMatterFile } from './front-matter.js';
import { markdownBody } from './markdown-body.js';
import { attachmentSchema } from './schemas/attachment.js';
import { ATTACHMENT_ENTRY_KEYS, noticeSchema } from './schemas/notice.js';
import { zodDiagnostics } from './zod-messages.js';
import type { CheckContext, StatedQuantity } from '../check/rule.js';
import { declaredTotalLabels, readDataFiles, templateData } from './data-files.js';
import { readText } from './read-text.js';
import { loadRegistry } from './registry.js';
import { buildTableBlock, type TableEnv } from './table-block.js';
import { loadTasks } from '../tasks/load-tasks.js';
import { taskTemplateData } from '../tasks/task-set.js';

export const MAIN_FILE = 'index.md';

export interface LoadOptions {
  /** File names in diagnostics are shown relative to this folder (the CLI passes the working directory). */
  displayRoot?: string;
  /** Folders of shared partials (the repository's templates/); the document folder is always added. */
  templateDirs?: string[];
}

export interface Loaded {
  document: OfficialDocument;
  /** Warnings (errors are thrown). */
  diagnostics: Diagnostic[];
  /** What `check` needs besides the model. */
  checkContext: CheckContext;
}

export function loadNotice(folder: string, opts: LoadOptions = {}): Loaded {
  const root = opts.displayRoot ?? path.dirname(path.resolve(folder));
  const show = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const mainPath = path.join(folder, MAIN_FILE);
  if (!fs.existsSync(mainPath)) {
    throw new ContentError([
      {
        file: show(folder),
        line: 1,
        column: 1,
        rule: 'missing-file',
        severity: 'error',
        message: `文件夹里没有 ${MAIN_FILE}。`,
        hint: `每份公文是一个文件夹，主文件命名为 ${MAIN_FILE}；手册的主文件是 manual.md（格式见 README）。`,
      },
    ]);
  }
  // Every Markdown file of the folder, read once: the total-row scan, the parsers and the stray-file check share them.
  const markdown = new Map(
    fs
      .readdirSync(folder)
      .filter((f) => f.toLowerCase().endsWith('.md'))
      .sort()
      .map((f) => [f, readText(path.join(folder, f))] as const),
  );
  const readMarkdown = (file: string) => markdown.get(path.relative(folder, file)) ?? readText(file);
  const fm = readFrontMatter(readMarkdown(mainPath), show(mainPath));
  const parsed = noticeSchema.safeParse(fm.data);
  if (!parsed.success) {
    throw new ContentError(zodDiagnostics(parsed.error.issues, fm, (p) => (p[0] === '附件' ? ATTACHMENT_ENTRY_KEYS : Object.keys(noticeSchema.shape))));
  }
  const n = parsed.data;
  const pos = (p: readonly PropertyKey[]): SourcePosition => ({ file: fm.file, ...fm.locate(p) });
  const date = (d: { year: number; month: number; day: number }, p: readonly PropertyKey[]): DateValue => ({ ...d, position: pos(p) });
  const templateDirs = [...(opts.templateDirs ?? []), folder];
  const registry = n.名录 ? loadRegistry(folder, n.名录, pos(['名录']), show) : undefined;
  const dataFiles = readDataFiles(folder, show);
  const stated: StatedQuantity[] = [];
  const tablesData = templateData(dataFiles, declaredTotalLabels([...markdown.values()]));
  const tasks = loadTasks(folder, show, { data: { ...fm.data, 表: tablesData }, templateDirs, stated });
  const env: BodyEnv = { templateDirs, tables: { dataFiles, registry, tasks }, stated };
  // What every body's templates see besides its own front matter.
  const shared = { 表: tablesData, ...(tasks ? { 任务清单: taskTemplateData(tasks) } : {}) };

  const body = parseBody(fm, { ...fm.data, ...shared }, env, diagnostics);

  let enclosure: Enclosure | undefined;
  let list: { entries: typeof n.附件; fm: FrontMatterFile; data: Record<string, unknown> } = { entries: n.附件, fm, data: fm.data };
  const enclosedKey = n.印发件 ? '印发件' : n.转发件 ? '转发件' : undefined;
  const enclosedFile = n.印发件 ?? n.转发件;
  if (enclosedKey && enclosedFile) {
    const file = path.join(folder, enclosedFile);
    if (!fs.existsSync(file)) {
      throw new ContentError([
        { file: fm.file, ...fm.locate([enclosedKey]), rule: 'missing-file', severity: 'error', message: `${enclosedKey}“${enclosedFile}”不存在。`, hint: `在 ${show(folder)} 里建立这个文件，或改正文件名（含扩展名 .md）。` },
      ]);
    }
    const efm = readFrontMatter(readMarkdown(file), show(file));
    const epos = (p: readonly PropertyKey[]): SourcePosition => ({ file: efm.file, ...efm.locate(p) });
    const data = { ...fm.data, ...efm.data, ...shared };
    const located = (d: { year: number; month: number; day: number }, p: readonly PropertyKey[]): DateValue => ({ ...d, position: epos(p) });
    if (enclosedKey === '印发件') {
      const ep = enclosureSchema.safeParse(efm.data);
      if (!ep.success) throw new ContentError(zodDiagnostics(ep.error.issues, efm, (p) => (p[0] === '附件' ? ATTACHMENT_ENTRY_KEYS : Object.keys(enclosureSchema.shape))));
      const e = ep.data;
      enclosure = {
        kind: 'printed',
        title: e.标题,
        titlePosition: epos(['标题']),
        body: parseBody(efm, data, env, diagnostics),
        attachmentNotes: e.附件.map((a, i) => ({ number: i + 1, title: a.标题, position: epos(['附件', i, '标题']) })),
        // The notice carries the seal; the printed document's 落款 is unsealed.
        signature: { names: e.署名 ?? n.署名 ?? [], date: e.成文日期 ? located(e.成文日期, ['成文日期']) : date(n.成文日期, ['成文日期']), sealed: false },
        position: { file: efm.file, line: 1, column: 1 },
      };
      list = { entries: e.附件, fm: efm, data: { ...fm.data, ...efm.data } };
    } else {
      const fp = forwardedSchema.safeParse(efm.data);
      if (!fp.success) throw new ContentError(zodDiagnostics(fp.error.issues, efm, (p) => (p[0] === '附件' ? ATTACHMENT_ENTRY_KEYS : Object.keys(forwardedSchema.shape))));
      const f = fp.data;
      const markPosition = epos(['发文机关标志']);
      enclosure = {
        kind: 'forwarded',
        head: {
          mark: markOf(f.发文机关标志, f.标志后缀, markPosition),
          ...(f.发文字号 ? { docNumber: { text: f.发文字号, position: epos(['发文字号']) } } : {}),
        },
        title: f.标题,
        titlePosition: epos(['标题']),
        ...(f.主送 ? { recipients: f.主送.replace(/[:：]?\s*$/, '：') } : {}),
        body: parseBody(efm, data, env, diagnostics),
        attachmentNotes: f.附件.map((a, i) => ({ number: i + 1, title: a.标题, position: epos(['附件', i, '标题']) })),
        signature: { names: f.署名, date: located(f.成文日期, ['成文日期']), sealed: f.印章 },
        position: { file: efm.file, line: 1, column: 1 },
      };
      list = { entries: f.附件, fm: efm, data: { ...fm.data, ...efm.data } };
    }
  }

  const attachments: Attachment[] = [];
  list.entries.forEach((entry, i) => {
    if (!entry.文件) return;
    const file = path.join(folder, entry.文件);
    const number = i + 1;
    if (!fs.existsSync(file)) {
      diagnostics.push({
        file: list.fm.file,
        ...list.fm.locate(['附件', i, '文件']),
        rule: 'missing-file',
        severity: 'error',
        message: `附件${number}的文件“${entry.文件}”不存在。`,
        hint: `在 ${show(folder)} 里建立这个文件，或改正文件名（区分大小写，含扩展名 .md）。`,
      });
      return;
    }
    const afm = readFrontMatter(readMarkdown(file), show(file));
    const ap = attachmentSchema.safeParse(afm.data);
    if (!ap.success) {
      diagnostics.push(...zodDiagnostics(ap.error.issues, afm, () => Object.keys(attachmentSchema.shape)));
      return;
    }
    const title = ap.data.标题 ?? [entry.标题];
    attachments.push({
      number,
      title,
      body: parseBody(afm, { ...list.data, ...afm.data, ...shared }, env, diagnostics),
      ...(ap.data.横排 ? { landscape: true } : {}),
      position: ap.data.标题 ? { file: afm.file, ...afm.locate(['标题']) } : { file: afm.file, line: 1, column: 1 },
    });
  });

  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new ContentError(diagnostics);


  const document: OfficialDocument = {
    type: 'official-document',
    format: n.格式 === '信函' ? 'letter' : n.格式 === '纪要' ? 'minutes' : 'file',
    head: {
      ...(n.份号 ? { copyNumber: n.份号 } : {}),
      ...(n.密级 ? { secrecy: { level: n.密级, ...(n.保密期限 ? { term: n.保密期限 } : {}) } } : {}),
      ...(n.紧急程度 ? { urgency: n.紧急程度 } : {}),
      mark: markOf(n.发文机关标志, n.标志后缀, pos(['发文机关标志'])),
      ...(n.发文字号 ? { docNumber: { text: n.发文字号, position: pos(['发文字号']) } } : {}),
      ...(n.签发人 ? { signers: n.签发人 } : {}),
    },
    title: n.标题,
    titlePosition: pos(['标题']),
    ...(n.主送 ? { recipients: n.主送.replace(/[:：]?\s*$/, '：') } : {}),
    body,
    attachmentNotes: n.附件.map((a, i) => ({ number: i + 1, title: a.标题, position: pos(['附件', i, '标题']) })),
    ...(enclosure ? { enclosure } : {}),
    signature: { names: n.署名 ?? [], date: date(n.成文日期, ['成文日期']), sealed: n.格式 === '纪要' ? false : n.印章, position: pos(['署名']) },
    ...(n.格式 === '纪要'
      ? {
          attendance: (['出席', '请假', '列席'] as const).flatMap((label) => {
            const names = n[label];
            return names ? [{ label, names, position: pos([label]) }] : [];
          }),
        }
      : {}),
    ...(n.附注 ? { note: /^（.*）$/.test(n.附注) ? n.附注 : `（${n.附注.replace(/^[(（]|[)）]$/g, '')}）` } : {}),
    attachments,
    ...(n.格式 === '信函' && n.抄送 ? { colophon: { kind: 'letter' as const, copyTo: n.抄送, position: pos(['抄送']) } } : {}),
    ...(n.印发机关 && n.印发日期
      ? {
          colophon: {
            kind: 'file' as const,
            ...(n.抄送 ? { copyTo: n.抄送 } : {}),
            printer: n.印发机关,
            printDate: date(n.印发日期, ['印发日期']),
            ...(n.印数 ? { copies: n.印数 } : {}),
            position: pos(['印发机关']),
          },
        }
      : {}),
    meta: { name: path.basename(path.resolve(folder)), author: n.署名?.[0] ?? n.印发机关 ?? markOf(n.发文机关标志, n.标志后缀, pos([])).issuers[0]!.name },
    position: { file: fm.file, line: 1, column: 1 },
  };
  const used = new Set([MAIN_FILE, n.印发件, n.转发件, ...list.entries.map((e) => e.文件)].filter((f): f is string => Boolean(f)).map((f) => path.normalize(f)));
  const strayFiles = [...markdown.keys()].filter((f) => !used.has(path.normalize(f))).map((f) => show(path.join(folder, f)));
  const firstYear = /(\d{4})年/.exec(n.标题.join(''))?.[1];
  const planYear = n.年度 ?? (firstYear ? Number(firstYear) : n.成文日期.year);
  return {
    document,
    diagnostics,
    checkContext: { document, ...(registry ? { registry } : {}), planYear, ...(tasks ? { tasks } : {}), documentDate: document.signature.date, stated, strayFiles },
  };
}

/** 发文机关标志 as written → issuers and the word beside them: "XX局文件" splits off 文件 unless 标志后缀 says otherwise. */
function markOf(text: string | string[], suffix: string | undefined, position: SourcePosition): DocumentHead['mark'] {
  const issuers = (names: string[]) => names.map((name) => ({ name, position }));
  if (Array.isArray(text)) return { issuers: issuers(text), suffix: suffix ?? '文件', position };
  if (suffix !== undefined || !text.endsWith('文件')) return { issuers: issuers([text]), suffix: suffix ?? '', position };
  return { issuers: issuers([text.slice(0, -2)]), suffix: '文件', position };
}

interface BodyEnv {
  templateDirs: string[];
  tables: TableEnv;
  stated: StatedQuantity[];
}

function parseBody(fm: FrontMatterFile, data: Record<string, unknown>, env: BodyEnv, diagnostics: Diagnostic[]): Block[] {
  return markdownBody(
    fm,
    data,
    { partialDirs: env.templateDirs, stated: env.stated, ...(env.tables.tasks ? { tasks: env.tables.tasks } : {}) },
    { table: (text, at, position) => buildTableBlock({ text, file: fm.file, at, position }, env.tables) },
    diagnostics,
  );
}
