import { createElement, lazy, type ComponentType, type ReactNode } from 'react';

/** A screen loaded on demand, which start-up can also load ahead of the first render. */
export interface LazyScreen<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the screen's code (its messages load when it renders: useTranslation). */
  preload(): Promise<unknown>;
}

/** A screen loaded on demand; its components ask i18next for their own namespaces. */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download (a flaky network) is tried again on the next render or preload.
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Screen(props: P): ReactNode {
    // Once loaded, the screen renders without suspending: React then shows it in the same commit
    // instead of showing the fallback first and holding the screen back for its reveal throttle.
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(Screen, { preload });
}
