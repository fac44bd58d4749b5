/**
 * marked tokens → model blocks. marked gives each token its `raw` text but no position, so
 * positions come from a running sum of top-level `raw` lengths (marked's lexer consumes the
 * input token by token) and, inside a block, from finding each inline's `raw` after a cursor.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { positionAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import { columnWeight } from '../text/cells.js';
import { ordinalFor, TYPED_ORDINAL } from './ordinals.js';
import type { Block, CellAlign, FontRole, HeadingLevel, Inline, SourcePosition, Table, TableCell } from './types.js';

/** An image standing alone in its paragraph: ![caption](src "title"), with where it was written. */
export interface ImageParagraph {
  caption: string;
  src: string;
  title?: string;
  position: SourcePosition;
}

export interface MarkdownSource<F = never> {
  /** The (template-expanded) Markdown. */
  text: string;
  /** Maps a 1-based line/column in `text` to the author's file position. */
  toSource(line: number, column: number): SourcePosition;
  /** Builds a table from a ```表格 block's YAML; `at` locates an offset inside that YAML. */
  table?(yaml: string, at: (offset: number) => SourcePosition, position: SourcePosition): { table?: Table; diagnostics: Diagnostic[] };
  /** Where figures are allowed (manuals): builds one from an image paragraph. Without it, images are refused. */
  figure?(image: ImageParagraph): { figure?: F; diagnostics: Diagnostic[] };
  /** Where cross-references are allowed (manuals): an empty link [](#id) becomes a run with `ref: id`, resolved by the caller. */
  refs?: boolean;
}

export interface MarkdownResult<F = never> {
  blocks: (Block | F)[];
  diagnostics: Diagnostic[];
}

