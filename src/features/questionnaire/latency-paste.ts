import { findCatalogRegion } from '../../engine';
import { type LatencyFormValue, type RegionFormValue, readNumber } from './form-values';

export type PasteLineProblem =
  | { readonly kind: 'shape' }
  | { readonly kind: 'unknown-region'; readonly text: string }
  | { readonly kind: 'not-number'; readonly text: string }
  | { readonly kind: 'same-region' };

export interface PastedLatencies {
  /** The measurements after pasting: a pair already there gets the new figure, a new pair is added at the end. */
  readonly latencies: LatencyFormValue[];
  readonly added: number;
  readonly updated: number;
  /** Lines that could not be read, by line number (from 1), with the line as it was typed. */
  readonly failed: readonly { readonly line: number; readonly text: string; readonly problem: PasteLineProblem }[];
}

const normalize = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/**
 * How a person may name a region in a pasted line: its id, its name (the catalog's, or a custom site's), or a
 * catalog region's code alone. Ids win over names, and the first region given a name keeps it.
 */
function regionNames(regions: readonly RegionFormValue[], hubId: string): Map<string, string> {
  const byName = new Map<string, string>();
  const ids = [...regions.map((region) => region.regionId), ...(hubId === '' ? [] : [hubId])];
  for (const id of ids) byName.set(normalize(id), id);
  for (const id of ids) {
    const region = regions.find((candidate) => candidate.regionId === id);
    const catalog = findCatalogRegion(id);
    for (const name of [region?.name, catalog?.name, catalog?.code]) {
      if (name !== undefined && name.trim() !== '' && !byName.has(normalize(name))) byName.set(normalize(name), id);
    }
  }
  return byName;
}

/** "72", "72 ms", "72ms", "７２ 毫秒": the number of milliseconds, or the text when it is none. */
function readMilliseconds(text: string): number | string {
  return readNumber(text.replace(/\s*(?:ms|毫秒)\s*$/i, ''));
}

type LineResult =
  | { readonly ok: true; readonly value: LatencyFormValue }
  | { readonly ok: false; readonly problem: PasteLineProblem };

function readLine(line: string, names: ReadonlyMap<string, string>): LineResult {
  // Tabs when a spreadsheet's cells were copied; otherwise commas (a name may hold one: try every split).
  const cells = line.includes('\t') ? line.split('\t') : line.split(/[,，;；]/);
  if (cells.length < 3) return { ok: false, problem: { kind: 'shape' } };
  const msText = (cells.at(-1) ?? '').trim();
  const ends = cells.slice(0, -1);
  const separator = line.includes('\t') ? '\t' : ',';
  let unknown = '';
  for (let split = 1; split < ends.length; split++) {
    const fromText = ends.slice(0, split).join(separator).trim();
    const toText = ends.slice(split).join(separator).trim();
    const from = names.get(normalize(fromText));
    const to = names.get(normalize(toText));
    if (from === undefined || to === undefined) {
      unknown ||= from === undefined ? fromText : toText;
      continue;
    }
    if (from === to) return { ok: false, problem: { kind: 'same-region' } };
    const ms = readMilliseconds(msText);
    if (typeof ms !== 'number') return { ok: false, problem: { kind: 'not-number', text: msText } };
    return { ok: true, value: { from, to, ms: msText.replace(/\s*(?:ms|毫秒)\s*$/i, '') } };
  }
  return { ok: false, problem: { kind: 'unknown-region', text: unknown } };
}

/**
 * Reads pasted lines such as `aws:eu-west-1, aws:us-east-1, 72` or tab-separated cells, naming regions by id or
 * name, into measurements. Each line that cannot be read is reported and left out; nothing is lost, since the
 * caller keeps those lines where the person can fix them.
 */
export function pasteLatencies(
  text: string,
  current: readonly LatencyFormValue[],
  regions: readonly RegionFormValue[],
  hubId: string,
): PastedLatencies {
  const names = regionNames(regions, hubId);
  const latencies = [...current];
  const failed: { line: number; text: string; problem: PasteLineProblem }[] = [];
  let added = 0;
  let updated = 0;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const result = readLine(line, names);
    if (!result.ok) {
      failed.push({ line: index + 1, text: line, problem: result.problem });
      return;
    }
    const { from, to } = result.value;
    const existing = latencies.findIndex(
      (latency) => (latency.from === from && latency.to === to) || (latency.from === to && latency.to === from),
    );
    if (existing === -1) {
      latencies.push(result.value);
      added++;
    } else {
      latencies[existing] = { ...(latencies[existing] as LatencyFormValue), ms: result.value.ms };
      updated++;
    }
  });
  return { latencies, added, updated, failed };
}
