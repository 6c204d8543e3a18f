import { describe, expect, it } from 'vitest';
import { importMessagesFor, readSource } from '../../../src/engine/estate-import';
import { fixture, imported, problemsOf } from './support';

const pasted = (text: string) => ({ name: 'pasted text', text });

describe('input the import cannot read', () => {
  it.each([
    ['nothing', '  \n', /^pasted text is empty: paste or open the JSON a CLI printed, or a CSV$/],
    [
      'JSON cut short',
      '[{"name": "a", "location": "eastus",',
      /^pasted text is not valid JSON: line 1, column \d+: .*Export it again, or check that it was copied whole$/,
    ],
    [
      'a second document that breaks',
      '{"cluster": {"name": "a", "arn": "arn:aws:eks:eu-west-1:1:cluster/a"}}\n{"cluster": {"name": }}',
      /^pasted text is not valid JSON: line 2, column/,
    ],
    [
      'JSON of another kind',
      '{"hello": "world"}',
      /is JSON, but not a list the import reads: give the output of az aks list -o json, gcloud container clusters list --format=json/,
    ],
    [
      'aws eks list-clusters',
      '{"clusters": ["prod", "dev"]}',
      /this is aws eks list-clusters, which names clusters without their regions: describe each one/,
    ],
    [
      'Rancher’s provisioning clusters',
      '{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "provisioning.cattle.io/v1", "kind": "Cluster"}]}',
      /this lists clusters\.provisioning\.cattle\.io, which hold no locations: .*clusters\.management\.cattle\.io -o json instead/,
    ],
    [
      'an answers document',
      '{"version": 1, "regions": [{"id": "aws:us-east-1"}]}',
      /this is an answers document, not a cluster list: open it as an answers file instead/,
    ],
    [
      'kubectl’s YAML',
      'apiVersion: v1\nitems:\n- apiVersion: management.cattle.io/v3\n',
      /neither JSON nor a CSV: it looks like YAML: ask for JSON/,
    ],
    [
      'gcloud’s table',
      'NAME         LOCATION        MASTER_VERSION  MASTER_IP\nprod-eu      europe-west1    1.31.5          34.76.18.201\n',
      /it looks like gcloud’s table: run gcloud container clusters list --format=json/,
    ],
    [
      'an az table',
      'Name          Location    ResourceGroup\n------------  ----------  ---------------\n',
      /run az aks list -o json/,
    ],
    ['prose', 'These are our clusters: three in Frankfurt.', /neither JSON nor a CSV with region and clusters columns/],
  ])('%s gets a message naming what is wrong and how to fix it', (_, text, message) => {
    const problems = problemsOf(pasted(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('names an entry of a list that is not like the others', () => {
    const list = JSON.parse(fixture('aks-list.json').text) as unknown[];
    const problems = problemsOf({ name: 'aks.json', text: JSON.stringify([...list, { name: 'stray' }]) });
    expect(problems).toEqual([
      'aks.json: item 5 of the list is not an AKS cluster of az aks list, as the first entry is: export the list again, whole, from one command',
    ]);
  });

  it('names each source that cannot be read, and imports nothing half', () => {
    expect(problemsOf(fixture('aks-list.json'), pasted('{'), { name: 'b.csv', text: 'aws:eu-west-1,x' })).toEqual([
      expect.stringMatching(/^pasted text is not valid JSON/),
      expect.stringMatching(/^b\.csv, line 1: clusters "x"/),
    ]);
  });

  it('reads an empty list as no clusters, not as a mistake', () => {
    const estate = imported(pasted('[]'), pasted('{"apiVersion": "v1", "items": [], "kind": "List"}'));
    expect(estate.sources.map((source) => [source.format, source.clusters])).toEqual([
      ['empty-list', 0],
      ['empty-list', 0],
    ]);
  });

  it('says every problem in Chinese too, without leaving English sentences', () => {
    const result = readSource(pasted('region,clusters\naws:eu-west-1,x'), 0);
    if (result.ok) throw new Error('expected a problem');
    const words = result.problems.map(importMessagesFor('zh-CN').problem);
    expect(words).toEqual([expect.stringMatching(/^pasted text 第 2 行：clusters（集群数）“x”无效/)]);
  });
});
