import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, loadCatalog } from '../../../src/components/i18n';
import type { Answers } from '../../../src/engine';
import { type PendingProblem, Questionnaire } from '../../../src/features/questionnaire';
import { listCountries, searchLocations } from '../../../src/features/questionnaire/location-search';
import { answersOf } from '../../fixtures/answers';

const START = answersOf({
  version: 1,
  regions: [
    { id: 'aws:us-east-1', clusters: 12 },
    { id: 'aws:eu-west-1', clusters: 4, jurisdiction: 'eu' },
    { id: 'store-lyon', name: 'Lyon store', lat: 45.76, lon: 4.84, clusters: 2, jurisdiction: 'eu' },
  ],
  jurisdictions: [{ id: 'eu', name: 'European Union' }],
});

const WITH_CHINA = answersOf({
  version: 1,
  regions: [
    { id: 'aws:eu-west-1', clusters: 4 },
    { id: 'aws-cn:cn-north-1', clusters: 3 },
  ],
});

const SUMMARY = /^Constraints: where planes may run/;

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
  return { user, onPendingProblems, lastAnswers };
}

async function openConstraints(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText(SUMMARY));
  return screen.findByRole('heading', { name: 'Your regions and sites' });
}

const textbox = (name: string) => screen.getByRole('textbox', { name });

describe('Questionnaire: clusters by kind', () => {
  it('puts the counts typed for a region in its answers, and says how many clusters they leave', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    await user.type(textbox('Provisioned (RKE2/K3s) (Europe (Ireland))'), '3');

    expect(lastAnswers()?.regions[1]).toMatchObject({ id: 'aws:eu-west-1', clusterKinds: { provisioned: 3 } });
    expect(screen.getByText(/Counts 3 of 4 clusters; the other one follows the estate-wide share/)).toBeVisible();

    await user.type(textbox('Hosted (EKS, AKS, GKE) (Europe (Ireland))'), '1');
    expect(lastAnswers()?.regions[1]?.clusterKinds).toEqual({ provisioned: 3, hosted: 1 });
    expect(screen.getByText('Counts all 4 clusters of the region.')).toBeVisible();
  });

  it('names counts above the region’s clusters, keeps them, and clears once the clusters are raised', async () => {
    const { user, onPendingProblems, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    const provisioned = textbox('Provisioned (RKE2/K3s) (Europe (Ireland))');
    await user.type(provisioned, '3');
    await user.type(textbox('Imported (Europe (Ireland))'), '3');

    expect(
      await screen.findByText(
        'These count 6 clusters, more than the region\'s 4: lower a count, or raise the region\'s clusters under "Your regions".',
      ),
    ).toBeVisible();
    expect(provisioned).toHaveValue('3');
    await waitFor(() =>
      expect(onPendingProblems).toHaveBeenLastCalledWith([
        expect.objectContaining({ place: 'Cluster kinds in Europe (Ireland)' }),
      ]),
    );

    const clusters = screen.getByRole('textbox', { name: 'Clusters in Europe (Ireland)' });
    await user.clear(clusters);
    await user.type(clusters, '6');
    await waitFor(() => expect(lastAnswers()?.regions[1]?.clusterKinds).toEqual({ provisioned: 3, imported: 3 }));
    expect(screen.queryByText(/These count 6 clusters/)).toBeNull();
    expect(screen.getByText('Counts all 6 clusters of the region.')).toBeVisible();
  });

  it('shows the counts of a loaded document and counts them as a constraint set', () => {
    renderQuestionnaire(
      answersOf({ version: 1, regions: [{ id: 'aws:eu-west-1', clusters: 4, clusterKinds: { hosted: 4 } }] }),
    );
    expect(screen.getByText(SUMMARY).closest('summary')).toHaveTextContent('1 set');
  });
});

describe('Questionnaire: clusters in two years', () => {
  it('takes the expected count, and says when it is below today’s', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    const expected = textbox('Clusters in two years');
    expect(expected).toHaveAttribute('placeholder', '18');
    await user.type(expected, '40');
    expect(lastAnswers()?.clustersInTwoYears).toBe(40);

    await user.clear(expected);
    await user.type(expected, '10');
    expect(expected).toHaveAccessibleDescription(expect.stringContaining("Fewer than today's 18"));

    await user.clear(expected);
    await user.type(expected, '2.5');
    expect(expected).toHaveAccessibleDescription(
      expect.stringContaining('ClustersInTwoYears must be a whole number from 1 to'),
    );
    expect(expected).toHaveValue('2.5');
  });
});

