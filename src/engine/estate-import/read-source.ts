import { type ClusterEntry, isAksCluster, isGkeCluster, readAksCluster, readGkeCluster } from './cloud-lists';
import { looksLikeCsv, readCsv } from './csv';
import { isEksClusterNameList, isEksDocument, readEksDocuments } from './eks';
import { type JsonErrorLocator, parseJsonDocuments } from './json-documents';
import { arrayAt, isRecord, textAt } from './json-values';
import { isProvisioningList, isRancherCluster, rancherClustersOf, readRancherCluster } from './rancher';
import type {
  FoundCluster,
  ImportNote,
  ImportProblem,
  RegionDetails,
  SourceFormat,
  SourceResult,
  UnknownJsonHint,
  UnknownTextHint,
} from './types';

/** A text to import: a file's content or pasted text, and the name to call it by. */
export interface SourceText {
  readonly name: string;
  readonly text: string;
}

export interface ReadOptions {
  /** Names where broken JSON breaks, whatever the JavaScript engine's parser says (see JsonErrorLocator). */
  readonly locateJsonError?: JsonErrorLocator;
}

interface Parsed {
  readonly format: SourceFormat;
  readonly entries: readonly ClusterEntry[];
  readonly regions?: readonly RegionDetails[];
  readonly notes?: readonly ImportNote[];
}

type ParseResult =
  | { readonly ok: true; readonly value: Parsed }
  | { readonly ok: false; readonly problem: ImportProblem };

/**
 * Reads one source: finds which list it is from its content alone (never its file name) and reads its clusters.
 * `index` tells this source's clusters apart from other sources' (their keys start with it).
 */
export function readSource({ name, text }: SourceText, index: number, options: ReadOptions = {}): SourceResult {
  if (text.trim() === '') return { ok: false, problems: [{ kind: 'empty', source: name }] };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = readJson(text, name, options.locateJsonError);
    return parsed.ok ? toSourceResult(parsed.value, name, index) : { ok: false, problems: [parsed.problem] };
  }
  const hint = textHint(trimmed);
  if (hint !== undefined || !looksLikeCsv(text)) {
    return { ok: false, problems: [{ kind: 'unknown-text', source: name, ...(hint ? { hint } : {}) }] };
  }
  const csv = readCsv(text, name);
  if (!csv.ok) return { ok: false, problems: csv.problems };
  return toSourceResult({ format: 'csv', entries: csv.value.entries, regions: csv.value.regions }, name, index);
}

function toSourceResult(parsed: Parsed, source: string, index: number): SourceResult {
  const clusters: FoundCluster[] = parsed.entries.map((entry, position) => ({
    ...entry,
    key: `${index}/${position}`,
    source,
    format: parsed.format,
  }));
  return {
    ok: true,
    source: { name: source, format: parsed.format, clusters: clusters.reduce((sum, each) => sum + each.count, 0) },
    clusters,
    regions: parsed.regions ?? [],
    notes: parsed.notes ?? [],
  };
}

function readJson(text: string, source: string, locate: JsonErrorLocator | undefined): ParseResult {
  const json = parseJsonDocuments(text, locate);
  if (!json.ok) {
    const { place, detail } = json;
    return { ok: false, problem: { kind: 'bad-json', source, ...(place ? { place } : {}), detail } };
  }
  const { documents } = json;
  const only = documents.length === 1 ? documents[0] : undefined;
  const rancher = rancherClustersOf(only);
  if (rancher !== undefined) return readRancherList(rancher, only, source);
  // An empty kubectl List, or `[]` from any CLI: nothing to import, and nothing wrong.
  if (isRecord(only) && textAt(only, 'kind') === 'List' && arrayAt(only, 'items')?.length === 0) {
    return { ok: true, value: { format: 'empty-list', entries: [] } };
  }
  const container = documents.length === 1 && Array.isArray(only) ? 'array' : 'documents';
  const values = documents.flatMap((document) => (Array.isArray(document) ? document : [document]));
  const first = values[0];
  if (first === undefined) return { ok: true, value: { format: 'empty-list', entries: [] } };
  const formats = [
    { format: 'eks', is: isEksDocument },
    { format: 'aks', is: isAksCluster },
    { format: 'gke', is: isGkeCluster },
  ] as const;
  const known = formats.find(({ is }) => is(first));
  if (known === undefined) {
    const hint = jsonHint(only ?? first);
    return { ok: false, problem: { kind: 'unknown-json', source, ...(hint ? { hint } : {}) } };
  }
  const stray = values.findIndex((value) => !known.is(value));
  if (stray !== -1) {
    return { ok: false, problem: { kind: 'bad-entry', source, format: known.format, container, index: stray } };
  }
  const entries =
    known.format === 'eks'
      ? readEksDocuments(values)
      : values.map(known.format === 'aks' ? readAksCluster : readGkeCluster);
  return { ok: true, value: { format: known.format, entries } };
}

function readRancherList(items: readonly unknown[], list: unknown, source: string): ParseResult {
  const stray = items.findIndex((item) => !isRancherCluster(item));
  if (stray !== -1) {
    const container = arrayAt(list, 'items') ? 'items' : 'array';
    return { ok: false, problem: { kind: 'bad-entry', source, format: 'rancher', container, index: stray } };
  }
  const entries: ClusterEntry[] = [];
  const notes: ImportNote[] = [];
  for (const item of items) {
    const read = readRancherCluster(item);
    if ('local' in read) notes.push({ kind: 'local-cluster-left-out', source, name: read.local });
    else entries.push(read);
  }
  return { ok: true, value: { format: 'rancher', entries, notes } };
}

/** What a JSON text that is no known list looks like, when that is something a person might paste by mistake. */
function jsonHint(value: unknown): UnknownJsonHint | undefined {
  if (isEksClusterNameList(value)) return 'eks-list-clusters';
  if (isProvisioningList(value)) return 'rancher-provisioning';
  if (isRecord(value) && 'version' in value && Array.isArray(value.regions)) return 'answers-document';
  return undefined;
}

/** The CLIs' other outputs, which people paste when they forget the JSON flag. */
function textHint(text: string): UnknownTextHint | undefined {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (/^(apiVersion|kind|items):/m.test(text) || firstLine.trim() === '---') return 'yaml';
  if (/^NAME\s+LOCATION\s+MASTER_VERSION/.test(firstLine)) return 'gcloud-table';
  if (/^Name\s+Location\s+ResourceGroup/.test(firstLine)) return 'az-table';
  if (/^NAME\s+(AGE|READY|DISPLAYNAME|KUBECONFIG)/i.test(firstLine)) return 'kubectl-table';
  if (/^[-+|]{5,}/.test(firstLine) || /^CLUSTER\t/.test(firstLine)) return 'aws-table';
  return undefined;
}
