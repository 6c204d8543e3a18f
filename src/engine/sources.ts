/**
 * The sentences the advice rests on. Each factor cites one or more of these, so a reader can check the
 * engine's reasoning against Rancher's own words.
 */
export interface SourceRef {
  readonly id: SourceId;
  readonly title: string;
  readonly url: string;
  /** The sentence the factor rests on, as the source says it (or a faithful summary, marked as such). */
  readonly quote: string;
}

export type SourceId =
  | 'hub-pro-single-interface'
  | 'hub-pro-keeps-running'
  | 'hub-pro-nodes-across-regions-withdrawn'
  | 'hub-con-latency'
  | 'hub-con-central-outage'
  | 'regional-pro-isolation'
  | 'regional-pro-latency'
  | 'regional-pro-upgrades'
  | 'regional-con-overhead'
  | 'regional-con-no-single-view'
  | 'regional-con-multi-cluster-apps'
  | 'rancher-sizing'
  | 'rancher-ha'
  | 'rancher-browser-latency';

const STRATEGY_PAGE = {
  title: 'Rancher best practices: Rancher Deployment Strategy',
  url: 'https://ranchermanager.docs.rancher.com/reference-guides/best-practices/rancher-server/rancher-deployment-strategy',
} as const;

const REQUIREMENTS_PAGE = {
  title: 'Rancher: Installation Requirements (CPU and memory, RKE2 and K3s)',
  url: 'https://ranchermanager.docs.rancher.com/getting-started/installation-and-upgrade/installation-requirements',
} as const;

export const SOURCES: Readonly<Record<SourceId, SourceRef>> = {
  'hub-pro-single-interface': {
    id: 'hub-pro-single-interface',
    ...STRATEGY_PAGE,
    quote: 'Hub & Spoke pro: environments can be managed through one interface, across all regions and environments.',
  },
  'hub-pro-keeps-running': {
    id: 'hub-pro-keeps-running',
    ...STRATEGY_PAGE,
    quote:
      'Hub & Spoke pro: Kubernetes does not need Rancher to operate and can tolerate losing connectivity to the Rancher server.',
  },
  'hub-pro-nodes-across-regions-withdrawn': {
    id: 'hub-pro-nodes-across-regions-withdrawn',
    title: 'rancher/rancher-docs issue 220: remove "environments can have nodes across regions"',
    url: 'https://github.com/rancher/rancher-docs/issues/220',
    quote:
      'The former pro "environments can have nodes and resources across regions" was withdrawn: Rancher does not support one downstream cluster stretched across regions.',
  },
  'hub-con-latency': {
    id: 'hub-con-latency',
    ...STRATEGY_PAGE,
    quote: 'Hub & Spoke con: subject to network latencies.',
  },
  'hub-con-central-outage': {
    id: 'hub-con-central-outage',
    ...STRATEGY_PAGE,
    quote:
      'Hub & Spoke con: if the Rancher server goes down, global provisioning is affected; downstream clusters can still be managed individually.',
  },
  'regional-pro-isolation': {
    id: 'regional-pro-isolation',
    ...STRATEGY_PAGE,
    quote:
      'Regional pro: Rancher functionality in a region stays operational if a Rancher server in another region goes down.',
  },
  'regional-pro-latency': {
    id: 'regional-pro-latency',
    ...STRATEGY_PAGE,
    quote: 'Regional pro: network latency is greatly reduced, improving Rancher performance.',
  },
  'regional-pro-upgrades': {
    id: 'regional-pro-upgrades',
    ...STRATEGY_PAGE,
    quote: 'Regional pro: upgrades of Rancher can be done independently, region by region.',
  },
  'regional-con-overhead': {
    id: 'regional-con-overhead',
    ...STRATEGY_PAGE,
    quote: 'Regional con: the overhead of managing multiple Rancher installations.',
  },
  'regional-con-no-single-view': {
    id: 'regional-con-no-single-view',
    ...STRATEGY_PAGE,
    quote: 'Regional con: visibility across global Kubernetes clusters requires multiple interfaces or panes of glass.',
  },
  'regional-con-multi-cluster-apps': {
    id: 'regional-con-multi-cluster-apps',
    ...STRATEGY_PAGE,
    quote: 'Regional con: deploying multi-cluster apps requires repeating the process for each Rancher server.',
  },
  'rancher-sizing': {
    id: 'rancher-sizing',
    ...REQUIREMENTS_PAGE,
    quote:
      'Rancher server sizes: small up to 150 downstream clusters (1,500 nodes), medium up to 300 (3,000 nodes), large up to 500 (5,000 nodes).',
  },
  'rancher-ha': {
    id: 'rancher-ha',
    title: 'Rancher: High-availability installation on a Kubernetes cluster',
    url: 'https://ranchermanager.docs.rancher.com/getting-started/installation-and-upgrade/install-upgrade-on-a-kubernetes-cluster',
    quote: 'For production, Rancher is installed on a three-node Kubernetes cluster for high availability.',
  },
  'rancher-browser-latency': {
    id: 'rancher-browser-latency',
    ...REQUIREMENTS_PAGE,
    quote: 'Rancher recommends a round-trip time of 150 ms or less between the browser and the Rancher server.',
  },
};
