/**
 * The command line people install: `npm pack`, installed into a temporary prefix, gives a
 * `rancher-strategy-advisor` that plain node runs, pulls in no dependency, and prints what `npm run advise` prints.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adviseInProcess, EXAMPLE_FILES, PROJECT_ROOT } from './support';

const scratch = mkdtempSync(join(tmpdir(), 'advisor-package-'));
const prefix = join(scratch, 'prefix');
let command = '';
let installed = '';

beforeAll(() => {
  // prepack builds the one-file command line first.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: PROJECT_ROOT, encoding: 'utf8' }),
  ) as { filename: string }[];
  if (!packed) throw new Error('npm pack made no package');
  // --offline: a package that needed anything from a registry would fail to install here.
  execFileSync(
    'npm',
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(scratch, packed.filename)],
    { cwd: scratch, stdio: 'ignore' },
  );
  command = join(prefix, 'bin', 'rancher-strategy-advisor');
  installed = join(prefix, 'lib', 'node_modules', 'rancher-strategy-advisor');
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the installed command with nothing but node on the PATH, from a folder outside the project. */
function runInstalled(args: readonly string[], input = '') {
  const nodeFolder = join(process.execPath, '..');
  const result = spawnSync(command, args, {
    cwd: scratch,
    input,
    encoding: 'utf8',
    env: { PATH: `${nodeFolder}:/usr/bin:/bin`, HOME: scratch },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the installed command line', () => {
  it('installs with no dependencies: one JavaScript file, the examples and the schema', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(readdirSync(join(installed, 'dist-cli'))).toEqual(['rancher-strategy-advisor.js']);
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist-cli', 'examples', 'package.json', 'public']);
    expect(readFileSync(join(installed, 'dist-cli', 'rancher-strategy-advisor.js'), 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node\n/,
    );
  });

  it.each(EXAMPLE_FILES)('prints for %s what npm run advise prints', async (name) => {
    const example = join(PROJECT_ROOT, 'examples', name);
    for (const extra of [
      [],
      ['--format', 'markdown', '--date', '2026-12-01', '--lang', 'zh-CN'],
      ['--format', 'link'],
    ]) {
      const expected = await adviseInProcess([example, ...extra]);
      expect(expected.status).toBe(0);
      expect(runInstalled([example, ...extra])).toEqual(expected);
    }
  });

  it('reads YAML and standard input, and reports bad input on standard error with exit 2', async () => {
    const yaml = 'version: 1\nregions:\n  - id: aws:us-east-1\n    clusters: 3\n';
    expect(runInstalled(['-'], yaml)).toEqual(await adviseInProcess(['-'], yaml));

    const broken = runInstalled(['-'], 'version: 1\nregions: [\n');
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/^standard input is not valid YAML: line \d+/);

    const missing = runInstalled(['no-such-file.json']);
    expect(missing).toEqual({ status: 2, stdout: '', stderr: 'cannot read no-such-file.json: no such file\n' });
  });

  it('answers --version and --help', async () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runInstalled(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(runInstalled(['--help'])).toEqual(await adviseInProcess(['--help']));
  });
});
