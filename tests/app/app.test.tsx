/**
 * The questionnaire and the result together, as the app composes them (src/app): what a person changes in one
 * shows in the other.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { AppErrorBoundary } from '../../src/app/app-error-boundary';
import { DEFAULT_ANSWERS } from '../../src/app/default-answers';
import { type Answers, recommend, STRATEGY_NAMES } from '../../src/engine';

const verdict = (name: string) => screen.findByRole('heading', { level: 2, name: `Recommended strategy: ${name}` });

describe('the advisor', () => {
  it('shows a recommendation for the example answers at once', async () => {
    render(<App />);
    expect(await verdict(STRATEGY_NAMES[recommend(DEFAULT_ANSWERS).strategy])).toBeInTheDocument();
  });

  // Three continents: a central plane is ~135 ms from its farthest region, so a tight tolerance tips it to Regional.
  it.each([
    ['1000', 'hub-and-spoke'],
    ['20', 'regional'],
  ] as const)('with a latency tolerance of %s ms recommends %s', async (tolerance, strategy) => {
    expect(recommend({ ...DEFAULT_ANSWERS, latencyToleranceMs: Number(tolerance) }).strategy).toBe(strategy);
    const user = userEvent.setup();
    const onAnswersChange = vi.fn<(answers: Answers) => void>();
    render(<App onAnswersChange={onAnswersChange} />);
    await verdict(STRATEGY_NAMES[recommend(DEFAULT_ANSWERS).strategy]);

    const input = screen.getByRole('textbox', { name: 'Highest acceptable round trip' });
    await user.clear(input);
    await user.type(input, tolerance);

    await waitFor(() =>
      expect(onAnswersChange).toHaveBeenLastCalledWith({ ...DEFAULT_ANSWERS, latencyToleranceMs: Number(tolerance) }),
    );
    expect(await verdict(STRATEGY_NAMES[strategy])).toBeInTheDocument();
  });

  it('keeps the last valid result, marked as not updated, while an answer is invalid', async () => {
    const user = userEvent.setup();
    render(<App initialAnswers={{ ...DEFAULT_ANSWERS, latencyToleranceMs: 1000 }} />);
    await verdict('Hub & Spoke');

    const clusters = screen.getByRole('textbox', { name: 'Clusters in Asia Pacific (Tokyo)' });
    await user.clear(clusters);
    await user.type(clusters, '0');

    expect((await screen.findByText(/Not updated yet/)).closest('[role="status"]')).toHaveTextContent(
      /Clusters in Asia Pacific \(Tokyo\): Clusters must be at least 1\./,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Recommended strategy: Hub & Spoke' })).toBeInTheDocument();
    expect(clusters).toHaveValue('0');

    await user.type(clusters, '{Backspace}7');
    expect(await verdict('Hub & Spoke')).toBeInTheDocument();
    expect(screen.queryByText(/Not updated yet/)).not.toBeInTheDocument();
  });

  it('updates the result when a region is added with the keyboard only', async () => {
    const user = userEvent.setup();
    render(<App initialAnswers={{ ...DEFAULT_ANSWERS, regions: [{ id: 'aws:eu-central-1', clusters: 8 }] }} />);
    await verdict('Hub & Spoke');

    await user.click(screen.getByRole('combobox', { name: 'Add a cloud region' }));
    await user.keyboard('Tokyo{Enter}40');

    expect(screen.getByRole('textbox', { name: 'Clusters in Asia Pacific (Tokyo)' })).toHaveValue('40');
    const expected = recommend({
      ...DEFAULT_ANSWERS,
      regions: [
        { id: 'aws:eu-central-1', clusters: 8 },
        { id: 'aws:ap-northeast-1', clusters: 40 },
      ],
    });
    expect(await screen.findByText(expected.summary)).toBeInTheDocument();
  });
});

describe('a damaged link', () => {
  it('shows no result under its alert, so nothing passes for the sender’s, until the person chooses', async () => {
    const user = userEvent.setup();
    render(
      <App
        linkError={{
          kind: 'corrupted',
          message: 'The checksum does not match.',
          reason: 'The checksum does not match.',
        }}
      />,
    );

    expect(await screen.findByRole('heading', { level: 2, name: 'No recommendation shown' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing from this link is shown: the form holds the example answers.',
    );
    expect(screen.queryByRole('heading', { level: 2, name: /^Recommended strategy:/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show the recommendation for the example' }));
    expect(await verdict(STRATEGY_NAMES[recommend(DEFAULT_ANSWERS).strategy])).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('starting over', () => {
  it('offers an empty start beside the example: no result until the first region is picked, and undo', async () => {
    const user = userEvent.setup();
    const mine: Answers = { ...DEFAULT_ANSWERS, latencyToleranceMs: 90 };
    render(<App initialAnswers={mine} />);
    await verdict(STRATEGY_NAMES[recommend(mine).strategy]);

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByText(/^Your answers were replaced by the example\./)).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Highest acceptable round trip' })).toHaveValue('150');

    await user.click(screen.getByRole('button', { name: 'Start empty instead' }));
    expect(screen.getByText(/^The form is empty: add the first region where your clusters run\./)).toBeVisible();
    expect(screen.getByRole('list', { name: 'Your regions' }).children).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 2, name: 'No region yet' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: /^Recommended strategy:/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Add a cloud region' }));
    await user.keyboard('Tokyo{Enter}');
    expect(await verdict('Hub & Spoke')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'No region yet' })).not.toBeInTheDocument();
  });

  it('undoes an empty start back to the answers before it', async () => {
    const user = userEvent.setup();
    const mine: Answers = { ...DEFAULT_ANSWERS, latencyToleranceMs: 90 };
    render(<App initialAnswers={mine} />);
    await verdict(STRATEGY_NAMES[recommend(mine).strategy]);

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Start empty instead' }));
    await user.click(screen.getByRole('button', { name: 'Undo start over' }));

    expect(screen.getByRole('textbox', { name: 'Highest acceptable round trip' })).toHaveValue('90');
    expect(await verdict(STRATEGY_NAMES[recommend(mine).strategy])).toBeInTheDocument();
  });
});

function Broken(): never {
  throw new Error('Boom in a test');
}

describe('the start-over screen', () => {
  it('shows a readable message instead of a blank page, and starts over on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    const onStartOver = vi.fn();
    let broken = true;
    render(
      <AppErrorBoundary onStartOver={onStartOver}>
        {(attempt) => (broken ? <Broken key={attempt} /> : <p key={attempt}>Advisor again</p>)}
      </AppErrorBoundary>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(/Something went wrong.*Boom in a test/);
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Start over' }));

    expect(onStartOver).toHaveBeenCalledOnce();
    expect(screen.getByText('Advisor again')).toBeInTheDocument();
  });
});
