/** The app composes the compare view: a compare link opens it, and a version opens in the advisor from it. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { DEFAULT_ANSWERS } from '../../src/app/default-answers';
import { encodeAnswers } from '../../src/share';

const reviewer = encodeAnswers({ ...DEFAULT_ANSWERS, latencyToleranceMs: 1000, decision: { author: 'Rui' } });

describe('comparing in the app', () => {
  it('opens a compare link in the compare view, and a version from it in the advisor', async () => {
    const user = userEvent.setup();
    render(<App initialCompare={{ payloads: [encodeAnswers(DEFAULT_ANSWERS), reviewer], leftOut: 0 }} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Compare versions' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Your setup' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open Rui’s version' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Recommended strategy: Hub & Spoke' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Highest acceptable round trip' })).toHaveValue('1000');
    expect(await screen.findByRole('textbox', { name: 'Author of this version' })).toHaveValue('Rui');
  });

  it('starts a comparison from the current answers, and goes back to them', async () => {
    const user = userEvent.setup();
    render(<App initialAnswers={{ ...DEFAULT_ANSWERS, opsEngineers: 7 }} />);
    await user.click(screen.getByRole('button', { name: 'Compare versions' }));
    // Nothing is compared until the person asks: the current answers join on request.
    expect(await screen.findByText(/Nothing to compare yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare with the current answers' }));
    const versions = await screen.findByRole('region', { name: 'Versions' });
    expect(versions).toHaveTextContent('Version 1');

    await user.click(screen.getByRole('button', { name: 'Back to the advisor' }));
    expect(await screen.findByRole('textbox', { name: /engineers/i })).toHaveValue('7');
  });
});
