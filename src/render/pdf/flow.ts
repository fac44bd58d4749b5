/**
 * The page flow. Every node gongwen hands pdfmake is a whole number of grid lines tall,
 * so counting lines tells which page and line the flow has reached — the 版记 needs it to
 * know whether it fits under the last line of text. The flow is cut into sections, each a run
 * of pages of one orientation (a 横排 attachment's landscape pages hold fewer lines).
 */
import { gridMetrics, type Orientation } from '../../layout/gbt9704.js';
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
  /** What each flow node is (parallel to `nodes`). */
  private readonly kinds: ('line' | 'blank' | 'table')[] = [];

  /** Orientation of the page the flow has reached. */
  orientation: Orientation = 'portrait';
  /** Lines a page of that orientation holds (22 portrait, 15 landscape), set when the flow turns. */
  private pageLines: number;
  /** Where each section starts in `nodes`, and its orientation; the first starts the document. */
  readonly sections: { start: number; orientation: Orientation }[] = [{ start: 0, orientation: 'portrait' }];

  constructor(private readonly ctx: PdfContext) {
    this.pageLines = gridMetrics(ctx.profile, this.orientation).lines;
  }

  get linesPerPage(): number {
    return this.pageLines;
  }

  /** Starts a section of `orientation` pages: the next node opens a new page (pdfmake opens one for each section). */
  turn(orientation: Orientation): void {
    if (this.line > 0) this.page++;
    this.line = 0;
    // A break still pending was for this very page, which the section now opens.
    this.breakPending = false;
    this.orientation = orientation;
    this.pageLines = gridMetrics(this.ctx.profile, orientation).lines;
    this.sections.push({ start: this.nodes.length, orientation });
  }

  private push(node: PdfTextNode | PdfNode, kind: 'line' | 'blank' | 'table'): void {
    const n: PdfNode = { ...node };
    if (this.breakPending) {
      n.pageBreak = 'before';
      this.breakPending = false;
    }
    this.nodes.push(n);
    this.kinds.push(kind);
  }

  add(node: PdfTextNode | PdfNode, lines = 1, blank = false): void {
    this.push(node, blank ? 'blank' : 'line');
    // pdfmake moves a line that does not fit to the next page, exactly as this count does.
    if (this.line + lines > this.linesPerPage) {
      this.line = 0;
      this.page++;
    }
    this.line += lines;
  }

  /**
   * A table whose rows are `rowLines` lines tall, the first `headerRows` of them repeated on
   * every page. Counts as pdfmake paginates with dontBreakRows: a row that does not fit opens
   * the next page under the repeated header. (pdfmake keeps the header with the first body row,
   * which counts the same as that row opening the next page.) `build` is told which rows open a
   * page, as their borders depend on it.
   */
  addTable(rowLines: number[], headerRows: number, build: (breaks: ReadonlySet<number>) => PdfNode): void {
    const header = rowLines.slice(0, headerRows).reduce((s, n) => s + n, 0);
    if (this.line + header > this.linesPerPage) {
      this.line = 0;
      this.page++;
    }
    this.line += header;
    const breaks = new Set<number>();
    rowLines.slice(headerRows).forEach((n, i) => {
      if (this.line + n > this.linesPerPage) {
        breaks.add(headerRows + i);
        this.line = header;
        this.page++;
      }
      this.line += n;
    });
    this.push(build(breaks), 'table');
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.add(blankLine(this.ctx), 1, true);
  }

  /** Start the next node on a new page; a full page overflows by itself, an untouched one needs no break. */
  newPage(): void {
    if (this.line === 0) return;
    if (this.line < this.linesPerPage) this.breakPending = true;
    this.line = 0;
    this.page++;
  }

  /** Starts a new page unless `lines` more lines fit on this one (a heading kept with what follows it). */
  keep(lines: number): void {
    if (this.free < lines) this.newPage();
  }

  /** Lines still free on the current page. */
  get free(): number {
    return this.linesPerPage - this.line;
  }

  /**
   * Moves the page break back so the last `textLines` lines of text go to the next page
   * (署名 and 成文日期 must not stand alone on a page). Returns false when those lines are
   * not all on the current page with at least one line left behind.
   */
  carryLastLines(textLines: number): boolean {
    let i = this.nodes.length;
    for (let seen = 0; seen < textLines && i > 0; ) if (this.kinds[--i] !== 'blank') seen++;
    const moved = this.nodes.length - i;
    // A table is many lines paginated by pdfmake, not one line that can be carried over.
    if (moved === 0 || moved >= this.line || this.nodes[i]!.pageBreak || this.kinds.slice(i).includes('table')) return false;
    this.nodes[i]!.pageBreak = 'before';
    this.page++;
    this.line = moved;
    return true;
  }

  /** Page a one-line node added now lands on. */
  get nextLinePage(): number {
    return this.line >= this.linesPerPage ? this.page + 1 : this.page;
  }

  /**
   * Continues with `other`'s pages (one portrait section, composed on its own) from a new page:
   * its nodes, its placed nodes moved to their pages here, and its place in its last page.
   * Returns how many pages come before `other`'s first.
   */
  append(other: Flow): number {
    this.newPage();
    const offset = this.nextLinePage - 1;
    other.nodes.forEach((n, i) => this.push(n, other.kinds[i]!));
    for (const [page, list] of other.placed) this.placed.set(page + offset, [...(this.placed.get(page + offset) ?? []), ...list]);
    this.page = other.page + offset;
    this.line = other.line;
    return offset;
  }

  /** An absolutely placed node on the page the flow has reached; it takes no lines. */
  place(node: PdfNode): void {
    const list = this.placed.get(this.page) ?? [];
    list.push(node);
    this.placed.set(this.page, list);
  }
}
