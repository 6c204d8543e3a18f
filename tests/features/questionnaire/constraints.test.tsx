import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, loadCatalog } from '../../../src/components/i18n';
import type { Answers } from '../../../src/engine';
import { type PendingProblem, Questionnaire } from '../../../src/features/questionnaire';
import { answersOf } from '../../fixtures/answers';

const START = answersOf({
  version: 1,
  regions: [
    { id: 'aws:us-east-1', clusters: 12 },
    { id: 'aws:eu-west-1', clusters: 4 },
    { id: 'store-lyon', name: 'Lyon store', lat: 45.76, lon: 4.84, clusters: 2 },
  ],
});

const SUMMARY =
  'Constraints: where planes may run, jurisdictions, connectivity, cluster kinds, nodes, measured round trips';

function renderQuestionnaire(initialAnswers: Answers = START) {
  const onAnswersChange = vi.fn<(answers: Answers) => void>();
  const onPendingProblems = vi.fn<(problems: readonly PendingProblem[]) => void>();
  const user = userEvent.setup();
  render(
    <Questionnaire
      initialAnswers={initialAnswers}
      onAnswersChange={onAnswersChange}
      onPendingProblems={onPendingProblems}
    />,
  );
  const lastAnswers = () => onAnswersChange.mock.lastCall?.[0];
  return { user, onAnswersChange, onPendingProblems, lastAnswers };
}

async function openConstraints(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText(SUMMARY));
  return screen.findByRole('heading', { name: 'Your regions and sites' });
}

