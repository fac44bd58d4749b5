/** `gongwen fonts`: each font role → the file the PDF embeds, or the open substitute. */
import path from 'node:path';
import { resolveFonts } from '../layout/fonts.js';
import { EXIT, type Io } from './io.js';

const roleNames = { xiaobiaosong: '小标宋（标题、发文机关标志）', fangsong: '仿宋（正文）', heiti: '黑体（一级标题、附件标识）', kaiti: '楷体（二级标题、签发人）', songti: '宋体（页码）', latin: '西文与数字' } as const;

export function fontsCommand(args: { fontsDir?: string; systemFonts: boolean }, io: Io): number {
  const dir = args.fontsDir ?? io.env.GONGWEN_FONTS_DIR;
  const set = resolveFonts({ system: args.systemFonts, ...(dir ? { dir: path.resolve(io.cwd, dir) } : {}) });
  for (const f of Object.values(set)) {
    const state = f.substitute ? `未找到，以 ${f.found} 代替` : '已找到';
    io.out(`${roleNames[f.slot]}\t${f.wanted}\t${state}\t${f.file}\n`);
  }
  return EXIT.ok;
}
