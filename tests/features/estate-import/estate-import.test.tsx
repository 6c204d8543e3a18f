import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANSWERS } from '../../../src/app/default-answers';
import { I18nProvider, loadCatalog } from '../../../src/components/i18n';
import type { Answers } from '../../../src/engine';
import { EstateImport } from '../../../src/features/estate-import';

// The engine's sample documents (vitest runs from the repository root).
const fixture = (name: string) => readFileSync(join('tests/engine/estate-import/fixtures', name), 'utf8');

/** The import as the app composes it: the answers in state, replaced by what the import applies. */
function Harness({ initial, onAnswers }: { initial: Answers; onAnswers: (answers: Answers) => void }) {
  const [answers, setAnswers] = useState(initial);
  return (
    <>
      <EstateImport
        answers={answers}
        onApply={(next) => {
          setAnswers(next);
          onAnswers(next);
        }}
      />
      <button onClick={() => setAnswers({ ...answers, opsEngineers: answers.opsEngineers + 1 })} type="button">
        Change another answer
      </button>
    </>
  );
}

function renderImport(initial: Answers = DEFAULT_ANSWERS) {
  const onAnswers = vi.fn<(answers: Answers) => void>();
  render(<Harness initial={initial} onAnswers={onAnswers} />);
  return { onAnswers, user: userEvent.setup() };
}

async function openAndPaste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('button', { name: 'Import clusters' }));
  const box = await screen.findByRole('textbox', { name: 'Cluster list (JSON or CSV)' });
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Preview' }));
}

const changes = () => screen.getByRole('table', { name: 'Regions after the import' });
const rowOf = (name: RegExp) => within(changes()).getByRole('row', { name });
/** A row's cells as they read: clusters (with how Rancher holds them), nodes (with what is estimated). */
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
/** The answers the import last applied. */
const lastApplied = (onAnswers: ReturnType<typeof vi.fn<(answers: Answers) => void>>) =>
  onAnswers.mock.lastCall?.[0] as Answers;