describe('Questionnaire: the constraints section', () => {
  it('starts collapsed, saying what it holds and that none is set', () => {
    renderQuestionnaire();
    const summary = screen.getByText(SUMMARY).closest('summary');
    expect(summary).toHaveTextContent('none set');
    expect(summary?.closest('details')).not.toHaveAttribute('open');
    expect(screen.queryByRole('combobox', { name: 'Kind of site (Lyon store)' })).toBeNull();
  });

  it('counts what loaded answers set while it is collapsed', () => {
    renderQuestionnaire(
      answersOf({
        ...START,
        regions: [{ id: 'aws:eu-west-1', clusters: 4, siteKind: 'datacenter', nodes: 60 }],
        provisionedPercent: 80,
      }),
    );
    expect(screen.getByText(SUMMARY).closest('summary')).toHaveTextContent('3 set');
  });

  it.each([
    ['Kind of site (Lyon store)', 'Edge location', { siteKind: 'edge' }],
    ['Kind of site (Europe (Ireland))', 'Data centre', { siteKind: 'datacenter' }],
    ['Connectivity (Lyon store)', 'Air-gapped', { connectivity: 'air-gapped' }],
    ['Connectivity (Europe (Ireland))', 'Intermittent', { connectivity: 'intermittent' }],
  ])('"%s" set to "%s" is in the answers', async (label, option, expected) => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    await user.selectOptions(screen.getByRole('combobox', { name: label }), option);

    const region = lastAnswers()?.regions.find((candidate) => label.includes(candidate.name ?? '@'));
    expect(region ?? lastAnswers()?.regions[1]).toMatchObject(expected);
  });

  it('offers the default first and leaves it out of the answers', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    const kind = screen.getByRole('combobox', { name: 'Kind of site (Lyon store)' });
    expect(
      within(kind)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Data centre (default)', 'Cloud region', 'Edge location']);
    await user.selectOptions(kind, 'Edge location');
    await user.selectOptions(kind, 'Data centre (default)');
    expect(lastAnswers()?.regions[2]).not.toHaveProperty('siteKind');
  });

  it('shows the node count it assumes, and takes the one typed', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    const nodes = screen.getByRole('textbox', { name: 'Nodes (US East (N. Virginia))' });
    expect(nodes).toHaveAttribute('placeholder', '120 assumed');
    await user.type(screen.getByRole('textbox', { name: 'Nodes per cluster, on average' }), '6');
    expect(nodes).toHaveAttribute('placeholder', '72 assumed');
    await user.type(nodes, '300');
    await user.type(screen.getByRole('textbox', { name: 'Clusters Rancher provisions' }), '75');

    expect(lastAnswers()).toMatchObject({ nodesPerCluster: 6, provisionedPercent: 75 });
    expect(lastAnswers()?.regions[0]).toEqual({ id: 'aws:us-east-1', clusters: 12, nodes: 300 });
  });

  it('names fewer nodes than clusters on the field and keeps what was typed', async () => {
    const { user, onPendingProblems } = renderQuestionnaire();
    await openConstraints(user);
    const nodes = screen.getByRole('textbox', { name: 'Nodes (US East (N. Virginia))' });
    await user.type(nodes, '5');

    const message =
      'Nodes (5) must be at least clusters (12): every cluster has at least one node; raise nodes or lower clusters.';
    expect(nodes).toHaveValue('5');
    expect(nodes).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(onPendingProblems).toHaveBeenLastCalledWith([{ place: 'Nodes in US East (N. Virginia)', message }]);
  });

  it('declares a jurisdiction, puts regions in it and lets management leave it', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    await user.click(screen.getByRole('button', { name: 'Add a jurisdiction' }));
    await user.type(screen.getByRole('textbox', { name: 'Short id (Jurisdiction 1)' }), 'eu');
    await user.type(screen.getByRole('textbox', { name: 'Name (Jurisdiction 1)' }), 'European Union');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Jurisdiction (Europe (Ireland))' }),
      'European Union (eu)',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Jurisdiction (Lyon store)' }),
      'European Union (eu)',
    );

    expect(lastAnswers()?.jurisdictions).toEqual([{ id: 'eu', name: 'European Union' }]);
    expect(lastAnswers()?.regions.map((region) => region.jurisdiction)).toEqual([undefined, 'eu', 'eu']);

    await user.click(screen.getByRole('checkbox', { name: /^Keep management inside/ }));
    expect(lastAnswers()?.jurisdictions).toEqual([{ id: 'eu', name: 'European Union', keepManagementInside: false }]);
  });

  it('says a declared jurisdiction nobody is in, in the section', async () => {
    const { user, onPendingProblems } = renderQuestionnaire();
    await openConstraints(user);
    await user.click(screen.getByRole('button', { name: 'Add a jurisdiction' }));
    await user.type(screen.getByRole('textbox', { name: 'Short id (Jurisdiction 1)' }), 'eu');
    await user.type(screen.getByRole('textbox', { name: 'Name (Jurisdiction 1)' }), 'EU');

    const message = 'No region is in jurisdiction "eu": mark regions with it or remove it.';
    expect(await screen.findByText(message)).toBeVisible();
    expect(onPendingProblems).toHaveBeenLastCalledWith([{ place: 'Jurisdiction 1', message }]);
  });

  it('pins the hub to one of the regions, or to another cloud region found with the picker', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    const pin = screen.getByRole('combobox', { name: 'Pin the hub to' });
    expect(within(pin).getByRole('option', { name: 'Lyon store' })).toBeEnabled();
    await user.selectOptions(pin, 'Europe (Ireland)');
    expect(lastAnswers()?.hub).toEqual({ regionId: 'aws:eu-west-1' });

    await user.type(screen.getByRole('combobox', { name: 'Or pin it to another cloud region' }), 'Frankfurt');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastAnswers()?.hub).toEqual({ regionId: 'aws:eu-central-1' }));
    expect(pin).toHaveDisplayValue('Europe (Frankfurt)');
    expect(lastAnswers()?.regions).toHaveLength(3);
  });

  it('never offers an edge site as the hub', async () => {
    const { user } = renderQuestionnaire();
    await openConstraints(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of site (Lyon store)' }), 'Edge location');
    expect(
      within(screen.getByRole('combobox', { name: 'Pin the hub to' })).getByRole('option', {
        name: 'Lyon store (Edge location)',
      }),
    ).toBeDisabled();
  });

  it('takes a measured round trip typed in a row', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    await user.click(screen.getByRole('button', { name: 'Add a measurement' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'From (Measured round trip 1)' }),
      'Europe (Ireland)',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'To (Measured round trip 1)' }),
      'US East (N. Virginia)',
    );
    await user.type(screen.getByRole('textbox', { name: 'Round trip (Measured round trip 1)' }), '72');

    expect(lastAnswers()?.latencies).toEqual([{ from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 72 }]);
  });

  it('names a round trip faster than light on latencies[0].ms and keeps the figure typed', async () => {
    const { user, onPendingProblems } = renderQuestionnaire();
    await openConstraints(user);
    await user.type(screen.getByRole('textbox', { name: 'Paste measurements' }), 'aws:eu-west-1, aws:us-east-1, 20');
    await user.click(screen.getByRole('button', { name: 'Add the pasted lines' }));

    const ms = screen.getByRole('textbox', { name: 'Round trip (Measured round trip 1)' });
    const message =
      '20 ms is faster than light in fibre over the 5462 km between "aws:eu-west-1" and "aws:us-east-1" (at least 54.7 ms): check the figure or the sites\' positions.';
    await waitFor(() => expect(ms).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(ms).toHaveValue('20');
    expect(onPendingProblems).toHaveBeenLastCalledWith([{ place: 'Measured round trip 1', message }]);
  });

  it('reads pasted lines by name or id, comma- or tab-separated, and keeps the lines it cannot read', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    const box = screen.getByRole('textbox', { name: 'Paste measurements' });
    await user.click(box);
    await user.paste(
      'aws:eu-west-1, aws:us-east-1, 72\nLyon store\tEurope (Ireland)\t19 ms\nMars, aws:us-east-1, 9\nLyon store, aws:us-east-1, fast',
    );
    await user.click(screen.getByRole('button', { name: 'Add the pasted lines' }));

    expect(lastAnswers()?.latencies).toEqual([
      { from: 'aws:eu-west-1', to: 'aws:us-east-1', ms: 72 },
      { from: 'store-lyon', to: 'aws:eu-west-1', ms: 19 },
    ]);
    expect(box).toHaveValue('Mars, aws:us-east-1, 9\nLyon store, aws:us-east-1, fast');
    expect(screen.getByText('Added 2 measurements. 2 lines need a fix; they are left in the box.')).toBeVisible();
    expect(
      screen.getByText('Line 3: “Mars” is none of your regions (nor the pinned hub): use its id or name.'),
    ).toBeVisible();
    expect(screen.getByText('Line 4: “fast” is not a number of milliseconds.')).toBeVisible();
  });

  it('opens itself when removing a region leaves a measurement of it', async () => {
    const { user, onPendingProblems } = renderQuestionnaire(
      answersOf({ ...START, latencies: [{ from: 'store-lyon', to: 'aws:eu-west-1', ms: 19 }] }),
    );
    await user.click(screen.getByRole('button', { name: 'Remove Lyon store' }));

    expect(await screen.findByRole('heading', { name: 'Measured round trips' })).toBeVisible();
    await waitFor(() =>
      expect(onPendingProblems).toHaveBeenLastCalledWith([
        expect.objectContaining({ place: 'Measured round trip 1', message: expect.stringContaining('"store-lyon"') }),
      ]),
    );
  });
});