describe('Questionnaire: a jurisdiction’s rule and where its planes may run', () => {
  it('sets the two-way rule, and says it needs the one-way one', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    await user.click(screen.getByRole('checkbox', { name: /^Two-way: its planes manage only its own regions/ }));
    expect(lastAnswers()?.jurisdictions).toEqual([{ id: 'eu', name: 'European Union', planesManageOnlyInside: true }]);

    await user.click(screen.getByRole('checkbox', { name: /^Keep management inside/ }));
    expect(
      await screen.findByText('The two-way rule needs "Keep management inside": tick that as well, or untick this.'),
    ).toBeVisible();
  });

  it('chooses places from countries, cloud regions and the answers’ sites, never free text', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    const picker = screen.getByRole('combobox', { name: 'Add a place (Jurisdiction 1)' });
    expect(screen.getByText(/^None chosen: its own regions and the countries they lie in/)).toBeVisible();

    await user.type(picker, 'germ');
    const matches = screen.getByRole('listbox', { name: 'Where its planes may run' });
    expect(within(matches).getByRole('option', { selected: true })).toHaveTextContent(/^Germany/);
    await user.keyboard('{Enter}');
    await user.type(picker, 'lyon');
    await user.keyboard('{Enter}');
    await user.type(picker, 'eu-west-2');
    await user.keyboard('{Enter}');
    expect(lastAnswers()?.jurisdictions?.[0]?.allowedLocations).toEqual(['DE', 'store-lyon', 'aws:eu-west-2']);

    const chosen = screen.getByRole('list', { name: /^Where its planes may run/ });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Germany (DE)', 'Lyon store', 'AWS · Europe (London)']);

    await user.type(picker, 'qqqq');
    await user.keyboard('{Enter}');
    expect(
      screen.getByText('No country, cloud region or site of yours matches “qqqq”.', { selector: '.picker-empty' }),
    ).toBeVisible();
    expect(lastAnswers()?.jurisdictions?.[0]?.allowedLocations).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Remove Germany (DE) from where its planes may run' }));
    expect(lastAnswers()?.jurisdictions?.[0]?.allowedLocations).toEqual(['store-lyon', 'aws:eu-west-2']);
  });

  it('names a chosen site that is no longer among the regions, and keeps it until removed', async () => {
    const { user, onPendingProblems } = renderQuestionnaire(
      answersOf({ ...START, jurisdictions: [{ id: 'eu', name: 'European Union', allowedLocations: ['store-lyon'] }] }),
    );
    await openConstraints(user);
    const chosen = screen.getByRole('list', { name: /^Where its planes may run/ });
    expect(within(chosen).getByRole('listitem')).toHaveTextContent('Lyon store');

    await user.click(screen.getByRole('button', { name: 'Remove Lyon store' }));
    expect(within(chosen).getByRole('listitem')).toHaveTextContent(
      '“store-lyon” is not a country code, a cloud region or one of your sites: remove it.',
    );
    await waitFor(() =>
      expect(onPendingProblems).toHaveBeenLastCalledWith([expect.objectContaining({ place: 'Jurisdiction 1' })]),
    );
  });

  it('finds countries by their English and Chinese names', () => {
    const countries = listCountries('zh-CN');
    expect(searchLocations('德国', countries, [])[0]).toMatchObject({ kind: 'country', id: 'DE', name: '德国' });
    expect(searchLocations('germany', countries, [])[0]).toMatchObject({ kind: 'country', id: 'DE' });
    expect(searchLocations('', countries, [])).toEqual([]);
  });
});

