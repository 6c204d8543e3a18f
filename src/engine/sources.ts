import {
  NODES_ACROSS_REGIONS_WITHDRAWN_URL,
  REQUIREMENTS_PAGE,
  STRATEGY_PAGE,
  TIPS_PAGE,
  TUNING_PAGE,
} from './source-pages';

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
  | 'rancher-browser-latency'
  | 'rancher-scale-geography'
  | 'rancher-sizing-larger'
  | 'rancher-large-estate-trouble'
  | 'rancher-tips-running'
  | 'rancher-backup-restore'
  | 'rancher-ace'
  | 'rancher-keeps-running-faq'
  | 'rancher-multi-cluster-apps-deprecated'
  | 'fleet-pull'
  | 'rancher-disconnected-clusters'
  | 'rancher-air-gap'
  | 'rancher-staging'
  | 'rancher-capacity'
  | 'rancher-ace-registered'
  | 'fleet-targets'
  | 'aws-china-accounts'
  | 'china-icp';

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
    url: NODES_ACROSS_REGIONS_WITHDRAWN_URL,
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
    ...TUNING_PAGE,
    quote: 'Round-trip time (ping time) from browser to upstream cluster: 150 ms or less.',
  },
  'rancher-scale-geography': {
    id: 'rancher-scale-geography',
    ...TUNING_PAGE,
    quote:
      'Latency is, among other factors, a function of geographic distance - if you require clusters or nodes spread across the world, consider multiple Rancher installations.',
  },
  'rancher-sizing-larger': {
    id: 'rancher-sizing-larger',
    ...REQUIREMENTS_PAGE,
    quote:
      'Larger deployment sizes are generally possible with ad-hoc hardware recommendations and tuning. You can contact Rancher for a custom evaluation.',
  },
  'rancher-large-estate-trouble': {
    id: 'rancher-large-estate-trouble',
    title: 'rancher/rancher issue 32474: Rancher performance issue',
    url: 'https://github.com/rancher/rancher/issues/32474',
    quote:
      'A user running 1,600 downstream clusters on one installation reports the UI taking 30 to 40 seconds to load (summary).',
  },
  'rancher-tips-running': {
    id: 'rancher-tips-running',
    ...TIPS_PAGE,
    quote:
      'For best performance, run all three of your nodes in the same geographic datacenter. If you are running nodes in the cloud, such as AWS, run each node in a separate Availability Zone. (Also: at least three nodes for production, SSD-backed etcd, a dedicated cluster.)',
  },
  'rancher-staging': {
    id: 'rancher-staging',
    ...TIPS_PAGE,
    quote:
      'It\'s strongly recommended to have a "staging" or "pre-production" environment of the Kubernetes cluster that Rancher runs on. This environment should mirror your production environment as closely as possible.',
  },
  'rancher-capacity': {
    id: 'rancher-capacity',
    ...TIPS_PAGE,
    quote:
      "The Rancher server's Kubernetes cluster should run within the system and hardware requirements as closely as possible; metrics-driven capacity planning analysis should be the ultimate guidance for scaling Rancher (summary).",
  },
  'rancher-backup-restore': {
    id: 'rancher-backup-restore',
    title: 'Rancher: Backup, Restore and Disaster Recovery',
    url: 'https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/backup-restore-and-disaster-recovery',
    quote:
      'The rancher-backup operator is used to backup and restore Rancher on any Kubernetes cluster; the section explains how to migrate Rancher to a new Kubernetes cluster.',
  },
  'rancher-ace': {
    id: 'rancher-ace',
    title: 'Rancher: Communicating with Downstream User Clusters (Authorized Cluster Endpoint)',
    url: 'https://ranchermanager.docs.rancher.com/reference-guides/rancher-manager-architecture/communicating-with-downstream-user-clusters',
    quote:
      'An authorized cluster endpoint (ACE) allows users to connect to the Kubernetes API server of a downstream cluster without routing through the Rancher authentication proxy, to reduce latency where Rancher and the cluster are separated by a long distance. It is available on RKE2 and K3s clusters provisioned or registered with Rancher, not on hosted clusters such as EKS (summary).',
  },
  'rancher-keeps-running-faq': {
    id: 'rancher-keeps-running-faq',
    title: 'Rancher FAQ: Rancher is No Longer Needed',
    url: 'https://ranchermanager.docs.rancher.com/faq/rancher-is-no-longer-needed',
    quote:
      'If Rancher is ever deleted or unrecoverable, all workloads in the downstream Kubernetes clusters managed by Rancher will continue to function as normal.',
  },
  'rancher-multi-cluster-apps-deprecated': {
    id: 'rancher-multi-cluster-apps-deprecated',
    title: 'Rancher: Multi-cluster Apps',
    url: 'https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/deploy-apps-across-clusters/multi-cluster-apps',
    quote:
      'As of Rancher v2.5, multi-cluster apps are deprecated. We now recommend using Fleet for deploying apps across clusters.',
  },
  'fleet-pull': {
    id: 'fleet-pull',
    title: 'Fleet: Architecture',
    url: 'https://fleet.rancher.io/architecture',
    quote:
      'The Fleet controller will pull from git and the cluster agents will pull from the Fleet controller. The cluster agents are not assumed to have an "always on" connection. They will resume operation as soon as they can connect.',
  },
  'rancher-disconnected-clusters': {
    id: 'rancher-disconnected-clusters',
    title: 'rancher/rancher issue 39597: cluster deploy running excessively (fixed by pull request 43582)',
    url: 'https://github.com/rancher/rancher/issues/39597',
    quote:
      'With more than about 50 disconnected downstream clusters, Rancher 2.7 handlers timing out on them saturated the worker queues; fixed by skipping disconnected clusters (pull request 43582, ported to 2.8 in issue 43570 and 2.9 in issue 44924). Each reconnecting agent still costs the server work, and cluster agents are upgraded with the server (summary).',
  },
  'rancher-ace-registered': {
    id: 'rancher-ace-registered',
    title: 'Rancher: Registering Existing Clusters (Authorized Cluster Endpoint support for RKE2 and K3s)',
    url: 'https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/kubernetes-clusters-in-rancher-setup/register-existing-clusters',
    quote:
      'Rancher supports Authorized Cluster Endpoints (ACE) for registered RKE2 and K3s clusters. This support includes manual steps you will perform on the downstream cluster to enable the ACE.',
  },
  'fleet-targets': {
    id: 'fleet-targets',
    title: 'Fleet: Mapping to Downstream Clusters (GitRepo targets)',
    url: 'https://fleet.rancher.io/gitrepo-targets',
    quote:
      'A GitRepo deploys its bundles to the downstream clusters its targets select, by cluster labels, cluster groups or cluster names (summary).',
  },
  'aws-china-accounts': {
    id: 'aws-china-accounts',
    title: 'Amazon Web Services in China: General Information',
    url: 'https://docs.amazonaws.cn/en_us/aws/latest/userguide/general-info.html',
    quote:
      'To use services in the China (Beijing) and China (Ningxia) Regions, you need an account and credentials specific to each of those Regions. Accounts and credentials for other Amazon Regions will not work for services operating in the China Regions.',
  },
  'china-icp': {
    id: 'china-icp',
    title: 'Amazon Web Services in China: Signup, Accounts, and Credentials (ICP recordal)',
    url: 'https://docs.amazonaws.cn/en_us/aws/latest/userguide/accounts-and-credentials.html',
    quote:
      'A website or service reachable on a domain name from mainland China needs an Internet Content Provider (ICP) recordal before it is served publicly; the cloud provider that hosts it files it with the authorities (summary).',
  },
  'rancher-air-gap': {
    id: 'rancher-air-gap',
    title: 'Rancher: Air-Gapped Helm CLI Install',
    url: 'https://ranchermanager.docs.rancher.com/getting-started/installation-and-upgrade/other-installation-methods/air-gapped-helm-cli-install',
    quote:
      'An air gapped environment could be where Rancher server will be installed offline, behind a firewall, or behind a proxy; images come from a private registry (summary).',
  },
};
