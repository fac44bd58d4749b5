/**
 * JSON Schemas of every file a clerk writes, generated from the zod schemas the loader
 * validates with, so an editor's completion and the loader never disagree. Input shapes are
 * published (what is typed, before any transform turns 2021年3月30日 into a date).
 */
import { z } from 'zod';
import { attachmentSchema } from '../content/schemas/attachment.js';
import { enclosureSchema } from '../content/schemas/enclosure.js';
import { forwardedSchema } from '../content/schemas/forwarded.js';
import { chapterSchema, entriesFileSchema, manualSchema, standardsFileSchema } from '../content/schemas/manual.js';
import { noticeSchema } from '../content/schemas/notice.js';
import { registryListSchema } from '../content/registry.js';
import { tasksFileSchema } from '../tasks/schema.js';

export interface PublishedSchema {
  /** File name under the output folder. */
  file: string;
  /** What it validates, in the clerk's words. */
  title: string;
  /** Glob (relative to the project) of the YAML files it applies to; front matter has none (see README). */
  yamlGlob?: string;
  schema: z.ZodType;
}

export const publishedSchemas: readonly PublishedSchema[] = [
  { file: 'notice.schema.json', title: '公文 index.md 的前置数据', schema: noticeSchema },
  { file: 'attachment.schema.json', title: '附件文件的前置数据', schema: attachmentSchema },
  { file: 'enclosure.schema.json', title: '印发件的前置数据', schema: enclosureSchema },
  { file: 'forwarded.schema.json', title: '转发件的前置数据', schema: forwardedSchema },
  { file: 'tasks.schema.json', title: 'tasks.yaml 任务', yamlGlob: 'content/**/tasks.yaml', schema: tasksFileSchema },
  { file: 'registry.schema.json', title: '名录 townships.yaml、units.yaml', yamlGlob: 'content/registries/*/{townships,units}.yaml', schema: registryListSchema },
  { file: 'manual.schema.json', title: '手册 manual.md 的前置数据', schema: manualSchema },
  { file: 'chapter.schema.json', title: '手册章文件的前置数据', schema: chapterSchema },
  { file: 'entries.schema.json', title: '图鉴.yaml 条目', yamlGlob: 'content/**/图鉴.yaml', schema: entriesFileSchema },
  { file: 'standards.schema.json', title: '标准库 standards.yaml', yamlGlob: 'content/registries/standards.yaml', schema: standardsFileSchema },
];

/** The schema as JSON text, stable across runs (keys in zod's order), ending in a newline. */
export function jsonSchemaText(p: PublishedSchema): string {
  // Transforms (dates, width shares) cannot be expressed; their input type (a string) is what the clerk types.
  const schema = z.toJSONSchema(p.schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: p.title }, null, 2)}\n`;
}

/** VS Code's `yaml.schemas` setting mapping each schema file to the YAML files it validates. */
export function vscodeYamlSetting(folder: string): Record<string, string> {
  return Object.fromEntries(publishedSchemas.filter((p) => p.yamlGlob).map((p) => [`./${folder}/${p.file}`, p.yamlGlob!]));
}
