/** Types of a bureau's registry (content/registries/<name>/): townships and units, with aliases. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, positionAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourcePosition } from '../ir/types.js';
import { readLocatedYaml } from './front-matter.js';
import { readText } from './read-text.js';
import { zodDiagnostics } from './zod-messages.js';

export interface RegistryEntry {
  /** Canonical name, as it must be printed. */
  name: string;
  aliases: string[];
  /** 镇, 街道, 园区 … for townships; free text for units. */
  kind?: string;
  position: SourcePosition;
}

export interface Registry {
  /** Registry name as written in 名录. */
  name: string;
  townships: RegistryEntry[];
  units: RegistryEntry[];
}

export type NameKind = 'township' | 'unit';

export type Resolution = { status: 'canonical' | 'alias'; entry: RegistryEntry } | { status: 'unknown' };

/** Looks a name up among the canonical names and aliases of one list. */
export function resolveName(registry: Registry, kind: NameKind, name: string): Resolution {
  const list = kind === 'township' ? registry.townships : registry.units;
  const text = name.trim();
  const canonical = list.find((e) => e.name === text);
  if (canonical) return { status: 'canonical', entry: canonical };
  const alias = list.find((e) => e.aliases.includes(text));
  return alias ? { status: 'alias', entry: alias } : { status: 'unknown' };
}

/** The folder of registry `name` for a document in `docFolder`: content/registries/<name>/ beside the document folders. */
export function registryFolder(docFolder: string, name: string): string {
  return path.join(path.dirname(path.resolve(docFolder)), 'registries', name);
}

export const REGISTRY_FILES = { townships: 'townships.yaml', units: 'units.yaml' } as const;

const entrySchema = z
  .object({
    名称: z.string().min(1),
    别名: z.array(z.string().min(1)).default([]),
    类型: z.string().min(1).optional(),
  })
  .strict();
/** townships.yaml and units.yaml: a list of entries (also published as a JSON Schema by `gongwen schema`). */
export const registryListSchema = z.array(entrySchema);

/**
 * Reads a registry; `at` is where the document names it (名录), for the error when the
 * folder is missing. Either file may be absent: a bureau may keep only townships.
 */
export function loadRegistry(docFolder: string, name: string, at: SourcePosition, show: (p: string) => string): Registry {
  const folder = registryFolder(docFolder, name);
  if (!fs.existsSync(folder)) {
    throw new ContentError([
      {
        ...at,
        rule: 'missing-file',
        severity: 'error',
        message: `找不到名录“${name}”（应在 ${show(folder)}）。`,
        hint: `在 content/registries/ 下建立文件夹 ${name}，放入 townships.yaml（乡镇）和 units.yaml（单位），格式见 README“名录”。`,
      },
    ]);
  }
  const diagnostics: Diagnostic[] = [];
  const read = (file: string): RegistryEntry[] => {
    const full = path.join(folder, file);
    if (!fs.existsSync(full)) return [];
    try {
      const text = readText(full).replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
      const y = readLocatedYaml(text, show(full), (offset) => positionAt(text, offset));
      const parsed = registryListSchema.safeParse(y.data ?? []);
      if (!parsed.success) {
        diagnostics.push(...zodDiagnostics(parsed.error.issues, y, () => Object.keys(entrySchema.shape)));
        return [];
      }
      return parsed.data.map((e, i) => ({
        name: e.名称,
        aliases: e.别名,
        ...(e.类型 ? { kind: e.类型 } : {}),
        position: { file: y.file, ...y.locate([i, '名称']) },
      }));
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      diagnostics.push(...e.diagnostics);
      return [];
    }
  };
  const registry = { name, townships: read(REGISTRY_FILES.townships), units: read(REGISTRY_FILES.units) };
  if (diagnostics.length) throw new ContentError(diagnostics);
  return registry;
}
