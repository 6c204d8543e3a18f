import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { adviseInProcess, EXAMPLE_FILES, PROJECT_ROOT, readExample } from './support';

const scratch = mkdtempSync(join(tmpdir(), 'advise-yaml-'));

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe('answers files in YAML', () => {
  it.each(EXAMPLE_FILES)('%s as YAML gives the recommendation, record and link its JSON twin gives', async (name) => {
    const yamlFile = file(name.replace(/\.json$/, '.yaml'), stringify(JSON.parse(readExample(name))));
    for (const extra of [[], ['--format', 'markdown', '--date', '2026-12-01'], ['--format', 'link']]) {
      const fromJson = await adviseInProcess([`${PROJECT_ROOT}examples/${name}`, ...extra]);
      const fromYaml = await adviseInProcess([yamlFile, ...extra]);
      expect(fromJson.status).toBe(0);
      expect(fromYaml).toEqual(fromJson);
    }
  });

  it('reads YAML from standard input, and JSON there as before', async () => {
    const yaml = await adviseInProcess(['-'], 'version: 1\nregions:\n  - id: aws:us-east-1\n    clusters: 3\n');
    const json = await adviseInProcess(['-'], '{"version":1,"regions":[{"id":"aws:us-east-1","clusters":3}]}');
    expect(yaml.status).toBe(0);
    expect(yaml.stdout).toBe(json.stdout);
  });

  it.each([
    [
      'a broken flow list',
      'version: 1\nregions:\n  - id: aws:us-east-1\n    clusters: [3\nlatencyToleranceMs: 100\n',
      /line 5, column 1/,
    ],
    [
      'a key given twice',
      'version: 1\nregions:\n  - id: aws:us-east-1\nversion: 1\n',
      /line 4, column 1, at "v": Map keys must be unique/,
    ],
    ['two documents', 'version: 1\n---\nversion: 1\n', /line 2, column 1/],
    ['a tab for indentation', 'version: 1\nregions:\n\t- id: aws:us-east-1\n', /line 3, column 1/],
  ])('names the line of %s, exits 2 and prints nothing', async (_case, text, place) => {
    const { status, stdout, stderr } = await adviseInProcess([file('bad.yml', text)]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.yml is not valid YAML: /);
    expect(stderr).toMatch(place);
  });

  it('says the same about an invalid document in YAML as in JSON, in either language', async () => {
    const document = { version: 1, regions: [{ id: 'aws:us-east-1', clusters: 0, lat: 200 }], opsEngineers: -1 };
    for (const lang of ['en', 'zh-CN']) {
      const json = await adviseInProcess([file('doc.json', JSON.stringify(document)), '--lang', lang]);
      const yaml = await adviseInProcess([file('doc.yaml', stringify(document)), '--lang', lang]);
      expect(yaml.status).toBe(2);
      expect(yaml.stderr.replace('doc.yaml', 'doc.json')).toBe(json.stderr);
    }
  });

  it('keeps dates as text and refuses an alias bomb', async () => {
    const dated = await adviseInProcess(
      ['-', '--format', 'markdown'],
      'version: 1\nregions: [{ id: aws:us-east-1 }]\ndecision: { date: 2026-12-01, status: accepted }\n',
    );
    expect(dated.stdout).toMatch(/^date: 2026-12-01$/m);

    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      laughs.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const bomb = await adviseInProcess(['-'], `${laughs.join('\n')}\n`);
    expect(bomb.status).toBe(2);
    expect(bomb.stderr).toMatch(/standard input is not valid YAML: .*alias/i);
  });
});

describe('help and version', () => {
  it('--help prints every option and the exit codes on standard output, and exits 0', async () => {
    const { status, stdout, stderr } = await adviseInProcess(['--help']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^rancher-strategy-advisor \d+\.\d+\.\d+: /);
    for (const option of ['--format', '--base', '--date', '--decision-makers', '--status', '--lang', '--version']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/^ {2}2 {2}bad usage or input/m);
  });

  it('--version prints the package version and exits 0', async () => {
    const { version } = JSON.parse(readExample('../package.json')) as { version: string };
    expect(await adviseInProcess(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('an unknown option still exits 2 with the usage on standard error', async () => {
    const { status, stdout, stderr } = await adviseInProcess(['examples/global.json', '--colour']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown option --colour\nusage: rancher-strategy-advisor /);
  });
});