describe('Questionnaire: mainland China’s inferred jurisdiction', () => {
  it('says the rule applies in the collapsed section and on the region', async () => {
    const { user } = renderQuestionnaire(WITH_CHINA);
    const summary = screen.getByText(SUMMARY).closest('summary');
    expect(summary).toHaveTextContent('none set');
    expect(summary).toHaveTextContent('mainland China rule applies (inferred from your regions)');

    await openConstraints(user);
    const china = screen.getByRole('combobox', { name: 'Jurisdiction (China (Beijing))' });
    expect(within(china).getByRole('option', { selected: true })).toHaveTextContent('Mainland China (inferred)');
    const ireland = screen.getByRole('combobox', { name: 'Jurisdiction (Europe (Ireland))' });
    expect(within(ireland).getByRole('option', { selected: true })).toHaveTextContent('None');
  });

  it('infers it for a custom site by its coordinates, and stops when it moves out', async () => {
    const { user } = renderQuestionnaire(
      answersOf({
        ...WITH_CHINA,
        regions: [{ id: 'site-1', name: 'Suzhou plant', lat: 31.3, lon: 120.6, clusters: 2 }],
      }),
    );
    const summary = screen.getByText(SUMMARY).closest('summary');
    expect(summary).toHaveTextContent('mainland China rule applies');
    const longitude = textbox('Longitude of Suzhou plant');
    await user.clear(longitude);
    await user.type(longitude, '4.84');
    expect(summary).not.toHaveTextContent('mainland China rule applies');
  });

  it('says it in Chinese', async () => {
    await loadCatalog('zh-CN');
    render(
      <I18nProvider initialLocale="zh-CN">
        <Questionnaire initialAnswers={WITH_CHINA} onAnswersChange={() => {}} />
      </I18nProvider>,
    );
    expect(await screen.findByText('适用中国大陆规则（根据您的区域推断）')).toBeVisible();
    await userEvent.setup().click(screen.getByText(/^约束条件/));
    const china = await screen.findByRole('combobox', { name: /^司法辖区.*China \(Beijing\)/ });
    expect(within(china).getByRole('option', { selected: true })).toHaveTextContent('中国大陆（推断）');
  });
});

describe('Questionnaire: the kind of a site of one’s own', () => {
  it.each([
    ['Add a data centre', 'Data centre', undefined],
    ['Add an edge location', 'Edge location', 'edge'],
    ['Add a private cloud region', 'Cloud region', 'cloud'],
  ])('"%s" adds a site of that kind, shown on the site', async (button, kind, siteKind) => {
    const { user, lastAnswers } = renderQuestionnaire();
    await user.click(screen.getByRole('button', { name: button }));
    await user.keyboard('Munich plant');
    const kinds = screen.getByRole('group', { name: 'Kind of site of Munich plant' });
    expect(within(kinds).getByRole('radio', { name: kind })).toBeChecked();
    await user.type(textbox('Latitude of Munich plant'), '48.14');
    await user.type(textbox('Longitude of Munich plant'), '11.58');

    const site = lastAnswers()?.regions.find((region) => region.name === 'Munich plant');
    expect(site?.siteKind).toBe(siteKind);
  });

  it('changes the kind on the site itself, by keyboard', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    const kinds = screen.getByRole('group', { name: 'Kind of site of Lyon store' });
    await user.click(within(kinds).getByRole('radio', { name: 'Data centre' }));
    await user.keyboard('{ArrowRight}');
    expect(within(kinds).getByRole('radio', { name: 'Edge location' })).toBeChecked();
    expect(lastAnswers()?.regions[2]?.siteKind).toBe('edge');
  });

  it('is one answer with the kind in the constraints section, whichever is changed', async () => {
    const { user, lastAnswers } = renderQuestionnaire();
    await openConstraints(user);
    const kinds = screen.getByRole('group', { name: 'Kind of site of Lyon store' });
    const select = screen.getByRole('combobox', { name: 'Kind of site (Lyon store)' });
    await user.click(within(kinds).getByRole('radio', { name: 'Edge location' }));
    expect(select).toHaveValue('edge');
    expect(lastAnswers()?.regions[2]?.siteKind).toBe('edge');

    await user.selectOptions(select, 'Data centre (default)');
    expect(within(kinds).getByRole('radio', { name: 'Data centre' })).toBeChecked();
    expect(lastAnswers()?.regions[2]).not.toHaveProperty('siteKind');
  });
});
