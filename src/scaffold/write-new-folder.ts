/**
 * Creates a folder that did not exist, with all its files or none: they are written into a
 * hidden sibling first and the whole folder is renamed into place, so an interrupted run
 * leaves nothing half made, and an existing folder is never written into.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../output/write-atomic.js';
import { ScaffoldError } from './scaffold-error.js';

/** Files by path relative to the folder (/ separated); a path ending in / is an empty folder. */
export type FolderContents = Map<string, Uint8Array | string>;

export function refuseExisting(folder: string, shown: string): void {
  if (fs.existsSync(folder)) throw new ScaffoldError(`“${shown}”已经存在，gongwen new 不会覆盖已有的文件夹。换一个新文件夹名，或先把原文件夹移走。`);
}

export function writeNewFolder(folder: string, shown: string, contents: FolderContents): string[] {
  refuseExisting(folder, shown);
  const parent = path.dirname(path.resolve(folder));
  fs.mkdirSync(parent, { recursive: true });
  // mkdir, not mkdtemp: the folder keeps the clerk's usual permissions after the rename.
  const staging = path.join(parent, `.${path.basename(folder)}.new-${process.pid}-${Date.now()}`);
  fs.mkdirSync(staging);
  try {
    for (const [rel, data] of contents) {
      if (rel.endsWith('/')) fs.mkdirSync(path.join(staging, rel), { recursive: true });
      else writeAtomic(path.join(staging, rel), data);
    }
    refuseExisting(folder, shown);
    fs.renameSync(staging, folder);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  return [...contents.keys()].filter((k) => !k.endsWith('/')).sort();
}
