import { DEFAULT_LOCALE, type Locale } from '../locale';
import { importMessagesEn } from './messages-en';
import type { EstateImportMessages } from './messages-types';
import { importMessagesZhCN } from './messages-zh-cn';

export type { EstateImportMessages, RegionNamer } from './messages-types';

const CATALOGS: Readonly<Record<Locale, EstateImportMessages>> = { en: importMessagesEn, 'zh-CN': importMessagesZhCN };

export function importMessagesFor(locale: Locale = DEFAULT_LOCALE): EstateImportMessages {
  return CATALOGS[locale];
}
