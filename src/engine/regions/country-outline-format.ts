// How country-outlines.ts writes its rings; the generator (scripts/build-country-outlines.ts) and the reader
// (countries.ts) share it.

/** Coordinates are whole multiples of 1/this of a degree (0.2°: finer than the 0.5° simplification). */
export const OUTLINE_UNITS_PER_DEGREE = 5;
/** Each digit carries 5 bits and a continuation bit: URL-safe base64, so the data is one plain string per country. */
export const OUTLINE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
