import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

function RouteErrorMessage() {
  const { t } = useTranslation(['common']);
  return (
    <div role="alert" className="panel panel-error">
      <h1>{t('common:errors.title')}</h1>
      <p>{t('common:errors.routeFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('common:errors.reload')}
      </button>
    </div>
  );
}

interface Props {
  children: ReactNode;
}

/** One boundary per route: a failing screen never takes the shell (and its banners) down with it. */
export class RouteErrorBoundary extends Component<Props, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError(): { hasError: boolean } {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Route failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.hasError ? <RouteErrorMessage /> : this.props.children;
  }
}
