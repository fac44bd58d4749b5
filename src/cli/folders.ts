import fs from 'node:fs';
import path from 'node:path';
import { MANUAL_FILE } from '../content/load-manual.js';
import { MAIN_FILE } from '../content/load-notice.js';

/** A folder of documents (such as content/) stands for every subfolder that holds an index.md or a manual.md. */
export function expandFolders(folders: string[], cwd: string): string[] {
  return folders.flatMap((f) => {
    const abs = path.resolve(cwd, f);
    const isDoc = (dir: string) => fs.existsSync(path.join(dir, MAIN_FILE)) || fs.existsSync(path.join(dir, MANUAL_FILE));
    if (isDoc(abs) || !fs.existsSync(abs)) return [f];
    const docs = fs
      .readdirSync(abs, { withFileTypes: true })
      .filter((e) => e.isDirectory() && isDoc(path.join(abs, e.name)))
      .map((e) => path.join(f, e.name))
      .sort();
    return docs.length ? docs : [f];
  });
}
