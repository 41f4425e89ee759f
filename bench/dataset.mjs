// A large, realistic dataset for the benchmark, the same on every run (seeded), written as a
// Fidelio backup file so that it goes in through the app's own restore path.
// Sizes (issue 8): 20 services, 60 specialists, 10,000 clients with phase histories, 3,000 jobs,
// 200 reviews with notes, 200,000 employer contacts with 400 employers.

const ITEM_IDS = [
  ...[1, 2, 3].map((n) => `staffing-${n}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `organization-${n}`),
  ...Array.from({ length: 14 }, (_, i) => `services-${i + 1}`),
];
const JOB_TYPES = [
  'siivooja',
  'varastotyöntekijä',
  'postinjakaja',
  'kokki',
  'myyjä',
  'kiinteistöhuoltaja',
  'asentaja',
  'hoiva-avustaja',
  'toimistotyöntekijä',
  'ohjelmoija',
  'autonkuljettaja',
  'kassatyöntekijä',
];
const EMPLOYERS = [
  'Keski-Suomen Siivous Oy',
  'Posti',
  'Jyväskylän kaupunki',
  'K-Market Kortepohja',
  'Valmet',
  'Lounasravintola Aalto',
  'Huoltoyhtiö Kivi',
  'Tietotalo Oy',
  'Kuljetus Mäkinen',
  'Hoivakoti Ilo',
];
const SOURCES = [
  'employment-trial',
  'employment-services',
  'typ',
  'adult-social-work',
  'health-services',
  'mental-health-services',
  'self-referral',
  'other',
].map((key) => `default:${key}`);

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

const pad = (n, width = 2) => String(n).padStart(width, '0');
const isoDay = (time) => new Date(time).toISOString().slice(0, 10);
const DAY = 86_400_000;

export function generateDataset({ seed = 2026, today = '2026-11-22', withCaseload = true } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const end = Date.parse(`${today}T00:00:00Z`);
  const stamp = (day) => `${day}T09:00:00.000Z`;
  const sync = (serviceId, day) => ({ serviceId, createdAt: stamp(day), updatedAt: stamp(day), deletedAt: null });

  const data = { services: [], reviews: [], ratings: [], recommendations: [] };
  if (withCaseload)
    Object.assign(data, { staff: [], clients: [], phaseChanges: [], assignments: [], jobs: [], employers: [], employerContacts: [] });

  for (let s = 0; s < 20; s += 1) {
    const serviceId = uuid();
    data.services.push({
      id: serviceId,
      ...sync(serviceId, '2020-01-15'),
      name: `Työvalmennuspalvelu ${pad(s + 1)}`,
      organisation: `Hyvinvointialue ${pad((s % 6) + 1)}`,
      region: pick(['Jyväskylä', 'Mikkeli', 'Rovaniemi', 'Espoo', 'Lahti']),
      notes: 'Vertailuaineisto.',
    });

    // Ten yearly reviews per service: 200 in all, every item rated with a note.
    for (let r = 0; r < 10; r += 1) {
      const reviewId = uuid();
      const first = isoDay(end - (10 - r) * 180 * DAY);
      const isFinal = r < 9;
      data.reviews.push({
        id: reviewId,
        ...sync(serviceId, first),
        scaleId: 'ips-25',
        scaleVersion: 1,
        firstDay: first,
        lastDay: first,
        type: r % 2 ? 'external' : 'self-assessment',
        reviewers: ['Arvioija A', 'Arvioija B'],
        status: isFinal ? 'final' : 'in-progress',
        finalisedAt: isFinal ? stamp(first) : null,
      });
      for (const itemId of ITEM_IDS) {
        data.ratings.push({
          id: uuid(),
          ...sync(serviceId, first),
          reviewId,
          itemId,
          score: int(2, 5),
          notes: `Havainnot kohdasta ${itemId}: haastateltiin työhönvalmentajia ja luettiin asiakirjoja (${int(3, 12)} asiakasta).`,
          dataSources: ['DOC', 'INT'],
        });
      }
      for (let k = 0; k < 3; k += 1) {
        data.recommendations.push({
          id: uuid(),
          ...sync(serviceId, first),
          reviewId,
          itemId: pick(ITEM_IDS),
          text: 'Kehittämissuositus: sovitaan seurannasta tiiminvetäjän kanssa.',
          priority: pick(['high', 'medium', 'low']),
        });
      }
    }
    if (!withCaseload) continue;

    const specialists = [];
    for (let p = 0; p < 3; p += 1) {
      const staffId = uuid();
      specialists.push(staffId);
      data.staff.push({
        id: staffId,
        ...sync(serviceId, '2020-01-15'),
        name: `Valmentaja ${pad(s * 3 + p + 1, 3)}`,
        role: 'specialist',
        fte: pick([1, 1, 0.8, 0.5]),
        startDate: '2020-01-15',
        endDate: null,
      });
    }
    // 500 clients per service: 10,000 in all.
    for (let c = 0; c < 500; c += 1) {
      const clientId = uuid();
      const referral = end - int(10, 1500) * DAY;
      const start = referral + int(0, 40) * DAY;
      const startDay = start < end ? isoDay(start) : null;
      data.clients.push({
        id: clientId,
        ...sync(serviceId, isoDay(referral)),
        code: `S${pad(s + 1)}-${pad(c + 1, 4)}`,
        referralDate: isoDay(referral),
        referralSource: pick(SOURCES),
        startDate: startDay,
        notes: '',
      });
      if (!startDay) continue;
      data.assignments.push({ id: uuid(), ...sync(serviceId, startDay), clientId, staffId: pick(specialists), date: startDay });
      let day = start;
      for (let phase = 1; phase <= int(1, 5); phase += 1) {
        if (day >= end) break;
        data.phaseChanges.push({
          id: uuid(),
          ...sync(serviceId, isoDay(day)),
          clientId,
          date: isoDay(day),
          kind: 'move',
          phase,
          closureReason: null,
        });
        day += int(10, 120) * DAY;
      }
      if (rand() < 0.3 && day < end) {
        data.phaseChanges.push({
          id: uuid(),
          ...sync(serviceId, isoDay(day)),
          clientId,
          date: isoDay(day),
          kind: 'close',
          phase: null,
          closureReason: pick(['stepped-down', 'no-longer-wants-work', 'moved', 'other']),
        });
      }
    }
  }
  if (withCaseload) {
    const started = data.clients.filter((client) => client.startDate);
    for (let j = 0; j < 3000; j += 1) {
      const client = pick(started);
      const from = Date.parse(`${client.startDate}T00:00:00Z`) + int(20, 200) * DAY;
      const startDay = isoDay(Math.min(from, end - DAY));
      const endDay = rand() < 0.4 ? isoDay(Math.min(Date.parse(`${startDay}T00:00:00Z`) + int(30, 400) * DAY, end)) : null;
      data.jobs.push({
        id: uuid(),
        ...sync(client.serviceId, startDay),
        clientId: client.id,
        employer: pick(EMPLOYERS),
        title: pick(JOB_TYPES),
        jobType: pick(JOB_TYPES),
        startDate: startDay,
        endDate: endDay,
        hoursPerWeek: int(10, 37),
        competitive: rand() < 0.8,
        paySubsidy: rand() < 0.6,
      });
    }
  }
  if (withCaseload) {
    // 20 employers per service, and 10,000 contacts per service over the last three years.
    const byService = new Map();
    for (const service of data.services) {
      const employers = Array.from({ length: 20 }, (_, e) => {
        const id = uuid();
        data.employers.push({
          id,
          ...sync(service.id, '2022-01-10'),
          name: `${pick(EMPLOYERS)} ${e + 1}`,
          sector: pick(['teollisuus', 'kauppa', 'siivous', 'julkinen']),
          area: service.region,
          notes: '',
          mergedInto: null,
        });
        return id;
      });
      byService.set(service.id, {
        employers,
        staff: data.staff.filter((s) => s.serviceId === service.id).map((s) => s.id),
        clients: data.clients.filter((c) => c.serviceId === service.id && c.startDate).map((c) => c.id),
      });
    }
    for (const service of data.services) {
      const { employers, staff, clients } = byService.get(service.id);
      for (let k = 0; k < 10_000; k += 1) {
        const day = isoDay(end - int(0, 1095) * DAY);
        const forClient = rand() < 0.4;
        data.employerContacts.push({
          id: uuid(),
          ...sync(service.id, day),
          date: day,
          staffId: pick(staff),
          employerId: pick(employers),
          contactPersonId: null,
          mode: rand() < 0.75 ? 'face-to-face' : pick(['phone', 'email']),
          clientIds: forClient ? [pick(clients)] : [],
          purpose: pick(['learn-needs', 'describe-service', 'present-job-seeker', 'follow-up-hire']),
          outcome: '',
          nextStep: '',
          followUpDate: null,
          notes: '',
        });
      }
    }
  }
  const counts = Object.fromEntries(Object.entries(data).map(([table, records]) => [table, records.length]));
  return { backup: { format: 'fidelio-backup', version: 1, exportedAt: `${today}T08:00:00.000Z`, data }, counts };
}
