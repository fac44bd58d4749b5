/** `gongwen schema [--out schemas]`: writes the JSON Schemas and prints the VS Code setting that uses them. */
import path from 'node:path';
import { writeAtomic } from '../output/write-atomic.js';
import { jsonSchemaText, publishedSchemas, vscodeYamlSetting } from '../schema/json-schemas.js';
import { EXIT, type Io } from './io.js';

export function schemaCommand(opts: { out: string }, io: Io): number {
  const dir = path.resolve(io.cwd, opts.out);
  for (const p of publishedSchemas) writeAtomic(path.join(dir, p.file), new TextEncoder().encode(jsonSchemaText(p)));
  const shown = path.relative(io.cwd, dir).split(path.sep).join('/') || '.';
  io.out(`已写出 ${publishedSchemas.length} 个 JSON Schema 到 ${shown}/。\n`);
  io.out(`在 VS Code 的 .vscode/settings.json 里加入下面这项，编辑 YAML 文件时即可补全和校验：\n`);
  io.out(`${JSON.stringify({ 'yaml.schemas': vscodeYamlSetting(shown) }, null, 2)}\n`);
  return EXIT.ok;
}
