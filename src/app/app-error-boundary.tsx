import { type ReactNode, useState } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { useI18n } from '../components/i18n';

export interface AppErrorBoundaryProps {
  /** Renders the app; `attempt` changes on every start-over, so a `key` built from it remounts everything. */
  children: (attempt: number) => ReactNode;
  /** Extra clean-up on "Start over" (e.g. forgetting a saved draft or a damaged link) before the app remounts. */
  onStartOver?: () => void;
}

function CrashScreen({ error, onStartOver }: { error: Error; onStartOver: () => void }) {
  const { t } = useI18n();
  return (
    <main className="crash">
      <div className="card crash-card" role="alert">
        <h1 className="card-title">{t.crash.title}</h1>
        <p>{t.crash.text}</p>
        <p className="crash-detail">
          <code>{error.message}</code>
        </p>
        <button className="button button--primary" onClick={onStartOver} type="button">
          {t.crash.startOver}
        </button>
      </div>
    </main>
  );
}

/** The last line of defence: a readable message and a way to start over, never a blank page. */
export function AppErrorBoundary({ children, onStartOver }: AppErrorBoundaryProps) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <CrashScreen
          error={error}
          onStartOver={() => {
            onStartOver?.();
            setAttempt((count) => count + 1);
            reset();
          }}
        />
      )}
    >
      {children(attempt)}
    </ErrorBoundary>
  );
}
