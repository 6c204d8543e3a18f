// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type Answers, parseAnswers, SOURCES } from '../../../src/engine';
import { type PendingProblem, Questionnaire } from '../../../src/features/questionnaire';
import { answersOf } from '../../fixtures/answers';

const START = answersOf({
  version: 1,
  regions: [
    { id: 'aws:us-east-1', clusters: 12 },
    { id: 'aws:eu-west-1', clusters: 4 },
  ],
});

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

describe('Questionnaire: finding and adding a region', () => {
  it.each([
    ['a city', 'Tokyo', 'aws:ap-northeast-1', 'Asia Pacific (Tokyo)'],
    ['part of a city', 'frank', 'aws:eu-central-1', 'Europe (Frankfurt)'],
    ['a code prefix', 'eu-central', 'aws:eu-central-1', 'Europe (Frankfurt)'],
    ['an exact code', 'westeurope', 'azure:westeurope', 'West Europe'],
    ['a city without its accent', 'sao paulo', 'aws:sa-east-1', 'South America (São Paulo)'],
  ])('finds a region by %s ("%s") and adds it with Enter', async (_how, query, id, name) => {
    const { user, lastAnswers } = renderQuestionnaire();
    const search = screen.getByRole('combobox', { name: 'Add a cloud region' });
    await user.type(search, query);

    expect(screen.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');

    const clusters = screen.getByRole('textbox', { name: `Clusters in ${name}` });
    expect(clusters).toHaveValue('1');
    expect(lastAnswers()?.regions.map((region) => region.id)).toContain(id);
    expect(search).toHaveValue('');
    // The new region's cluster count comes next, selected so that typing replaces it.
    expect(clusters).toHaveFocus();
    await user.keyboard('6');
    expect(lastAnswers()?.regions).toContainEqual({ id, clusters: 6 });
  });

  it('groups matches by provider and continent', async () => {
    const { user } = renderQuestionnaire();
    await user.type(screen.getByRole('combobox', { name: 'Add a cloud region' }), 'Tokyo');

    const groups = within(screen.getByRole('listbox', { name: 'Matching regions' })).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-labelledby') && group.textContent?.split('Asia')[0])).toEqual(
      ['Amazon Web Services · ', 'Microsoft Azure · ', 'Google Cloud · ', 'Alibaba Cloud · '],
    );
  });

  it('moves through the options with the arrow keys', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await user.type(screen.getByRole('combobox', { name: 'Add a cloud region' }), 'frank');
    await user.keyboard('{ArrowDown}');

    expect(screen.getByRole('option', { name: /^Germany West Central/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(lastAnswers()?.regions.map((region) => region.id)).toContain('azure:germanywestcentral');
  });

  it('adds a region with a click', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await user.type(screen.getByRole('combobox', { name: 'Add a cloud region' }), 'Tokyo');
    await user.click(screen.getByRole('option', { name: /^Japan East/ }));

    expect(lastAnswers()?.regions.map((region) => region.id)).toContain('azure:japaneast');
  });

  it('shows a region already in the answers as added, and never adds it twice', async () => {
    const { user, onAnswersChange } = renderQuestionnaire();
    // The full id: Alibaba Cloud has a us-east-1 too.
    await user.type(screen.getByRole('combobox', { name: 'Add a cloud region' }), 'aws:us-east-1');

    expect(screen.getByRole('option', { name: /^US East \(N\. Virginia\)/ })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(onAnswersChange).not.toHaveBeenCalled();
    expect(screen.getAllByRole('textbox', { name: /^Clusters in US East \(N\. Virginia\)/ })).toHaveLength(1);
  });

  it('says so when nothing matches', async () => {
    const { user } = renderQuestionnaire();
    await user.type(screen.getByRole('combobox', { name: 'Add a cloud region' }), 'atlantis');

    expect(screen.getByText(/No cloud region matches “atlantis”/)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Add a cloud region' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('removes a region and keeps the others', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await user.click(screen.getByRole('button', { name: 'Remove Europe (Ireland)' }));

    expect(screen.queryByRole('textbox', { name: 'Clusters in Europe (Ireland)' })).not.toBeInTheDocument();
    expect(lastAnswers()?.regions).toEqual([{ id: 'aws:us-east-1', clusters: 12 }]);
  });

  it('adds a custom site with a name and coordinates', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await user.click(screen.getByRole('button', { name: 'Add a data centre' }));
    expect(screen.getByRole('textbox', { name: /^Name of custom site/ })).toHaveFocus();

    await user.keyboard('Munich plant');
    await user.type(screen.getByRole('textbox', { name: 'Latitude of Munich plant' }), '48.14');
    await user.type(screen.getByRole('textbox', { name: 'Longitude of Munich plant' }), '11.58');

    expect(lastAnswers()?.regions).toContainEqual({
      id: 'site-1',
      name: 'Munich plant',
      lat: 48.14,
      lon: 11.58,
      clusters: 1,
    });
  });
});

describe('Questionnaire: a new custom site', () => {
  it('starts blank without a red "must not be empty", and says what is missing once the person moves on', async () => {
    const { user, onPendingProblems } = renderQuestionnaire();
    await user.click(screen.getByRole('button', { name: 'Add a data centre' }));
    const name = screen.getByRole('textbox', { name: /^Name of custom site/ });
    // The form has checked the new site (it is not usable yet), and the name still has the focus.
    await waitFor(() => expect(onPendingProblems).toHaveBeenCalled());
    expect(name).toHaveFocus();

    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/name must not be empty/i)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Latitude of/ })).not.toHaveAttribute('aria-invalid');

    await user.tab();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringMatching(/name must not be empty/i));
  });
});

