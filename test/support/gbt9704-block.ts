/**
 * The 版心 as GB/T 9704 states it, in points — written from the standard, not taken from
 * src/layout, so layout tests measure against the standard rather than against our profile.
 */
export const MM = 72 / 25.4;
export const TOP = 37 * MM;
export const LEFT = 28 * MM;
export const RIGHT = LEFT + 156 * MM;
export const BOTTOM = TOP + 225 * MM;
/** 22 lines to the 225 mm block. */
export const PITCH = (225 * MM) / 22;
/** 28 characters to the 156 mm line. */
export const CELL = (156 * MM) / 28;

/** Top of a line's ideographs: the em box's top, 0.88 em above the baseline. */
export const glyphTop = (l: { baseline: number; size: number }): number => l.baseline - 0.88 * l.size;
