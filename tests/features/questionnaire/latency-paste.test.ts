import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/engine';
import { toAnswersDocument } from '../../../src/features/questionnaire/answers-document';
import { type RegionFormValue, toFormValues } from '../../../src/features/questionnaire/form-values';
import { pasteLatencies } from '../../../src/features/questionnaire/latency-paste';
import { sampleEstateAnswers } from '../../../src/share';

const region = (regionId: string, name = ''): RegionFormValue => ({
  regionId,
  kind: name === '' ? 'catalog' : 'custom',
  name,
  lat: '',
  lon: '',
  clusters: '1',
  siteKind: '',
  connectivity: '',
  nodes: '',
  jurisdiction: '',
});
const REGIONS = [region('aws:eu-west-1'), region('aws:us-east-1'), region('store-lyon', 'Lyon store')];

describe('pasting measured round trips', () => {
  it.each([
    ['ids and commas', 'aws:eu-west-1, aws:us-east-1, 72', 'aws:eu-west-1', 'aws:us-east-1', '72'],
    ['tabs from a spreadsheet', 'aws:eu-west-1\taws:us-east-1\t72.5', 'aws:eu-west-1', 'aws:us-east-1', '72.5'],
    ['catalog names', 'Europe (Ireland), US East (N. Virginia), 72', 'aws:eu-west-1', 'aws:us-east-1', '72'],
    ['a custom site by name, any case', 'lyon STORE, aws:eu-west-1, 19 ms', 'store-lyon', 'aws:eu-west-1', '19'],
    ['region codes alone', 'eu-west-1; us-east-1; 70', 'aws:eu-west-1', 'aws:us-east-1', '70'],
    ['full-width commas', 'aws:eu-west-1，aws:us-east-1，７２', 'aws:eu-west-1', 'aws:us-east-1', '７２'],
    ['the pinned hub', 'aws:eu-central-1, Lyon store, 12', 'aws:eu-central-1', 'store-lyon', '12'],
    ['a name with a comma', 'Europe (Frankfurt), aws:us-east-1, 90', 'aws:eu-central-1', 'aws:us-east-1', '90'],
  ])('reads %s', (_how, text, from, to, ms) => {
    const result = pasteLatencies(text, [], REGIONS, 'aws:eu-central-1');
    expect(result.failed).toEqual([]);
    expect(result.latencies).toEqual([{ from, to, ms }]);
  });

  it.each([
    ['two cells', 'aws:eu-west-1, 72', { kind: 'shape' }],
    ['an unknown region', 'aws:eu-west-1, Mars, 72', { kind: 'unknown-region', text: 'Mars' }],
    ['a word for milliseconds', 'aws:eu-west-1, aws:us-east-1, fast', { kind: 'not-number', text: 'fast' }],
    ['one region twice', 'aws:eu-west-1, Europe (Ireland), 1', { kind: 'same-region' }],
  ])('reports %s on its line and keeps the line', (_how, text, problem) => {
    const result = pasteLatencies(`\n${text}`, [], REGIONS, '');
    expect(result.failed).toEqual([{ line: 2, text, problem }]);
    expect(result.latencies).toEqual([]);
  });

  it('updates a pair measured already (in either order) and adds the rest', () => {
    const result = pasteLatencies(
      'aws:us-east-1, aws:eu-west-1, 75\nstore-lyon, aws:us-east-1, 90',
      [{ from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: '72' }],
      REGIONS,
      '',
    );
    expect(result).toMatchObject({ added: 1, updated: 1 });
    expect(result.latencies).toEqual([
      { from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: '75' },
      { from: 'store-lyon', to: 'aws:us-east-1', ms: '90' },
    ]);
  });
});

describe('form values', () => {
  it.each([1, 3, 10])('give back answers with every estate answer (%d regions)', (count) => {
    const answers = sampleEstateAnswers(count);
    const parsed = parseAnswers(toAnswersDocument(toFormValues(answers)));
    const { jurisdictions, ...rest } = answers;
    expect(parsed).toEqual({
      ok: true,
      value: {
        ...rest,
        // An empty list is left out, as it means the same.
        latencies: rest.latencies?.length ? rest.latencies : undefined,
        // A kept-inside jurisdiction is written without the flag: true is its default.
        jurisdictions: jurisdictions?.map(({ keepManagementInside, ...jurisdiction }) =>
          keepManagementInside === false ? { ...jurisdiction, keepManagementInside } : jurisdiction,
        ),
        // Explicit defaults (a catalog region that is a cloud region, a connected one) are left out.
        regions: answers.regions.map(({ siteKind, connectivity, ...region }) => ({
          ...region,
          ...(siteKind === 'cloud' ? {} : { siteKind }),
          ...(connectivity === 'connected' ? {} : { connectivity }),
        })),
      },
    });
  });
});