describe('Questionnaire: invalid values', () => {
  it.each([
    ['Clusters in US East (N. Virginia)', '0', 'Clusters must be at least 1.'],
    ['Clusters in US East (N. Virginia)', '2.5', 'Clusters must be a whole number from 1 to 10000.'],
    ['Highest acceptable round trip', '5000', 'Latency tolerance must be at most 2000 ms.'],
    ['Operations engineers', 'two', 'Operations engineers must be a number from 0 to 1000.'],
    ['Operations engineers', '', 'Operations engineers must be a number from 0 to 1000.'],
  ])('"%s" set to "%s" shows "%s" and keeps what was typed', async (label, typed, message) => {
    const { user, onPendingProblems, lastAnswers } = renderQuestionnaire();
    const input = screen.getByRole('textbox', { name: label });
    await user.clear(input);
    if (typed !== '') await user.type(input, typed);

    expect(input).toHaveValue(typed);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(onPendingProblems).toHaveBeenLastCalledWith([expect.objectContaining({ message })]);
    // Whatever was reported last is a valid document, never the invalid value.
    const last = lastAnswers();
    if (last) expect(parseAnswers(last).ok).toBe(true);
  });

  it.each([
    ['Latitude', '95', 'Latitude must be between -90 and 90 degrees.'],
    ['Longitude', '-200', 'Longitude must be between -180 and 180 degrees.'],
    ['Latitude', 'north', 'Latitude must be a number from -90 to 90.'],
  ])('a custom site with %s "%s" shows "%s" and keeps what was typed', async (field, typed, message) => {
    const { user, onPendingProblems } = renderQuestionnaire(
      answersOf({
        version: 1,
        regions: [{ id: 'plant', name: 'Lyon plant', lat: 45.76, lon: 4.84, clusters: 2 }],
      }),
    );
    const input = screen.getByRole('textbox', { name: `${field} of Lyon plant` });
    await user.clear(input);
    await user.type(input, typed);

    expect(input).toHaveValue(typed);
    expect(screen.getByText(message)).toBeVisible();
    expect(onPendingProblems).toHaveBeenLastCalledWith([{ place: `${field} of Lyon plant`, message }]);
  });

  it.each([
    ['Highest acceptable round trip', '１５０', 'latencyToleranceMs', 150],
    ['Highest acceptable round trip', '1,200', 'latencyToleranceMs', 1200],
    ['Operations engineers', '１．５', 'opsEngineers', 1.5],
    ['Operations engineers', ' 3 ', 'opsEngineers', 3],
  ] as const)('reads "%s" typed as "%s" as the number a person means', async (label, typed, key, value) => {
    const { user, lastAnswers } = renderQuestionnaire();
    const input = screen.getByRole('textbox', { name: label });
    await user.clear(input);
    await user.type(input, typed);

    expect(input).toHaveValue(typed);
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(lastAnswers()?.[key]).toBe(value);
  });

  it.each([
    ['1,5', 15],
    ['0x2', 2],
  ])('does not guess at "%s" (never %d): it says the field needs a number', async (typed, misread) => {
    const message = 'Operations engineers must be a number from 0 to 1000.';
    const { user, lastAnswers } = renderQuestionnaire();
    const input = screen.getByRole('textbox', { name: 'Operations engineers' });
    await user.clear(input);
    await user.type(input, typed);

    expect(input).toHaveValue(typed);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(lastAnswers()?.opsEngineers).not.toBe(misread);
  });

  it('reads a latitude copied with the minus sign U+2212 ("−33.87", Sydney)', async () => {
    const { user, lastAnswers } = renderQuestionnaire(
      answersOf({
        version: 1,
        regions: [{ id: 'plant', name: 'Lyon plant', lat: 45.76, lon: 4.84, clusters: 2 }],
      }),
    );
    const input = screen.getByRole('textbox', { name: 'Latitude of Lyon plant' });
    await user.clear(input);
    await user.type(input, '\u221233.87');

    expect(input).not.toHaveAttribute('aria-invalid');
    expect(lastAnswers()?.regions[0]).toMatchObject({ lat: -33.87 });
  });

  it('uses the answers again once the value is corrected', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    const input = screen.getByRole('textbox', { name: 'Clusters in Europe (Ireland)' });
    await user.clear(input);
    await user.type(input, '0');
    await user.type(input, '{Backspace}30');

    expect(input).not.toHaveAttribute('aria-invalid');
    expect(lastAnswers()?.regions).toContainEqual({ id: 'aws:eu-west-1', clusters: 30 });
  });
});

