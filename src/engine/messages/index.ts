import type { PriorityLevel } from '../answer-limits';
import { DEFAULT_LOCALE, type Locale } from '../locale';
import type { SourceId } from '../sources';
import type { Confidence, Strategy } from '../strategy';
import { tidiedChineseCatalog } from './chinese-spacing';
import { en } from './en';
import type { EngineMessages } from './types';
import { zhCN } from './zh-cn';

/** The Chinese catalog spaces every name as a Latin one; a name in Chinese (a catalog region's) loses those spaces. */
const CATALOGS: Readonly<Record<Locale, EngineMessages>> = { en, 'zh-CN': tidiedChineseCatalog(zhCN) };

/** The engine's sentences in `locale`. */
export function messagesFor(locale: Locale = DEFAULT_LOCALE): EngineMessages {
  return CATALOGS[locale];
}

/**
 * The strategy's display name. `full` (the default) is the form for headings and first mentions, and keeps
 * the English name in every language ("中心辐射（Hub & Spoke）"); `short` is the running-text form ("中心辐射").
 * English has one form: `Hub & Spoke`, `Regional`, as in STRATEGY_NAMES.
 */
export function strategyName(
  strategy: Strategy,
  locale: Locale = DEFAULT_LOCALE,
  form: 'full' | 'short' = 'full',
): string {
  const messages = messagesFor(locale);
  return (form === 'full' ? messages.strategyFullName : messages.strategyName)[strategy];
}

/** The confidence as a short label: "Strong fit", "Moderate fit", "Close call" (or their translation). */
export function confidenceLabel(confidence: Confidence, locale: Locale = DEFAULT_LOCALE): string {
  return messagesFor(locale).confidenceLabel[confidence];
}

/**
 * A source's quote in `locale`. English returns Rancher's words (`SOURCES[id].quote`); another language returns
 * this project's translation, marked as one ("（译文）"). Titles and URLs are not translated: read them from `SOURCES`.
 */
export function sourceQuote(id: SourceId, locale: Locale = DEFAULT_LOCALE): string {
  return messagesFor(locale).sourceQuote[id];
}

/** Words for a level of the 0..4 priority scale ("does not matter" .. "must have", or their translation). */
export function priorityLabel(level: PriorityLevel, locale: Locale = DEFAULT_LOCALE): string {
  return messagesFor(locale).priorityLabels[level];
}
