/**
 * Font discovery: each GB/T 9704 role resolves to the official font when the machine has it
 * (Windows font folder, user and system font folders, a configured folder), else to an open
 * font installed from npm. Every substitution is reported so the clerk knows what was embedded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FontRole } from '../ir/types.js';
import { docxFontNames, latinFontName } from './gbt9704.js';

export type FontSlot = FontRole | 'latin';

export interface ResolvedFont {
  slot: FontSlot;
  /** The font the standard asks for. */
  wanted: string;
  file: string;
  /** Face inside a .ttc collection. */
  postscriptName?: string;
  /** Display name of what was found. */
  found: string;
  substitute: boolean;
}

export type FontSet = Record<FontSlot, ResolvedFont>;

export interface FontOptions {
  /** Look for the official fonts on this machine (default true). */
  system?: boolean;
  /** Extra folder searched first (also GONGWEN_FONTS_DIR, read by the CLI). */
  dir?: string;
}

/** File names under which the official fonts are usually installed (lower-case). */
const officialFiles: Record<FontSlot, { names: string[]; postscript?: string }> = {
  xiaobiaosong: { names: ['方正小标宋简体.ttf', '方正小标宋_gbk.ttf', 'fzxbsjw.ttf', 'fzxbsk.ttf', 'fzxiaobiaosong-b05s.ttf'] },
  fangsong: { names: ['仿宋_gb2312.ttf', 'fangsong_gb2312.ttf', 'fs_gb2312.ttf', 'simfang.ttf', '仿宋.ttf'] },
  heiti: { names: ['simhei.ttf', '黑体.ttf'] },
  kaiti: { names: ['楷体_gb2312.ttf', 'kaiti_gb2312.ttf', 'simkai.ttf', '楷体.ttf'] },
  songti: { names: ['simsun.ttc', 'simsun.ttf', '宋体.ttf'], postscript: 'SimSun' },
  latin: { names: ['times.ttf', 'times new roman.ttf', 'timesnewroman.ttf'] },
};

const require = createRequire(import.meta.url);
function npmFont(pkg: string, rel: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), rel);
}

/** Open fonts shipped as npm dependencies (SIL OFL): full TrueType files, subset on embedding. */
function openFallback(slot: FontSlot): { file: string; found: string } {
  const serif = (w: string) => ({
    file: npmFont('@expo-google-fonts/noto-serif-sc', `${w}/NotoSerifSC_${w}.ttf`),
    found: `Noto Serif SC ${w.replace(/^\d+/, '')}`,
  });
  switch (slot) {
    case 'xiaobiaosong':
      return serif('700Bold');
    case 'heiti':
      return {
        file: npmFont('@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'),
        found: 'Noto Sans SC Regular',
      };
    case 'fangsong':
    case 'kaiti':
    case 'songti':
    case 'latin':
      return serif('400Regular');
  }
}

export function fontFolders(opts: FontOptions, env: NodeJS.ProcessEnv = process.env): string[] {
  const home = os.homedir();
  const dirs: string[] = [];
  if (opts.dir) dirs.push(opts.dir);
  if (opts.system === false) return dirs;
  const windir = env.WINDIR ?? env.SystemRoot;
  if (windir) dirs.push(path.join(windir, 'Fonts'));
  if (env.LOCALAPPDATA) dirs.push(path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
  dirs.push(
    path.join(home, 'Library', 'Fonts'),
    '/Library/Fonts',
    path.join(home, '.fonts'),
    path.join(home, '.local', 'share', 'fonts'),
    '/usr/local/share/fonts',
    '/usr/share/fonts',
  );
  return dirs;
}

/** Lower-case file name → full path for every font file under the folders (first folder wins). */
function indexFolders(dirs: string[]): Map<string, string> {
  const index = new Map<string, string>();
  const walk = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && depth < 4) walk(full, depth + 1);
      else if (/\.(ttf|ttc|otf)$/i.test(e.name) && !index.has(e.name.toLowerCase())) index.set(e.name.toLowerCase(), full);
    }
  };
  for (const d of dirs) walk(d, 0);
  return index;
}

export function resolveFonts(opts: FontOptions = {}, env: NodeJS.ProcessEnv = process.env): FontSet {
  const index = indexFolders(fontFolders(opts, env));
  const resolve = (slot: FontSlot): ResolvedFont => {
    const wanted = slot === 'latin' ? latinFontName : docxFontNames[slot];
    const spec = officialFiles[slot];
    for (const name of spec.names) {
      const file = index.get(name);
      if (file) {
        const base = path.basename(file);
        return { slot, wanted, file, found: base, substitute: false, ...(spec.postscript && base.toLowerCase().endsWith('.ttc') ? { postscriptName: spec.postscript } : {}) };
      }
    }
    const fb = openFallback(slot);
    return { slot, wanted, file: fb.file, found: fb.found, substitute: true };
  };
  return {
    xiaobiaosong: resolve('xiaobiaosong'),
    fangsong: resolve('fangsong'),
    heiti: resolve('heiti'),
    kaiti: resolve('kaiti'),
    songti: resolve('songti'),
    latin: resolve('latin'),
  };
}

/** One line per substitution, in Chinese, for the build summary. */
export function describeSubstitutions(fonts: FontSet): string[] {
  return Object.values(fonts)
    .filter((f) => f.substitute)
    .map((f) => `${f.wanted} 未找到，PDF 中以 ${f.found} 代替（DOCX 仍写 ${f.wanted}）`);
}