describe('Questionnaire: the other answers', () => {
  it.each([
    ['One interface that shows every region and cluster', 'Must have', 'singlePane', 4],
    ['Deploying one app to clusters in many regions in one step', 'Does not matter', 'multiClusterApps', 0],
    ['Each region keeps provisioning when another management plane is down', 'Important', 'faultIsolation', 3],
    ["Upgrading Rancher region by region, on each region's own schedule", 'Nice to have', 'independentUpgrades', 1],
  ] as const)('"%s" set to "%s" gives priorities.%s = %d', async (question, choice, key, level) => {
    const { user, lastAnswers } = renderQuestionnaire();
    await user.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: choice }));

    expect(lastAnswers()?.priorities[key]).toBe(level);
  });

  it('records environments that span regions', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    const group = screen.getByRole('group', { name: 'Do some environments span several regions?' });
    await user.click(within(group).getByRole('radio', { name: 'Yes, some do' }));

    expect(lastAnswers()?.crossRegionEnvironments).toBe(true);
  });

  it('links the withdrawn "nodes across regions" advantage to its source', () => {
    renderQuestionnaire();
    expect(screen.getByRole('link', { name: 'rancher-docs issue 220' })).toHaveAttribute(
      'href',
      SOURCES['hub-pro-nodes-across-regions-withdrawn'].url,
    );
  });

  it('explains every question in a help text', () => {
    renderQuestionnaire();
    expect(screen.getByRole('textbox', { name: 'Highest acceptable round trip' })).toHaveAccessibleDescription(
      /Rancher asks for 150 ms or less/,
    );
    expect(
      screen.getByRole('group', { name: 'Do some environments span several regions?' }),
    ).toHaveAccessibleDescription(/does not support one cluster stretched across regions/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