describe('Questionnaire: answers it does not ask', () => {
  it("keeps the decision record's front matter through every edit", async () => {
    const decision = { title: 'Management planes', status: 'accepted' as const, decisionMakers: ['Ana'] };
    const { user, lastAnswers } = renderQuestionnaire(answersOf({ ...START, decision }));
    const clusters = screen.getByRole('textbox', { name: 'Clusters in Europe (Ireland)' });
    await user.clear(clusters);
    await user.type(clusters, '9');

    expect(lastAnswers()).toMatchObject({ decision });
  });
});

describe('Questionnaire: the constraints section in Chinese', () => {
  it('says what it holds, and its fields and problems, in Chinese', async () => {
    await loadCatalog('zh-CN');
    const user = userEvent.setup();
    render(
      <I18nProvider initialLocale="zh-CN">
        <Questionnaire initialAnswers={START} onAnswersChange={() => {}} />
      </I18nProvider>,
    );
    const summary = screen.getByText(
      '约束条件：管理平面可部署的位置、司法辖区、连接方式、集群类型、节点数、实测往返时延',
    );
    expect(summary.closest('summary')).toHaveTextContent('未设置');
    await user.click(summary);
    expect(await screen.findByRole('heading', { name: '您的区域和站点' })).toBeVisible();

    const nodes = screen.getByRole('textbox', { name: '节点数 (US East (N. Virginia))' });
    await user.type(nodes, '5');
    await waitFor(() =>
      expect(nodes).toHaveAccessibleDescription(
        expect.stringContaining('节点数（5）不能少于集群数（12）：每个集群至少有一个节点。'),
      ),
    );
  });
});
