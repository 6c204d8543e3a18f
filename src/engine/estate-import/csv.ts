import {
  CONNECTIVITY_KINDS,
  LATITUDE_RANGE,
  LONGITUDE_RANGE,
  MAX_CLUSTERS_PER_REGION,
  MAX_NAME_CHARS,
  MAX_NODES_PER_REGION,
  MAX_REGION_ID_CHARS,
  SITE_KINDS,
} from '../answer-limits';
import { regionCatalog } from '../regions/catalog';
import type { ClusterEntry } from './cloud-lists';
import { matchRegionCell } from './locations';
import {
  CLUSTER_KINDS,
  type ClusterKind,
  CSV_COLUMNS,
  type CsvColumn,
  type CsvProblem,
  type RegionDetails,
} from './types';

// A CSV for what no CLI lists: `region,clusters[,nodes][,kind]` per row, in that order, or any order under a header
// row that names the columns. A region is a catalog id (`aws:eu-west-1`), a cloud's own code when only one cloud uses
// it (`westeurope`), a Google Cloud zone, or a site of your own: an id of your choice with `name`, `lat` and `lon`
// (without a header they come after `kind`: `munich-dc,4,40,provisioned,Munich DC,48.14,11.58`). Rows of one
// region add up; a row of 0 clusters only defines a site, to place clusters of other lists in. Blank lines and lines
// starting with `#` are skipped; `;` or a tab may separate the cells instead.

/** The columns in order when the CSV has no header row. */
const POSITIONAL: readonly CsvColumn[] = ['region', 'clusters', 'nodes', 'kind', 'name', 'lat', 'lon'];

/** Header names people write for the columns (compared in lower case, without spaces, dashes or underscores). */
const COLUMN_NAMES: Readonly<Record<string, CsvColumn>> = {
  ...Object.fromEntries(CSV_COLUMNS.map((column) => [column.toLowerCase(), column])),
  id: 'region',
  regionid: 'region',
  location: 'region',
  site: 'region',
  cluster: 'clusters',
  clustercount: 'clusters',
  node: 'nodes',
  nodecount: 'nodes',
  clusterkind: 'kind',
  latitude: 'lat',
  longitude: 'lon',
  lng: 'lon',
};

const CATALOG_PROVIDERS: ReadonlySet<string> = new Set(regionCatalog.map((region) => region.provider));

export interface CsvRead {
  readonly entries: readonly ClusterEntry[];
  readonly regions: readonly RegionDetails[];
}

export type CsvResult =
  | { readonly ok: true; readonly value: CsvRead }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Whether the text could be a CSV of this format: a header row, or a first row of at least two cells, the first two
 * without spaces inside (a region and a count; prose has spaces).
 */
export function looksLikeCsv(text: string): boolean {
  const split = splitRows(text);
  const first = split.rows[0];
  if (first === undefined) return split.openQuoteLine !== undefined;
  if (first.cells.length < 2) return false;
  return readHeader(first) !== undefined || first.cells.slice(0, 2).every((cell) => /^\S*$/.test(cell.trim()));
}

export function readCsv(text: string, source: string): CsvResult {
  const split = splitRows(text);
  const problems: CsvProblem[] = [];
  if (split.openQuoteLine !== undefined) problems.push({ kind: 'csv-open-quote', source, line: split.openQuoteLine });
  const [first, ...rest] = split.rows;
  if (first === undefined) return { ok: false, problems: [...problems, { kind: 'csv-no-rows', source }] };
  const header = readHeader(first);
  let columns: readonly CsvColumn[] = POSITIONAL;
  let rows = split.rows;
  if (header !== undefined) {
    rows = rest;
    const seen = new Set<CsvColumn>();
    const named: CsvColumn[] = [];
    header.forEach((column, index) => {
      const cell = (first.cells[index] ?? '').trim();
      if (column === undefined) problems.push({ kind: 'csv-unknown-column', source, line: first.line, column: cell });
      else if (seen.has(column))
        problems.push({ kind: 'csv-duplicate-column', source, line: first.line, column: cell });
      else seen.add(column);
      named.push(column ?? ('' as CsvColumn));
    });
    for (const required of ['region', 'clusters'] as const) {
      if (!seen.has(required)) problems.push({ kind: 'csv-missing-column', source, column: required });
    }
    columns = named;
    if (rows.length === 0) problems.push({ kind: 'csv-no-rows', source });
  }
  if (problems.length > 0) return { ok: false, problems };

  const entries: ClusterEntry[] = [];
  const regions = new Map<string, { details: RegionDetails; line: number }>();
  for (const row of rows) {
    if (row.cells.length > columns.length) {
      problems.push({
        kind: 'csv-too-many-cells',
        source,
        line: row.line,
        cells: row.cells.length,
        columns: columns.length,
      });
      continue;
    }
    const read = readRow(row, columns, source);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const { entry, details } = read;
    const earlier = regions.get(details.id);
    if (earlier === undefined) regions.set(details.id, { details, line: row.line });
    else if (!sameDetails(earlier.details, details)) {
      problems.push({ kind: 'csv-site-conflict', source, line: row.line, id: details.id, firstLine: earlier.line });
      continue;
    }
    if (entry) entries.push(entry);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { entries, regions: [...regions.values()].map(({ details }) => details) } };
}

