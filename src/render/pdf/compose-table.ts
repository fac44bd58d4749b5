/**
 * 表格 → one pdfmake table on the grid. Every text line takes one grid pitch and every row a
 * whole number of pitches, its borders included, so the flow's line count stays exact. Rows get
 * fixed heights; a row's bottom border lies inside its last line (a negative bottom padding pays
 * for it), and so does the top border drawn at the table's head, or at a page's head when no
 * header repeats, inside the row's first line (a negative top padding). A cell's lines sit on
 * whole lines of its box, centred by whole lines. A row span is drawn as one cell per spanned
 * row with the borders between them hidden, so each row keeps its fixed height and the spanned
 * text is put on the lines of whichever rows it falls in. A table whose rows may break
 * (breakRows) has its body rows cut into one-line rows the same way.
 */
import type { Table, TableCell } from '../../ir/types.js';
import { mm } from '../../layout/gbt9704.js';
import { breakLines, type Line } from './break-lines.js';
import type { PdfContext } from './context.js';
import type { Flow, PdfNode } from './flow.js';
import { inlinesOf } from './line-node.js';
import { shapeRuns, type ShapeStyle } from './shape-text.js';

/** Top of the ideographic em box above the baseline, in ems (its bottom is 0.12 em below). */
const EM_TOP = 0.88;
/** breakLines lets a line run 0.01 pt over its width; pdfmake wraps anything over its cell. */
const BREAK_SLACK = 0.01;

interface Placed {
  cell: TableCell;
  row: number;
  col: number;
  lines: Line[];
}

const sum = (a: number[]): number => a.reduce((s, n) => s + n, 0);

/** Puts each cell at its row and column, skipping places covered by spans from above (as HTML does). */
function place(table: Table, cols: number): { cells: Placed[]; at: Placed[][] } {
  const at: Placed[][] = table.rows.map(() => []);
  const cells: Placed[] = [];
  table.rows.forEach((row, r) => {
    let col = 0;
    const put = (cell: TableCell) => {
      while (at[r]![col]) col++;
      const p: Placed = { cell, row: r, col, lines: [] };
      cells.push(p);
      for (let i = r; i < r + cell.rowSpan; i++) for (let j = col; j < col + cell.colSpan; j++) at[i]![j] = p;
    };
    row.cells.forEach(put);
    // A row with fewer cells than columns is filled with blank ones.
    for (let c = 0; c < cols; c++) if (!at[r]![c]) put({ paragraphs: [], rowSpan: 1, colSpan: 1, align: 'center', position: row.position });
  });
  return { cells, at };
}

