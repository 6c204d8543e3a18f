/** The decision record's fields, set beside the result: they travel with the answers, never change the advice. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { DEFAULT_ANSWERS } from '../../src/app/default-answers';
import { type Answers, recommend, STRATEGY_NAMES } from '../../src/engine';

const verdictName = `Recommended strategy: ${STRATEGY_NAMES[recommend(DEFAULT_ANSWERS).strategy]}`;

describe('the decision record’s fields in the app', () => {
  it('go into the answers, stay when a question is answered differently, and leave the recommendation alone', async () => {
    const user = userEvent.setup();
    const onAnswersChange = vi.fn<(answers: Answers) => void>();
    render(<App onAnswersChange={onAnswersChange} />);
    await screen.findByRole('heading', { level: 2, name: verdictName });

    await user.type(await screen.findByRole('textbox', { name: 'Author of this version' }), 'Rui');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Accepted');
    expect(onAnswersChange).toHaveBeenLastCalledWith({
      ...DEFAULT_ANSWERS,
      decision: { author: 'Rui', status: 'accepted' },
    });
    expect(screen.getByRole('heading', { level: 2, name: verdictName })).toBeInTheDocument();

    const engineers = screen.getByRole('textbox', { name: /engineers/i });
    await user.clear(engineers);
    await user.type(engineers, '3');
    await waitFor(() =>
      expect(onAnswersChange).toHaveBeenLastCalledWith({
        ...DEFAULT_ANSWERS,
        opsEngineers: 3,
        decision: { author: 'Rui', status: 'accepted' },
      }),
    );
  });

  it('emptied, leave no decision behind', async () => {
    const user = userEvent.setup();
    const onAnswersChange = vi.fn<(answers: Answers) => void>();
    render(
      <App initialAnswers={{ ...DEFAULT_ANSWERS, decision: { author: 'Rui' } }} onAnswersChange={onAnswersChange} />,
    );
    await user.clear(await screen.findByRole('textbox', { name: 'Author of this version' }));
    expect(onAnswersChange).toHaveBeenLastCalledWith(DEFAULT_ANSWERS);
  });
});
