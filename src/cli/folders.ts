import fs from 'node:fs';
import path from 'node:path';
import { MAIN_FILE } from '../content/load-notice.js';

/** A folder of documents (such as content/) stands for every subfolder that holds an index.md. */
export function expandFolders(folders: string[], cwd: string): string[] {
  return folders.flatMap((f) => {
    const abs = path.resolve(cwd, f);
    if (fs.existsSync(path.join(abs, MAIN_FILE)) || !fs.existsSync(abs)) return [f];
    const docs = fs
      .readdirSync(abs, { withFileTypes: true })
      .filter((e) => e.isDirectory() && fs.existsSync(path.join(abs, e.name, MAIN_FILE)))
      .map((e) => path.join(f, e.name))
      .sort();
    return docs.length ? docs : [f];
  });
}
