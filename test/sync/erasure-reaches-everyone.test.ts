// @vitest-environment node
// Erasing a client on one device removes their personal content on the other devices and on the
// team server (issue 17, "Erasure reaches everyone"), and shows what the server still keeps of
// older revisions until it is compacted (README, Running a team server).
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/db/repos/caseload-clients';
import { eraseClient } from '../../src/db/repos/erase-client';
import { teamDevices } from './team-devices';
import { COACH, KATEVA, REVIEWER_1 } from './team-fixture';

const CODE = 'KÄT-077';
const NOTE = 'Muutti Ouluun, puoliso sairastui';
const NOW = new Date('2026-12-06T08:00:00.000Z');

const { device, syncRound, asAdmin } = teamDevices();

describe('erasing a client on one device', () => {
  it('removes their code, notes and history on the other device and on the server; compaction removes the old revisions', async () => {
    const a = await device(COACH, { withService: true });
    const b = await device(REVIEWER_1, { withService: true });
    const clientId = await createClient(
      a.db,
      KATEVA,
      {
        draft: { code: CODE, referralDate: '2026-11-02', referralSource: 'default:employment-trial', notes: NOTE },
        start: { date: '2026-11-10', phase: 1 },
        specialistId: null,
      },
      NOW,
    );
    await syncRound(a);
    await syncRound(b);
    expect(await b.db.clients.get(clientId)).toMatchObject({ code: CODE, notes: NOTE });
    const [phaseChange] = await b.db.phaseChanges.where('clientId').equals(clientId).toArray();
    expect(phaseChange).toBeDefined();
    const before = (await (await asAdmin(`/clients:${clientId}`)).json()) as { _rev: string };

    await eraseClient(a.db, clientId, new Date('2026-12-06T09:00:00.000Z'));
    await syncRound(a);
    await syncRound(b);

    // Device B: only the content-free tombstone, and no history.
    const onB = await b.db.clients.get(clientId);
    expect(JSON.stringify(onB)).not.toContain(CODE);
    expect(JSON.stringify(onB)).not.toContain(NOTE);
    expect(onB?.deletedAt).not.toBeNull();
    expect(await b.db.phaseChanges.where('clientId').equals(clientId).count()).toBe(0);
    expect(JSON.stringify(await b.local.get(`clients:${clientId}`))).not.toContain(CODE);

    // The server's current versions: every leaf of the client, the phase change removed.
    const leaves = await (await asAdmin(`/clients:${clientId}?revs=true&open_revs=all`)).text();
    expect(leaves).not.toContain(CODE);
    expect(leaves).not.toContain(NOTE);
    expect((await asAdmin(`/phaseChanges:${phaseChange!.id}`)).status).toBe(404);
    const changes = await (await asAdmin('/_changes?style=all_docs&include_docs=true')).text();
    expect(changes).not.toContain(CODE);
    expect(changes).not.toContain(NOTE);

    // An older revision's body stays readable by revision id until the database is compacted.
    const old = await asAdmin(`/clients:${clientId}?rev=${before._rev}`);
    expect(old.status).toBe(200);
    expect(await old.text()).toContain(CODE);
    expect((await asAdmin('/_compact', { method: 'POST', body: '{}' })).status).toBeLessThan(300);
    const deadline = Date.now() + 10_000;
    let afterCompaction = await (await asAdmin(`/clients:${clientId}?rev=${before._rev}`)).text();
    while (afterCompaction.includes(CODE) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      afterCompaction = await (await asAdmin(`/clients:${clientId}?rev=${before._rev}`)).text();
    }
    expect(afterCompaction).not.toContain(CODE);
  });
});
