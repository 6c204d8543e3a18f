import type { EstateImportMessages } from './estate-import-types';

const grouped = (locale: string) => {
  const format = new Intl.NumberFormat(locale);
  return (value: number) => format.format(value);
};

export const estateImportEn: EstateImportMessages = {
  intro: 'Paste or open what one of these commands prints, or a CSV; several lists at once are read together.',
  commands: [
    { what: 'Azure AKS', command: 'az aks list -o json' },
    { what: 'Google GKE', command: 'gcloud container clusters list --format=json' },
    {
      what: 'Amazon EKS (one document per cluster; describe-nodegroup adds nodes)',
      command: 'aws eks describe-cluster --name NAME --output json',
    },
    { what: 'Rancher (on its local cluster)', command: 'kubectl get clusters.management.cattle.io -o json' },
    { what: 'Anything else, as CSV', command: 'region,clusters,nodes,kind,name,lat,lon' },
  ],
  privacy: 'Nothing is sent anywhere: the lists are read in this browser.',
  pasteLabel: 'Cluster list (JSON or CSV)',
  pasteHelp:
    'A CSV row per region or site: aws:eu-west-1,12,120,hosted, or a site of your own with its name and coordinates.',
  openFiles: 'Open files…',
  fileInputLabel: 'Cluster list files to open',
  filesHeading: 'Files to import',
  remove: 'Remove',
  pastedName: 'pasted text',
  tooLarge: (name, megabytes) => `${name} is ${megabytes} MB: larger than any cluster list the import reads`,
  preview: 'Preview',
  cancel: 'Cancel',
  nothingToRead: 'Paste a cluster list or open a file first.',
  problemsTitle: 'Nothing can be imported yet',
  moreProblems: (count) => `… and ${count} more.`,
  previewTitle: 'What the import changes',
  readHeading: 'Read',
  unplacedTitle: (count) => `${count === 1 ? '1 cluster has' : `${count} clusters have`} no region`,
  unplacedHelp:
    'Their lists do not say where they run, and nothing is guessed: place each in a region or site, or leave it out.',
  placeLabel: (name) => `Place ${name} in`,
  leaveOut: 'Leave out',
  modeLegend: 'Your regions now',
  modeMerge: 'Merge the import into them',
  modeReplace: 'Replace them with the import',
  modeHelp:
    'Merge updates the regions the import lists and adds new ones; the rest stay. Replace keeps only the imported regions.',
  tableCaption: 'Regions after the import',
  columns: { region: 'Region', clusters: 'Clusters, and how Rancher holds them', nodes: 'Nodes' },
  change: { added: 'Added', changed: 'Updated', removed: 'Removed', unchanged: 'Unchanged' },
  estimatedNodes: 'estimated',
  nodesEstimatedFor: (clusters) =>
    `${clusters === 1 ? '1 cluster' : `${clusters} clusters`} without a count, estimated`,
  noKinds: 'not said',
  kindCount: (kind, count) => `${count} ${kind}`,
  listSeparator: ', ',
  unchangedRegions: (count) =>
    count === 1 ? '1 other region stays as it is.' : `${count} other regions stay as they are.`,
  noChanges: 'The import changes no region.',
  alsoChanges: 'Also:',
  cannotApply: 'The import cannot be applied yet',
  apply: 'Apply import',
  applied: (added, changed, removed) =>
    `Imported: ${added} ${added === 1 ? 'region' : 'regions'} added, ${changed} updated, ${removed} removed.`,
  undo: 'Undo import',
  undone: 'The import is undone: your regions are as they were before it.',
  dismiss: 'Dismiss',
  number: grouped('en'),
};
