import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { withMessages } from '../i18n/with-messages';

/** A screen loaded on demand, which start-up can also load ahead of the first render. */
export interface LazyScreen<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the screen's code and the namespaces it was given; resolves when both are here. */
  preload(): Promise<unknown>;
  /** The message namespaces loaded with the screen's code. */
  readonly namespaces: readonly string[];
}

function ScreenLoading() {
  const { t } = useTranslation(['common']);
  return createElement('p', { role: 'status' }, t('common:status.loading'));
}

/**
 * A screen loaded on demand, with its message namespaces (fetched alongside its code, so that its
 * first render does not wait for them). It says "loading" itself instead of suspending: after a
 * Suspense fallback React holds the content back for its 300 ms reveal throttle, which made the
 * first visit to every screen take ~320 ms however fast its code came (issue 15; the second visit
 * took 22 ms). An error while loading goes to the route's error boundary, and the next render of
 * the screen tries the download again.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, namespaces: readonly string[] = []): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const loadAll = namespaces.length > 0 ? withMessages(load, namespaces) : load;
  const preload = () =>
    (loading ??= loadAll().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download (a flaky network) is tried again on the next render or preload.
        loading = null;
        throw error;
      },
    ));
  function Screen(props: P): ReactNode {
    const [, setLoaded] = useState(loaded !== null);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (loaded) return;
      let isCurrent = true;
      preload().then(
        () => isCurrent && setLoaded(true),
        (error: unknown) => isCurrent && setFailure({ error }),
      );
      return () => {
        isCurrent = false;
      };
    }, []);
    if (failure) throw failure.error;
    return loaded ? createElement(loaded, props) : createElement(ScreenLoading);
  }
  return Object.assign(Screen, { preload, namespaces });
}