export function composeTable(ctx: PdfContext, flow: Flow, table: Table): void {
  const { profile: p, grid, metrics } = ctx;
  const pitch = ctx.pitch;
  const border = p.table.borderPt;
  const padding = mm(p.table.paddingMm);
  const cols = table.columnWidths.length;
  // Column edges from the block's left edge: the weights share out the whole 版心 width.
  const weights = sum(table.columnWidths);
  const edges = [0];
  for (const w of table.columnWidths) edges.push(edges[edges.length - 1]! + (grid.blockWidth * w) / weights);
  // pdfmake draws each vertical border right of its edge: the last one must end on the block's edge.
  const innerWidth = (col: number, span: number) => edges[col + span]! - edges[col]! - 2 * padding - border - (col + span === cols ? border : 0);

  const placed = place(table, cols);
  const at = placed.at;
  for (const c of placed.cells) {
    const role = table.rows[c.row]!.kind === 'body' ? p.table.role : p.table.headerRole;
    const style: ShapeStyle = { role, size: p.table.size, color: p.colors.black, grid: false };
    const width = innerWidth(c.col, c.cell.colSpan) - BREAK_SLACK;
    c.lines = c.cell.paragraphs.flatMap((runs) => breakLines(shapeRuns(ctx, runs, style), { width, firstIndent: 0, restIndent: 0, noOrphan: true }));
  }

  const rowLines = table.rows.map((row) => row.minLines ?? 1);
  for (const c of placed.cells) if (c.cell.rowSpan === 1) rowLines[c.row] = Math.max(rowLines[c.row]!, c.lines.length);
  // A spanned cell that needs more lines than its rows give grows the last row it spans.
  for (const c of placed.cells) {
    const last = c.row + c.cell.rowSpan - 1;
    rowLines[last]! += Math.max(0, c.lines.length - sum(rowLines.slice(c.row, last + 1)));
  }
  const firstBody = table.rows.findIndex((row) => row.kind !== 'header');
  const header = firstBody < 0 ? table.rows.length : firstBody;
  const headerLines = sum(rowLines.slice(0, header));
  // A breakRows table's body rows are cut into one-line rows, so pdfmake may break between any
  // two lines; a cell then spans the cut rows exactly as a row span does.
  const cut = (r: number) => Boolean(table.breakRows) && r >= header && rowLines[r]! > 1;
  const start: number[] = [];
  const lines: number[] = [];
  /** The cells of each (cut) row, by column. */
  const cells: Placed[][] = [];
  rowLines.forEach((n, r) => {
    start.push(lines.length);
    for (let i = 0; i < (cut(r) ? n : 1); i++) {
      lines.push(cut(r) ? 1 : n);
      cells.push(at[r]!);
    }
  });
  start.push(lines.length);
  const first = (c: Placed) => start[c.row]!;
  const lastOf = (c: Placed) => start[c.row + c.cell.rowSpan]! - 1;
  rowLines.forEach((n, r) => {
    if (r < header || cut(r) || headerLines + n <= flow.linesPerPage) return;
    const pos = table.rows[r]!.position;
    ctx.diagnostics.push({
      file: pos.file,
      line: pos.line,
      column: pos.column,
      rule: 'table-row-too-tall',
      severity: 'error',
      message: `表格这一行排成 ${n} 行高${headerLines ? `，连同重复的表头 ${headerLines} 行` : ''}超过一页的 ${flow.linesPerPage} 行；PDF 中表格行不跨页，放不下。`,
      hint: '缩短单元格文字，或加宽该列。',
    });
  });

  // Baseline of a text line below the top of its grid line: the em box centred in the pitch.
  const baseline = pitch / 2 + (EM_TOP - 0.5) * p.table.size;
  const lineNode = (line: Line, top: number, align: TableCell['align']): PdfNode => {
    // pdfmake puts the baseline the line's largest ascender below the line's top: drop the line
    // box to bring it onto `baseline`, and shorten the box by as much so the line stays one pitch.
    const drop = baseline - Math.max(...line.glyphs.map((g) => metrics.ascender(g.slot, g.size)));
    return { text: inlinesOf(ctx, line.glyphs, 0, (pitch - drop) / pitch), margin: [0, top + drop, 0, 0], alignment: align };
  };

  flow.addTable(lines, header, (breaks) => {
    // The top border of the table, and of a row opening a page when no header repeats, is drawn within the row.
    const opens = (r: number) => r === 0 || (header === 0 && breaks.has(r));
    /** The part of a cell in (cut) row `r`: its lines that fall on that row, on their grid lines. */
    const piece = (c: Placed, r: number): PdfNode => {
      const top = first(c);
      const last = lastOf(c);
      const above = sum(lines.slice(top, r));
      const offset = Math.floor((sum(lines.slice(top, last + 1)) - c.lines.length) / 2) - above;
      const stack: PdfNode[] = [];
      let y = 0;
      c.lines.forEach((line, i) => {
        const slot = offset + i;
        if (slot < 0 || slot >= lines[r]! || line.glyphs.length === 0) return;
        stack.push(lineNode(line, (slot - y) * pitch, c.cell.align));
        y = slot + 1;
      });
      return {
        stack,
        // Hidden between the rows of a span, except where a page break falls between them.
        border: [true, r === top, true, r === last || breaks.has(r + 1)],
        ...(c.cell.colSpan > 1 ? { colSpan: c.cell.colSpan } : {}),
      };
    };
    return {
      table: {
        widths: Array.from({ length: cols }, (_, c) => innerWidth(c, 1)),
        heights: lines.map((n) => n * pitch),
        // A place covered by a column span is left to pdfmake's span marker.
        body: cells.map((row, r) => Array.from({ length: cols }, (_, c) => (row[c]!.col === c ? piece(row[c]!, r) : ''))),
        headerRows: header,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
      },
      layout: {
        hLineWidth: () => border,
        vLineWidth: () => border,
        hLineColor: () => p.colors.black,
        vLineColor: () => p.colors.black,
        paddingLeft: () => padding,
        paddingRight: () => padding,
        paddingTop: (r: number) => (opens(r) ? -border : 0),
        paddingBottom: () => -border,
      },
    };
  });
}
