/** `gongwen build <folder…> [--format docx,pdf,html] [--out output]` */
import path from 'node:path';
import { buildFolder } from '../build.js';
import { isContentError, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatPretty } from '../diagnostics/formatters/pretty.js';
import { resolveFonts } from '../layout/fonts.js';
import { FORMATS, type Format } from '../render/index.js';
import { expandFolders } from './folders.js';
import { EXIT, type Io } from './io.js';

export interface BuildArgs {
  format: string;
  out: string;
  fontsDir?: string;
  systemFonts: boolean;
  force?: boolean;
}

export async function buildCommand(folders: string[], args: BuildArgs, io: Io): Promise<number> {
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
  for (const folder of expandFolders(folders, io.cwd)) {
    try {
      const r = await buildFolder(path.resolve(io.cwd, folder), { formats: formats as Format[], outDir: path.resolve(io.cwd, args.out), fontSet, displayRoot: io.cwd, force: Boolean(args.force) });
      if (r.diagnostics.length) io.err(formatPretty(sortDiagnostics(r.diagnostics)) + '\n');
      io.out(`已生成 ${r.name}：${r.files.map((f) => path.relative(io.cwd, f)).join('、')}\n`);
      if (!substitutionsShown && r.substitutions.length) {
        io.out(`字体替代：\n${r.substitutions.map((s) => `  ${s}`).join('\n')}\n`);
        substitutionsShown = true;
      }
    } catch (e) {
      if (!isContentError(e)) throw e;
      const errors = e.diagnostics.filter((d) => d.severity === 'error').length;
      io.err(formatPretty(sortDiagnostics(e.diagnostics)) + '\n');
      io.err(`${folder}：发现 ${errors} 处错误，未生成任何文件。\n`);
      code = EXIT.content;
    }
  }
  return code;
}
