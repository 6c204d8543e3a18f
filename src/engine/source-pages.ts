// Where the sources are: the pages and the issue the engine's sources cite (sources.ts holds what each one says). Apart
// from the sentences, so that the first screen can link a page without carrying every quote.

/** rancher/rancher-docs issue 220, which withdrew Hub & Spoke's "nodes across regions" pro (the questionnaire links it). */
export const NODES_ACROSS_REGIONS_WITHDRAWN_URL = 'https://github.com/rancher/rancher-docs/issues/220';

export const STRATEGY_PAGE = {
  title: 'Rancher best practices: Rancher Deployment Strategy',
  url: 'https://ranchermanager.docs.rancher.com/reference-guides/best-practices/rancher-server/rancher-deployment-strategy',
} as const;

export const TUNING_PAGE = {
  title: 'Rancher best practices: Tuning and Best Practices for Rancher at Scale',
  url: 'https://ranchermanager.docs.rancher.com/reference-guides/best-practices/rancher-server/tuning-and-best-practices-for-rancher-at-scale',
} as const;

export const TIPS_PAGE = {
  title: 'Rancher best practices: Tips for Running Rancher',
  url: 'https://ranchermanager.docs.rancher.com/reference-guides/best-practices/rancher-server/tips-for-running-rancher',
} as const;

export const REQUIREMENTS_PAGE = {
  title: 'Rancher: Installation Requirements (CPU and memory, RKE2 and K3s)',
  url: 'https://ranchermanager.docs.rancher.com/getting-started/installation-and-upgrade/installation-requirements',
} as const;
