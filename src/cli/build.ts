/** `gongwen build <folder…> [--format docx,pdf,html] [--out output]` */
import path from 'node:path';
import { buildFolder } from '../build.js';
import { isContentError, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatPretty } from '../diagnostics/formatters/pretty.js';
import { resolveFonts } from '../layout/fonts.js';
import { FORMATS, type Format } from '../render/index.js';
import type { PdfWorker } from '../render/pdf/pdf-worker.js';
import { expandFolders } from './folders.js';
import { EXIT, type Io } from './io.js';
import { formatSummary, type SummaryRow } from './summary-table.js';

export interface BuildArgs {
  format: string;
  out: string;
  fontsDir?: string;
  systemFonts: boolean;
  force?: boolean;
}

export async function buildCommand(folders: string[], args: BuildArgs, io: Io, pdfWorker?: PdfWorker): Promise<number> {
  const formats = args.format.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !(FORMATS as string[]).includes(f));
  if (unknown.length || !formats.length) {
    io.err(`不认识的输出格式：${unknown.join('、') || '（空）'}。可用：${FORMATS.join('、')}，用逗号分隔，例如 --format docx,pdf\n`);
    return EXIT.content;
  }
  const fontsDir = args.fontsDir ?? io.env.GONGWEN_FONTS_DIR;
  const fontSet = resolveFonts({ system: args.systemFonts, ...(fontsDir ? { dir: path.resolve(io.cwd, fontsDir) } : {}) });
  let code: number = EXIT.ok;
  let substitutionsShown = false;
  const all = expandFolders(folders, io.cwd);
  const summary: SummaryRow[] = [];
  const substituted = Object.values(fontSet).filter((f) => f.substitute).length;
  const count = (list: { severity: string }[], severity: string) => list.filter((d) => d.severity === severity).length;
  // Progress on a terminal only, on one line rewritten in place; cleared before anything else is printed.
  const progress = (text: string) => {
    if (io.tty && all.length > 1) io.err(`\r\x1b[K${text}`);
  };
  for (const [i, folder] of all.entries()) {
    progress(`[${i + 1}/${all.length}] 正在生成 ${folder}……`);
    try {
      const r = await buildFolder(path.resolve(io.cwd, folder), { formats: formats as Format[], outDir: path.resolve(io.cwd, args.out), fontSet, displayRoot: io.cwd, force: Boolean(args.force), ...(pdfWorker ? { pdfWorker } : {}) });
      progress('');
      summary.push({ document: r.name, formats, ...(r.pages !== undefined ? { pages: r.pages } : {}), warnings: count(r.diagnostics, 'warning'), errors: count(r.diagnostics, 'error'), substituted });
      if (r.diagnostics.length) io.err(formatPretty(sortDiagnostics(r.diagnostics)) + '\n');
      io.out(`已生成 ${r.name}：${r.files.map((f) => path.relative(io.cwd, f)).join('、')}\n`);
      if (!substitutionsShown && r.substitutions.length) {
        io.out(`字体替代：\n${r.substitutions.map((s) => `  ${s}`).join('\n')}\n`);
        substitutionsShown = true;
      }
    } catch (e) {
      progress('');
      if (!isContentError(e)) throw e;
      const errors = count(e.diagnostics, 'error');
      summary.push({ document: path.basename(path.resolve(io.cwd, folder)), formats: [], warnings: count(e.diagnostics, 'warning'), errors, substituted });
      io.err(formatPretty(sortDiagnostics(e.diagnostics)) + '\n');
      io.err(`${folder}：发现 ${errors} 处错误，未生成任何文件。\n`);
      code = EXIT.content;
    }
  }
  if (summary.length > 1) io.out(`\n${formatSummary(summary)}`);
  return code;
}
