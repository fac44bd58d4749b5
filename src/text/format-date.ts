/** GB/T 9704 dates: full year, month and day without zero padding — 2021年3月30日. */
export function formatDate(d: { year: number; month: number; day: number }): string {
  return `${d.year}年${d.month}月${d.day}日`;
}
