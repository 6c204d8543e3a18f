// How every message catalog is had, one way for all five parts. English, the source language, is imported where its
// part is used (the first screen's part in the first bundle, the others in the chunks that show them). Another
// language's parts are fetched together by `loadCatalog` before the page shows that language (main.tsx, a switch),
// and read with React's `use` (useCatalogPart in i18n-context.tsx).
import type { Locale } from '../../engine';
import type { EstateImportMessages } from './estate-import-types';
import type { ResultMessages } from './result-types';
import type { ReviewMessages } from './review-types';
import type { ConstraintsMessages, UiMessages } from './types';

/**
 * The catalogs by where they are used: the first screen, the result, the design-review tools, the constraints
 * editor, the cluster import's panel.
 */
export interface CatalogParts {
  readonly ui: UiMessages;
  readonly result: ResultMessages;
  readonly review: ReviewMessages;
  readonly constraints: ConstraintsMessages;
  readonly estateImport: EstateImportMessages;
}
export type CatalogPart = keyof CatalogParts;
type OtherLocale = Exclude<Locale, 'en'>;

/** Each language's parts, each in a chunk of its own: a missing translation fails the type check. */
const LOADERS: { readonly [L in OtherLocale]: { readonly [P in CatalogPart]: () => Promise<CatalogParts[P]> } } = {
  'zh-CN': {
    ui: () => import('./messages-zh-cn').then((module) => module.zhCN),
    result: () => import('./result-messages-zh-cn').then((module) => module.resultZhCN),
    review: () => import('./review-messages-zh-cn').then((module) => module.reviewZhCN),
    constraints: () => import('./constraints-messages-zh-cn').then((module) => module.constraintsZhCN),
    estateImport: () => import('./estate-import-messages-zh-cn').then((module) => module.estateImportZhCN),
  },
};

/** The parts fetched so far, by locale and part: one fetch each per page (tests reset it). */
export const catalogCache = {
  parts: new Map<string, Promise<unknown>>(),
  get<P extends CatalogPart>(locale: OtherLocale, part: P): Promise<CatalogParts[P]> {
    const key = `${locale}/${part}`;
    let promise = this.parts.get(key) as Promise<CatalogParts[P]> | undefined;
    if (promise === undefined) {
      const loading = LOADERS[locale][part]();
      // Marked as React's `use` reads a settled promise, so a part fetched before a render is read without suspending.
      loading.then(
        (value) => Object.assign(loading, { status: 'fulfilled', value }),
        (reason: unknown) => Object.assign(loading, { status: 'rejected', reason }),
      );
      promise = loading;
      this.parts.set(key, promise);
    }
    return promise;
  },
  reset(): void {
    this.parts.clear();
  },
};

const PARTS: readonly CatalogPart[] = ['ui', 'result', 'review', 'constraints', 'estateImport'];

/** Fetches every part of a language's catalog (nothing for English, which is always at hand). */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (locale !== 'en') await Promise.all(PARTS.map((part) => catalogCache.get(locale, part)));
}
