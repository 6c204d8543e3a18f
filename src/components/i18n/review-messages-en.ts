import type { ReviewMessages } from './review-types';

const number = new Intl.NumberFormat('en');
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ordinal = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIXES = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' } as const;
const nth = (position: number) => `${position}${ORDINAL_SUFFIXES[ordinal.select(position)]}`;

export const reviewEn: ReviewMessages = {
  decisionForm: {
    heading: 'Decision record',
    lede: 'These go into the decision record’s header and travel with the link and the answers file. They do not change the recommendation.',
    title: 'Title (optional)',
    status: 'Status',
    statuses: {
      proposed: 'Proposed',
      accepted: 'Accepted',
      rejected: 'Rejected',
      deprecated: 'Deprecated',
      superseded: 'Superseded',
    },
    date: 'Date',
    decisionMakers: 'Decision makers',
    consulted: 'Consulted',
    informed: 'Informed',
    namesHelp: 'Names, separated by commas.',
    author: 'Author of this version',
    authorHelp: 'Your name: it labels this version when versions are compared.',
    problem: (problem) => {
      switch (problem.kind) {
        case 'too-long':
          return `At most ${number.format(problem.maxChars)} characters.`;
        case 'name-too-long':
          return `Each name can have at most ${number.format(problem.maxChars)} characters.`;
        case 'too-many-names':
          return `At most ${number.format(problem.maxNames)} names.`;
      }
    },
  },
  compare: {
    open: 'Compare versions',
    title: 'Compare versions',
    lede: 'Paste share links of the same decision to see, side by side, what each version answered and what it recommends. Everything stays in the links: nothing is sent anywhere.',
    back: 'Back to the advisor',
    pasteLabel: 'Share links to compare',
    pasteHelp: 'Full addresses or only the part after “#”, separated by spaces or on lines of their own.',
    add: 'Add to the comparison',
    addCurrent: 'Compare with the current answers',
    nothingPasted: 'Paste at least one share link first.',
    leftOut: (count, max) =>
      `At most ${max} versions compare side by side: ${count === 1 ? 'one more link was' : `${count} more links were`} left out.`,
    copyLink: 'Copy link to this comparison',
    linkCopied: 'Link to this comparison copied.',
    copyManually: 'Copying is not allowed here: select the link below and copy it.',
    empty: 'Nothing to compare yet: paste share links above, or add the current answers.',
    addAnother: 'Add another version to see the differences.',
    versionLabel: (position) => `Version ${position}`,
    versionOf: (author) => `${author}’s version`,
    identical: (label, sameAs) => `${label} gives the same answers as ${sameAs}: shown once.`,
    alreadyCompared: 'That version is compared already (the same answers): shown once.',
    planes: 'Management planes',
    planeInAirGap: (place) => `${place} (inside its air gap)`,
    planeServing: (place, serves) => `${place} (for ${serves})`,
    planeForTheRest: (place) => `${place} (for the rest)`,
    planeList: (planes) => planes.join('; '),
    versionsHeading: 'Versions',
    openVersion: (label) => `Open ${label}`,
    ownVersionHelp:
      'To make your own version: open one in the advisor, change any answer, put your name under “Author of this version” in the decision record, and send its link back.',
    removeVersion: (label) => `Remove ${label}`,
    downloadRecord: (label) => `Decision record of ${label}, with the versions compared`,
    recordDownloaded: (label, fileName) => `Decision record of ${label} downloaded as ${fileName}.`,
    unreadableTitle: (count) => (count === 1 ? 'One link could not be read' : `${count} links could not be read`),
    unreadable: (label, position, why) => `${label} (the ${nth(position)} link) could not be read: ${why}`,
    verdictsCaption: 'Each version’s recommendation, scores out of 100 and confidence',
    resultColumn: 'Result',
    recommended: 'Recommended',
    scoreOf: (strategyName) => `${strategyName} score`,
    confidence: 'Confidence',
    score: (score) => oneDecimal.format(score),
    chartTitle: 'Scores by version',
    chartCaption: 'Both strategies’ scores out of 100; the recommended one is marked.',
    bar: (strategyName, score, recommended) =>
      `${strategyName}: ${oneDecimal.format(score)}${recommended ? ' (recommended)' : ''}`,
    answersHeading: 'Answers that differ',
    answersCaption:
      'Only the answers that differ between the versions; a highlighted value differs from the first version.',
    answerColumn: 'Answer',
    noDifferences: 'The versions give the same answers.',
    changedMark: '(differs from the first version)',
    answers: {
      latencyToleranceMs: 'Highest acceptable round trip',
      opsEngineers: 'Operations engineers',
      crossRegionEnvironments: 'Environments span regions',
      nodesPerCluster: 'Nodes per cluster',
      provisionedPercent: 'Clusters Rancher provisions',
      hub: 'Central plane pinned to',
    },
    priority: (legend) => `Priority: ${legend}`,
    regionClusters: (region) => `Clusters in ${region}`,
    regionDetail: (region, detail) =>
      `${
        {
          name: 'Name of',
          position: 'Position of',
          siteKind: 'Kind of site of',
          connectivity: 'Connectivity of',
          nodes: 'Nodes in',
          jurisdiction: 'Jurisdiction of',
        }[detail]
      } ${region}`,
    measuredRtt: (from, to) => `Measured round trip ${from} – ${to}`,
    jurisdiction: (id) => `Jurisdiction “${id}”`,
    keepInside: (id) => `Management kept inside “${id}”`,
    siteKinds: { cloud: 'Cloud region', datacenter: 'Data centre', edge: 'Edge location' },
    connectivity: { connected: 'Connected', intermittent: 'Intermittent', 'air-gapped': 'Air-gapped' },
    notIncluded: 'not included',
    notSet: 'not set',
    yes: 'Yes',
    no: 'No',
    ms: (value) => `${number.format(value)} ms`,
    number: (value) => number.format(value),
    percent: (value) => `${number.format(value)}%`,
    factorsHeading: 'Factors that changed most',
    factorsCaption: 'The factors whose points differ most between the versions, and whom they favour',
    factorColumn: 'Factor',
    factorPoints: (points, strategyName) => `${oneDecimal.format(points)} points for ${strategyName}`,
    noPoints: 'no points',
    noFactorChanges: 'Every factor gives the same points in each version.',
  },
};
