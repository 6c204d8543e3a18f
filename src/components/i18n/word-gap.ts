import type { Locale } from '../../engine';
import { chineseGap } from '../../engine/messages/chinese-spacing';

/**
 * What sets two texts side by side on the page (a label and a name, two sentences): a space in English; in Chinese
 * nothing, or a space where an ideograph meets a Latin name ("位于 Frankfurt data centre", "位于美国阿什本").
 */
export function wordGap(locale: Locale, before: string, after: string): string {
  return locale === 'en' ? ' ' : chineseGap(before, after);
}
