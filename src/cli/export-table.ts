/** `gongwen export-table <folder> <附件4 | 数据文件名> [--out file.xlsx]` */
import path from 'node:path';
import { isContentError, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatPretty } from '../diagnostics/formatters/pretty.js';
import { writeAtomic } from '../output/write-atomic.js';
import { exportTable } from '../spreadsheet/export-table.js';
import { TEMPLATES_DIR } from '../template/templates-dir.js';
import { EXIT, type Io } from './io.js';

export async function exportTableCommand(folder: string, table: string, opts: { out?: string }, io: Io): Promise<number> {
  if (opts.out !== undefined && path.extname(opts.out).toLowerCase() !== '.xlsx') {
    io.err(`导出文件“${opts.out}”的扩展名应为 .xlsx。\n`);
    return EXIT.content;
  }
  try {
    const r = await exportTable(path.resolve(io.cwd, folder), table, { displayRoot: io.cwd, templateDirs: [TEMPLATES_DIR] });
    const out = path.resolve(io.cwd, opts.out ?? r.fileName);
    writeAtomic(out, r.bytes);
    io.out(`已导出${r.label}：${path.relative(io.cwd, out)}\n`);
    return EXIT.ok;
  } catch (e) {
    if (!isContentError(e)) throw e;
    io.err(formatPretty(sortDiagnostics(e.diagnostics)) + '\n');
    return EXIT.content;
  }
}