/**
 * A header row's columns (undefined for a name that is no column), or undefined when the row is data: a header
 * names the region or clusters column and holds no number.
 */
function readHeader(row: Row): (CsvColumn | undefined)[] | undefined {
  const columns = row.cells.map(
    (cell) =>
      COLUMN_NAMES[
        cell
          .trim()
          .toLowerCase()
          .replace(/[\s_-]+/g, '')
      ],
  );
  const names = columns.includes('region') || columns.includes('clusters');
  return names && !row.cells.some((cell) => /^\s*[-+\d.,]+\s*$/.test(cell)) ? columns : undefined;
}

type RowResult =
  | { readonly ok: true; readonly entry: ClusterEntry | undefined; readonly details: RegionDetails }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

function readRow(row: Row, columns: readonly CsvColumn[], source: string): RowResult {
  const problems: CsvProblem[] = [];
  const cell = (column: CsvColumn) => {
    const index = columns.indexOf(column);
    return index === -1 ? '' : (row.cells[index] ?? '').trim();
  };
  const { line } = row;
  const bad = (column: CsvColumn) =>
    problems.push({ kind: 'csv-bad-value', source, line, column, value: cell(column) });
  const regionCell = cell('region');
  if (regionCell === '') problems.push({ kind: 'csv-missing-value', source, line, column: 'region' });
  if (cell('clusters') === '') problems.push({ kind: 'csv-missing-value', source, line, column: 'clusters' });
  // 0 clusters: the row only defines a site, for clusters of another list to be placed in.
  const clusters = cell('clusters') === '' ? undefined : wholeNumber(cell('clusters'), 0, MAX_CLUSTERS_PER_REGION);
  if (cell('clusters') !== '' && clusters === undefined) bad('clusters');
  const nodes = cell('nodes') === '' ? undefined : wholeNumber(cell('nodes'), 1, MAX_NODES_PER_REGION);
  if (cell('nodes') !== '' && nodes === undefined) bad('nodes');
  const kind = cell('kind') === '' ? undefined : CLUSTER_KINDS.find((each) => each === cell('kind').toLowerCase());
  if (cell('kind') !== '' && kind === undefined) bad('kind');
  const lat = cell('lat') === '' ? undefined : decimal(cell('lat'), LATITUDE_RANGE.max);
  if (cell('lat') !== '' && lat === undefined) bad('lat');
  const lon = cell('lon') === '' ? undefined : decimal(cell('lon'), LONGITUDE_RANGE.max);
  if (cell('lon') !== '' && lon === undefined) bad('lon');
  const name = cell('name') === '' ? undefined : cell('name');
  if (name !== undefined && name.length > MAX_NAME_CHARS) bad('name');
  const siteKind = choice(cell('siteKind'), SITE_KINDS);
  if (siteKind === null) bad('siteKind');
  const connectivity = choice(cell('connectivity'), CONNECTIVITY_KINDS);
  if (connectivity === null) bad('connectivity');
  if (nodes !== undefined && clusters !== undefined && nodes < clusters) {
    problems.push({ kind: 'csv-nodes-below-clusters', source, line, nodes, clusters });
  }

  let id: string | undefined;
  let custom = false;
  if (regionCell !== '') {
    const match = matchRegionCell(regionCell);
    if (match.kind === 'region') id = match.regionId;
    else if (match.kind === 'ambiguous') {
      problems.push({ kind: 'csv-ambiguous-region', source, line, value: regionCell, candidates: match.candidates });
    } else {
      const [provider, code] = regionCell.split(':', 2);
      const missing = (['name', 'lat', 'lon'] as const).filter((column) => cell(column) === '');
      if (code !== undefined && CATALOG_PROVIDERS.has((provider ?? '').toLowerCase()) && missing.length > 0) {
        problems.push({ kind: 'csv-unknown-region', source, line, value: regionCell });
      } else if (missing.length > 0) {
        problems.push({ kind: 'csv-site-needs', source, line, value: regionCell, missing });
      } else if (regionCell.length > MAX_REGION_ID_CHARS) {
        bad('region');
      } else {
        id = regionCell;
        custom = true;
      }
    }
  }
  if (problems.length > 0 || id === undefined || clusters === undefined) return { ok: false, problems };
  const details: RegionDetails = {
    id,
    ...(custom || name !== undefined ? { name: name as string } : {}),
    ...(custom ? { lat: lat as number, lon: lon as number } : {}),
    ...(siteKind ? { siteKind } : {}),
    ...(connectivity ? { connectivity } : {}),
  };
  if (clusters === 0) return { ok: true, entry: undefined, details };
  const entry: ClusterEntry = {
    name: regionCell,
    line,
    count: clusters,
    ...(kind === undefined ? {} : { kind: kind as ClusterKind }),
    ...(nodes === undefined ? {} : { nodes }),
    location: { kind: 'region', regionId: id },
  };
  return { ok: true, entry, details };
}

