import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recommend } from '../../../src/engine';
import type { Land } from '../../../src/features/topology-map/land';
import { TopologyMap } from '../../../src/features/topology-map/topology-map';
import { ATLANTIC, GLOBAL } from './fixtures';

// Vitest runs without globals here, so Testing Library cannot unmount on its own.
afterEach(cleanup);

/** A stand-in coastline, so most tests need not load Natural Earth. */
const LAND: Land = {
  type: 'Polygon',
  coordinates: [
    [
      [-10, 35],
      [30, 35],
      [30, 60],
      [-10, 60],
      [-10, 35],
    ],
  ],
};

function renderMap(answers = GLOBAL, extra: { view?: 'hub-and-spoke' | 'regional' } = {}) {
  const recommendation = recommend(answers);
  const user = userEvent.setup();
  const utils = render(<TopologyMap answers={answers} land={LAND} recommendation={recommendation} {...extra} />);
  return { user, recommendation, ...utils };
}

const points = () => screen.getAllByRole('img');
const map = () => screen.getByRole('graphics-document');

describe('TopologyMap', () => {
  it.each([
    ['global', GLOBAL],
    ['atlantic', ATLANTIC],
  ])('draws one focusable, named point per region (%s)', (_name, answers) => {
    renderMap(answers);
    expect(points()).toHaveLength(answers.regions.length);
    for (const point of points()) {
      expect(point).toHaveAttribute('tabindex', '0');
      expect(point).toHaveAccessibleName(/\b\d+ clusters?\b/);
    }
  });

  it('opens on the recommended view and says which one is recommended', () => {
    const { recommendation } = renderMap(GLOBAL);
    expect(recommendation.strategy).toBe('regional');
    expect(screen.getByRole('radio', { name: /Regional/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Regional/ })).toHaveAccessibleName('Regional (recommended)');
    expect(map()).toHaveAccessibleName('World map of the Regional topology');
  });

  it('opens on the view it is given', () => {
    renderMap(GLOBAL, { view: 'hub-and-spoke' });
    expect(screen.getByRole('radio', { name: /Hub & Spoke/ })).toBeChecked();
    expect(map()).toHaveAccessibleName('World map of the Hub & Spoke topology');
  });

  it('switches between the spokes and the regional groups', async () => {
    const { user, container } = renderMap(ATLANTIC, { view: 'regional' });
    const legend = () => screen.getByRole('list', { name: 'Legend' });
    // Lines are decoration (aria-hidden); their count is what a sighted person sees change.
    const lines = (kind: string) => container.querySelectorAll(`[data-line="${kind}"]`).length;

    expect(within(legend()).getByText(/Group 1: plane in West Europe, 4 regions/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^US East \(Ohio\)/ })).toHaveAccessibleName(
      'US East (Ohio): 1 cluster, group 2, 12 ms from its plane in US East (N. Virginia)',
    );
    expect(lines('group-link')).toBe(4);
    expect(lines('spoke')).toBe(0);

    await user.click(screen.getByRole('radio', { name: /Hub & Spoke/ }));

    expect(map()).toHaveAccessibleName('World map of the Hub & Spoke topology');
    expect(within(legend()).getByText(/beyond tolerance/)).toBeInTheDocument();
    expect(within(legend()).queryByText(/Group 1/)).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^US East \(Ohio\)/ })).toHaveAccessibleName(
      'US East (Ohio): 1 cluster, 98 ms from the hub, within tolerance',
    );
    expect(screen.getByRole('img', { name: /^West Europe/ })).toHaveAccessibleName('West Europe: the hub, 12 clusters');
    expect(lines('spoke')).toBe(ATLANTIC.regions.length - 1);
    expect(lines('group-link')).toBe(0);
  });

  it('shows a tooltip with name, clusters and round trip when a point gets focus, and hides it on blur', async () => {
    const { user } = renderMap(GLOBAL, { view: 'hub-and-spoke' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.tab(); // the view toggle
    await user.tab(); // the first point: the region with the most clusters
    expect(screen.getByRole('img', { name: /^US East \(N\. Virginia\)/ })).toHaveFocus();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('US East (N. Virginia)');
    expect(tooltip).toHaveTextContent('20 clusters');
    expect(tooltip).toHaveTextContent('58 ms round trip from the hub');
    expect(tooltip).toHaveTextContent('within tolerance (100 ms)');

    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Frankfurt, Germany');
    expect(screen.getByRole('tooltip')).toHaveTextContent('beyond tolerance');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows the tooltip while the pointer rests on a point', async () => {
    const { user } = renderMap(GLOBAL, { view: 'regional' });
    const sydney = screen.getByRole('img', { name: /^Asia Pacific \(Sydney\)/ });
    await user.hover(sydney);
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Asia Pacific (Sydney)6 clustersGroup 1: 95 ms round trip to its plane in Southeast Asia',
    );
    await user.unhover(sydney);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('describes the map in words, linked to the map for screen readers', async () => {
    const { user } = renderMap(GLOBAL, { view: 'hub-and-spoke' });
    expect(map()).toHaveAccessibleDescription(/^Hub & Spoke: the hub is in US West \(Oregon\), with 10 clusters\./);
    expect(map()).toHaveAccessibleDescription(/4 regions are beyond your 100 ms tolerance\.$/);

    // On screen a disclosure; the printed copy beside it (print only) is hidden by the app's CSS, absent here.
    const disclosure = screen.getByText('Map as text', { selector: 'summary' });
    await user.click(disclosure);
    const details = disclosure.closest('details');
    expect(details).toHaveAttribute('open');
    expect(
      within(details as HTMLElement).getByText(/Frankfurt, Germany \(15 clusters\) 138 ms, beyond tolerance/),
    ).toBeVisible();

    await user.click(screen.getByRole('radio', { name: /Regional/ }));
    expect(map()).toHaveAccessibleDescription(/^Regional: 3 regional management planes/);
  });

  it('loads Natural Earth land on its own when none is given', async () => {
    const answers = ATLANTIC;
    const { container } = render(<TopologyMap answers={answers} recommendation={recommend(answers)} />);
    expect(points()).toHaveLength(answers.regions.length);
    // The land is decoration (aria-hidden), so it is found by its class.
    await waitFor(() => expect(container.querySelector('.tmap-land')?.getAttribute('d')?.length).toBeGreaterThan(1000));
  });
});

describe('LazyTopologyMap', () => {
  it('holds the place with a loading box, then shows the map', async () => {
    // The map's code as on a first visit: not loaded yet (other test files in this worker may have loaded it).
    vi.resetModules();
    const { LazyTopologyMap } = await import('../../../src/features/topology-map');
    render(<LazyTopologyMap answers={GLOBAL} land={LAND} recommendation={recommend(GLOBAL)} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading map…');
    expect(await screen.findByRole('graphics-document')).toHaveAccessibleName('World map of the Regional topology');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
