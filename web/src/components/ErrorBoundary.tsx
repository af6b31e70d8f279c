import { Component, type ErrorInfo, type ReactNode } from 'react';

/** A view that throws while rendering shows a message instead of a blank app; the player keeps going. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('view failed', error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="panel">
          <h1>Something went wrong</h1>
          <p className="muted">{this.state.error.message}</p>
          <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
