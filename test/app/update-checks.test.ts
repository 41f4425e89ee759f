import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkForUpdate, installUpdateChecks } from '../../src/app/pwa/update-checks';

function fakeRegistration(update: () => Promise<unknown>) {
  return { installing: null, update: vi.fn(update) } as unknown as ServiceWorkerRegistration & {
    update: ReturnType<typeof vi.fn>;
  };
}

function setOnline(isOnline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(isOnline);
}

describe('service worker update checks (reliability #24, #25)', () => {
  afterEach(() => vi.useRealTimers());

  it('skips the check silently while offline', async () => {
    setOnline(false);
    const registration = fakeRegistration(() => Promise.resolve());
    await checkForUpdate(registration);
    expect(registration.update).not.toHaveBeenCalled();
  });

  it('swallows a failed check, so going offline mid-check produces no error', async () => {
    setOnline(true);
    const registration = fakeRegistration(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(checkForUpdate(registration)).resolves.toBeUndefined();
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  it('checks hourly and when the page becomes visible, until uninstalled', async () => {
    vi.useFakeTimers();
    setOnline(true);
    const registration = fakeRegistration(() => Promise.resolve());
    const uninstall = installUpdateChecks(registration, 1000);

    vi.advanceTimersByTime(1000);
    expect(registration.update).toHaveBeenCalledTimes(1);

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledTimes(2);

    uninstall();
    vi.advanceTimersByTime(5000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledTimes(2);
  });
});
