import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type Answers, findFlips, recommend, regionCatalog, SOURCES, STRATEGY_NAMES } from '../../../src/engine';
import { RecommendationPanel } from '../../../src/features/recommendation';
import { answersOf, THREE_REGIONS } from '../../fixtures/answers';

const GLOBAL: Answers = { ...THREE_REGIONS, latencyToleranceMs: 40, opsEngineers: 6 };
const ONE_CONTINENT = answersOf({
  version: 1,
  regions: [
    { id: 'aws:eu-central-1', clusters: 8 },
    { id: 'azure:westeurope', clusters: 4 },
  ],
});

// jsdom cannot measure, so charts get a fixed width.
const panel = (answers: Answers, problems: { place: string; message: string }[] = []) => (
  <RecommendationPanel
    answers={answers}
    chartWidthPx={640}
    pendingProblems={problems}
    recommendation={recommend(answers)}
  />
);
const renderPanel = (answers: Answers, problems: { place: string; message: string }[] = []) =>
  render(panel(answers, problems));

/** Every text the polite live region held, in order, as a screen reader would be given them. */
function recordAnnouncements(): { readonly said: string[]; readonly stop: () => void } {
  const region = document.querySelector('[aria-live="polite"]');
  if (!region) throw new Error('no polite live region');
  const said = [region.textContent ?? ''];
  const observer = new MutationObserver(() => {
    const text = region.textContent ?? '';
    if (text !== said.at(-1)) said.push(text);
  });
  observer.observe(region, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

describe('RecommendationPanel', () => {
  it('shows each new verdict at once, but tells screen readers only the one that stays', async () => {
    const loose = { ...GLOBAL, latencyToleranceMs: 1000 };
    expect(recommend(GLOBAL).strategy).toBe('regional');
    expect(recommend(loose).strategy).toBe('hub-and-spoke');
    const { rerender } = renderPanel(GLOBAL);
    const announcements = recordAnnouncements();
    const show = (answers: Answers) => rerender(panel(answers));

    // Typing "1000" and then "40" again: each verdict is on screen at once.
    show(loose);
    expect(screen.getByRole('heading', { level: 2, name: 'Recommended strategy: Hub & Spoke' })).toBeInTheDocument();
    show(GLOBAL);
    expect(screen.getByRole('heading', { level: 2, name: 'Recommended strategy: Regional' })).toBeInTheDocument();
    show(loose);

    // Only the verdict the answers settle on is spoken, once, after the pause.
    await screen.findByText(
      /^Recommended strategy: Hub & Spoke, /,
      { selector: '[aria-live="polite"]' },
      // Generous: a loaded two-core CI machine can take seconds to render; the pause itself is 1400 ms.
      { timeout: 10_000 },
    );
    announcements.stop();
    expect(announcements.said).toHaveLength(2);
    expect(announcements.said[0]).toMatch(/^Recommended strategy: Regional, /);
    expect(announcements.said[1]).toMatch(/^Recommended strategy: Hub & Spoke, /);
  });

  it.each([
    ['answers on three continents with a tight tolerance', GLOBAL],
    ['answers on one continent', ONE_CONTINENT],
  ])('names the engine’s strategy in a heading, with both scores, for %s', (_what, answers) => {
    const expected = recommend(answers);
    renderPanel(answers);

    expect(
      screen.getByRole('heading', { level: 2, name: `Recommended strategy: ${STRATEGY_NAMES[expected.strategy]}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(expected.summary)).toBeInTheDocument();
    const verdict = screen.getByRole('region', { name: /^Recommended strategy:/ });
    expect(within(verdict).getByText(expected.scores['hub-and-spoke'].toFixed(1))).toBeInTheDocument();
    expect(within(verdict).getByText(expected.scores.regional.toFixed(1))).toBeInTheDocument();
  });

  it('gives the factor chart a table with one row per weighing factor', () => {
    const expected = recommend(GLOBAL);
    renderPanel(GLOBAL);

    const table = screen.getByRole('table', { name: 'Factor points each factor adds to each strategy' });
    const weighing = expected.factors.filter((factor) => factor.favors !== 'neutral');
    expect(within(table).getAllByRole('row')).toHaveLength(weighing.length + 1);
    for (const factor of weighing) {
      expect(within(table).getByRole('rowheader', { name: factor.title })).toBeInTheDocument();
    }
  });

  it('gives the round-trip chart a table with every region, from the hub and from its regional plane', () => {
    renderPanel(GLOBAL);

    const table = screen.getByRole('table', { name: /^Round trip from the hub in N\. Virginia/ });
    const tokyo = within(table).getByRole('row', { name: /^Asia Pacific \(Tokyo\)/ });
    const [hub, fromHub, plane, fromPlane] = within(tokyo).getAllByRole('cell');
    expect(hub).toHaveTextContent('US East (N. Virginia)');
    expect(fromHub).toHaveTextContent(/^\d+ ms, beyond your tolerance$/);
    expect(plane).toHaveTextContent('its own site');
    expect(fromPlane).toHaveTextContent(/^\d+ ms$/);
    // No figure was measured: the caption says the figures are estimates, and no legend entry explains outlines.
    expect(screen.getByText(/Estimates from typical routes, not measurements\./)).toBeInTheDocument();
    expect(screen.queryByText('Measured (outlined)')).not.toBeInTheDocument();
  });

  it('shows a chart’s table on request', async () => {
    const user = userEvent.setup();
    renderPanel(GLOBAL);
    const card = screen.getByRole('region', { name: 'Why: what each factor adds' });

    await user.click(within(card).getByRole('button', { name: 'Show table for “Why: what each factor adds”' }));
    expect(within(card).getByRole('table').parentElement).not.toHaveClass('chart-table--hidden');
    expect(within(card).getByRole('button', { name: /^Show chart/ })).toBeInTheDocument();
  });

  it('takes the person from a factor in the chart’s table to its reason in the list', async () => {
    const user = userEvent.setup();
    const expected = recommend(GLOBAL);
    renderPanel(GLOBAL);
    const heaviest = expected.factors
      .filter((factor) => factor.favors !== 'neutral')
      .sort((a, b) => b.weight - a.weight)[0];
    if (!heaviest) throw new Error('no weighing factor');
    const table = screen.getByRole('table', { name: 'Factor points each factor adds to each strategy' });

    await user.click(within(table).getByRole('button', { name: heaviest.title }));
    const reasons = screen.getByRole('region', { name: 'The reasons, with their sources' });
    expect(document.activeElement).toHaveTextContent(heaviest.explanation);
    expect(reasons).toContainElement(document.activeElement as HTMLElement);
  });

  it('draws the charts once the verdict is on screen, for the same answers', async () => {
    const loose = { ...GLOBAL, latencyToleranceMs: 1000 };
    const { container, rerender } = renderPanel(GLOBAL);
    const toleranceCaption = () => container.querySelector('.chart-tolerance .chart-reference-label')?.textContent;
    await waitFor(() => expect(toleranceCaption()).toBe('Your tolerance: 40 ms'));

    rerender(panel(loose));
    // The verdict changes in the render the answers arrive with.
    expect(screen.getByRole('heading', { level: 2, name: 'Recommended strategy: Hub & Spoke' })).toBeInTheDocument();
    await waitFor(() => expect(toleranceCaption()).toBe('Your tolerance: 1000 ms'));
    // The factor chart, the round trips, and how the answer moves with the tolerance and with the engineers (these
    // two once the what-ifs are worked out).
    await waitFor(() => expect(container.querySelectorAll('.chart-area .recharts-wrapper.chart')).toHaveLength(4));
    expect(screen.queryByText(/could not be drawn/)).not.toBeInTheDocument();
  });

  it('shows how the answer moves, with the value that flips it from the what-ifs, in a table too', async () => {
    renderPanel(GLOBAL);
    const flip = findFlips(GLOBAL).find((candidate) => candidate.answer === 'latencyToleranceMs');
    const table = await screen.findByRole('table', { name: 'Both scores as the latency tolerance changes' });
    expect(within(table).getByRole('rowheader', { name: '40 ms (your answer)' })).toBeInTheDocument();
    if (typeof flip?.value === 'number') {
      const flipRow = within(table).getByRole('row', { name: new RegExp(`^${flip.value} ms \\(flips here\\)`) });
      expect(within(flipRow).getAllByRole('cell').at(-1)).toHaveTextContent(STRATEGY_NAMES[flip.to]);
    }
    const card = screen.getByRole('region', { name: 'How the answer moves' });
    await waitFor(() => expect(card.querySelectorAll('.chart--sensitivity')).toHaveLength(2));
  });

  it('never shows the what-ifs of earlier answers while those of the new ones are worked out', async () => {
    const many = answersOf({
      version: 1,
      regions: regionCatalog.slice(0, 21).map((region) => ({ id: region.id, clusters: 2 })),
      latencyToleranceMs: 150,
    });
    const { rerender } = renderPanel(many);
    const table = () => screen.queryByRole('table', { name: 'Both scores as the latency tolerance changes' });
    const flips = () => screen.queryByRole('region', { name: 'What would change it' });
    await waitFor(() => expect(table()).toHaveTextContent('150 ms (your answer)'));

    rerender(panel({ ...many, latencyToleranceMs: 90 }));
    // At once: the verdict is new, and the figures worked out for 150 ms are gone (their place is kept).
    expect(screen.getByText('Working out what would change it…')).toBeVisible();
    expect(table()).toBeNull();
    expect(flips()).toBeNull();
    await waitFor(() => expect(table()).toHaveTextContent('90 ms (your answer)'));
    expect(flips()).toHaveTextContent(/now 90 ms/);
    expect(screen.queryByText(/Working out what would change it/)).not.toBeInTheDocument();
  });

  it('redraws a large estate’s round-trip chart once typing pauses, and never shows the earlier figures meanwhile', async () => {
    const large = answersOf({
      version: 1,
      regions: regionCatalog.slice(0, 45).map((region) => ({ id: region.id, clusters: 2 })),
      latencyToleranceMs: 150,
    });
    const { rerender } = renderPanel(large);
    const card = screen.getByRole('region', { name: /^Round trip/ });
    await waitFor(() => expect(card).toHaveTextContent('Your tolerance: 150 ms'));
    const waiting = () => within(card).queryByText(/redrawn when you pause typing/);
    expect(waiting()).toBeNull();

    rerender(panel({ ...large, latencyToleranceMs: 90 }));
    // At once: the chart says it waits and hides the 150 ms figures; the table has the new answers.
    expect(waiting()).toBeVisible();
    expect(card.querySelector('.latency-chart > div:last-child')).toHaveStyle({ visibility: 'hidden' });
    expect(within(card).getByRole('table', { name: /against your 90 ms tolerance$/ })).toBeInTheDocument();
    await waitFor(() => expect(waiting()).toBeNull());
    expect(card).toHaveTextContent('Your tolerance: 90 ms');
  });

  it('links every weighing factor to its Rancher source, quote included', () => {
    renderPanel(GLOBAL);
    const reasons = screen.getByRole('region', { name: 'The reasons, with their sources' });
    const source = SOURCES['regional-pro-latency'];

    expect(within(reasons).getByText(source.quote)).toBeInTheDocument();
    const links = within(reasons).getAllByRole('link', { name: new RegExp(source.title.replace(/[()]/g, '.')) });
    expect(links[0]).toHaveAttribute('href', source.url);
  });

  it('says what would change the recommendation, and lists the answers that would not', async () => {
    const expected = findFlips(GLOBAL);
    renderPanel(GLOBAL);
    const section = await screen.findByRole('region', { name: 'What would change it' });

    for (const flip of expected.filter((candidate) => candidate.value !== null)) {
      expect(within(section).getByText(flip.explanation)).toBeInTheDocument();
    }
    const unchanged = expected.filter((candidate) => candidate.value === null);
    if (unchanged.length > 0) expect(within(section).getByText(/Does not change it:/)).toBeInTheDocument();
  });

  it.each([
    ['Rancher installations', 'installations'],
    ['Management nodes', 'managementNodes'],
    ['Clusters losing provisioning in one outage', 'clustersLosingProvisioningOnOutage'],
  ] as const)('compares "%s" for both strategies', (label, key) => {
    const expected = recommend(GLOBAL);
    renderPanel(GLOBAL);

    const row = screen.getByRole('rowheader', { name: new RegExp(`^${label}`) }).closest('tr');
    expect(row).not.toBeNull();
    const cells = within(row as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      String(expected.consequences['hub-and-spoke'][key]),
      String(expected.consequences.regional[key]),
    ]);
  });

  it('shows which regions share a regional plane', () => {
    renderPanel(
      answersOf({
        version: 1,
        regions: [
          { id: 'aws:eu-central-1', clusters: 8 },
          { id: 'azure:germanywestcentral', clusters: 2 },
          { id: 'aws:ap-northeast-1', clusters: 5 },
        ],
      }),
    );
    const plans = screen.getByRole('region', { name: 'Where the management planes would sit' });
    expect(within(plans).getByText(/serves .*Europe \(Frankfurt\).*Germany West Central/)).toBeInTheDocument();
  });

  it('says how to run the recommended strategy, each step with its sources', () => {
    renderPanel(
      answersOf({
        version: 1,
        regions: [
          { id: 'aws:us-east-1', clusters: 200 },
          { id: 'aws:ap-southeast-2', clusters: 1 },
        ],
      }),
    );
    const plan = screen.getByRole('region', { name: 'How to run Hub & Spoke here' });
    const steps = within(plan)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('run-plan-step'));
    expect(steps.map((step) => step.querySelector('.run-plan-text')?.textContent)).toEqual([
      expect.stringMatching(/^Run the hub in US East \(N\. Virginia\) as a three-node HA/),
      expect.stringMatching(/^Keep a warm standby/),
      expect.stringMatching(
        /^The 1 cluster in Asia Pacific \(Sydney\) sits up to \d+ ms from its plane.*Authorized Cluster Endpoint/,
      ),
      // Multi-cluster apps and independent upgrades "matter" by default: Fleet from the hub, a staging Rancher.
      expect.stringMatching(/^Deploy apps to the 2 regions with Fleet from the hub/),
      expect.stringMatching(/^Run a staging Rancher that mirrors the hub/),
    ]);
    expect(within(plan).getAllByRole('link', { name: /Communicating with Downstream User Clusters/ })).toHaveLength(1);
  });

  it('lists one hub per jurisdiction when its planes manage only its own regions', () => {
    renderPanel(
      answersOf({
        version: 1,
        regions: [
          { id: 'aws:eu-central-1', clusters: 8, jurisdiction: 'eu' },
          { id: 'aws:us-east-1', clusters: 12 },
        ],
        jurisdictions: [{ id: 'eu', name: 'the EU', planesManageOnlyInside: true }],
      }),
    );
    const plans = screen.getByRole('region', { name: 'Where the management planes would sit' });
    expect(within(plans).getByText(/2 hubs, as hard constraints keep regions apart/)).toBeInTheDocument();
    // Both strategies keep the jurisdiction's plane.
    expect(within(plans).getAllByText('Plane in Europe (Frankfurt) (inside the EU)')).toHaveLength(2);
    // The other hub says what it serves (the engine's area), never a jurisdiction it is not in.
    expect(within(plans).getAllByText(/^Plane in US East \(N\. Virginia\) \(for /)).toHaveLength(2);
  });

  it('gives each region its round trip from the hub that manages it, named, when there are several', () => {
    renderPanel(
      answersOf({
        version: 1,
        regions: [
          { id: 'aws:eu-central-1', clusters: 8, jurisdiction: 'eu' },
          { id: 'aws:eu-west-1', clusters: 4, jurisdiction: 'eu' },
          { id: 'aws:us-east-1', clusters: 12 },
          { id: 'aws:ap-southeast-1', clusters: 3 },
        ],
        jurisdictions: [{ id: 'eu', name: 'the EU', planesManageOnlyInside: true }],
      }),
    );
    const table = screen.getByRole('table', { name: /^Round trip from the hub that manages each region/ });
    const ireland = within(table).getByRole('row', { name: /^Europe \(Ireland\)/ });
    expect(within(ireland).getAllByRole('cell')[0]).toHaveTextContent('Europe (Frankfurt)');
    const singapore = within(table).getByRole('row', { name: /^Asia Pacific \(Singapore\)/ });
    expect(within(singapore).getAllByRole('cell')[0]).toHaveTextContent('US East (N. Virginia)');
    expect(
      screen.getByText(/Hub & Spoke: N\. Virginia for the rest of the estate; Frankfurt for the EU/),
    ).toBeInTheDocument();
  });

  it('marks the result as not updated while an answer is invalid', () => {
    renderPanel(GLOBAL, [{ place: 'Clusters in Asia Pacific (Tokyo)', message: 'Clusters must be at least 1.' }]);

    expect(screen.getByRole('status')).toHaveTextContent(
      'Not updated yet. This is the result for your last valid answers. Clusters in Asia Pacific (Tokyo): Clusters must be at least 1.',
    );
  });
});