const sameDetails = (a: RegionDetails, b: RegionDetails) =>
  a.name === b.name &&
  a.lat === b.lat &&
  a.lon === b.lon &&
  a.siteKind === b.siteKind &&
  a.connectivity === b.connectivity;

/** Digits, grouped by commas in threes or not ("1,200"); undefined outside min..max or for anything else. */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(text)) return undefined;
  const value = Number(text.replaceAll(',', ''));
  return value >= min && value <= max ? value : undefined;
}

/** A decimal coordinate within ±limit (Unicode's minus sign read as "-"); undefined otherwise. */
function decimal(text: string, limit: number): number | undefined {
  const normalized = text.replace(/\u2212/g, '-');
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(normalized)) return undefined;
  const value = Number(normalized);
  return Math.abs(value) <= limit ? value : undefined;
}

/** One of the choices (any case), undefined for an empty cell, null for anything else. */
function choice<T extends string>(text: string, choices: readonly T[]): T | undefined | null {
  if (text === '') return undefined;
  return choices.find((each) => each.toLowerCase() === text.toLowerCase()) ?? null;
}

interface SplitRows {
  readonly rows: readonly Row[];
  /** The line of a quoted cell that never closes. */
  readonly openQuoteLine?: number;
}

/** Rows of cells (RFC 4180 quoting: `"Munich, DC"`, `""` for a quote), without blank and `#` comment lines. */
function splitRows(text: string): SplitRows {
  const delimiter = detectDelimiter(text);
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    const blank = cells.length === 1 && cells[0]?.trim() === '';
    if (!blank && !cells[0]?.trimStart().startsWith('#')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (character === '"') quoted = false;
      else {
        if (character === '\n') line++;
        cell += character;
      }
    } else if (character === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (character === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      endRow();
      line++;
      rowLine = line;
    } else cell += character;
  }
  if (quoted) return { rows, openQuoteLine: quoteLine };
  endRow();
  return { rows };
}

/** The separator of the first data line: the most frequent of semicolon, tab and comma (a comma on no other). */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '' && !line.trimStart().startsWith('#')) ?? '';
  const count = (separator: string) => firstLine.split(separator).length - 1;
  const candidates = [';', '\t', ','].sort((a, b) => count(b) - count(a));
  return count(candidates[0] as string) > 0 ? (candidates[0] as string) : ',';
}
