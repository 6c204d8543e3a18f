import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  escapeMarkdown,
  type Locale,
  parseAnswers,
  recommend,
  renderDecisionRecord,
  SOURCES,
} from '../../src/engine';
import { en } from '../../src/engine/messages/en';

function load(name: string): Answers {
  const result = parseAnswers(
    JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const SHARE_URL = 'http://localhost:5173/#v1.example';

function record(answers: Answers, locale: Locale = 'en'): string {
  return renderDecisionRecord(answers, recommend(answers, { locale }), {
    date: '2026-11-24',
    shareUrl: SHARE_URL,
    decisionMakers: ['Platform architecture board'],
    locale,
  });
}

describe('architecture decision record', () => {
  const EXAMPLES = ['single-region', 'one-continent', 'global', 'edge-retail'] as const;

  it.each(EXAMPLES)('%s: speaks as the team, "we" and "our", never "you"', (name) => {
    const text = record(load(name));
    expect(text).toMatch(/\bWe run\b/);
    // The sources' quotes are Rancher's own words, indented under each page: only the record's own prose counts.
    const ownProse = text
      .split('\n')
      .filter((line) => !line.startsWith('  * '))
      .join('\n');
    expect(ownProse).not.toMatch(/\b(you|your|yours)\b/i);
  });

  it.each(EXAMPLES)('%s: the Chinese record speaks as the team too (我们, never 您)', (name) => {
    const text = record(load(name), 'zh-CN');
    expect(text).toContain('我们');
    expect(text).not.toContain('您');
  });

  it.each(EXAMPLES)('%s: names its strongest reason as a phrase that reads in the sentence', (name) => {
    const answers = load(name);
    const recommendation = recommend(answers);
    const decision = record(answers)
      .split('\n')
      .find((line) => line.startsWith('Chosen option:'));
    const strongest = recommendation.factors
      .filter((factor) => factor.favors === recommendation.strategy)
      .sort((a, b) => b.weight - a.weight)[0];
    if (strongest) expect(decision).toContain(`because ${en.factorClauses[strongest.id]}`);
    else expect(decision).toContain('because it is the simpler of two equal options');
  });

  it('matches the golden record for the one-continent example', async () => {
    await expect(record(load('one-continent'))).toMatchFileSnapshot('./fixtures/one-continent-adr.md');
  });

  it.each([
    '## Context and Problem Statement',
    '## Decision Drivers',
    '## Considered Options',
    '## Decision Outcome',
    '### Consequences',
    '### Confirmation',
    '## Pros and Cons of the Options',
    '## More Information',
  ])('has the MADR 4.0 section %s', (heading) => {
    expect(record(load('global')).split('\n')).toContain(heading);
  });

  it('opens with MADR front matter and states the chosen option with its reason', () => {
    const text = record(load('global'));
    expect(
      text.startsWith(
        '---\nstatus: proposed\ndate: 2026-11-24\ndecision-makers: ["Platform architecture board"]\n\n---\n',
      ),
    ).toBe(true);
    expect(text).toMatch(/^Chosen option: "Regional", because .+/m);
    expect(text).toMatch(/^\* Good, because /m);
    expect(text).toMatch(/^\* Bad, because /m);
  });

  it('carries the weighted criteria, the hub round trips, re-evaluation triggers and the link back', () => {
    // The global example with isolation "matters" rather than "must have": close enough for an answer to flip it.
    const global = load('global');
    const answers = { ...global, priorities: { ...global.priorities, faultIsolation: 2 } };
    const html = marked.parse(record(answers), { async: false });
    expect(html).toContain('<th>Criterion</th>');
    expect(html).toContain('<th>Managed from</th>');
    expect(html).toMatch(/We re-evaluate this decision if/);
    expect(html).toContain(`href="${SHARE_URL}"`);
  });

  it('says how we run the chosen strategy, each step backed by a cited source', () => {
    const text = record(load('one-continent'));
    expect(text).toMatch(/### How we run it\n\n\* Run the hub in West Europe \(Amsterdam\) as a three-node HA/);
    // The standby is a second region of the hub's own cloud, within the tolerance of every region.
    expect(text).toMatch(/Keep a warm standby for West Europe \(Amsterdam\) in Belgium Central \(Brussels\)/);
    expect(text).toContain(
      'https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/backup-restore-and-disaster-recovery',
    );
  });
});

describe.each<Locale>(['en', 'zh-CN'])('hostile names in the %s record', (locale) => {
  const hostile = [
    '[click me](javascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '![pixel](https://evil.example/p.png)',
    'https://evil.example/phish',
    'www.evil.example',
    '@everyone',
    '| injected | cell |',
    '# Heading',
    '- list item',
    'line\nbreak',
    '&lt;b&gt;entity&lt;/b&gt;',
    '**bold** _it_ `code`',
    '北京「机房」*一*',
  ];

  const answers: Answers = {
    version: 1,
    regions: hostile.map((name, index) => ({ id: `site-${index}`, name, lat: index, lon: index * 10, clusters: 1 })),
    latencyToleranceMs: 150,
    opsEngineers: 2,
    crossRegionEnvironments: false,
    priorities: { singlePane: 2, multiClusterApps: 2, faultIsolation: 2, independentUpgrades: 2 },
  };
  const html = marked.parse(record(answers, locale), { async: false });

  it('renders no link other than the sources and the share link', () => {
    const allowed = new Set([...Object.values(SOURCES).map((source) => source.url), SHARE_URL]);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(allowed).toContain(href);
  });

  it('renders no image, script, raw HTML or emphasis from a name', () => {
    expect(html).not.toMatch(/<img|<script|<b>|<strong>|<em>|<code>/);
    expect(html).not.toMatch(/<h1[^>]*>Heading/);
  });

  it('keeps each region in one table row of two cells', () => {
    const regionTable = html.split('<table>')[1] ?? '';
    const rows =
      regionTable
        .split('<tbody>')[1]
        ?.split('</tbody>')[0]
        ?.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(hostile.length);
    for (const row of rows) expect(row.match(/<td/g)).toHaveLength(2);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['[a](b)', '\\[a\\](b)'],
    ['<b>', '\\<b\\>'],
    ['https://x.example', 'https\\://x.example'],
    ['a\nb', 'a b'],
    ['R&D & Ops', 'R&D & Ops'],
    ['Europe (Frankfurt)', 'Europe (Frankfurt)'],
  ])('escapes %j as %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('the decision record from the answers’ decision fields', () => {
  const decided: Answers = {
    ...load('global'),
    decision: {
      title: 'Where our Rancher planes run',
      status: 'accepted',
      date: '2026-12-01',
      decisionMakers: ['Ana', 'Ben'],
      consulted: ['Security'],
      informed: ['SRE guild', 'yes'],
      author: 'Ana',
    },
  };
  const render = (answers: Answers, options: Parameters<typeof renderDecisionRecord>[2] = {}) =>
    renderDecisionRecord(answers, recommend(answers), options);

  it('writes status, date, decision makers, consulted and informed into the MADR front matter', () => {
    expect(render(decided)).toMatch(
      /^---\nstatus: accepted\ndate: 2026-12-01\ndecision-makers: \["Ana", "Ben"\]\nconsulted: \["Security"\]\ninformed: \["SRE guild", "yes"\]\n\n---\n\n# Where our Rancher planes run\n/,
    );
  });

  it('lets the options (the command line’s flags) override them', () => {
    const text = render(decided, { date: '2027-01-02', decisionMakers: ['Board'], status: 'superseded' });
    expect(text).toMatch(/^---\nstatus: superseded\ndate: 2027-01-02\ndecision-makers: \["Board"\]\nconsulted:/);
  });

  it('leaves out the date, consulted and informed when nothing says them, and the status is proposed', () => {
    expect(render(load('global'))).toMatch(/^---\nstatus: proposed\ndecision-makers: \[\]\n\n---\n\n# Run /);
  });

  it('does not change the recommendation', () => {
    expect(recommend(decided)).toEqual(recommend(load('global')));
  });

  it.each(['en', 'zh-CN'] as const)('lists the versions compared, with their links (%s)', (locale) => {
    const answers = load('global');
    const text = renderDecisionRecord(answers, recommend(answers, { locale }), {
      locale,
      comparedVersions: [
        {
          label: 'Ana',
          strategy: 'regional',
          scores: { 'hub-and-spoke': 40.2, regional: 59.8 },
          url: 'https://a/#v1.x',
        },
        {
          label: 'Ben | ops',
          strategy: 'hub-and-spoke',
          scores: { 'hub-and-spoke': 61, regional: 39 },
          url: 'https://a/#v1.y',
        },
      ],
    });
    const heading = locale === 'en' ? '### Versions compared' : '### 比较过的版本';
    const section = text.slice(text.indexOf(heading));
    expect(text.split('\n')).toContain(heading);
    expect(section).toMatch(/\| Ana \| .+ \| 40\.2 \| 59\.8 \| \[.+\]\(<https:\/\/a\/#v1\.x>\) \|/);
    // A label a person typed cannot break the table.
    expect(section).toContain('Ben \\| ops');
    const html = marked.parse(section, { async: false });
    expect(html).toContain('<a href="https://a/#v1.y">');
  });

  it('has no "Versions compared" section without compared versions', () => {
    expect(render(decided, { comparedVersions: [] })).not.toContain('Versions compared');
  });
});
