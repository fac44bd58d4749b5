import { walkAst } from './walk-ast.js';

/*
 * Line tracking through Handlebars: before compiling, every source line start that survives
 * in the literal text gets an invisible marker naming its line; after rendering, each output
 * line takes the line of the marker that starts it, and a line without one (text from a
 * partial, a multi-line value) takes the last marker seen before it — the statement that
 * produced it. U+FDD0/U+FDD1 are Unicode noncharacters, which never occur in real text.
 */
const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
const MARKER = /\uFDD0(\d+)\uFDD1/g;
const LEADING = /^(?:[ \t]*\uFDD0\d+\uFDD1)+/;

/**
 * Adds markers to the content of a parsed (whitespace-processed) template, in place.
 * `lineOffset` turns template lines into lines of the original file.
 */
export function insertLineMarkers(ast: hbs.AST.Program, lineOffset: number): void {
  walkAst(ast, (node) => {
    if (node.type !== 'ContentStatement') return;
    const content = node as hbs.AST.ContentStatement & { original: string; rightStripped?: boolean };
    const { original, value } = content;
    // Line starts inside `original`, as [offset, line].
    const starts: [number, number][] = [];
    let line = content.loc.start.line;
    if (content.loc.start.column === 0) starts.push([0, line]);
    for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) starts.push([i + 1, ++line]);
    const last = starts[starts.length - 1];
    if (value === '') {
      // Only a line break between two standalone statements ({{/if}}⏎{{> 片段}}): the next
      // output starts the later line, so it still needs that line's marker.
      if (last && last[0] > 0) content.value = OPEN + String(last[1] + lineOffset) + CLOSE;
      return;
    }
    const cut = strippedPrefix(original, value, content.rightStripped === true);
    if (cut < 0) return;
    let out = '';
    let from = 0;
    for (const [offset, n] of starts) {
      const at = offset - cut;
      if (at < 0 || at > value.length) continue;
      out += value.slice(from, at) + OPEN + String(n + lineOffset) + CLOSE;
      from = at;
    }
    content.value = out + value.slice(from);
  });
}

/**
 * How many characters whitespace control removed from the front of `original` to leave
 * `value` (it only ever trims whitespace at either end); -1 when that cannot be told.
 */
function strippedPrefix(original: string, value: string, frontStripped: boolean): number {
  if (value === original) return 0;
  const inValue = value.search(/\S/);
  const cut = inValue >= 0 ? original.search(/\S/) - inValue : frontStripped ? (/^[ \t]*\r?\n?/.exec(original)?.[0].length ?? 0) : 0;
  return cut >= 0 && original.startsWith(value, cut) ? cut : -1;
}

/**
 * Removes the markers from rendered text. `lineMap[i]` is the file line of output line i + 1
 * (line 1 at index 0); `firstLine` is used until the first marker.
 */
export function removeLineMarkers(marked: string, firstLine: number): { text: string; lineMap: number[] } {
  const lines = marked.split('\n');
  const lineMap: number[] = [];
  let current = firstLine;
  const text = lines
    .map((line) => {
      const leading = LEADING.exec(line)?.[0];
      const own = leading ? lastMarker(leading) : undefined;
      lineMap.push(own ?? current);
      current = lastMarker(line) ?? current;
      return line.replace(MARKER, '');
    })
    .join('\n');
  return { text, lineMap };
}

function lastMarker(text: string): number | undefined {
  let last: number | undefined;
  for (const m of text.matchAll(MARKER)) last = Number(m[1]);
  return last;
}
