import fs from 'node:fs';
import Handlebars from 'handlebars';
import { ContentError, isContentError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkTemplate, type CheckContext } from './check-template.js';
import { findPartials } from './find-partials.js';
import { insertLineMarkers, removeLineMarkers } from './line-markers.js';
import { runtimeDiagnostic } from './runtime-diagnostic.js';
import { HelperArgumentError, type TemplateHelper } from './template-helper.js';
import { templateHelpers } from './template-helpers.js';
import { parseTemplateUnit, unitPosition, type HbsPosition, type TemplateUnit } from './template-unit.js';
import type { StatedQuantity } from '../check/rule.js';
import type { SourcePosition } from '../ir/types.js';
import type { TaskSet } from '../tasks/task-set.js';

export interface ExpandOptions {
  /** File name shown in diagnostics, e.g. "taicang/index.md". */
  file: string;
  /** 1-based line in `file` where `source` starts (front matter precedes the body). */
  startLine: number;
  /**
   * Folders whose *.hbs files become partials, by base name: the repo's templates/ and the
   * document's content folder. A later folder wins on a name clash. No other partial source.
   */
  partialDirs: string[];
  /** Receives the literals written with {{核对}}, for `check`. */
  stated?: StatedQuantity[];
  /** The folder's tasks, for {{任务 3 "举措"}}. */
  tasks?: TaskSet | undefined;
}

export interface Expanded {
  text: string;
  /** `lineMap[i]` is the 1-based line in `file` that line i + 1 of `text` came from (line 1 at index 0). */
  lineMap: number[];
}

// strict: an unknown variable is an error, not an empty string. noEscape: the output is
// Markdown; the HTML renderer escapes later.
const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;
const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/**
 * Expands a document body as a Handlebars template with its front-matter data.
 * Every problem is thrown as a ContentError whose diagnostics point into `opts.file` or
 * into the partial file concerned.
 */
export function expandTemplate(source: string, data: Record<string, unknown>, opts: ExpandOptions): Expanded {
  const env = Handlebars.create();
  env.unregisterHelper('log'); // writes to the console; nothing for a document
  const helpers = new Map(templateHelpers.map((h) => [h.name, h]));
  const main = parseTemplateUnit(env, opts.file, source, opts.startLine - 1);
  const stated = opts.stated ?? [];
  // The unit being run: a helper's loc counts lines in that unit, the document or a partial.
  let running: TemplateUnit = main;
  const where = (loc: HbsPosition | undefined): SourcePosition => ({ file: running.file, ...unitPosition(running, loc) });
  for (const h of templateHelpers) env.registerHelper(h.name, callHelper(h, where, stated, opts.tasks));

  const files = findPartials(opts.partialDirs);
  const ctx: CheckContext = { helpers, partials: new Set(files.keys()), inlinePartials: new Set() };
  const diagnostics: Diagnostic[] = [];
  const partials = new Map<string, TemplateUnit>();
  const seen = new Set<string>();
  // Check the body, then each partial it reaches (once), so all such mistakes come out together.
  const queue = [main];
  for (let unit = queue.shift(); unit; unit = queue.shift()) {
    const result = checkTemplate(unit, ctx);
    diagnostics.push(...result.diagnostics);
    for (const name of result.partialsUsed) {
      if (seen.has(name)) continue;
      seen.add(name);
      const file = files.get(name)!;
      try {
        const partial = parseTemplateUnit(env, file.file, fs.readFileSync(file.path, 'utf8'), 0);
        partials.set(name, partial);
        queue.push(partial);
      } catch (e) {
        if (!isContentError(e)) throw e;
        diagnostics.push(...e.diagnostics);
      }
    }
  }
  if (diagnostics.length > 0) throw new ContentError(diagnostics);

  // Remember which partial an error came from: Handlebars reports only a line and column.
  const origin = new WeakMap<object, TemplateUnit>();
  for (const [name, unit] of partials) {
    const compiled = env.compile(unit.source, COMPILE_OPTIONS);
    const run: Handlebars.TemplateDelegate = (context, options) => {
      const caller = running;
      running = unit;
      try {
        return compiled(context, options);
      } catch (e) {
        if (e && typeof e === 'object' && !origin.has(e)) origin.set(e, unit);
        throw e;
      } finally {
        running = caller;
      }
    };
    env.registerPartial(name, run);
  }

  insertLineMarkers(main.ast, main.lineOffset);
  // The AST is already whitespace-processed; a second standalone pass must not strip again.
  const template = env.compile(main.ast, { ...COMPILE_OPTIONS, ignoreStandalone: true });
  let marked: string;
  try {
    marked = template(data, RUNTIME_OPTIONS);
  } catch (e) {
    if (isContentError(e)) throw e;
    const unit = e && typeof e === 'object' ? origin.get(e) : undefined;
    throw new ContentError([runtimeDiagnostic(e, unit ?? main, [main, ...partials.values()])]);
  }
  return removeLineMarkers(marked, opts.startLine);
}

/** Adapts a TemplateHelper to Handlebars: checks the argument count and records the call's location on errors. */
function callHelper(helper: TemplateHelper, where: (loc: HbsPosition | undefined) => SourcePosition, stated: StatedQuantity[], tasks: TaskSet | undefined): Handlebars.HelperDelegate {
  return (...args: unknown[]) => {
    const options = args.pop() as { loc?: { start: HbsPosition; end: HbsPosition } } | undefined;
    try {
      if (args.length < helper.minArgs || args.length > helper.maxArgs) {
        throw new HelperArgumentError(`“${helper.name}”的参数个数不对`, `写作 ${helper.usage}`);
      }
      return helper.run(args, { position: where(options?.loc?.start), stated, ...(tasks ? { tasks } : {}) });
    } catch (e) {
      if (e instanceof HelperArgumentError) e.loc ??= options?.loc;
      throw e;
    }
  };
}
