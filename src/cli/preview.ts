/** `gongwen preview <folder> [--port 4000] [--host 127.0.0.1]`: serve a live preview until Ctrl+C. */
import fs from 'node:fs';
import path from 'node:path';
import { startPreview, type Preview } from '../preview/preview-server.js';
import { TEMPLATES_DIR } from '../template/templates-dir.js';
import { EXIT, type Io } from './io.js';

export async function previewCommand(folder: string, opts: { port: string; host: string }, io: Io): Promise<number> {
  const port = Number(opts.port);
  if (!/^\d+$/.test(opts.port) || port > 65535) {
    io.err(`端口“${opts.port}”不对：写 0 到 65535 之间的整数（0 表示自动选一个空闲端口）。\n`);
    return EXIT.content;
  }
  const dir = path.resolve(io.cwd, folder);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    io.err(`找不到文件夹：${folder}\n`);
    return EXIT.content;
  }
  let preview: Preview;
  try {
    preview = await startPreview(dir, {
      port,
      host: opts.host,
      displayRoot: io.cwd,
      templateDirs: [TEMPLATES_DIR],
      onRebuild: (r) => io.out(`已更新（${Math.round(r.ms)} ms，${r.diagnostics} 处问题）\n`),
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      io.err(`端口 ${port} 已被占用：换一个端口，例如 --port ${port + 1}，或写 --port 0 自动选择。\n`);
      return EXIT.content;
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      io.err(`本机没有地址 ${opts.host}：去掉 --host（默认 127.0.0.1，只在本机打开），或写本机的一个地址。\n`);
      return EXIT.content;
    }
    throw e;
  }
  io.out(`预览地址：${preview.url}\n`);
  io.out('保存修改后页面自动更新；按 Ctrl+C 结束预览。\n');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await preview.close();
  return EXIT.ok;
}
