/** The task model's small parts: 完成时限 forms, promised dates, unit wording, and the views. */
import { describe, expect, test } from 'vitest';
import { parseDeadline, promisedDates } from '../src/tasks/deadline.js';
import { joinUnits, responsibilityText } from '../src/tasks/units-text.js';
import { numberedMeasures, tasksOf, type TaskRow } from '../src/tasks/task-set.js';
import { rubricTable, taskListTable } from '../src/tasks/task-views.js';

const at = (line: number) => ({ file: 'tasks.yaml', line, column: 5 });
const l = (value: string, line = 1) => ({ value, position: at(line) });

describe('完成时限', () => {
  test.each([
    ['2022年底', { due: { year: 2022, month: 12, day: 31 }, ongoing: false }],
    ['2021年6月底', { due: { year: 2021, month: 6, day: 30 }, ongoing: false }],
    ['2021年2月底前', { due: { year: 2021, month: 2, day: 28 }, ongoing: false }],
    ['3月15日前', { due: { year: 2021, month: 3, day: 15 }, ongoing: false }],
    ['年底前', { due: { year: 2021, month: 12, day: 31 }, ongoing: false }],
    ['持续推进', { ongoing: true }],
    ['2021年6月底完成，并持续推进', { due: { year: 2021, month: 6, day: 30 }, ongoing: true }],
  ])('%s', (text, expected) => expect(parseDeadline(text, 2021)).toEqual(expected));

  test.each(['下半年', '2021年13月底', '2月30日前', '底', '尽快'])('%s is refused', (text) => expect(parseDeadline(text, 2021)).toBeUndefined());
});

test('promised dates: 年底 and 月底 always, a day only with 前, years from the text or the plan year', () => {
  const text = '2021年底前完成评估，5月底前制定方案，于3月15日召开会议，3月20日前上报，年底前完成整治，2020年本目录。';
  expect(promisedDates(text, 2021).map((p) => [p.text, p.offset])).toEqual([
    ['2021年底', 0],
    ['5月底', 12],
    ['3月20日', 32],
    ['年底', 41],
  ]);
});

test('units: the 区 of a unit is dropped after a 区 unit, and the wording follows lead and support', () => {
  expect(joinUnits(['区经发局', '区生态环境局', '市交通执法支队新北大队', '区公安分局'])).toBe('区经发局、生态环境局、市交通执法支队新北大队、区公安分局');
  expect(responsibilityText({ lead: ['区应急管理局'], support: ['区经发局'] })).toBe('区应急管理局牵头，区经发局等有关部门按职责分工落实');
  expect(responsibilityText({ lead: ['区住建局'], support: ['区有关部门'] })).toBe('区住建局牵头，区有关部门按职责分工落实');
  expect(responsibilityText({ units: ['区应急管理局'] })).toBe('区应急管理局');
  expect(responsibilityText({ units: ['区经发局', '区应急管理局'] })).toBe('区经发局、应急管理局等有关部门按职责分工落实');
});

const rows: TaskRow[] = [
  { id: '1', position: at(2), domain: l('化工行业', 3), title: l('任务一', 4), measures: [l('甲。', 5), l('乙。', 6)], units: [l('区应急管理局', 7)], deadline: l('2021年底', 8), requirement: l('要求一', 9) },
  { id: '1', position: at(10), measures: [l('丙。', 11)] },
  { id: '2', position: at(12), title: l('任务二', 13), measures: [l('二是已编号。', 14)], lead: [l('区经发局', 15)] },
  { id: '3', position: at(16), domain: l('涉爆粉尘', 17), title: l('任务三', 18), measures: [] },
];

test('rows with one 编号 make one task; measures are numbered across its rows; 领域 carries over', () => {
  const tasks = tasksOf(rows);
  expect(tasks.map((t) => [t.id, t.domain?.value, t.rows.length])).toEqual([
    ['1', '化工行业', 2],
    ['2', '化工行业', 1],
    ['3', '涉爆粉尘', 1],
  ]);
  expect(numberedMeasures(tasks[0]!).map((m) => m.value)).toEqual(['一是甲。', '二是乙。', '三是丙。']);
  expect(numberedMeasures(tasks[1]!).map((m) => m.value)).toEqual(['二是已编号。']);
});

test('task list: 领域 merged down its tasks and numbered, one paragraph per measure', () => {
  const table = taskListTable({ file: 'tasks.yaml', rows, tasks: tasksOf(rows) }, at(1));
  const body = table.rows.filter((r) => r.kind === 'body');
  expect(body).toHaveLength(3);
  expect(body[0]!.cells[0]).toMatchObject({ rowSpan: 2 });
  expect(body[0]!.cells[0]!.paragraphs[0]![0]).toMatchObject({ text: '一、化工行业' });
  expect(body[2]!.cells[0]!.paragraphs[0]![0]).toMatchObject({ text: '二、涉爆粉尘' });
  expect(body[0]!.cells[1]!.paragraphs[0]![0]).toMatchObject({ text: '1．任务一' });
  expect(body[0]!.cells[2]!.paragraphs).toHaveLength(3);
  expect(body[1]!.cells.map((c) => c.paragraphs[0]?.[0] && 'text' in c.paragraphs[0][0] ? c.paragraphs[0][0].text : '')).toEqual(['2．任务二', '二是已编号。', '区经发局牵头', '']);
});

test('rubric: one row per assessed task, the item merged over them, and a 合计 of the scores', () => {
  const set = {
    file: 'tasks.yaml',
    rows,
    tasks: tasksOf(rows),
    rubric: {
      position: at(20),
      items: [
        { content: l('化工', 21), tasks: [l('1', 22), l('2', 22)], score: { value: 60, position: at(23) }, position: at(21) },
        { content: l('粉尘', 24), tasks: [l('3', 25)], score: { value: 40, position: at(26) }, position: at(24) },
      ],
    },
  };
  const table = rubricTable(set, at(1))!;
  const text = (r: number, c: number) => {
    const i = table.rows[r]!.cells[c]!.paragraphs[0]?.[0];
    return i && 'text' in i ? i.text : '';
  };
  expect(table.rows[0]!.cells.map((_, c) => text(0, c))).toEqual(['序号', '考评内容', '具体要求', '分值']);
  expect([text(1, 0), text(1, 1), text(1, 2), text(1, 3)]).toEqual(['1', '化工', '1.要求一', '60']);
  expect(table.rows[1]!.cells[0]!.rowSpan).toBe(2);
  expect(text(2, 0)).toBe('2.任务二');
  expect(table.rows.at(-1)!.kind).toBe('total');
  expect(text(table.rows.length - 1, 1)).toBe('100');
});
