import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, loadCatalog } from '../../../src/components/i18n';
import type { DecisionMetadata } from '../../../src/engine';
import { readDecisionFields, splitNames, toDecisionFields } from '../../../src/features/share-export/decision-fields';
import { DecisionRecordForm } from '../../../src/features/share-export/decision-record-form';

function renderForm(decision?: DecisionMetadata) {
  const onDecisionChange = vi.fn<(decision: DecisionMetadata) => void>();
  const view = render(<DecisionRecordForm decision={decision} onDecisionChange={onDecisionChange} />);
  return { onDecisionChange, ...view };
}

describe('the decision-record fields', () => {
  it.each([
    ['Ana, Ben', ['Ana', 'Ben']],
    ['  Ana ,, Ben  ', ['Ana', 'Ben']],
    ['张三，李四、王五', ['张三', '李四', '王五']],
    ['', []],
  ])('read %j as the names %j', (text, names) => {
    expect(splitNames(text)).toEqual(names);
  });

  it('leave out what is empty, and the default status, so untouched answers stay as they were', () => {
    expect(readDecisionFields(toDecisionFields(undefined))).toEqual({ ok: true, value: {} });
  });

  it('name a list that is too long', () => {
    const fields = {
      ...toDecisionFields(undefined),
      consulted: Array.from({ length: 21 }, (_, i) => `P${i}`).join(','),
    };
    expect(readDecisionFields(fields)).toEqual({
      ok: false,
      problems: { consulted: { kind: 'too-many-names', maxNames: 20 } },
    });
  });
});

describe('the decision-record form', () => {
  it('sets the author, status, date and people in the answers’ decision', async () => {
    const user = userEvent.setup();
    const { onDecisionChange } = renderForm();
    expect(screen.getByRole('heading', { level: 2, name: 'Decision record' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Author of this version' }), 'Rui');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Accepted');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-12-04' } });
    await user.type(screen.getByRole('textbox', { name: 'Decision makers' }), 'Ana, Ben');
    await user.type(screen.getByRole('textbox', { name: 'Informed' }), 'SRE guild');

    expect(onDecisionChange).toHaveBeenLastCalledWith({
      author: 'Rui',
      status: 'accepted',
      date: '2026-12-04',
      decisionMakers: ['Ana', 'Ben'],
      informed: ['SRE guild'],
    });
  });

  it('shows the decision it is given, and follows when the answers are replaced', () => {
    const { rerender, onDecisionChange } = renderForm({ author: 'Ana', consulted: ['Security', 'Network'] });
    expect(screen.getByRole('textbox', { name: 'Author of this version' })).toHaveValue('Ana');
    expect(screen.getByRole('textbox', { name: 'Consulted' })).toHaveValue('Security, Network');

    rerender(<DecisionRecordForm decision={{ status: 'rejected' }} onDecisionChange={onDecisionChange} />);
    expect(screen.getByRole('textbox', { name: 'Author of this version' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('rejected');
  });

  it('says what is wrong with a name that is too long, and keeps the last valid decision', async () => {
    const user = userEvent.setup();
    const { onDecisionChange } = renderForm({ author: 'Ana' });
    const author = screen.getByRole('textbox', { name: 'Author of this version' });
    await user.click(author);
    await user.paste('x'.repeat(80));

    expect(author).toHaveAccessibleDescription(/At most 80 characters/);
    expect(onDecisionChange).not.toHaveBeenCalled();
  });

  it('speaks Chinese', async () => {
    await loadCatalog('zh-CN');
    render(
      <I18nProvider initialLocale="zh-CN">
        <DecisionRecordForm decision={undefined} onDecisionChange={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: '决策记录' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '状态' })).toHaveDisplayValue('已提议');
  });
});
