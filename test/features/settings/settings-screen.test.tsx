import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStorageStatusStore } from '../../../src/features/settings/storage-status-store';
import { db, strictConnection } from '../../../src/db/app-db';
import type { Locale } from '../../../src/domain/fidelity/scale-definition';
import { LOCALE_STORAGE_KEY } from '../../../src/i18n/locale';
import { setupI18n } from '../../../src/i18n/setup';
import { SettingsScreen } from '../../../src/features/settings/settings-screen';
import { useNoticesStore } from '../../../src/ui/notices-store';

function stubStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
}

async function renderSettings(locale: Locale) {
  const i18n = await setupI18n(locale);
  render(
    <I18nextProvider i18n={i18n}>
      <SettingsScreen />
    </I18nextProvider>,
  );
}

beforeEach(async () => {
  // Opening (and seeding the scale) up front keeps the tests' waits about the UI, not the disk.
  await db.open();
  localStorage.clear();
  useStorageStatusStore.setState({ persistence: null });
  useNoticesStore.setState({ storageProblem: null, pendingSaves: 0, lastSavedAt: null });
  stubStorage({
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => true),
    estimate: vi.fn(async () => ({ usage: 1_500_000, quota: 2_000_000_000 })),
  });
});

afterEach(async () => {
  cleanup();
  stubStorage(undefined);
  // Deleting makes Dexie close its connections; the next test starts from an empty database.
  await Dexie.delete(db.name);
});

describe('SettingsScreen', () => {
  it('switches the language, changes the visible text and remembers the choice', async () => {
    await renderSettings('fi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Asetukset' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Suomi' })).toBeChecked();

    await userEvent.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('offers suomi, svenska and English in that order and switches to Swedish with a decimal comma', async () => {
    await renderSettings('fi');
    const choices = within(await screen.findByRole('group', { name: 'Käyttöliittymän kieli' })).getAllByRole('radio');
    expect(choices.map((radio) => radio.closest('label')?.textContent)).toEqual(['Suomi', 'Svenska', 'English']);

    await userEvent.click(screen.getByRole('radio', { name: 'Svenska' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inställningar' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Svenska' })).toBeChecked();
    expect(await screen.findByText('Använt 1,5 MB, cirka 2 GB ledigt')).toBeInTheDocument();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('shows space used and available in the active locale, and asks for protection again', async () => {
    await renderSettings('fi');
    // Finnish decimal comma: 1,5 MB.
    expect(await screen.findByText('Käytössä 1,5 MB, vapaana noin 2 GB')).toBeInTheDocument();
    expect(screen.getByText(/Tarkistetaan/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Pyydä suojausta uudelleen' }));

    expect(await screen.findByText(/Suojattu automaattiselta poistolta/)).toBeInTheDocument();
    expect(navigator.storage.persist).toHaveBeenCalledTimes(1);
  });

  it('warns when storage is not protected or the browser cannot tell', async () => {
    stubStorage(undefined);
    useStorageStatusStore.setState({ persistence: 'unsupported' });
    await renderSettings('en');
    expect(screen.getByText(/Storage is not protected/)).toBeInTheDocument();
    expect(await screen.findByText(/does not tell how much space/)).toBeInTheDocument();
  });

  it('loads the demo, then removes it after an inline confirmation', async () => {
    await renderSettings('en');
    const demo = within(screen.getByRole('region', { name: 'Demo data' }));

    await userEvent.click(await demo.findByRole('button', { name: 'Load demo data' }));
    // The demo brings its tracked data (about 2,400 records), which fake-indexeddb writes slowly.
    const remove = await demo.findByRole('button', { name: 'Remove demo data' });
    expect(remove).toHaveFocus();
    expect(await db.services.count()).toBeGreaterThan(0);

    await userEvent.click(remove);
    // Nothing is removed until the user confirms.
    expect(demo.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(await db.services.count()).toBeGreaterThan(0);

    await userEvent.click(demo.getByRole('button', { name: 'Remove demo data permanently' }));
    expect(await demo.findByRole('button', { name: 'Load demo data' })).toBeInTheDocument();
    expect(await db.services.count()).toBe(0);
    expect(useNoticesStore.getState().storageProblem).toBeNull();
  });

  it('reports a failed demo load through the storage problem notice', async () => {
    await renderSettings('en');
    const demo = within(screen.getByRole('region', { name: 'Demo data' }));
    const load = await demo.findByRole('button', { name: 'Load demo data' });
    // A full disk during the demo's strict transaction. Each connection has its own Table class,
    // shared by all its tables, so this fails the demo's first bulkAdd.
    const tablePrototype = Object.getPrototypeOf(strictConnection(db).services) as { bulkAdd: () => Promise<unknown> };
    vi.spyOn(tablePrototype, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));

    await userEvent.click(load);

    await vi.waitFor(() => expect(useNoticesStore.getState().storageProblem).toBe('quota'));
    // The button comes back once the failed load has settled (after the notice is set).
    expect(await demo.findByRole('button', { name: 'Load demo data' })).toBeInTheDocument();
    expect(await db.services.count()).toBe(0);
  });
});
