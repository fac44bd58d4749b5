/**
 * Watches folders recursively and reports, debounced, the files whose content really
 * changed: editors fire several events per save, and a save without edits should not
 * rebuild anything.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface FolderWatch {
  close(): void;
}

/** sha1 of a file's bytes; undefined for a folder or a file that is gone. */
function fingerprint(file: string): string | undefined {
  try {
    return createHash('sha1').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
}

export function watchFolders(folders: readonly string[], onChange: (files: string[]) => void, debounceMs = 30): FolderWatch {
  const dirs = [...new Set(folders.map((f) => path.resolve(f)))].filter((d) => fs.existsSync(d) && fs.statSync(d).isDirectory());
  // Fingerprints taken now, so the first save can already be compared with what was built.
  const known = new Map<string, string | undefined>(dirs.flatMap(filesUnder).map((f) => [f, fingerprint(f)]));
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    timer = undefined;
    const changed = [...pending].filter((file) => {
      const now = fingerprint(file);
      const same = known.has(file) && known.get(file) === now;
      known.set(file, now);
      return !same;
    });
    pending.clear();
    if (changed.length) onChange(changed);
  };

  const watchers = dirs.map((dir) => {
    const w = fs.watch(dir, { recursive: true }, (_event, name) => {
      pending.add(name ? path.join(dir, name) : dir);
      clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
    // A watched folder that is deleted or moved: keep serving the last build rather than crash.
    w.on('error', () => w.close());
    return w;
  });

  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
