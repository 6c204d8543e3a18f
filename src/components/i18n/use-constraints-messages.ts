// Imported only by the questionnaire's lazily loaded constraints editor: its catalogs stay out of the first load.
import { use } from 'react';
import type { Locale } from '../../engine';
import { constraintsEn } from './constraints-messages-en';
import { useI18n } from './i18n-context';
import type { ConstraintsMessages } from './types';

const loading = new Map<Locale, Promise<ConstraintsMessages>>([['en', Promise.resolve(constraintsEn)]]);

function loadConstraintsMessages(locale: Locale): Promise<ConstraintsMessages> {
  let catalog = loading.get(locale);
  if (catalog === undefined) {
    catalog = import('./constraints-messages-zh-cn').then((module) => module.constraintsZhCN);
    loading.set(locale, catalog);
  }
  return catalog;
}

/** The constraints editor's catalog in the active language (suspends while another language's loads). */
export function useConstraintsMessages(): ConstraintsMessages {
  const { locale } = useI18n();
  return locale === 'en' ? constraintsEn : use(loadConstraintsMessages(locale));
}
