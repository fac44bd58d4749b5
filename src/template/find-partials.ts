import fs from 'node:fs';
import path from 'node:path';

export interface PartialFile {
  /** Absolute path. */
  path: string;
  /** Path shown in diagnostics: relative to the working directory when inside it. */
  file: string;
}

/**
 * The `*.hbs` files directly in `dirs`, keyed by base name ("公开发布.hbs" → "公开发布").
 * A later folder wins, so a document's own folder can override a shipped template.
 * A missing folder is skipped: not every content folder has partials.
 */
export function findPartials(dirs: string[]): Map<string, PartialFile> {
  const found = new Map<string, PartialFile>();
  for (const dir of dirs) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isFile() || !entry.name.endsWith('.hbs')) continue;
      const abs = path.resolve(dir, entry.name);
      found.set(entry.name.slice(0, -'.hbs'.length), { path: abs, file: displayPath(abs) });
    }
  }
  return found;
}

function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}
