import { createElement, lazy, type ComponentType, type ReactNode } from 'react';
import { ensureFeatureMessages, type FeatureArea } from '../i18n/feature-messages';

/** A screen loaded on demand, which start-up can also load ahead of the first render. */
export interface LazyScreen<P extends object> {
  (props: P): ReactNode;
  /** Starts loading; the messages wait for `messagesReady`, as i18next must know its languages. */
  preload(messagesReady?: Promise<unknown>): Promise<unknown>;
}

/** A screen loaded on demand together with the messages of the feature areas it shows. */
export function lazyScreen<P extends object>(areas: FeatureArea[], load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (messagesReady: Promise<unknown> = Promise.resolve()) =>
    (loading ??= Promise.all([load(), messagesReady.then(() => Promise.all(areas.map((area) => ensureFeatureMessages(area))))]).then(
      ([component]) => (loaded = component),
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
