import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANSWERS } from '../../../src/app/default-answers';
import { I18nProvider, loadCatalog } from '../../../src/components/i18n';
import { type Answers, recommend } from '../../../src/engine';
import { CompareView } from '../../../src/features/compare';
import { encodeAnswers } from '../../../src/share';

const authorVersion: Answers = { ...DEFAULT_ANSWERS, decision: { author: 'Ana' } };
const reviewerVersion: Answers = {
  ...DEFAULT_ANSWERS,
  latencyToleranceMs: 250,
  priorities: { ...DEFAULT_ANSWERS.priorities, singlePane: 4 },
  decision: { author: 'Rui' },
};
const a = encodeAnswers(authorVersion);
const b = encodeAnswers(reviewerVersion);
const damaged = `${a.slice(0, -2)}zz`;

function renderView(payloads: readonly string[], more: Partial<Parameters<typeof CompareView>[0]> = {}) {
  const onPayloadsChange = vi.fn<(payloads: readonly string[]) => void>();
  const onOpenVersion = vi.fn<(answers: Answers) => void>();
  render(
    <CompareView
      currentAnswers={DEFAULT_ANSWERS}
      initialPayloads={payloads}
      onClose={() => {}}
      onOpenVersion={onOpenVersion}
      onPayloadsChange={onPayloadsChange}
      pageUrl={() => 'https://advisor.example/'}
      {...more}
    />,
  );
  return { onPayloadsChange, onOpenVersion };
}

const table = (caption: RegExp) => screen.getByRole('table', { name: caption });

