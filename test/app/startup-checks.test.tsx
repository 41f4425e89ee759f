import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStorageStatusStore } from '../../src/features/settings/storage-status-store';
import { useStartupChecks } from '../../src/app/pwa/use-startup-checks';

afterEach(() => {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: undefined });
});

describe('useStartupChecks', () => {
  it('asks for persistent storage once per start and records the answer for settings', async () => {
    const persist = vi.fn(async () => false);
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persisted: async () => false, persist } });

    renderHook(() => useStartupChecks()).unmount();
    renderHook(() => useStartupChecks());

    await waitFor(() => expect(useStorageStatusStore.getState().persistence).toBe('denied'));
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