describe('Import clusters', () => {
  it('previews a pasted list, applies it merged into the regions, and undoes it', async () => {
    const { onAnswers, user } = renderImport();
    expect(screen.getByRole('button', { name: 'Import clusters' })).toHaveAttribute('aria-expanded', 'false');
    await openAndPaste(user, fixture('gke-clusters.json'));

    expect(await screen.findByRole('heading', { name: 'What the import changes' })).toHaveFocus();
    expect(
      screen.getByText(/pasted text: Google GKE list \(gcloud container clusters list\), 4 clusters/),
    ).toBeInTheDocument();
    const belgium = rowOf(/^St\. Ghislain, Belgium|europe-west1/);
    expect(belgium).toHaveAccessibleName(/^St\. Ghislain, Belgium Added/);
    expect(cellsOf(belgium)).toEqual(['2 2 hosted', '12']);
    // Autopilot without a node count: the engine estimates it.
    expect(within(rowOf(/us-east4/)).getAllByRole('cell')[1]).toHaveTextContent('estimated');
    expect(screen.getByText('3 other regions stay as they are.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Apply import' }));
    const applied = lastApplied(onAnswers);
    expect(applied.regions.map((region) => [region.id, region.clusters])).toEqual([
      ['aws:us-east-1', 12],
      ['aws:eu-central-1', 8],
      ['aws:ap-northeast-1', 5],
      ['gcp:europe-west1', 2],
      ['gcp:us-central1', 1],
      ['gcp:us-east4', 1],
    ]);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Imported: 3 regions added, 0 updated, 0 removed.');
    await waitFor(() => expect(status).toHaveFocus());
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(status).getByRole('button', { name: 'Undo import' }));
    expect(lastApplied(onAnswers)).toEqual(DEFAULT_ANSWERS);
    expect(await screen.findByRole('status')).toHaveTextContent('The import is undone');
  });

  it('lists clusters their lists do not place, by name, and places the ones the person places', async () => {
    const { onAnswers, user } = renderImport();
    await user.click(screen.getByRole('button', { name: 'Import clusters' }));
    await user.upload(await screen.findByLabelText('Cluster list files to open'), [
      new File([fixture('rancher-clusters.json')], 'rancher.json', { type: 'application/json' }),
      new File([fixture('estate.csv')], 'estate.csv', { type: 'text/csv' }),
    ]);
    expect(await screen.findByRole('list', { name: 'Files to import' })).toHaveTextContent(
      /rancher\.json.*estate\.csv/,
    );
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const unplaced = await screen.findByRole('group', { name: '5 clusters have no region' });
    expect(within(unplaced).getByText('store-lyon')).toBeInTheDocument();
    expect(
      within(unplaced).getByText(/imported RKE2: Rancher’s list does not say where an imported cluster runs/),
    ).toBeInTheDocument();
    expect(screen.getByText(/"local" in rancher\.json is Rancher’s local cluster/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Place store-lyon in' }), 'Lyon store, Part-Dieu');
    expect(cellsOf(rowOf(/^Lyon store, Part-Dieu Added/))).toEqual(['1 1 Rancher-provisioned', '1']);
    await user.click(screen.getByRole('button', { name: 'Apply import' }));
    const applied = lastApplied(onAnswers);
    expect(applied.regions.find((region) => region.id === 'store-lyon')).toMatchObject({
      name: 'Lyon store, Part-Dieu',
      clusters: 1,
      siteKind: 'edge',
    });
    expect(applied.regions.find((region) => region.id === 'aws:eu-central-1')).toMatchObject({
      clusters: 4,
      nodes: 40,
    });
  });

  it('replaces the regions when the person chooses so, naming the ones removed', async () => {
    const { onAnswers, user } = renderImport();
    await openAndPaste(user, 'region,clusters,nodes\naws:eu-central-1,3,30\n');
    await user.click(await screen.findByRole('radio', { name: 'Replace them with the import' }));
    expect(cellsOf(rowOf(/^Europe \(Frankfurt\) Updated/))).toEqual(['8 → 3', 'estimated → 30']);
    expect(rowOf(/^US East \(N\. Virginia\) Removed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply import' }));
    expect(lastApplied(onAnswers).regions).toEqual([{ id: 'aws:eu-central-1', clusters: 3, nodes: 30 }]);
  });

  it('offers the undo only while the answers are the imported ones', async () => {
    const { user } = renderImport();
    await openAndPaste(user, 'aws:eu-west-1,2\n');
    await user.click(await screen.findByRole('button', { name: 'Apply import' }));
    expect(await screen.findByRole('button', { name: 'Undo import' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change another answer' }));
    expect(screen.queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument();
  });

  it.each([
    [
      'prose',
      'Our clusters are mostly in Frankfurt.',
      /pasted text is neither JSON nor a CSV with region and clusters columns/,
    ],
    ['broken JSON', '[{"name": "aks-1", "location": ', /pasted text is not valid JSON: line 1, column \d+/],
    [
      'a CSV row with a bad number',
      'region,clusters\naws:eu-west-1,3\nazure:westeurope,lots',
      /pasted text, line 3: clusters "lots" is not a whole number/,
    ],
  ])('names what is wrong with %s, and applies nothing', async (_, text, message) => {
    const { onAnswers, user } = renderImport();
    await openAndPaste(user, text);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'Apply import' })).not.toBeInTheDocument();
    expect(onAnswers).not.toHaveBeenCalled();
    // What was pasted stays, to be corrected.
    expect(screen.getByRole('textbox', { name: 'Cluster list (JSON or CSV)' })).toHaveValue(text);
  });

  it('asks for a list when Preview is pressed with none', async () => {
    const { user } = renderImport();
    await user.click(screen.getByRole('button', { name: 'Import clusters' }));
    await user.click(await screen.findByRole('button', { name: 'Preview' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste a cluster list or open a file first.');
  });

  it('speaks Chinese', async () => {
    const onAnswers = vi.fn();
    await loadCatalog('zh-CN');
    render(
      <I18nProvider initialLocale="zh-CN">
        <Harness initial={DEFAULT_ANSWERS} onAnswers={onAnswers} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { name: '从现有环境开始' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '导入集群' }));
    await user.click(await screen.findByRole('textbox', { name: '集群列表（JSON 或 CSV）' }));
    await user.paste(fixture('rancher-clusters.json'));
    await user.click(screen.getByRole('button', { name: '预览' }));
    expect(await screen.findByRole('group', { name: '有 5 个集群没有所属区域' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '把 store-lyon 放到' })).toHaveDisplayValue('不计入');
    const table = screen.getByRole('table', { name: '导入后的区域' });
    expect(within(table).getByRole('row', { name: /^Europe \(Ireland\) 新增/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '应用导入' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已导入：新增 3 个区域，更新 1 个，移除 0 个。');
  });
});
