import type { RegionChange } from '../../engine/estate-import';

/**
 * The cluster import's panel: sources, preview and apply. Its own catalog because the panel loads on demand (see
 * docs/i18n.md); the import's sentences about what it read (problems, clusters to place) come from the engine.
 */
export interface EstateImportMessages {
  readonly intro: string;
  /** Each source and the command that prints it. */
  readonly commands: readonly { readonly what: string; readonly command: string }[];
  readonly privacy: string;
  readonly pasteLabel: string;
  readonly pasteHelp: string;
  readonly openFiles: string;
  readonly fileInputLabel: string;
  readonly filesHeading: string;
  readonly remove: string;
  readonly pastedName: string;
  readonly tooLarge: (name: string, megabytes: number) => string;
  readonly preview: string;
  readonly cancel: string;
  readonly nothingToRead: string;
  readonly problemsTitle: string;
  readonly moreProblems: (count: number) => string;
  readonly previewTitle: string;
  readonly readHeading: string;
  readonly unplacedTitle: (count: number) => string;
  readonly unplacedHelp: string;
  readonly placeLabel: (name: string) => string;
  readonly leaveOut: string;
  readonly modeLegend: string;
  readonly modeMerge: string;
  readonly modeReplace: string;
  readonly modeHelp: string;
  readonly tableCaption: string;
  readonly columns: { readonly region: string; readonly clusters: string; readonly nodes: string };
  readonly change: Readonly<Record<RegionChange['change'], string>>;
  readonly estimatedNodes: string;
  readonly nodesEstimatedFor: (clusters: number) => string;
  readonly noKinds: string;
  /** "2 hosted" */
  readonly kindCount: (kind: string, count: number) => string;
  readonly listSeparator: string;
  readonly unchangedRegions: (count: number) => string;
  readonly noChanges: string;
  readonly alsoChanges: string;
  readonly cannotApply: string;
  readonly apply: string;
  /** After an import is applied: what changed, and the way back. */
  readonly applied: (added: number, changed: number, removed: number) => string;
  readonly undo: string;
  readonly undone: string;
  readonly dismiss: string;
  readonly number: (value: number) => string;
}
