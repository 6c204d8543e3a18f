// Imported only by the questionnaire's lazily loaded constraints editor: its catalog stays out of the first load.
import { constraintsEn } from './constraints-messages-en';
import { useCatalogPart } from './i18n-context';
import type { ConstraintsMessages } from './types';

/** The constraints editor's catalog in the active language (suspends while another language's loads). */
export function useConstraintsMessages(): ConstraintsMessages {
  return useCatalogPart('constraints', constraintsEn);
}
