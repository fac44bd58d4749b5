/**
 * The page flow. Every node gongwen hands pdfmake is a whole number of grid lines tall,
 * so counting lines tells which page and line the flow has reached — the 版记 needs it to
 * know whether it fits under the last line of text.
 */
import type { PdfContext } from './context.js';
import { blankLine, type PdfTextNode } from './line-node.js';

export type PdfNode = Record<string, unknown>;

export class Flow {
  readonly nodes: PdfNode[] = [];
  /** Lines used on the current page (0 on a fresh page, the page length on a full one). */
  line = 0;
  /** 1-based page the flow has reached. */
  page = 1;
  /** Absolutely placed nodes by page, drawn with the page background (outside the flow's area). */
  readonly placed = new Map<number, PdfNode[]>();
  private breakPending = false;

  constructor(private readonly ctx: PdfContext) {}

  get linesPerPage(): number {
    return this.ctx.profile.grid.lines;
  }

  add(node: PdfTextNode | PdfNode, lines = 1): void {
    const n: PdfNode = { ...node };
    if (this.breakPending) {
      n.pageBreak = 'before';
      this.breakPending = false;
    }
    this.nodes.push(n);
    // pdfmake moves a line that does not fit to the next page, exactly as this count does.
    if (this.line + lines > this.linesPerPage) {
      this.line = 0;
      this.page++;
    }
    this.line += lines;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.add(blankLine(this.ctx));
  }

  /** Start the next node on a new page; a full page overflows by itself, an untouched one needs no break. */
  newPage(): void {
    if (this.line === 0) return;
    if (this.line < this.linesPerPage) this.breakPending = true;
    this.line = 0;
    this.page++;
  }

  /** An absolutely placed node on the page the flow has reached; it takes no lines. */
  place(node: PdfNode): void {
    const list = this.placed.get(this.page) ?? [];
    list.push(node);
    this.placed.set(this.page, list);
  }
}
