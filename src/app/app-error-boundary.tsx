import { type ReactNode, useState } from 'react';
import { ErrorBoundary } from '../components/error-boundary';

export interface AppErrorBoundaryProps {
  /** Renders the app; `attempt` changes on every start-over, so a `key` built from it remounts everything. */
  children: (attempt: number) => ReactNode;
  /** Extra clean-up on "Start over" (e.g. forgetting a saved draft or a damaged link) before the app remounts. */
  onStartOver?: () => void;
}

/** The last line of defence: a readable message and a way to start over, never a blank page. */
export function AppErrorBoundary({ children, onStartOver }: AppErrorBoundaryProps) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <main className="crash">
          <div className="card crash-card" role="alert">
            <h1 className="card-title">Something went wrong</h1>
            <p>
              The advisor hit an unexpected problem and could not show this page. Nothing was sent anywhere. Starting
              over opens the advisor with its example answers.
            </p>
            <p className="crash-detail">
              <code>{error.message}</code>
            </p>
            <button
              className="button button--primary"
              onClick={() => {
                onStartOver?.();
                setAttempt((count) => count + 1);
                reset();
              }}
              type="button"
            >
              Start over
            </button>
          </div>
        </main>
      )}
    >
      {children(attempt)}
    </ErrorBoundary>
  );
}
