/** `gongwen check <folder…> [--format pretty|json] [--rules]` */
import path from 'node:path';
import { checkFolder } from '../check/check-folder.js';
import { rules } from '../check/rules/index.js';
import { manualRules } from '../check/rules/manual-index.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatJson } from '../diagnostics/formatters/json.js';
import { formatPretty } from '../diagnostics/formatters/pretty.js';
import { TEMPLATES_DIR } from '../template/templates-dir.js';
import { expandFolders } from './folders.js';
import { EXIT, type Io } from './io.js';

export interface CheckArgs {
  format: string;
  rules?: boolean;
}

export function checkCommand(folders: string[], args: CheckArgs, io: Io): number {
  if (args.rules) {
    const line = (r: { id: string; severity: string; description: string }) => `${r.id.padEnd(24)}${r.severity === 'error' ? '错误' : '警告'}  ${r.description}`;
    const manualOnly = manualRules.filter((r) => !rules.some((n) => n.id === r.id));
    io.out(`${rules.map(line).join('\n')}\n手册另查：\n${manualOnly.map(line).join('\n')}\n`);
    return EXIT.ok;
  }
  if (args.format !== 'pretty' && args.format !== 'json') {
    io.err(`不认识的输出格式“${args.format}”：可用 pretty 或 json。\n`);
    return EXIT.content;
  }
  const all: Diagnostic[] = [];
  for (const folder of expandFolders(folders, io.cwd)) {
    all.push(...checkFolder(path.resolve(io.cwd, folder), { displayRoot: io.cwd, templateDirs: [TEMPLATES_DIR] }).diagnostics);
  }
  const list = sortDiagnostics(all);
  const errors = list.filter((d) => d.severity === 'error').length;
  if (args.format === 'json') io.out(formatJson(list) + '\n');
  else if (list.length) io.out(`${formatPretty(list)}\n\n共 ${errors} 处错误、${list.length - errors} 处警告。\n`);
  else io.out('未发现问题。\n');
  return errors ? EXIT.content : EXIT.ok;
}
