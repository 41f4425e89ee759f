// A large caseload as a Fidelio backup file, the same on every run (seeded): one service with 500
// clients and 10,000 employer contacts, every one with a note in Finnish, Swedish, Sámi, emoji
// and right-to-left script, and timestamps to the millisecond. It goes in through the app's own
// restore, so what is stored is what the app itself writes.

/** mulberry32: small, fast and good enough for test data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words only, never digit runs: a long enough run of digits could look like an identity code.
const PHRASES = [
  'Työkokeilu Äänekoskella sujui hyvin',
  'Ärrä-kioskin esihenkilö lupasi soittaa',
  'Sámi: čđŋšŧž ja ČĐŊŠŦŽ, giitu',
  'på svenska: åäö och ÅÄÖ',
  'emoji 👍🏽 ja 🧑‍🔧 työpaikalla',
  'עברית ja العربية oikealta vasemmalle',
  'lainausmerkit "näin" ja \'näin\' sekä <b>merkintä</b> & muuta',
  'rivinvaihto\nja sarkain\tkeskellä',
  'hajotettu a\u0308 ja koottu ä',
];
const MODES = ['face-to-face', 'face-to-face', 'face-to-face', 'phone', 'email', 'other'];
const PURPOSES = ['learn-needs', 'describe-service', 'present-job-seeker', 'follow-up-hire', 'other'];
const SOURCES = ['employment-services', 'typ', 'adult-social-work', 'mental-health-services', 'self-referral'].map(
  (key) => `default:${key}`,
);
const DAY = 86_400_000;

export function largeCaseloadBackup({ seed = 14, clients = 500, contacts = 10_000, today = '2026-11-20' } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const end = Date.parse(`${today}T00:00:00.000Z`);
  const day = (time) => new Date(time).toISOString().slice(0, 10);
  // Created on the day at a time to the millisecond; some edited later.
  const stamps = (time) => {
    const created = time + int(0, DAY - 1);
    const updated = rand() < 0.3 ? created + int(1, 30 * DAY) : created;
    return {
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(Math.min(updated, end + DAY - 1)).toISOString(),
      deletedAt: null,
    };
  };
  const note = () => Array.from({ length: int(1, 4) }, () => pick(PHRASES)).join('. ');

  const serviceId = uuid();
  const started = end - 3 * 365 * DAY;
  const service = {
    id: serviceId,
    serviceId,
    ...stamps(started),
    name: 'Suuri palvelu – Stor tjänst',
    organisation: 'Hyvinvointialue',
    region: 'Sápmi',
    notes: note(),
  };
  const staff = Array.from({ length: 25 }, (_, s) => ({
    id: uuid(),
    serviceId,
    ...stamps(started),
    name: `Valmentaja ${String.fromCharCode(65 + s)} Åkerström-Čeč`,
    role: s === 0 ? 'team-leader' : 'specialist',
    fte: pick([1, 0.8, 0.5]),
    startDate: day(started),
    endDate: null,
  }));
  const employers = Array.from({ length: 40 }, (_, e) => ({
    id: uuid(),
    serviceId,
    ...stamps(started),
    name: `Työnantaja ${String.fromCharCode(65 + (e % 26))}${e >= 26 ? 'b' : ''} Oy – Ab`,
    sector: pick(['kauppa', 'teollisuus', 'hoiva']),
    area: pick(['Inari', 'Utsjoki', 'Vaasa – Vasa']),
    notes: note(),
    mergedInto: null,
  }));
  const clientRecords = [];
  const phaseChanges = [];
  const assignments = [];
  for (let c = 0; c < clients; c += 1) {
    const referral = end - int(60, 1000) * DAY;
    const start = referral + int(0, 30) * DAY;
    const id = uuid();
    clientRecords.push({
      id,
      serviceId,
      ...stamps(referral),
      code: `AS-${String.fromCharCode(65 + (c % 26))}${String.fromCharCode(65 + (Math.floor(c / 26) % 26))}-${c % 7}`,
      referralDate: day(referral),
      referralSource: pick(SOURCES),
      startDate: day(start),
      notes: note(),
    });
    phaseChanges.push({
      id: uuid(),
      serviceId,
      ...stamps(start),
      clientId: id,
      date: day(start),
      kind: 'move',
      phase: int(1, 5),
      closureReason: null,
    });
    assignments.push({ id: uuid(), serviceId, ...stamps(start), clientId: id, staffId: pick(staff.slice(1)).id, date: day(start) });
  }
  const employerContacts = Array.from({ length: contacts }, () => {
    const when = end - int(0, 700) * DAY;
    const client = rand() < 0.5 ? [pick(clientRecords).id] : [];
    return {
      id: uuid(),
      serviceId,
      ...stamps(when),
      date: day(when),
      staffId: pick(staff.slice(1)).id,
      employerId: pick(employers).id,
      contactPersonId: null,
      mode: pick(MODES),
      clientIds: client,
      purpose: pick(PURPOSES),
      outcome: pick(['', 'Sovittiin tapaaminen – möte bokat']),
      nextStep: '',
      followUpDate: null,
      notes: note(),
    };
  });
  return {
    format: 'fidelio-backup',
    version: 1,
    exportedAt: `${today}T08:00:00.000Z`,
    data: { services: [service], staff, clients: clientRecords, phaseChanges, assignments, employers, employerContacts },
  };
}