export function blocksFromMarkdown<F = never>(src: MarkdownSource<F>): MarkdownResult<F> {
  const text = src.text.replace(/\r\n?/g, '\n');
  const tokens = new Lexer({ gfm: true }).lex(text);
  const blocks: (Block | F)[] = [];
  const diagnostics: Diagnostic[] = [];
  const counters = [0, 0, 0, 0];
  const at = (offset: number): SourcePosition => {
    const p = positionAt(text, offset);
    return src.toSource(p.line, p.column);
  };
  const report = (offset: number, rule: string, message: string, hint: string, severity: 'error' | 'warning' = 'error') => {
    const p = at(offset);
    diagnostics.push({ file: p.file, line: p.line, column: p.column, rule, severity, message, hint });
  };

  const inlines = (toks: Token[] | undefined, blockRaw: string, blockOffset: number, role?: FontRole): Inline[] => {
    const out: Inline[] = [];
    let cursor = 0;
    for (const t of toks ?? []) {
      const idx = blockRaw.indexOf(t.raw, cursor);
      const offset = blockOffset + (idx >= 0 ? idx : cursor);
      if (idx >= 0) cursor = idx + t.raw.length;
      // One run per source line, so a rule can turn an offset inside a run into a column.
      const push = (s: string, r?: FontRole) => {
        let k = 0;
        const parts = s.split('\n');
        parts.forEach((part, i) => {
          const lead = i === 0 ? 0 : (/^[^\S\n]*/.exec(part)?.[0].length ?? 0);
          let text = part.slice(lead).replace(i < parts.length - 1 ? /[^\S\n]+$/ : /$^/, '');
          // A soft line break inside Chinese text joins without a space; between Latin words it is one space.
          if (i < parts.length - 1 && ASCII_WORD.test(text.at(-1) ?? '') && ASCII_WORD.test(parts[i + 1]?.trimStart()[0] ?? '')) text += ' ';
          if (text) out.push({ type: 'text', text, ...(r ? { role: r } : {}), position: at(offset + k + lead) });
          k += part.length + 1;
        });
      };
      switch (t.type) {
        case 'text':
        case 'escape':
          if ('tokens' in t && t.tokens?.length) out.push(...inlines(t.tokens, t.raw, offset, role));
          else push(t.text, role);
          break;
        case 'strong':
          out.push(...inlines(t.tokens, t.raw, offset, 'heiti'));
          break;
        case 'em':
          out.push(...inlines(t.tokens, t.raw, offset, 'kaiti'));
          break;
        case 'codespan':
          push(t.text, role);
          break;
        case 'link':
          if (src.refs && t.href.startsWith('#') && !t.text.trim()) {
            out.push({ type: 'text', text: '', ref: t.href.slice(1), ...(role ? { role } : {}), position: at(offset) });
            break;
          }
          out.push(...inlines(t.tokens, t.raw, offset, role));
          break;
        case 'del':
          out.push(...inlines(t.tokens, t.raw, offset, role));
          break;
        case 'br':
          break;
        case 'html':
          report(offset, 'markdown-html', `正文里不能写 HTML 代码“${t.raw.trim()}”。`, '删去尖括号标记；公文的格式由 gongwen 按 GB/T 9704 排定。');
          break;
        case 'image':
          report(
            offset,
            'markdown-unsupported',
            src.figure ? '插图要单独成段。' : '公文正文里不能插图。',
            src.figure ? '把 ![图题](文件 "编号") 单独写一行，前后各空一行。' : '删去图片标记；插图只用于手册（见 README“手册”）。',
          );
          break;
        default:
          push(t.raw, role);
      }
    }
    return out;
  };

  const walk = (toks: Token[], base: number) => {
    let offset = base;
    for (const t of toks) {
      const start = offset;
      offset += t.raw.length;
      switch (t.type) {
        case 'space':
        case 'def':
          break;
        case 'heading': {
          const h = t as Tokens.Heading;
          if (h.depth > 4) {
            report(start, 'markdown-heading-level', `标题最多四级，这里用了 ${h.depth} 个 #。`, '一级到四级标题分别写 # 到 ####，对应“一、”“（一）”“1.”“（1）”。');
            break;
          }
          const level = h.depth as HeadingLevel;
          counters[level - 1]!++;
          counters.fill(0, level);
          const ordinal = ordinalFor(level, counters[level - 1]!);
          const textStart = start + h.raw.indexOf(h.text);
          const children = inlines(h.tokens, h.raw, start);
          const typed = TYPED_ORDINAL.exec(children[0]?.text ?? '');
          if (typed && children[0]) {
            if (typed[0].trim() !== ordinal) {
              report(textStart, 'heading-ordinal', `标题前手写的序号“${typed[0].trim()}”与自动编号“${ordinal}”不一致。`, '删去手写的序号，gongwen 会按 # 的层级自动编号。', 'warning');
            }
            children[0] = { ...children[0], text: children[0].text.slice(typed[0].length) };
          }
          blocks.push({ type: 'heading', level, ordinal, children, position: at(start) });
          break;
        }
        case 'paragraph': {
          const parts = (t as Tokens.Paragraph).tokens.filter((x) => !(x.type === 'text' && !x.raw.trim()));
          const image = parts.length === 1 && parts[0]!.type === 'image' ? (parts[0] as Tokens.Image) : undefined;
          if (image && src.figure) {
            const r = src.figure({ caption: image.text.trim(), src: image.href, ...(image.title ? { title: image.title } : {}), position: at(start + Math.max(0, t.raw.indexOf(image.raw))) });
            diagnostics.push(...r.diagnostics);
            if (r.figure) blocks.push(r.figure);
            break;
          }
          blocks.push({ type: 'paragraph', children: inlines(t.tokens, t.raw, start), position: at(start) });
          break;
        }
        case 'list': {
          const list = t as Tokens.List;
          let itemOffset = start;
          for (const item of list.items) {
            const typed = /^\s*(\d+)[.)]/.exec(item.raw)?.[1];
            const ordinal = list.ordered ? `${typed ?? ''}.` : undefined;
            const paras = item.tokens.filter((x) => x.type === 'paragraph' || x.type === 'text');
            const rawStart = itemOffset + item.raw.indexOf(item.text.split('\n')[0] ?? '');
            paras.forEach((p, i) => {
              const pStart = itemOffset + Math.max(0, item.raw.indexOf(p.raw.split('\n')[0] ?? ''));
              blocks.push({
                type: 'paragraph',
                ...(i === 0 && ordinal ? { ordinal } : {}),
                children: inlines('tokens' in p ? p.tokens : undefined, p.raw, pStart),
                position: at(i === 0 ? rawStart : pStart),
              });
            });
            if (item.tokens.some((x) => x.type === 'list')) {
              report(itemOffset, 'markdown-nested-list', '列表里又套了列表。', '公文的层次用“一、（一）1.（1）”表达：把下一层写成 #### 标题或单独的段落。');
            }
            itemOffset += item.raw.length;
          }
          break;
        }
        case 'blockquote':
          walk((t as Tokens.Blockquote).tokens, start + t.raw.indexOf((t as Tokens.Blockquote).text.split('\n')[0] ?? ''));
          break;
        case 'table':
          blocks.push(pipeTable(t as Tokens.Table, start));
          break;
        case 'code': {
          const code = t as Tokens.Code;
          if (code.lang?.trim() === TABLE_FENCE && src.table && /^ {0,3}(`{3,}|~{3,})/.test(code.raw)) {
            // The YAML starts on the line after the opening fence.
            const contentStart = start + code.raw.indexOf('\n') + 1;
            const r = src.table(code.text, (o) => at(contentStart + o), at(start));
            diagnostics.push(...r.diagnostics);
            if (r.table) blocks.push(r.table);
            break;
          }
          report(start, 'markdown-unsupported', '正文里出现了代码块（缩进 4 个空格或 ``` 围起的内容）。', '删去行首多余的空格；公文段落不需要缩进，首行缩进由 gongwen 排定。表格写成 ```表格 围起的块（见 README“表格”）。');
          break;
        }
        case 'html':
          report(start, 'markdown-html', `正文里不能写 HTML 代码“${t.raw.trim().slice(0, 40)}”。`, '删去尖括号标记；公文的格式由 gongwen 按 GB/T 9704 排定。');
          break;
        case 'hr':
          report(start, 'markdown-unsupported', '正文里的分隔线（---）没有对应的公文要素。', '删去这一行。');
          break;
        default:
          report(start, 'markdown-unsupported', `不支持的 Markdown 写法（${t.type}）。`, '改成普通段落或标题。');
      }
    }
  };
  /** A Markdown pipe table: its first row is the header; column alignment from the :--: row. */
  const pipeTable = (t: Tokens.Table, start: number): Table => {
    const position = at(start);
    const lines = t.raw.split('\n');
    const lineStart = (i: number) => start + lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
    const aligns: CellAlign[] = t.align.map((a) => a ?? 'center');
    const row = (cells: Tokens.TableCell[], lineIndex: number): TableCell[] => {
      const base = lineStart(lineIndex);
      return cells.map((c, i) => {
        const rawLine = lines[lineIndex] ?? '';
        const k = Math.max(0, rawLine.indexOf(c.text));
        const text = c.text.trim();
        return {
          paragraphs: text ? [inlines(c.tokens, c.text, base + k)] : [],
          rowSpan: 1,
          colSpan: 1,
          align: aligns[i] ?? 'center',
          position: at(base + k),
        };
      });
    };
    return {
      type: 'table',
      columnWidths: t.header.map((h, i) => columnWeight([h.text, ...t.rows.map((r) => r[i]?.text ?? '')])),
      rows: [
        { kind: 'header', cells: row(t.header, 0), position },
        // Line 1 is the |---| delimiter row.
        ...t.rows.map((r, i) => ({ kind: 'body' as const, cells: row(r, i + 2), position: at(lineStart(i + 2)) })),
      ],
      position,
    };
  };

  walk(tokens, 0);
  return { blocks, diagnostics };
}

const ASCII_WORD = /[A-Za-z0-9]/;
/** Info string of a fenced block that holds a table spec. */
export const TABLE_FENCE = '表格';
