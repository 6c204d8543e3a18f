import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError } from './chunk-load-error';
import { NewVersionNotice } from './new-version-notice';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the children that failed; `reset` renders them again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** When this value changes, a shown error is cleared and the children render again. */
  resetKey?: unknown;
  onError?: (error: Error, info: ErrorInfo) => void;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Catches a render error below it, so one failing part never blanks the page. A lazy part that could not load
 * after a deployment is not the app's fault: the person is offered the new version instead of the fallback.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error !== null && !Object.is(previous.resetKey, this.props.resetKey)) {
      this.setState({ error: null });
    }
  }

  private readonly reset = () => {
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return isChunkLoadError(error) ? <NewVersionNotice /> : this.props.fallback(error, this.reset);
  }
}
