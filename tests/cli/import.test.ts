import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviseInProcess, importFixture as fixture, scratchFolder } from './support';

const file = scratchFolder('import-').file;

/** Runs `advise import ...args` in this process, with optional standard input. */
const runIt = (args: readonly string[], stdin = '') => adviseInProcess(['import', ...args], stdin);

describe('advise import', () => {
  it('prints an answers document of the lists and says what it read on standard error', async () => {
    const { status, stdout, stderr } = await runIt([fixture('gke-clusters.json'), fixture('aks-list.json')]);
    expect(status).toBe(0);
    const answers = JSON.parse(stdout);
    expect(answers.version).toBe(1);
    expect(answers.regions).toContainEqual({
      id: 'gcp:europe-west1',
      clusters: 2,
      nodes: 12,
      clusterKinds: { hosted: 2 },
    });
    expect(answers.regions).toContainEqual({
      id: 'azure:westeurope',
      clusters: 2,
      nodes: 12,
      clusterKinds: { hosted: 2 },
    });
    expect(stderr).toMatch(/gke-clusters\.json: Google GKE list \(gcloud container clusters list\), 4 clusters/);
    expect(stderr).toMatch(/^8 clusters in 6 regions$/m);
  });

  it('reads standard input for -', async () => {
    const { status, stdout } = await runIt(['-'], 'aws:eu-west-1,3,30,hosted\n');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      version: 1,
      regions: [{ id: 'aws:eu-west-1', clusters: 3, nodes: 30, clusterKinds: { hosted: 3 } }],
    });
  });

  it('reads a list saved as UTF-16 with its byte order mark, as Windows PowerShell 5 writes az aks list > aks.json', async () => {
    const text = readFileSync(fixture('aks-list.json'), 'utf8');
    const path = file('aks-utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { status, stdout } = await runIt([path]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).regions).toHaveLength(3);
  });

  it('exits 2 with nothing on standard output while clusters have no region, naming each and how to go on', async () => {
    const { status, stdout, stderr } = await runIt([fixture('rancher-clusters.json')]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/5 clusters have no region, so the answers would leave them out:/);
    expect(stderr).toMatch(/^ {2}store-lyon \(.*rancher-clusters\.json\): RKE2 that Rancher provisions/m);
    expect(stderr).toMatch(/^ {2}ocp-lab \(.*\): imported cluster: /m);
    expect(stderr).toMatch(/--place "CLUSTER=REGION".*--leave-out-unplaced/);
  });

  it('places clusters with --place, one by name or all the rest with *, in a catalog region or a CSV’s site', async () => {
    const { status, stdout, stderr } = await runIt([
      fixture('rancher-clusters.json'),
      fixture('estate.csv'),
      '--place',
      'store-lyon=store-lyon',
      '--place=*=munich-dc',
    ]);
    expect(stderr).not.toMatch(/no region/);
    expect(status).toBe(0);
    const regions = JSON.parse(stdout).regions;
    expect(regions).toContainEqual(expect.objectContaining({ id: 'store-lyon', clusters: 1, siteKind: 'edge' }));
    // Its 4 clusters and plant-k3s-01, dc-frankfurt-rke2, ocp-lab and rke1-legacy.
    expect(regions).toContainEqual(
      expect.objectContaining({ id: 'munich-dc', clusters: 8, clusterKinds: { provisioned: 5, imported: 3 } }),
    );
  });

  it('leaves unplaced clusters out only when asked, still naming them', async () => {
    const { status, stdout, stderr } = await runIt([fixture('rancher-clusters.json'), '--leave-out-unplaced']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).regions).toHaveLength(4);
    expect(stderr).toMatch(/Left out \(--leave-out-unplaced\), 5 without a region:\n {2}store-lyon/);
  });

  it('merges into an answers file with --into, or replaces its regions with --replace', async () => {
    const into = file(
      'answers.json',
      JSON.stringify({
        version: 1,
        regions: [
          { id: 'aws:eu-west-1', clusters: 9 },
          { id: 'aws:ap-northeast-1', clusters: 2 },
        ],
        opsEngineers: 6,
      }),
    );
    const merged = await runIt([fixture('eks-array.json'), '--into', into]);
    expect(merged.status).toBe(0);
    const answers = JSON.parse(merged.stdout);
    expect(answers.opsEngineers).toBe(6);
    expect(answers.regions.map((region: { id: string; clusters: number }) => [region.id, region.clusters])).toEqual([
      ['aws:eu-west-1', 1],
      ['aws:ap-northeast-1', 2],
      ['aws:us-east-1', 2],
    ]);
    expect(merged.stderr).toMatch(/into .*answers\.json: 1 added, 1 changed, 0 removed/);

    const replaced = await runIt([fixture('eks-array.json'), '--into', into, '--replace']);
    expect(JSON.parse(replaced.stdout).regions.map((region: { id: string }) => region.id)).toEqual([
      'aws:us-east-1',
      'aws:eu-west-1',
    ]);
    expect(replaced.stderr).toMatch(/1 added, 1 changed, 1 removed/);
  });

  it('merges into a YAML answers file too, and prints JSON', async () => {
    const into = file(
      'answers.yaml',
      'version: 1\nregions:\n  - id: aws:eu-west-1\n    clusters: 9\nopsEngineers: 4\n',
    );
    const { status, stdout } = await runIt([fixture('aks-list.json'), '--into', into]);
    expect(status).toBe(0);
    const answers = JSON.parse(stdout);
    expect(answers.opsEngineers).toBe(4);
    expect(answers.regions[0]).toEqual({ id: 'aws:eu-west-1', clusters: 9 });
    expect(answers.regions).toHaveLength(4);
  });

  it.each([
    [
      'a --place naming no unplaced cluster',
      ['--place', 'nobody=aws:eu-west-1', fixture('rancher-clusters.json')],
      /no cluster without a region is called "nobody"; those are: store-lyon, plant-k3s-01/,
    ],
    [
      'a --place region two clouds share',
      ['--place', 'ocp-lab=eu-central-1', fixture('rancher-clusters.json')],
      /"eu-central-1" is a region code of more than one cloud \(aws:eu-central-1, alibaba:eu-central-1\)/,
    ],
    [
      'a --place region nobody defined',
      ['--place', 'ocp-lab=atlantis', fixture('rancher-clusters.json')],
      /"atlantis" is neither a catalog region/,
    ],
    [
      'a --place without a region',
      ['--place', 'ocp-lab', fixture('rancher-clusters.json')],
      /--place takes "CLUSTER=REGION"/,
    ],
    ['no sources', [], /no cluster list given/],
    [
      '--replace without --into',
      ['--replace', fixture('aks-list.json')],
      /--replace replaces the regions of the answers given with --into/,
    ],
    ['standard input twice', ['-', '--into', '-'], /standard input \(-\) can be read once/],
    [
      'a binary file',
      [file('picture.png', '\u0089PNG\r\n\u001a\n\u0000\u0000')],
      /picture\.png is not a text file \(it holds binary data\)/,
    ],
    ['a missing file', ['missing.json'], /cannot read missing\.json: no such file/],
    [
      'an answers document as a source',
      [file('answers-as-source.json', '{"version":1,"regions":[{"id":"aws:us-east-1"}]}')],
      /is an answers document, not a cluster list: give it with --into/,
    ],
    [
      'a CSV with a bad count',
      [file('bad.csv', 'region,clusters\naws:eu-west-1,3\naws:us-east-1,many\n')],
      /nothing imported:\n {2}.*bad\.csv, line 3: clusters "many" is not a whole number/,
    ],
    [
      'an --into file that is not JSON',
      [fixture('aks-list.json'), '--into', file('broken.json', '{"version": 1,')],
      /broken\.json \(--into\) is not valid JSON: it ends before the JSON is complete/,
    ],
    [
      'an --into file that is not valid answers',
      [fixture('aks-list.json'), '--into', file('invalid.json', '{"version": 1, "regions": []}')],
      /invalid\.json \(--into\) is not a valid answers document:\n {2}regions: /,
    ],
    ['an unknown option', [fixture('aks-list.json'), '--bogus'], /unknown option --bogus/],
  ])('exits 2 with nothing on standard output for %s', async (_, args, message) => {
    const { status, stdout, stderr } = await runIt(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('speaks Chinese with --lang zh-CN, keeping commands, names and ids as written', async () => {
    const { status, stderr } = await runIt([fixture('rancher-clusters.json'), '--lang', 'zh-CN']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/有 5 个集群没有所属区域，答案将不包含它们：/);
    expect(stderr).toMatch(/store-lyon（.*）：由 Rancher 创建的 RKE2/);
    expect(stderr).toMatch(/--leave-out-unplaced/);
  });

  it('prints its usage for --help and exits 0', async () => {
    const { status, stdout } = await runIt(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^rancher-strategy-advisor import: an answers document made of the cluster lists/);
    expect(stdout).toMatch(/--leave-out-unplaced {8}leave out the clusters without a region/);
    expect(stdout).toMatch(/^ {2}2 {2}bad usage, a list that cannot be read, or clusters without a region/m);
  });
});

describe('the command line entry', () => {
  it('runs import, and its output pipes into advise', async () => {
    const imported = await adviseInProcess(['import', fixture('aks-list.json')]);
    expect(imported.status).toBe(0);
    const advised = await adviseInProcess(['-'], imported.stdout);
    expect(advised.stderr).toBe('');
    expect(advised.status).toBe(0);
    expect(Object.keys(JSON.parse(advised.stdout).hub.rttMs).sort()).toEqual([
      'azure-cn:chinaeast2',
      'azure:eastus',
      'azure:westeurope',
    ]);
  });
});
