/** Hand-built tables for renderer tests: a three-level header with spans, a fill-in form, a long table. */
import type { CellAlign, SourcePosition, Table, TableCell, TableRow } from '../../src/ir/types.js';

const at = (line: number, file = 'sample/附件6.md'): SourcePosition => ({ file, line, column: 1 });

export function cell(text: string | string[], opts: { rowSpan?: number; colSpan?: number; align?: CellAlign; line?: number } = {}): TableCell {
  const texts = Array.isArray(text) ? text : text === '' ? [] : [text];
  const position = at(opts.line ?? 1);
  return {
    paragraphs: texts.map((t) => [{ type: 'text' as const, text: t, position }]),
    rowSpan: opts.rowSpan ?? 1,
    colSpan: opts.colSpan ?? 1,
    align: opts.align ?? 'center',
    position,
  };
}

const row = (kind: TableRow['kind'], cells: TableCell[], line = 1, minLines?: number): TableRow => ({
  kind,
  cells,
  ...(minLines ? { minLines } : {}),
  position: at(line),
});

/** 附件6 of the 武进 seed: 9 leaf columns under a three-row header, a column merged down all township rows, a total row. */
export function targetTable(): Table {
  const towns: [string, number, number, number, string][] = [
    ['科教城', 1, 1, 1, ''],
    ['湖塘镇', 5, 18, 2, '粉尘涉爆'],
    ['湟里镇', 5, 7, 1, '钢铁'],
    ['嘉泽镇', 2, 2, 1, ''],
  ];
  const header: TableRow[] = [
    row('header', [
      cell(['乡镇板块', '工作任务'], { rowSpan: 3 }),
      cell('开展任务', { colSpan: 2 }),
      cell('申报任务', { colSpan: 2 }),
      cell('创成任务（2022年底）', { colSpan: 4 }),
    ]),
    row('header', [
      cell('重点行业领域', { rowSpan: 2 }),
      cell('非重点规上企业', { rowSpan: 2 }),
      cell('重点行业领域', { rowSpan: 2 }),
      cell('非重点规上企业', { rowSpan: 2 }),
      cell('重点行业领域', { rowSpan: 2 }),
      cell('非重点规上企业', { rowSpan: 2 }),
      cell('标杆企业', { colSpan: 2 }),
    ]),
    row('header', [cell('创建数'), cell('备注')]),
  ];
  const body = towns.map(([name, a, b, c, note], i) =>
    row(
      'body',
      [
        cell(name, { line: 10 + i }),
        ...(i === 0
          ? [
              cell('2022年底前开展100%', { rowSpan: towns.length }),
              cell('2023年底前开展100%', { rowSpan: towns.length }),
              cell('2022年底前申报30%', { rowSpan: towns.length }),
              cell('2022年底前申报7%', { rowSpan: towns.length }),
            ]
          : []),
        cell(String(a)),
        cell(String(b)),
        cell(String(c)),
        cell(note),
      ],
      10 + i,
    ),
  );
  const total = row('total', [cell('武进区'), cell('', { colSpan: 4 }), cell('13'), cell('28'), cell('5'), cell('')], 20);
  return { type: 'table', columnWidths: [3, 2.5, 2.5, 2.5, 2.5, 2, 2, 2, 2.5], rows: [...header, ...body, total], position: at(8) };
}

/** 附件4 of the 武进 seed: a blank registration form with label cells spanning columns and tall blank rows. */
export function formTable(): Table {
  const file = 'sample/附件4.md';
  const r = (cells: TableCell[], minLines?: number) => row('body', cells, 5, minLines);
  return {
    type: 'table',
    columnWidths: [1, 1, 1, 1],
    rows: [
      r([cell('企业名称'), cell('（企业盖章）'), cell('联系电话'), cell('')]),
      r([cell('企业地址'), cell('', { colSpan: 3 })]),
      r([cell('空气化工产品储罐', { colSpan: 4 })]),
      r([cell('危险化学品名称'), cell('固定式储罐总容积（m³）'), cell('固定式储罐个数'), cell('是否经设计、是否经安全评价')]),
      r([cell(''), cell(''), cell(''), cell('')], 3),
      r([cell('其他危险化学品储存', { colSpan: 4 })]),
      r([cell('危险化学品名称'), cell(['储存方式', '（储罐、中间库、化学品库）']), cell('储存量（吨）'), cell('是否经设计、是否经安全评价')]),
      r([cell(''), cell(''), cell(''), cell('')], 3),
    ],
    position: { file, line: 3, column: 1 },
  };
}

/** A table long enough to run over several pages, with left-aligned multi-line cells: the header must repeat. */
export function longTable(rows = 40): Table {
  const header = row('header', [cell('序号'), cell('企业名称'), cell('试点工作任务')]);
  const body = Array.from({ length: rows }, (_, i) =>
    row('body', [cell(String(i + 1)), cell(`常州市第${i + 1}号金属制品有限公司`, { align: 'left' }), cell(i % 3 === 0 ? '黑色铸造企业安全监管，写好风险报告下半篇文章，每季度报送一次进展情况' : '实验室管理', { align: 'left' })], 30 + i),
  );
  return { type: 'table', columnWidths: [1, 3, 4], rows: [header, ...body], position: at(28, 'sample/附件2.md') };
}
