/**
 * The few Python behaviours the reference tool (/work/shared/tools/measure-pdf-layout) relies
 * on, reproduced so the TypeScript checks agree with it to the last rounding: round() and
 * format() round exact ties to even, Counter.most_common() prefers the first-inserted key.
 */

/** Python's f"{x:.{nd}f}". An exact binary tie exists only when x·2^(nd+1) is an odd integer. */
export function pyFixed(x: number, nd: number): string {
  const t = x * 2 ** (nd + 1);
  if (Number.isInteger(t) && Math.abs(t % 2) === 1) {
    const v = x * 10 ** nd; // exactly k + 0.5
    const lo = Math.floor(v);
    return ((lo % 2 === 0 ? lo : lo + 1) / 10 ** nd).toFixed(nd);
  }
  return x.toFixed(nd); // toFixed rounds the exact binary value: only ties differ
}

/** Python's round(x, nd). */
export const pyRound = (x: number, nd = 0): number => Number(pyFixed(x, nd));

/** Python's repr() of a float: 14.0, 28.9. */
export const pyFloat = (x: number): string => (Number.isInteger(x) ? x.toFixed(1) : String(x));

/** collections.Counter in insertion order. */
export function counter<K>(keys: Iterable<K>): Map<K, number> {
  const c = new Map<K, number>();
  for (const k of keys) c.set(k, (c.get(k) ?? 0) + 1);
  return c;
}

/** Counter.most_common(1)[0]: the highest count, earliest key on ties. */
export function mostCommon<K>(c: Map<K, number>): [K, number] | undefined {
  let best: [K, number] | undefined;
  for (const e of c) if (!best || e[1] > best[1]) best = e;
  return best;
}