describe('the compare view', () => {
  it('shows each version’s verdict and scores, side by side', () => {
    renderView([a, b]);
    const verdicts = table(/recommendation, scores out of 100 and confidence/);
    expect(
      within(verdicts)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Result', 'Ana’s version', 'Rui’s version']);
    for (const [answers, column] of [
      [authorVersion, 1],
      [reviewerVersion, 2],
    ] as const) {
      const expected = recommend(answers);
      const hubRow = within(verdicts).getByRole('row', { name: /^Hub & Spoke score/ });
      expect(within(hubRow).getAllByRole('cell')[column - 1]).toHaveTextContent(
        expected.scores['hub-and-spoke'].toFixed(1),
      );
    }
  });

  it('compares a link of the first format (v1) with one of today’s, after migrating it', () => {
    // A real v1 link from tests/share/fixtures/golden-links.json: one region, 3 clusters, every default.
    const v1 = 'v1.25.L150O2E0P2222Aus-east-1C3.2c8S1C';
    renderView([v1, b]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const answers = table(/Only the answers that differ/);
    expect(
      within(answers)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Answer', 'Version 1', 'Rui’s version']);
    expect(within(answers).getByRole('row', { name: /^Clusters in US East \(N\. Virginia\)/ })).toHaveTextContent(
      /3\s*12/,
    );
  });

  it('lists only the answers that differ, with every version’s value', () => {
    renderView([a, b]);
    const answers = table(/Only the answers that differ/);
    const rows = within(answers).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Highest acceptable round trip',
      expect.stringMatching(/^Priority: /),
    ]);
    expect(rows[0]).toHaveTextContent(/150 ms\s*250 ms/);
    const [first, second] = within(rows[1] as HTMLElement).getAllByRole('cell');
    expect(first).toHaveTextContent(/^Matters$/);
    expect(second).toHaveTextContent(/^Must have \(differs from the first version\)$/);
  });

  it('names a damaged link by its position and reason while the others compare', () => {
    renderView([a, b, damaged]);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('One link could not be read');
    expect(alert).toHaveTextContent(/Version 3 \(the 3rd link\) could not be read: .*checksum/);
    expect(within(table(/recommendation, scores/)).getAllByRole('columnheader')).toHaveLength(3);
  });

  it('adds pasted links, whole addresses or fragments, and keeps the address in step', async () => {
    const user = userEvent.setup();
    const { onPayloadsChange } = renderView([]);
    expect(screen.getByText(/Nothing to compare yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: 'Share links to compare' }));
    await user.paste(`  https://advisor.example/#${a}\n\n   #${b}  `);
    await user.click(screen.getByRole('button', { name: 'Add to the comparison' }));

    expect(onPayloadsChange).toHaveBeenLastCalledWith([a, b]);
    expect(screen.getByRole('table', { name: /Only the answers that differ/ })).toBeInTheDocument();
  });

  it('compares at most six versions and says how many pasted links were left out', async () => {
    const user = userEvent.setup();
    const variants = [1, 2, 3, 4, 5, 6, 7, 8].map((clusters) =>
      encodeAnswers({ ...DEFAULT_ANSWERS, regions: [{ id: 'aws:us-east-1', clusters }] }),
    );
    const { onPayloadsChange } = renderView(variants.slice(0, 5));
    await user.click(screen.getByRole('textbox', { name: 'Share links to compare' }));
    await user.paste(variants.slice(5).join(' '));
    await user.click(screen.getByRole('button', { name: 'Add to the comparison' }));
    expect(onPayloadsChange).toHaveBeenLastCalledWith(variants.slice(0, 6));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'At most 6 versions compare side by side: 2 more links were left out.',
    );
  });

  it('shows identical versions once, and says so', async () => {
    const user = userEvent.setup();
    const { onPayloadsChange } = renderView([a, b, a]);
    const versions = screen.getByRole('region', { name: 'Versions' });
    expect(within(versions).getAllByRole('listitem')).toHaveLength(2);
    expect(versions).toHaveTextContent('Ana’s version gives the same answers as Ana’s version: shown once.');
    await user.click(screen.getByRole('textbox', { name: 'Share links to compare' }));
    await user.paste(b);
    await user.click(screen.getByRole('button', { name: 'Add to the comparison' }));
    expect(onPayloadsChange).toHaveBeenLastCalledWith([a, b, a]);
    expect(screen.getByRole('status')).toHaveTextContent('That version is compared already');
  });

  it('names each version’s planes, each with what it serves', () => {
    const euRule: Answers = {
      ...DEFAULT_ANSWERS,
      regions: [
        { id: 'aws:eu-central-1', clusters: 8, jurisdiction: 'eu' },
        { id: 'aws:us-east-1', clusters: 12 },
      ],
      jurisdictions: [{ id: 'eu', name: 'the EU', keepManagementInside: true }],
      decision: { author: 'Ben Reviewer' },
    };
    renderView([a, encodeAnswers(euRule)]);
    const planes = within(table(/recommendation, scores out of 100 and confidence/)).getByRole('row', {
      name: /^Management planes/,
    });
    expect(within(planes).getAllByRole('cell')[1]).toHaveTextContent(
      'Frankfurt (for the EU); N. Virginia (for the rest)',
    );
    expect(screen.getByRole('button', { name: 'Open Ben Reviewer’s version' })).toBeInTheDocument();
  });

  it('says so when nothing was pasted', async () => {
    const user = userEvent.setup();
    renderView([a]);
    await user.click(screen.getByRole('button', { name: 'Add to the comparison' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste at least one share link first.');
  });

  it('compares with the current answers, and opens a version in the advisor', async () => {
    const user = userEvent.setup();
    const { onPayloadsChange, onOpenVersion } = renderView([b]);
    await user.click(screen.getByRole('button', { name: 'Compare with the current answers' }));
    expect(onPayloadsChange).toHaveBeenLastCalledWith([b, encodeAnswers(DEFAULT_ANSWERS)]);
    expect(screen.getByRole('button', { name: 'Compare with the current answers' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Open Version 2' }));
    expect(onOpenVersion).toHaveBeenCalledWith(DEFAULT_ANSWERS);
  });

  it('removes a version', async () => {
    const user = userEvent.setup();
    const { onPayloadsChange } = renderView([a, b, damaged]);
    await user.click(screen.getByRole('button', { name: 'Remove Version 3' }));
    expect(onPayloadsChange).toHaveBeenLastCalledWith([a, b]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers each version’s decision record with the versions compared', async () => {
    const user = userEvent.setup();
    const onDownloadRecord = vi.fn(async () => 'record.md');
    renderView([a, b], { onDownloadRecord });
    const buttons = screen.getAllByRole('button', { name: /^Decision record of .+, with the versions compared$/ });
    await user.click(buttons[1] as HTMLElement);
    expect(onDownloadRecord).toHaveBeenCalledWith(expect.objectContaining({ latencyToleranceMs: 250 }), [
      expect.objectContaining({ url: `https://advisor.example/#${a}` }),
      expect.objectContaining({ url: `https://advisor.example/#${b}` }),
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent(/downloaded as record\.md/);
  });

  it('speaks Chinese', async () => {
    await loadCatalog('zh-CN');
    render(
      <I18nProvider initialLocale="zh-CN">
        <CompareView
          currentAnswers={DEFAULT_ANSWERS}
          initialPayloads={[a, b, damaged]}
          onClose={() => {}}
          onOpenVersion={() => {}}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: '比较版本' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/版本 3（第 3 个链接）无法读取：/);
    expect(screen.getByRole('table', { name: /只列出各版本之间不同的回答/ })).toHaveTextContent('250 毫秒');
  });
});
