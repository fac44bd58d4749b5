/** `gongwen new <kind> <folder> [--from <last-year-folder>] [--year YYYY]` */
import path from 'node:path';
import { formatReview, ScaffoldError, scaffoldNew } from '../scaffold/index.js';
import { EXIT, type Io } from './io.js';

export function newCommand(kind: string, folder: string, opts: { from?: string; year?: string }, io: Io): number {
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year.trim())) {
    io.err(`年份“${opts.year}”不对：--year 写四位数的年份，如 2023。\n`);
    return EXIT.content;
  }
  const shownFolder = folder.replace(/[\\/]+$/, '');
  try {
    const r = scaffoldNew(kind, path.resolve(io.cwd, folder), {
      ...(opts.from !== undefined ? { from: path.resolve(io.cwd, opts.from) } : {}),
      ...(opts.year !== undefined ? { year: Number(opts.year) } : {}),
      shown: { folder: shownFolder, ...(opts.from !== undefined ? { from: opts.from } : {}) },
    });
    io.out(`已建立 ${shownFolder}：${r.written.join('、')}\n\n`);
    io.out(formatReview(r.review, `${shownFolder}/`));
    if (r.checkErrors) {
      io.err(`${shownFolder}：检查发现 ${r.checkErrors} 处错误（见上面的“检查结果”），改正后再生成。\n`);
      return EXIT.content;
    }
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof ScaffoldError)) throw e;
    io.err(`${e.message}\n`);
    return EXIT.content;
  }
}
