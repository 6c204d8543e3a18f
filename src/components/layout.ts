/** The width at which the result sits beside the questionnaire (styles.css's two-column layout): both on screen. */
export const SIDE_BY_SIDE_QUERY = '(min-width: 1080px)';

/** Whether the page is laid out side by side now; false where it cannot tell (tests, very old browsers). */
export function isSideBySide(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(SIDE_BY_SIDE_QUERY).matches;
}
