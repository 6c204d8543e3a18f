import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviseInProcess as advise, PROJECT_ROOT, scratchFolder } from './support';

const scratch = scratchFolder('advise-');
const file = scratch.file;

describe('advise command line', () => {
  // The one test that starts a process: the entry file, wired to the real standard streams and exit code. Every
  // other test runs the same command line in this process (support.ts).
  it('runs as a person runs it: through tsx, with no build, reading standard input', () => {
    const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['src/cli/advise.ts', '-'], {
      cwd: PROJECT_ROOT,
      input: '{"version":1,"regions":[{"id":"aws:us-east-1","clusters":3}]}',
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).strategy).toBe('hub-and-spoke');
  });

  it('prints the recommendation for an example as JSON and exits 0', async () => {
    const { status, stdout, stderr } = await advise(['examples/global.json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const recommendation = JSON.parse(stdout);
    expect(recommendation.strategy).toBe('regional');
    expect(Object.keys(recommendation.scores)).toEqual(['hub-and-spoke', 'regional']);
    expect(recommendation.hub.regionId).toMatch(/:/);
  });

  it('reads standard input for -', async () => {
    const { status, stdout } = await advise(
      ['-', '--format', 'json'],
      '{"version":1,"regions":[{"id":"aws:us-east-1","clusters":3}]}',
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).strategy).toBe('hub-and-spoke');
  });

  it('prints a decision record with --format markdown', async () => {
    const { status, stdout } = await advise([
      'examples/one-continent.json',
      '--format',
      'markdown',
      '--date',
      '2026-11-24',
    ]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^---\nstatus: proposed\ndate: 2026-11-24\n/);
    expect(stdout).toMatch(/^Chosen option: "Hub & Spoke", because /m);
    expect(stdout).toMatch(/<http:\/\/localhost:5173\/#v\d+\.[^>]+>/);
  });

  it('writes the decision record and the explanations in Chinese with --lang zh-CN, keeping the fields scripts read', async () => {
    const record = await advise([
      'examples/global.json',
      '--format',
      'markdown',
      '--lang',
      'zh-CN',
      '--date',
      '2026-11-24',
    ]);
    expect(record.status).toBe(0);
    expect(record.stdout).toMatch(/^# 为 \d+ 个区域运行 \d+ 个区域 Rancher 管理平面/m);

    const json = await advise(['examples/global.json', '--lang', 'zh-CN']);
    const english = JSON.parse((await advise(['examples/global.json'])).stdout);
    const chinese = JSON.parse(json.stdout);
    expect(chinese.strategy).toBe(english.strategy);
    expect(chinese.scores).toEqual(english.scores);
    expect(chinese.summary).toMatch(/[\u4e00-\u9fff]/);
    expect(english.summary).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a language it does not have, naming the ones it has', async () => {
    const { status, stdout, stderr } = await advise(['examples/global.json', '--lang', 'fr']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown language "fr": supported languages are en, zh-CN');
  });

  it('prints the share link on --base with --format link', async () => {
    const { status, stdout } = await advise([
      'examples/global.json',
      '--format',
      'link',
      '--base',
      'https://advisor.example.com/tools/',
    ]);
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/^https:\/\/advisor\.example\.com\/tools\/#\S+$/);
  });

  it.each([
    ['a missing file', () => [scratch.path('nope.json')], /cannot read .*nope\.json: no such file/],
    ['malformed JSON', () => [file('bad.json', '{"version": 1,')], /bad\.json is not valid JSON/],
    [
      'an invalid document',
      () => [
        file('invalid.json', '{"version":1,"regions":[{"id":"aws:us-east-1"},{"id":"x","name":"X","lat":91,"lon":0}]}'),
      ],
      /regions\[1\]\.lat: latitude must be between -90 and 90/,
    ],
    [
      'an unknown format',
      () => ['examples/global.json', '--format', 'yaml'],
      /unknown format "yaml": supported formats are json/,
    ],
    ['no file at all', () => [], /no answers file given/],
  ])('exits 2 for %s, with one clear message and nothing on standard output', async (_case, args, message) => {
    const { status, stdout, stderr } = await advise(args());
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat \S+ \(/); // no stack trace
  });

  it('names every offending field by its path', async () => {
    const path = file(
      'many.json',
      '{"version":1,"regions":[{"id":"aws:us-east-1","clusters":0}],"latencyToleranceMs":5000}',
    );
    const { stderr } = await advise([path]);
    expect(stderr).toMatch(/regions\[0\]\.clusters: clusters must be at least 1/);
    expect(stderr).toMatch(/latencyToleranceMs: latency tolerance must be at most 2000 ms/);
  });

  it('lists every problem at once, in document order, naming an unknown catalog-like id as unknown', async () => {
    const path = file(
      'several.json',
      JSON.stringify({
        version: 1,
        regions: [
          { id: 'aws:xx-nowhere-9', clusters: 3 },
          { id: 'plant', clusters: 0 },
        ],
        latencyToleranceMs: 0,
      }),
    );
    const { status, stderr } = await advise([path]);
    expect(status).toBe(2);
    const lines = stderr.trim().split('\n').slice(1);
    expect(lines.map((line) => line.trim().split(':')[0])).toEqual([
      'regions[0].id',
      'regions[1].name',
      'regions[1].lat',
      'regions[1].lon',
      'regions[1].clusters',
      'latencyToleranceMs',
    ]);
    expect(stderr).toContain('regions[0].id: unknown region id "aws:xx-nowhere-9"');
    expect(stderr).not.toMatch(/regions\[0\]\.name/);
  });

  it('calls a binary file "not a text file" instead of printing its bytes', async () => {
    const path = file(
      'picture.json',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]),
    );
    for (const [args, name] of [
      [[path], path],
      [[path, '--lang', 'zh-CN'], path],
    ] as const) {
      const { status, stdout, stderr } = await advise([...args]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(args.length === 1 ? /is not a text file \(it holds binary data\)/ : /不是文本文件/);
      expect(stderr).toContain(name);
      expect(stderr).not.toMatch(/PNG|\uFFFD/);
    }
  });

  it('says what is wrong in Chinese with --lang zh-CN, still naming each field by its path', async () => {
    const path = file(
      'many-zh.json',
      '{"version":1,"regions":[{"id":"aws:us-east-1","clusters":0}],"latencyToleranceMs":5000}',
    );
    const { status, stdout, stderr } = await advise([path, '--lang', 'zh-CN']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('不是有效的答案文档');
    expect(stderr).toMatch(/regions\[0\]\.clusters: 集群数必须是 1 到 10000 之间的整数。/);
    expect(stderr).toMatch(/latencyToleranceMs: 可接受的往返时延必须是 1 到 2000 毫秒之间的数字。/);
    expect(stderr).not.toMatch(/must be/);
  });

  it('gives usage and file errors in the language asked for, wherever --lang stands', async () => {
    expect((await advise(['--lang=zh-CN', scratch.path('missing.json')])).stderr).toMatch(
      /^无法读取 .*missing\.json：文件不存在/,
    );
    expect((await advise(['examples/global.json', '--format', 'pdf', '--lang', 'zh-CN'])).stderr).toMatch(
      /^未知格式“pdf”/,
    );
    const broken = file('broken-zh.json', '{\n  "version": 1,\n  regions: []\n}');
    expect((await advise([broken, '--lang', 'zh-CN'])).stderr).toMatch(
      /broken-zh\.json 不是有效的 JSON：第 3 行第 3 列（“r”处）有语法错误\n$/,
    );
  });

  const withDecision = JSON.stringify({
    version: 1,
    regions: [{ id: 'aws:eu-west-1', clusters: 4 }],
    decision: {
      status: 'accepted',
      date: '2026-12-01',
      decisionMakers: ['Ana Silva'],
      consulted: ['Security'],
      informed: ['Support'],
    },
  });

  it("writes the answers' decision into the record's front matter", async () => {
    const { status, stdout } = await advise([file('decision.json', withDecision), '--format', 'markdown']);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^---\nstatus: accepted\ndate: 2026-12-01\ndecision-makers: \["Ana Silva"\]\nconsulted: \["Security"\]\ninformed: \["Support"\]\n\n---\n/,
    );
  });

  it("lets --status, --date and --decision-makers override the answers' decision", async () => {
    const { status, stdout } = await advise([
      file('decision-override.json', withDecision),
      '--format',
      'markdown',
      '--status',
      'superseded',
      '--date',
      '2027-01-15',
      '--decision-makers',
      'Ben, Chen',
    ]);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^---\nstatus: superseded\ndate: 2027-01-15\ndecision-makers: \["Ben", "Chen"\]\nconsulted: /,
    );
  });

  it('refuses a status MADR does not have, with nothing on standard output', async () => {
    const { status, stdout, stderr } = await advise([
      'examples/global.json',
      '--format',
      'markdown',
      '--status',
      'done',
    ]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /--status must be one of proposed, accepted, rejected, deprecated, superseded \(got "done"\)/,
    );
  });

  const badEstate = JSON.stringify({
    version: 1,
    regions: [
      { id: 'aws:eu-west-1', clusters: 5, nodes: 3, jurisdiction: 'eu' },
      { id: 'store-1', name: 'Store 1', lat: 48.86, lon: 2.35, siteKind: 'edge' },
    ],
    jurisdictions: [{ id: 'us', name: 'United States' }],
    hub: { regionId: 'store-1' },
    latencies: [
      { from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 80 },
      { from: 'aws:eu-west-1', to: 'store-1', ms: 0.5 },
    ],
  });

  it('names every bad estate answer by its path, and nothing goes to standard output', async () => {
    const { status, stdout, stderr } = await advise([file('estate.json', badEstate)]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    for (const line of [
      /regions\[0\]\.nodes: nodes \(3\) must be at least clusters \(5\)/,
      /regions\[0\]\.jurisdiction: unknown jurisdiction "eu": declare it in jurisdictions or remove it/,
      /jurisdictions\[0\]: no region is in jurisdiction "us"/,
      /hub\.regionId: "store-1" is an edge site, and an edge location cannot host the management plane/,
      /latencies\[0\]\.to: "aws:us-east-1" is not a region of the answers/,
      /latencies\[1\]\.ms: 0\.5 ms is faster than light in fibre over the \d+ km between "aws:eu-west-1" and "store-1"/,
    ]) {
      expect(stderr).toMatch(line);
    }
  });

  it('says the estate problems in Chinese with --lang zh-CN', async () => {
    const { status, stdout, stderr } = await advise([file('estate-zh.json', badEstate), '--lang', 'zh-CN']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/hub\.regionId: “store-1”是边缘站点，边缘站点不能承载管理平面/);
    expect(stderr).toMatch(/latencies\[1\]\.ms: 0\.5 毫秒比光在光纤中走完/);
    expect(stderr).not.toMatch(/must be|is not a region/);
  });
});
