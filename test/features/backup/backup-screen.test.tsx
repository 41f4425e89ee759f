import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/app-db';
import { createService } from '../../../src/db/repos/services';
import { BackupScreen } from '../../../src/features/backup/backup-screen';
import { readChosenFile } from '../../../src/ui/file-picker';
import { MAX_BACKUP_BYTES } from '../../../src/domain/transfer/backup-format';
import { renderScreen } from '../../render';
import { demoDay } from '../../demo-dates';

const AT = '2025-03-10T09:00:00.000Z';
const service = (id: string, name: string) => ({
  id,
  serviceId: id,
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  name,
  organisation: '',
  region: '',
  notes: '',
});
const backupFile = (data: unknown, name = 'fidelio-backup.json') =>
  new File([JSON.stringify({ format: 'fidelio-backup', version: 1, exportedAt: AT, data })], name, { type: 'application/json' });

async function clearDb() {
  await Promise.all(db.tables.map((t) => t.clear()));
}

beforeEach(async () => {
  await db.open();
  await clearDb();
});
afterEach(clearDb);

describe('restoring a backup on the backup screen', () => {
  it('lists every problem of a bad file in Finnish and changes nothing', async () => {
    await renderScreen(<BackupScreen />, { locale: 'fi' });
    const bad = backupFile({ services: [service('s1', ''), { ...service('s2', 'B'), extra: 1 }], payments: [] });
    await userEvent.upload(screen.getByLabelText('Varmuuskopiotiedosto (.json)'), bad);
    const alert = await screen.findByTestId('backup-problems');
    expect(within(alert).getByText('Tiedostossa on 3 ongelmaa. Laitteen tiedot ovat ennallaan.')).toBeInTheDocument();
    expect(
      within(alert).getByText('Palvelut, tietue 1 (tunniste s1), kenttä ”name”: liian lyhyt tai tyhjä (vähintään 1).'),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Palvelut, tietue 2 (tunniste s2), kenttä ”extra”: tuntematon kenttä.')).toBeInTheDocument();
    expect(within(alert).getByText(/tuntematon tietolaji ”payments”/)).toBeInTheDocument();
    expect(await db.services.count()).toBe(0);
  });

  it('shows the counts for merge and replace, then restores in one step', async () => {
    await createService(db, { name: 'Laitteen oma', organisation: '', region: '', notes: '' }, new Date(AT));
    await renderScreen(<BackupScreen />, { locale: 'en' });
    await userEvent.upload(screen.getByLabelText('Backup file (.json)'), backupFile({ services: [service('s1', 'From file')] }));
    const preview = await screen.findByTestId('restore-preview');
    const servicesRow = within(preview).getByRole('rowheader', { name: 'Services' }).closest('tr')!;
    // merge: in file 1, added 1, updated 0, kept 0
    expect(
      within(servicesRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '0', '0']);

    await userEvent.click(screen.getByRole('radio', { name: /Replace the data on this device/ }));
    const replaceRow = within(await screen.findByTestId('restore-preview'))
      .getByRole('rowheader', { name: 'Services' })
      .closest('tr')!;
    await waitFor(() =>
      expect(
        within(replaceRow)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['1', '1', '0', '1']),
    );
    expect(within(preview.ownerDocument.body).getByRole('columnheader', { name: 'Removed' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Restore complete: 1 records written.')).toBeInTheDocument();
    expect((await db.services.toArray()).map((s) => s.name)).toEqual(['From file']);
  });
});

describe('the restore preview in words (issue 14 #1)', () => {
  it('issue 14 #1: says the final review would change from 91 to 121 and refuses the merge, writing nothing', async () => {
    const { exportBackup } = await import('../../../src/db/repos/backup');
    const { loadDemo } = await import('../../../src/db/repos/demo');
    await loadDemo(db, 'fi', new Date(AT));
    const backup = await exportBackup(db, new Date(AT));
    const final = backup.data.reviews!.find((r) => r.firstDay === demoDay('2022-10-11', new Date(AT)))!;
    let extra = 0;
    // A newer copy of the 2022 review's ratings, 30 points higher.
    const ratings = backup.data.ratings!.map((r) => {
      if (r.reviewId !== final.id) return r;
      const gain = Math.min(5 - Number(r.score), 30 - extra);
      extra += gain;
      return { ...r, score: Number(r.score) + gain, updatedAt: '2025-03-11T09:00:00.000Z' };
    });
    const before = await db.ratings.toArray();
    await renderScreen(<BackupScreen />, { locale: 'fi' });
    await userEvent.upload(screen.getByLabelText('Varmuuskopiotiedosto (.json)'), backupFile({ ...backup.data, ratings }));
    const changes = await screen.findByTestId('restore-review-changes');
    expect(
      within(changes).getByText(
        `Työvalmennuspalvelu Kätevä ${demoDay('2022-10-11', new Date(AT)).slice(0, 4)}: valmis arviointi muuttuisi 91 pisteestä 121 pisteeseen — estetty.`,
      ),
    ).toBeInTheDocument();
    expect(
      within(await screen.findByTestId('restore-refused')).getByText(/Jos tiedoston versio on oikea, avaa arviointi ensin uudelleen/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Palauta' })).toBeDisabled();
    expect(await db.ratings.toArray()).toEqual(before);
  });
});

describe('reading a chosen backup file', () => {
  it('refuses a file over the size limit from its size alone, without reading it', async () => {
    let wasRead = false;
    const huge = {
      size: MAX_BACKUP_BYTES + 1,
      arrayBuffer: () => {
        wasRead = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as Blob;
    expect(await readChosenFile(huge, MAX_BACKUP_BYTES)).toEqual({
      ok: false,
      problems: [{ code: 'too-large', size: MAX_BACKUP_BYTES + 1, max: MAX_BACKUP_BYTES }],
    });
    expect(wasRead).toBe(false);
  });
});
