import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { installPreloadErrorHandler, RELOAD_GUARD_KEY, RELOAD_GUARD_MS, type PreloadEnv } from '../../src/app/pwa/preload-error';
import { registerDraft } from '../../src/ui/draft-registry';

function preloadError(): Event {
  return new Event('vite:preloadError', { cancelable: true });
}

function fakeEnv(overrides: Partial<Omit<PreloadEnv, 'reload'>> = {}) {
  let now = 1_000_000;
  const env: PreloadEnv & { reload: Mock<() => void> } = {
    isOnline: () => true,
    now: () => now,
    storage: () => sessionStorage,
    ...overrides,
    reload: vi.fn<() => void>(),
  };
  return { env, advance: (ms: number) => (now += ms) };
}

describe('vite:preloadError handling (reliability #21)', () => {
  let uninstall: () => void = () => {};
  beforeEach(() => sessionStorage.clear());
  afterEach(() => uninstall());

  it('reloads once when online, after flushing drafts, and stops Vite from rethrowing', async () => {
    const { env } = fakeEnv();
    const order: string[] = [];
    env.reload.mockImplementation(() => order.push('reload'));
    const unregister = registerDraft(async () => {
      order.push('flush');
    });
    const onFailure = vi.fn();
    uninstall = installPreloadErrorHandler(onFailure, env);

    const event = preloadError();
    window.dispatchEvent(event);

    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(env.reload).toHaveBeenCalledTimes(1));
    expect(order).toEqual(['flush', 'reload']);
    expect(onFailure).not.toHaveBeenCalled();
    unregister();
  });

  it('does not reload a second time within 10 s, and reloads again after that', async () => {
    const { env, advance } = fakeEnv();
    const onFailure = vi.fn();
    uninstall = installPreloadErrorHandler(onFailure, env);

    window.dispatchEvent(preloadError());
    await vi.waitFor(() => expect(env.reload).toHaveBeenCalledTimes(1));

    // The page "reloaded" but the chunk is still missing.
    advance(RELOAD_GUARD_MS - 1);
    const second = preloadError();
    window.dispatchEvent(second);
    await Promise.resolve();
    expect(env.reload).toHaveBeenCalledTimes(1);
    expect(second.defaultPrevented).toBe(false);
    expect(onFailure).toHaveBeenCalledWith('recent-reload');

    advance(2);
    window.dispatchEvent(preloadError());
    await vi.waitFor(() => expect(env.reload).toHaveBeenCalledTimes(2));
  });

  it('never reloads offline; it reports the failure instead', async () => {
    const { env } = fakeEnv({ isOnline: () => false });
    const onFailure = vi.fn();
    uninstall = installPreloadErrorHandler(onFailure, env);

    const event = preloadError();
    window.dispatchEvent(event);
    await Promise.resolve();

    expect(env.reload).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
    expect(onFailure).toHaveBeenCalledWith('offline');
    expect(sessionStorage.getItem(RELOAD_GUARD_KEY)).toBeNull();
  });

  it('refuses to reload when the guard cannot be stored, so it can never loop', () => {
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    const { env } = fakeEnv({ storage: () => broken });
    const onFailure = vi.fn();
    uninstall = installPreloadErrorHandler(onFailure, env);

    window.dispatchEvent(preloadError());

    expect(env.reload).not.toHaveBeenCalled();
    expect(onFailure).toHaveBeenCalledWith('recent-reload');
  });

  it('stops listening once uninstalled', () => {
    const { env } = fakeEnv();
    const onFailure = vi.fn();
    installPreloadErrorHandler(onFailure, env)();

    const event = preloadError();
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(env.reload).not.toHaveBeenCalled();
  });
});
