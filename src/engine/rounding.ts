/** Rounds to one decimal: the precision the engine reports milliseconds and scores in. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;
/** Rounds to three decimals: the precision of factor weights. */
export const round3 = (value: number): number => Math.round(value * 1000) / 1000;
