import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerDraft } from '../../src/ui/draft-registry';
import { setupI18n } from '../../src/i18n/setup';

const pwa = vi.hoisted(() => ({
  needRefresh: true,
  offlineReady: false,
  updateServiceWorker: vi.fn<(reload?: boolean) => Promise<void>>(),
  setNeedRefresh: vi.fn(),
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [pwa.needRefresh, pwa.setNeedRefresh],
    offlineReady: [pwa.offlineReady, vi.fn()],
    updateServiceWorker: pwa.updateServiceWorker,
  }),
}));

const { UpdatePrompt } = await import('../../src/app/pwa/update-prompt');

async function renderPrompt() {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <UpdatePrompt />
    </I18nextProvider>,
  );
}

describe('UpdatePrompt (reliability #20)', () => {
  beforeEach(() => {
    pwa.needRefresh = true;
    pwa.offlineReady = false;
    pwa.updateServiceWorker.mockReset().mockResolvedValue(undefined);
    pwa.setNeedRefresh.mockReset();
  });
  afterEach(cleanup);

  it('shows a non-modal status banner and does not update on its own', async () => {
    await renderPrompt();
    // The prompt waits (Suspense) for its namespace, loaded when it first renders.
    const banner = await screen.findByTestId('update-prompt');
    expect(banner).toHaveAttribute('role', 'status');
    expect(banner).toHaveTextContent('A new version of Fidelio is available.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('"Update now" saves pending drafts before updating', async () => {
    const order: string[] = [];
    let finishFlush: () => void = () => {};
    const unregister = registerDraft(
      () =>
        new Promise<void>((resolve) => {
          finishFlush = () => {
            order.push('flushed');
            resolve();
          };
        }),
    );
    pwa.updateServiceWorker.mockImplementation(async () => {
      order.push('update');
    });
    await renderPrompt();

    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    // The draft is still being written: the update must wait for it.
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
    await act(async () => finishFlush());

    await vi.waitFor(() => expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true));
    expect(order).toEqual(['flushed', 'update']);
    unregister();
  });

  it('"Later" hides the banner without updating', async () => {
    await renderPrompt();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(pwa.setNeedRefresh).toHaveBeenCalledWith(false);
    expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('tells once that the app works offline', async () => {
    pwa.needRefresh = false;
    pwa.offlineReady = true;
    await renderPrompt();
    expect(screen.getByText('Fidelio now works offline.')).toBeInTheDocument();
  });
});
