/** The commander program over the library; returns the exit code instead of exiting. */
import { Command, CommanderError } from 'commander';
import { EXIT, type Io } from './io.js';

export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('gongwen')
    .description('把 Markdown 与数据文件排成符合 GB/T 9704-2012 的公文（DOCX、PDF、HTML）')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const fontOptions = (c: Command) =>
    c.option('--fonts-dir <folder>', '先在这个文件夹里找正式字体（也可设环境变量 GONGWEN_FONTS_DIR）').option('--no-system-fonts', '不找本机字体，只用随附的开源字体');
  fontOptions(
    program
      .command('build')
      .description('生成公文')
      .argument('<folder...>', '公文文件夹（内含 index.md）')
      .option('-f, --format <list>', '输出格式，逗号分隔', 'docx,pdf,html')
      .option('-o, --out <folder>', '输出文件夹', 'output')
      .option('--force', '检查发现错误时仍然生成（输入本身有错时不生成）'),
  ).action(async (folders: string[], opts: { format: string; out: string; fontsDir?: string; systemFonts: boolean; force?: boolean }) => {
    // Started before the loaders and the other renderers are imported, so the worker loads the PDF stack meanwhile.
    const pdfWorker = opts.format.split(',').some((f) => f.trim() === 'pdf') ? (await import('../render/pdf/pdf-worker.js')).PdfWorker.start() : undefined;
    try {
      // Loaded on demand: the renderers and fonts cost ~0.4 s to import, which `check` need not pay.
      const { buildCommand } = await import('./build.js');
      code = await buildCommand(folders, opts, io, pdfWorker);
    } finally {
      await pdfWorker?.close();
    }
  });
  program
    .command('check')
    .description('检查公文：附件、乡镇名称、合计、日期、文号、标准编号、标点等是否一致')
    .argument('[folder...]', '公文文件夹（内含 index.md），或放公文的文件夹')
    .option('--format <format>', '输出格式：pretty 或 json', 'pretty')
    .option('--rules', '列出所有检查规则')
    .action(async (folders: string[], opts: { format: string; rules?: boolean }) => {
      const { checkCommand } = await import('./check.js');
      code = checkCommand(folders.length ? folders : ['content'], opts, io);
    });
  fontOptions(program.command('fonts').description('列出每种字体角色实际使用的字体文件')).action(async (opts: { fontsDir?: string; systemFonts: boolean }) => {
    const { fontsCommand } = await import('./fonts.js');
    code = fontsCommand(opts, io);
  });
  program
    .command('preview')
    .description('在浏览器里预览，保存修改后自动更新，并在正文旁标出检查发现的问题')
    .argument('<folder>', '公文或手册文件夹')
    .option('-p, --port <port>', '端口（0 表示自动选一个空闲端口）', '4000')
    .option('--host <host>', '监听地址', '127.0.0.1')
    .action(async (folder: string, opts: { port: string; host: string }) => {
      const { previewCommand } = await import('./preview.js');
      code = await previewCommand(folder, opts, io);
    });
  program
    .command('new')
    .description('新建公文或手册：notice（通知）、task-list（任务清单）、rubric（考核细则）、manual（手册）；加 --from 照去年的文件夹顺延年份')
    .argument('<kind>', 'notice、task-list、rubric 或 manual')
    .argument('<folder>', '新文件夹（不能已存在）')
    .option('--from <folder>', '照这个文件夹（如去年的通知）复制，并把年份顺延')
    .option('--year <year>', '新文件的年份，默认为今年（有 --from 时为原文件年份加一）')
    .action(async (kind: string, folder: string, opts: { from?: string; year?: string }) => {
      const { newCommand } = await import('./new.js');
      code = newCommand(kind, folder, opts, io);
    });
  program
    .command('export-table')
    .description('把公文里的一张表导出为 Excel（.xlsx），供下级填写；填好的文件放回文件夹即作为数据文件读取')
    .argument('<folder>', '公文文件夹')
    .argument('<table>', '附件4、附件4-2（附件里的第二张表）或数据文件名（如 达标任务）')
    .option('-o, --out <file>', '导出的文件（.xlsx），默认放在当前文件夹')
    .action(async (folder: string, table: string, opts: { out?: string }) => {
      const { exportTableCommand } = await import('./export-table.js');
      code = await exportTableCommand(folder, table, opts, io);
    });
  program
    .command('schema')
    .description('写出各类文件的 JSON Schema，供 VS Code 补全和校验')
    .option('-o, --out <folder>', '输出文件夹', 'schemas')
    .action(async (opts: { out: string }) => {
      const { schemaCommand } = await import('./schema.js');
      code = schemaCommand(opts, io);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.content;
    io.err(`gongwen 内部错误：${e instanceof Error ? e.message : String(e)}\n请把这条信息和所用的内容文件夹一并反馈给维护者。\n`);
    if (io.env.GONGWEN_DEBUG && e instanceof Error) io.err(`${e.stack}\n`);
    return EXIT.internal;
  }
  return code;
}
