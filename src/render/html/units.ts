/** CSS lengths with at most three decimals, so the same profile always prints the same stylesheet. */
export function num(v: number): string {
  return String(Number(v.toFixed(3)));
}
export const pt = (v: number): string => `${num(v)}pt`;
export const mmLen = (v: number): string => `${num(v)}mm`;
