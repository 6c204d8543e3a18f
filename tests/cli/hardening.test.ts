import { describe, expect, it } from 'vitest';
import { adviseInProcess as advise, scratchFolder } from './support';

const file = scratchFolder('advise-hardening-').file;

describe('advise command line: strict answers files', () => {
  it('exits 2 naming every misspelled key, with the key meant, and the other problems at once', async () => {
    const path = file(
      'typos.json',
      JSON.stringify({
        version: 1,
        regions: [{ id: 'aws:us-east-1', clusters: 0, sitekind: 'edge' }],
        latencyTolerancMs: 80,
        opsEngineer: 3,
      }),
    );
    const { status, stdout, stderr } = await advise([path]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('regions[0].clusters: clusters must be at least 1');
    expect(stderr).toContain('regions[0].sitekind: unknown key "sitekind": did you mean "siteKind"?');
    expect(stderr).toContain('latencyTolerancMs: unknown key "latencyTolerancMs": did you mean "latencyToleranceMs"?');
    expect(stderr).toContain('opsEngineer: unknown key "opsEngineer": did you mean "opsEngineers"?');
  });

  it('says it in Chinese with --lang zh-CN', async () => {
    const { status, stderr } = await advise(
      ['-', '--lang', 'zh-CN'],
      '{"version":1,"regions":[{"id":"aws:us-east-1"}],"opsEngineer":3}',
    );
    expect(status).toBe(2);
    expect(stderr).toContain('未知的键“opsEngineer”：您是不是想写“opsEngineers”？');
  });
});

describe('advise command line: calendar dates', () => {
  it('refuses decision.date 2026-02-31 in the file, and --date 2026-02-31, with exit 2', async () => {
    const path = file('date.json', '{"version":1,"regions":[{"id":"aws:us-east-1"}],"decision":{"date":"2026-02-31"}}');
    const inFile = await advise([path, '--format', 'markdown']);
    expect(inFile.status).toBe(2);
    expect(inFile.stderr).toContain('decision.date: date must be a day of the calendar: 2026-02-31 does not exist');
    const flag = await advise(
      ['-', '--format', 'markdown', '--date', '2026-02-31'],
      '{"version":1,"regions":[{"id":"aws:us-east-1"}]}',
    );
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('--date must be a day of the calendar written YYYY-MM-DD (got "2026-02-31")');
  });
});

describe('advise command line: --base', () => {
  const answers = '{"version":1,"regions":[{"id":"aws:us-east-1"}]}';
  it.each([
    ['http://a.example/><img src=x onerror=alert(1)>'],
    ['http://a.example/\n# Injected'],
    ['http://a.example/ x'],
    ['javascript:alert(1)'],
    ['ftp://a.example/'],
    ['http://a.example/\u202Eevil'],
  ])('refuses %j with exit 2, nothing on standard output and the value shown on one line', async (base) => {
    const { status, stdout, stderr } = await advise(['-', '--format', 'markdown', '--base', base], answers);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^--base must be an http or https address/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('writes the address as normalised', async () => {
    const { status, stdout } = await advise(
      ['-', '--format', 'link', '--base', 'HTTPS://Advisor.Example/app/'],
      answers,
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(/^https:\/\/advisor\.example\/app\/#v\d/);
  });
});

describe('advise command line: files as people save them', () => {
  const text = '{"version":1,"regions":[{"id":"aws:us-east-1","clusters":3}]}';
  it('reads a UTF-16 LE file with a byte order mark (Windows PowerShell 5)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { status, stdout, stderr } = await advise([file('utf16.json', bytes)]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).hub.regionId).toBe('aws:us-east-1');
  });

  it('refuses a file over the browser’s 1 MB cap with exit 2 and says why', async () => {
    const path = file('huge.json', `${text}${' '.repeat(1_000_001)}`);
    const { status, stdout, stderr } = await advise([path]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('is larger than 1,000,000 bytes: an answers document is a few KB of JSON');
  });
});
