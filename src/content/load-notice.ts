/**
 * Reads a notice folder (index.md + attachment files) into the document model.
 * Every problem found is collected as a located diagnostic; errors throw one ContentError.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { blocksFromMarkdown } from '../ir/from-markdown.js';
import type { Attachment, Block, DateValue, OfficialDocument, SourcePosition } from '../ir/types.js';
import { expandTemplate } from '../template/expand-template.js';
import { readFrontMatter, type FrontMatterFile } from './front-matter.js';
import { attachmentSchema } from './schemas/attachment.js';
import { ATTACHMENT_ENTRY_KEYS, noticeSchema } from './schemas/notice.js';
import { zodDiagnostics } from './zod-messages.js';

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
        hint: `每份公文是一个文件夹，主文件命名为 ${MAIN_FILE}（格式见 README）。`,
      },
    ]);
  }
  const fm = readFrontMatter(fs.readFileSync(mainPath, 'utf8'), show(mainPath));
  const parsed = noticeSchema.safeParse(fm.data);
  if (!parsed.success) {
    throw new ContentError(zodDiagnostics(parsed.error.issues, fm, (p) => (p[0] === '附件' ? ATTACHMENT_ENTRY_KEYS : Object.keys(noticeSchema.shape))));
  }
  const n = parsed.data;
  const pos = (p: readonly PropertyKey[]): SourcePosition => ({ file: fm.file, ...fm.locate(p) });
  const date = (d: { year: number; month: number; day: number }, p: readonly PropertyKey[]): DateValue => ({ ...d, position: pos(p) });
  const templateDirs = [...(opts.templateDirs ?? []), folder];

  const body = parseBody(fm, fm.data, templateDirs, diagnostics);

  const attachments: Attachment[] = [];
  n.附件.forEach((entry, i) => {
    const file = path.join(folder, entry.文件);
    const number = i + 1;
    if (!fs.existsSync(file)) {
      diagnostics.push({
        file: fm.file,
        ...fm.locate(['附件', i, '文件']),
        rule: 'missing-file',
        severity: 'error',
        message: `附件${number}的文件“${entry.文件}”不存在。`,
        hint: `在 ${show(folder)} 里建立这个文件，或改正文件名（区分大小写，含扩展名 .md）。`,
      });
      return;
    }
    const afm = readFrontMatter(fs.readFileSync(file, 'utf8'), show(file));
    const ap = attachmentSchema.safeParse(afm.data);
    if (!ap.success) {
      diagnostics.push(...zodDiagnostics(ap.error.issues, afm, () => Object.keys(attachmentSchema.shape)));
      return;
    }
    const title = ap.data.标题 ?? [entry.标题];
    if (title.join('') !== entry.标题) {
      diagnostics.push({
        file: afm.file,
        ...afm.locate(['标题']),
        rule: 'attachment-title',
        severity: 'error',
        message: `附件${number}的标题“${title.join('')}”与附件说明中的“${entry.标题}”不一致。`,
        hint: `GB/T 9704 要求两处完全一致；附件说明在 ${fm.file} 第 ${fm.locate(['附件', i, '标题']).line} 行。`,
      });
    }
    attachments.push({
      number,
      title,
      body: parseBody(afm, { ...fm.data, ...afm.data }, templateDirs, diagnostics),
      position: { file: afm.file, line: 1, column: 1 },
    });
  });

  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new ContentError(diagnostics);

  const markText = n.发文机关标志;
  const mark = Array.isArray(markText)
    ? { issuers: markText, suffix: n.标志后缀 ?? '文件' }
    : n.标志后缀 !== undefined || !markText.endsWith('文件')
      ? { issuers: [markText], suffix: n.标志后缀 ?? '' }
      : { issuers: [markText.slice(0, -2)], suffix: '文件' };
  const markPos = pos(['发文机关标志']);

  const document: OfficialDocument = {
    type: 'official-document',
    format: 'file',
    head: {
      ...(n.份号 ? { copyNumber: n.份号 } : {}),
      ...(n.密级 ? { secrecy: { level: n.密级, ...(n.保密期限 ? { term: n.保密期限 } : {}) } } : {}),
      ...(n.紧急程度 ? { urgency: n.紧急程度 } : {}),
      mark: { issuers: mark.issuers.map((name) => ({ name, position: markPos })), suffix: mark.suffix, position: markPos },
      ...(n.发文字号 ? { docNumber: { text: n.发文字号, position: pos(['发文字号']) } } : {}),
      ...(n.签发人 ? { signers: n.签发人 } : {}),
    },
    title: n.标题,
    titlePosition: pos(['标题']),
    ...(n.主送 ? { recipients: n.主送.replace(/[:：]?\s*$/, '：') } : {}),
    body,
    attachmentNotes: n.附件.map((a, i) => ({ number: i + 1, title: a.标题, position: pos(['附件', i, '标题']) })),
    signature: { names: n.署名, date: date(n.成文日期, ['成文日期']), sealed: n.印章, position: pos(['署名']) },
    ...(n.附注 ? { note: /^（.*）$/.test(n.附注) ? n.附注 : `（${n.附注.replace(/^[(（]|[)）]$/g, '')}）` } : {}),
    attachments,
    ...(n.印发机关 && n.印发日期
      ? {
          colophon: {
            ...(n.抄送 ? { copyTo: n.抄送 } : {}),
            printer: n.印发机关,
            printDate: date(n.印发日期, ['印发日期']),
            ...(n.印数 ? { copies: n.印数 } : {}),
            position: pos(['印发机关']),
          },
        }
      : {}),
    meta: { name: path.basename(path.resolve(folder)), author: n.署名[0]! },
    position: { file: fm.file, line: 1, column: 1 },
  };
  return { document, diagnostics };
}

function parseBody(fm: FrontMatterFile, data: Record<string, unknown>, templateDirs: string[], diagnostics: Diagnostic[]): Block[] {
  let expanded;
  try {
    expanded = expandTemplate(fm.body, data, { file: fm.file, startLine: fm.bodyLine, partialDirs: templateDirs });
  } catch (e) {
    if (e instanceof ContentError) {
      diagnostics.push(...e.diagnostics);
      return [];
    }
    throw e;
  }
  const { lineMap } = expanded;
  const result = blocksFromMarkdown({
    text: expanded.text,
    toSource: (line, column) => ({ file: fm.file, line: lineMap[line - 1] ?? fm.bodyLine + line - 1, column }),
  });
  diagnostics.push(...result.diagnostics);
  return result.blocks;
}
