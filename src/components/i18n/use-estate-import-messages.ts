// Imported only by the cluster import's panel, loaded on demand: its catalog stays out of the first bundle.
import { estateImportEn } from './estate-import-messages-en';
import type { EstateImportMessages } from './estate-import-types';
import { useCatalogPart } from './i18n-context';

/** The cluster import panel's catalog in the active language (suspends while another language's loads). */
export function useEstateImportMessages(): EstateImportMessages {
  return useCatalogPart('estateImport', estateImportEn);
}
