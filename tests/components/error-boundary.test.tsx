import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/error-boundary';

beforeEach(() => {
  // React reports caught render errors on the console; the test checks what the person sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

function Part({ fail }: { fail: boolean }) {
  if (fail) throw new Error('part failed');
  return <p>Part works</p>;
}

let flakyFails = true;
function Flaky() {
  return <Part fail={flakyFails} />;
}

const fallback = (error: Error, reset: () => void) => (
  <div role="alert">
    {error.message}
    <button onClick={reset} type="button">
      Try again
    </button>
  </div>
);

describe('ErrorBoundary', () => {
  it('shows the fallback with the error instead of the failed part', () => {
    render(
      <ErrorBoundary fallback={fallback}>
        <Part fail />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('part failed');
    expect(screen.queryByText('Part works')).not.toBeInTheDocument();
  });

  it('renders the part again when the reset key changes', () => {
    const { rerender } = render(
      <ErrorBoundary fallback={fallback} resetKey={1}>
        <Part fail />
      </ErrorBoundary>,
    );
    rerender(
      <ErrorBoundary fallback={fallback} resetKey={2}>
        <Part fail={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Part works')).toBeInTheDocument();
  });

  it('keeps the fallback while the reset key stays the same', () => {
    const { rerender } = render(
      <ErrorBoundary fallback={fallback} resetKey="same">
        <Part fail />
      </ErrorBoundary>,
    );
    rerender(
      <ErrorBoundary fallback={fallback} resetKey="same">
        <Part fail={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('renders the part again when the fallback resets it', async () => {
    const user = userEvent.setup();
    flakyFails = true;
    render(
      <ErrorBoundary fallback={fallback}>
        <Flaky />
      </ErrorBoundary>,
    );
    flakyFails = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Part works')).toBeInTheDocument();
  });
});
