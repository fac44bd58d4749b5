/**
 * 责任单位 as the lists print them: 区应急管理局牵头，区经发局、生态环境局等有关部门按职责分工落实.
 * In a list of units the 区/市/县 of a unit is dropped when the unit before it has the same
 * one, as clerks write them.
 */
const LEVELS = ['区', '市', '县', '镇'];

export function joinUnits(units: readonly string[]): string {
  return units
    .map((u, i) => {
      const level = u[0] ?? '';
      const prev = units[i - 1];
      return i > 0 && LEVELS.includes(level) && prev?.startsWith(level) && u.length > 2 ? u.slice(1) : u;
    })
    .join('、');
}

/** A generic last entry (区有关部门) already says who else: no 等有关部门 after it. */
const GENERIC = /有关部门$|各部门$|有关单位$/;

export interface Responsibility {
  lead?: readonly string[];
  support?: readonly string[];
  units?: readonly string[];
}

export function responsibilityText(r: Responsibility): string {
  const tail = (list: readonly string[]) => `${joinUnits(list)}${GENERIC.test(list.at(-1) ?? '') ? '' : '等有关部门'}按职责分工落实`;
  if (r.lead?.length) {
    const lead = `${joinUnits(r.lead)}牵头`;
    return r.support?.length ? `${lead}，${tail(r.support)}` : lead;
  }
  if (r.units?.length) return r.units.length === 1 ? r.units[0]! : tail(r.units);
  return '';
}
