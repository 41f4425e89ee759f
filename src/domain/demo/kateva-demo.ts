import type { DataSource, ItemId, Score } from '../fidelity/items';
import { BUILT_IN_SCALE_ID, BUILT_IN_SCALE_VERSION } from '../fidelity/scale-definition';
import { TimestampSchema } from '../records/base';
import type { Priority, Rating, Recommendation, Review } from '../records/review';
import type { Service } from '../records/service';

/**
 * Demo data modelled on Jyväskylä's job coaching service Kätevä, reviewed in autumn 2021 (83 points)
 * and autumn 2022 (91 points) (../shared/domain/context.md, "Reviews and scores"). Only the totals
 * are public: the item scores, notes, recommendations and reviewers below are invented but kept
 * plausible for a young Finnish service, so the demo shows a realistic review history.
 */

export interface DemoOptions {
  /** ISO timestamp with offset; the moment the demo is loaded. */
  now: string;
  /** Called in a fixed order, so a fixed id sequence always yields the same records. */
  newId: () => string;
  locale: 'fi' | 'en';
}

export interface DemoRecords {
  services: Service[];
  reviews: Review[];
  ratings: Rating[];
  recommendations: Recommendation[];
}

/** The public totals of the two reviews, oldest first. */
export const DEMO_TOTALS = [83, 91] as const;

interface LocalisedText {
  fi: string;
  en: string;
}

interface DemoRating {
  score: Score;
  notes: LocalisedText;
}

interface DemoItem {
  /** A subset of the item's data sources in FIDELITY_ITEMS: what the reviewers actually used. */
  dataSources: readonly DataSource[];
  round2021: DemoRating;
  round2022: DemoRating;
}

interface DemoRecommendation {
  itemId: ItemId;
  priority: Priority;
  text: LocalisedText;
}

interface DemoRound {
  firstDay: string;
  lastDay: string;
  reviewers: readonly string[];
  /** When the review record was opened on the first visit day. */
  createdAt: string;
  /** When the consensus ratings were entered, after the visit. */
  ratedAt: string;
  finalisedAt: string;
  recommendations: readonly DemoRecommendation[];
}

// Record<ItemId, …> makes the compiler insist on all 25 items.
const ITEMS: Record<ItemId, DemoItem> = {
  'staffing-1': {
    dataSources: ['MIS', 'DOC', 'INT'],
    round2021: {
      score: 5,
      notes: {
        fi: 'Asiakasrekisterin mukaan neljällä työhönvalmentajalla keskimäärin 16 aktiivista asiakasta (13–19); mukana sekä työnhakijat että työssä olevat. Vahvistettu tiiminvetäjän haastattelussa.',
        en: 'The client register shows 16 active clients on average for each of the four employment specialists (range 13–19), job seekers and people in work included. Confirmed in the team leader interview.',
      },
    },
    round2022: {
      score: 5,
      notes: {
        fi: 'Viisi työhönvalmentajaa, keskimäärin 18 aktiivista asiakasta (15–20). Yhdellä valmentajalla oli kesällä hetkellisesti 21 asiakasta; tasattu syyskuussa.',
        en: 'Five employment specialists, 18 active clients on average (15–20). One specialist briefly had 21 clients in the summer; evened out in September.',
      },
    },
  },
  'staffing-2': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 5,
      notes: {
        fi: 'Tehtävänkuvissa vain työhönvalmennus. Valmentajien haastattelujen mukaan muita tehtäviä ei ole; kuntakokeilun palveluohjauksen hoitavat muut työntekijät.',
        en: 'Job descriptions cover employment services only. Specialist interviews confirmed no other duties; case management for the municipal employment trial is done by other staff.',
      },
    },
    round2022: {
      score: 5,
      notes: {
        fi: 'Ennallaan. Maaliskuussa aloittanut uusi valmentaja tekee pelkästään työhönvalmennusta.',
        en: 'Unchanged. The new specialist who started in March works in employment services only.',
      },
    },
  },
  'staffing-3': {
    dataSources: ['DOC', 'INT', 'OBS'],
    round2021: {
      score: 4,
      notes: {
        fi: 'Valmentajat hoitavat itse tutustumisen, profiloinnin, työnhaun, työn aloituksen ja tuen työssä. Alkuhaastattelu tehdään kuitenkin keskitetysti työllisyyspalvelujen neuvonnassa.',
        en: 'Specialists handle engagement, profiling, job search, job start and in-work support themselves. The first intake interview is still done centrally by the employment services front desk.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Alkuhaastattelu yhä keskitetty, muuten kaikki vaiheet omalla valmentajalla. Kahdeksan asiakaskansion otoksessa ei siirtoja valmentajalta toiselle.',
        en: 'Intake is still centralised; otherwise one specialist covers every phase. No hand-overs between specialists in a sample of eight client files.',
      },
    },
  },
  'organization-1': {
    dataSources: ['MIS', 'DOC', 'INT'],
    round2021: {
      score: 2,
      notes: {
        fi: 'Valmentajia ei ole nimetty hoitotiimeihin. Ohjaukset tulevat pääosin kuntakokeilusta ja aikuissosiaalityöstä; psykiatrian avohoidosta noin 20 % asiakkaista. Haastateltu psykiatrian poliklinikan osastonhoitajaa.',
        en: 'Specialists are not assigned to treatment teams. Referrals come mainly from the municipal employment trial and adult social work; about 20% of clients come from psychiatric outpatient care. Interviewed the outpatient clinic nurse manager.',
      },
    },
    round2022: {
      score: 3,
      notes: {
        fi: 'Neljä viidestä valmentajasta nimettiin keväällä 2022 aikuispsykiatrian avohoidon tiimeihin. Rekisterin mukaan 55 % asiakkaista tulee nimetyistä tiimeistä.',
        en: 'Four of the five specialists were assigned to adult psychiatric outpatient teams in spring 2022. The register shows 55% of clients coming from the assigned teams.',
      },
    },
  },
  'organization-2': {
    dataSources: ['DOC', 'INT', 'OBS'],
    round2021: {
      score: 2,
      notes: {
        fi: 'Valmentajat osallistuvat hoitotiimin kokoukseen vain asiakaskohtaisesti kutsuttuina. Työhönvalmennuksen kirjaukset ovat eri järjestelmässä kuin hoidon kirjaukset. Toteutuvat: työpiste samassa sote-keskuksessa ja yhteiset päätökset osassa asiakkuuksia.',
        en: 'Specialists join treatment team meetings only when invited for a particular client. Employment notes are kept in a different system from treatment records. Present: desks in the same health and social services centre, and shared decisions for some clients.',
      },
    },
    round2022: {
      score: 2,
      notes: {
        fi: 'Kaksi valmentajaa osallistuu nyt viikoittain tiimikokoukseen (havainnoitu 11.10.), mutta yhteistä asiakastietojärjestelmää ei ole eikä valmentajilla ole pääsyä potilastietoihin. Muut valmentajat eivät vielä osallistu.',
        en: 'Two specialists now attend the weekly team meeting (observed on 11 Oct), but there is still no shared client record and specialists cannot read patient records. The other specialists do not attend yet.',
      },
    },
  },
  'organization-3': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 3,
      notes: {
        fi: 'TE-toimiston asiantuntijan kanssa kuukausittainen palaveri yhteisistä asiakkaista (muistiot syys- ja lokakuulta). Haastateltu TE-toimiston asiantuntijaa puhelimitse.',
        en: 'Monthly meeting with the TE office specialist on shared clients (minutes from September and October). Interviewed the TE office specialist by phone.',
      },
    },
    round2022: {
      score: 2,
      notes: {
        fi: 'TE-toimiston yhteyshenkilö vaihtui keväällä, eikä kuukausipalavereja ole jatkettu. Yhteydenpito vain tarvittaessa, arviolta neljännesvuosittain. Henkilöstö koki kuntakokeilun ja TE-toimiston työnjaon epäselväksi.',
        en: 'The contact person at the TE office changed in spring and the monthly meetings have not resumed. Contact only as needed, roughly quarterly. Staff found the split of work between the municipal trial and the TE office unclear.',
      },
    },
  },
  'organization-4': {
    dataSources: ['MIS', 'INT', 'OBS'],
    round2021: {
      score: 4,
      notes: {
        fi: 'Neljä valmentajaa ja tiiminvetäjä. Tiimipalaveri joka toinen viikko, asiakastilanteita käsitellään ja valmentajat sijaistavat toisiaan. Havainnoitu tiimipalaveri 12.10.',
        en: 'Four specialists and a team leader. Team meeting every other week with client discussion; specialists cover for each other. Observed the team meeting on 12 Oct.',
      },
    },
    round2022: {
      score: 5,
      notes: {
        fi: 'Tiimipalaveri nyt viikoittain, asiakaslähtöinen rakenne ja yhteinen työpaikkavinkkilista. Havainnoitu 12.10.: käsiteltiin kuusi asiakastilannetta ja neljä työnantajavinkkiä.',
        en: 'Team meeting now weekly, client-focused, with a shared list of job leads. Observed on 12 Oct: six client situations and four employer leads discussed.',
      },
    },
  },
  'organization-5': {
    dataSources: ['DOC', 'INT', 'OBS'],
    round2021: {
      score: 3,
      notes: {
        fi: 'Tiiminvetäjällä alle kymmenen valmentajaa ja viikoittainen ryhmätyönohjaus; tulokset käydään läpi neljännesvuosittain. Kenttäohjausta ei ole, eikä säännöllistä yhteyttä hoitotiimien vetäjiin.',
        en: 'The team leader has fewer than ten specialists, holds weekly group supervision and reviews outcomes quarterly. No field mentoring and no regular link with treatment team leaders.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Kenttäohjaus aloitettu: tiiminvetäjä on mukana uuden valmentajan työnantajakäynneillä kuukausittain (kalenterimerkinnät). Säännöllinen yhteys hoitotiimien vetäjiin puuttuu yhä.',
        en: 'Field mentoring has started: the team leader joins the new specialist on employer visits monthly (calendar entries). Still no regular link with treatment team leaders.',
      },
    },
  },
  'organization-6': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 4,
      notes: {
        fi: 'Kirjallisia ulossulkukriteerejä ei ole; kuka tahansa työtä haluava voi ohjautua palveluun. Ohjauksia ei kuitenkaan haeta aktiivisesti psykiatrian puolelta. Esite ja ohjauslomake tarkistettu.',
        en: 'No written exclusion criteria; anyone who wants work can be referred. Referrals are not actively sought from psychiatric services, though. Leaflet and referral form checked.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Ennallaan. Ohjauksia haetaan nyt myös aikuissosiaalityöstä, mutta osa psykiatrian hoitavista työntekijöistä pohtii yhä asiakkaan "valmiutta" ennen ohjausta (kahden sairaanhoitajan haastattelu).',
        en: 'Unchanged. Referrals are now also sought from adult social work, but some psychiatric clinicians still weigh a client\'s "readiness" before referring (interview with two nurses).',
      },
    },
  },
  'organization-7': {
    dataSources: ['DOC', 'INT', 'OBS'],
    round2021: {
      score: 3,
      notes: {
        fi: 'Työstä kysytään sote-keskuksen alkukartoituksessa, ja odotustilassa on IPS-esite. Työllistymisastetta seurataan hankkeen puolivuotisraportissa, ei neljännesvuosittain.',
        en: 'Work is asked about in the health and social services centre\'s initial assessment, and an IPS leaflet is on display in the waiting area. The employment rate is followed in the project\'s half-yearly report, not quarterly.',
      },
    },
    round2022: {
      score: 3,
      notes: {
        fi: 'Ennallaan. Asiakkaiden työtarinoita on suunniteltu kaupungin verkkosivuille, mutta niitä ei ole vielä julkaistu.',
        en: 'Unchanged. Clients\' work stories are planned for the city website but have not been published yet.',
      },
    },
  },
  'organization-8': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 3,
      notes: {
        fi: 'Työllisyyspalvelujen johtaja tuntee IPS-periaatteet ja istuu neljännesvuosittain kokoontuvassa hankkeen ohjausryhmässä, jolle IPS-vastaava raportoi kahdesti vuodessa. Laatuarviointi tehdään vain kerran vuodessa, eikä konkreettisia työllistymistavoitteita ole viestitty koko henkilöstölle.',
        en: 'The head of employment services knows the IPS principles and sits on the project steering group, which meets quarterly and gets a report from the IPS lead twice a year. Fidelity is reviewed only yearly, and no concrete employment goals have been shared with all staff.',
      },
    },
    round2022: {
      score: 3,
      notes: {
        fi: 'Ennallaan. Hankerahoitus päättyy vuoden 2022 lopussa, ja palvelun jatko sekä yhteistyö hyvinvointialueen kanssa olivat haastatteluhetkellä auki.',
        en: 'Unchanged. Project funding ends at the end of 2022, and the future of the service and its cooperation with the wellbeing services county were open at the time of the interviews.',
      },
    },
  },
  'services-1': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 2,
      notes: {
        fi: 'Etuusasioissa asiakas ohjataan Kelaan tai sosiaalityöntekijälle. Valmentajat eivät itse laske työtulojen vaikutusta etuuksiin. Etuudet mainittu kolmessa kymmenestä asiakaskansiosta.',
        en: 'For benefits questions clients are referred to Kela or a social worker. Specialists do not work out the effect of earnings on benefits themselves. Benefits mentioned in three of ten client files.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Sosiaaliohjaaja koulutettiin etuusneuvontaan keväällä 2022, ja asiakkaille tarjotaan tulo- ja etuuslaskelma ennen työn aloitusta (7/10 kansiossa). Järjestelmällistä seurantaa työtuntien muuttuessa ei vielä ole.',
        en: 'A social counsellor was trained in benefits counselling in spring 2022, and clients are offered an earnings and benefits calculation before starting work (7 of 10 files). No systematic follow-up yet when hours change.',
      },
    },
  },
  'services-2': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 4,
      notes: {
        fi: 'Kertominen ei ole palvelun ehto, hyödyt ja haitat käydään läpi ennen työnantajakontaktia ja asiaan palataan ennen työn aloitusta. Konkreettisia sanamuotoja harjoitellaan harvoin. Asiakkaiden ryhmähaastattelu (5 asiakasta).',
        en: 'Disclosure is not a condition of service, pros and cons are discussed before employer contact, and the topic is revisited before the job starts. Concrete wording is seldom practised. Client group interview (5 clients).',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Ennallaan; uusi valmentaja on perehdytetty samaan käytäntöön. Sanamuotojen harjoittelu yhä satunnaista.',
        en: 'Unchanged; the new specialist was introduced to the same practice. Practising wording is still occasional.',
      },
    },
  },
  'services-3': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 4,
      notes: {
        fi: 'Ammatillinen profiili laaditaan 2–3 tapaamisessa palvelun omalla lomakkeella, mutta neljässä kymmenestä kansiosta profiilia ei ollut päivitetty työsuhteen päätyttyä.',
        en: 'The career profile is built in 2–3 meetings on the service\'s own form, but in four of ten files it had not been updated after a job ended.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Profiililomake uudistettu; päivitys puuttui yhä kolmesta kymmenestä kansiosta.',
        en: 'Profile form renewed; updates were still missing in three of ten files.',
      },
    },
  },
  'services-4': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 3,
      notes: {
        fi: 'Kymmenen asiakaskansion otoksessa asiakkuuden alusta ensimmäiseen kasvokkaiseen työnantajakontaktiin kului keskimäärin 78 päivää. Usea asiakas aloitti työkokeilulla.',
        en: 'In a sample of ten client files, the first face-to-face employer contact came 78 days after entry on average. Several clients started with a work trial.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Otoksessa keskimäärin 41 päivää. Tiimi on sopinut, että ensimmäinen työnantajakontakti suunnitellaan jo toisella tapaamisella.',
        en: 'Sample average 41 days. The team has agreed to plan the first employer contact at the second meeting.',
      },
    },
  },
  'services-5': {
    dataSources: ['DOC', 'INT', 'OBS'],
    round2021: {
      score: 4,
      notes: {
        fi: 'Noin 80 % kirjatuista työnantajakontakteista vastaa profiiliin kirjattuja toiveita. Työnhakusuunnitelma löytyi kahdeksasta kansiosta kymmenestä.',
        en: 'About 80% of the logged employer contacts match the wishes recorded in the profile. A job search plan was found in eight of ten files.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Noin 85 %. Ryhmähaastattelussa asiakkaat kertoivat, että haku lähtee heidän omista toiveistaan.',
        en: 'About 85%. In the group interview clients said the search starts from their own wishes.',
      },
    },
  },
  'services-6': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 2,
      notes: {
        fi: 'Kontaktilomakkeen mukaan keskimäärin kaksi kasvokkaista työnantajakontaktia valmentajaa kohden viikossa; osa kontakteista vain puhelimitse. Lomaketta ei käydä läpi tiimissä.',
        en: 'The contact log shows two face-to-face employer contacts a week per specialist on average; some contacts are by phone only. The log is not reviewed in the team.',
      },
    },
    round2022: {
      score: 3,
      notes: {
        fi: 'Keskimäärin neljä kasvokkaista kontaktia viikossa; tiiminvetäjä käy lomakkeen läpi kuukausittain. Kahdella valmentajalla määrä jäi alle kolmen.',
        en: 'Four face-to-face contacts a week on average; the team leader reviews the log monthly. Two specialists stayed under three a week.',
      },
    },
  },
  'services-7': {
    dataSources: ['INT', 'OBS'],
    round2021: {
      score: 3,
      notes: {
        fi: 'Havainnoitu yksi työnantajakäynti: valmentaja esitteli palvelun ja pyysi haastattelua ilmoitettuun paikkaan. Toistuvia suhteenrakennuskäyntejä on vähän.',
        en: 'Observed one employer visit: the specialist presented the service and asked for an interview for an advertised job. Little repeated relationship-building.',
      },
    },
    round2022: {
      score: 3,
      notes: {
        fi: 'Havainnoitu kaksi käyntiä; toisella selvitettiin yrityksen rekrytointitarpeita ilman avointa paikkaa. Käytäntö vaihtelee valmentajittain.',
        en: 'Observed two visits; in one the specialist explored the firm\'s hiring needs with no vacancy open. Practice varies between specialists.',
      },
    },
  },
  'services-8': {
    dataSources: ['MIS', 'DOC'],
    round2021: {
      score: 4,
      notes: {
        fi: 'Rekisterin 19 työsuhteessa 14 eri työtyyppiä (74 %): kauppa, siivous, logistiikka, ravintola-ala ja toimistotyö.',
        en: 'The 19 jobs in the register cover 14 different job types (74%): retail, cleaning, logistics, restaurants and office work.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: '31 työsuhteessa 24 eri työtyyppiä (77 %).',
        en: '31 jobs cover 24 different job types (77%).',
      },
    },
  },
  'services-9': {
    dataSources: ['MIS', 'DOC'],
    round2021: {
      score: 4,
      notes: {
        fi: '19 työsuhdetta 15 eri työnantajalla (79 %). Suurin yksittäinen työnantaja oli kaupungin tukipalvelut (3 työsuhdetta).',
        en: '19 jobs with 15 different employers (79%). The largest single employer was the city\'s support services (3 jobs).',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: '31 työsuhdetta 25 eri työnantajalla (81 %).',
        en: '31 jobs with 25 different employers (81%).',
      },
    },
  },
  'services-10': {
    dataSources: ['MIS', 'DOC', 'INT'],
    round2021: {
      score: 3,
      notes: {
        fi: '19 työsuhteesta 15 avoimilla työmarkkinoilla (79 %); muut olivat kaupungin määräaikaisia työllistämispaikkoja. Työkokeiluja ei laskettu työsuhteiksi.',
        en: 'Of 19 jobs, 15 are on the open labour market (79%); the rest were the city\'s fixed-term employment placements. Work trials were not counted as jobs.',
      },
    },
    round2022: {
      score: 3,
      notes: {
        fi: '31 työsuhteesta 25 avoimilla työmarkkinoilla (81 %). Kaupungin työllistämispaikkoja käytetään yhä ensimmäisenä työnä.',
        en: 'Of 31 jobs, 25 are on the open labour market (81%). The city\'s employment placements are still used as a first job.',
      },
    },
  },
  'services-11': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 3,
      notes: {
        fi: 'Tuki työssä on pääosin valmentajan puheluita. Hoitotiimi ja läheiset osallistuvat harvoin. Haastateltu kolmea työssä olevaa asiakasta.',
        en: 'In-work support is mainly phone calls from the specialist. The treatment team and family are rarely involved. Interviewed three clients in work.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Tuki on yksilöllisempää: työpaikkakäyntejä, tukea työnantajalle asiakkaan luvalla ja yhteisiä palavereja hoitavan työntekijän kanssa. Apua opintoihin hakeutumisessa yksittäistapauksissa.',
        en: 'Support is more individual: workplace visits, support for the employer with the client\'s consent, and joint meetings with the clinician. Help with applying for studies in single cases.',
      },
    },
  },
  'services-12': {
    dataSources: ['MIS', 'DOC', 'INT'],
    round2021: {
      score: 3,
      notes: {
        fi: 'Yli puolta työssä olevista on tavattu vähintään neljän kuukauden ajan, mutta viikoittaiset tapaamiset ensimmäisen kuukauden aikana eivät toteudu kaikilla. Hankkeen aikataulu rajaa tuen kestoa.',
        en: 'More than half of working clients have been seen for at least four months, but weekly meetings in the first month do not happen for everyone. The project timetable limits how long support lasts.',
      },
    },
    round2022: {
      score: 3,
      notes: {
        fi: 'Ennallaan. Kuukausittaiset tapaamiset kirjattu kuuteen kymmenestä työssä olevan kansiosta. Tuen siirtoa hoitotiimille ei suunnitella.',
        en: 'Unchanged. Monthly meetings are recorded in six of ten files of working clients. Hand-over of support to the treatment team is not planned.',
      },
    },
  },
  'services-13': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 3,
      notes: {
        fi: 'Kalentereiden perusteella noin 45 % työajasta kuluu toimiston ulkopuolella. Asiakastapaamiset pidetään usein sote-keskuksen tiloissa.',
        en: 'Calendars show about 45% of working time spent outside the office. Client meetings are often held at the health and social services centre.',
      },
    },
    round2022: {
      score: 4,
      notes: {
        fi: 'Noin 55 % työajasta toimiston ulkopuolella; tapaamisia on siirretty kahviloihin, kirjastoon ja työpaikoille.',
        en: 'About 55% of working time outside the office; meetings have moved to cafés, the library and workplaces.',
      },
    },
  },
  'services-14': {
    dataSources: ['DOC', 'INT'],
    round2021: {
      score: 3,
      notes: {
        fi: 'Asiakkuutta ei päätetä poisjääntien vuoksi, yhteydenottoyritykset kirjataan, sosiaaliohjaaja tavoittelee asiakasta tarvittaessa ja kotikäyntejä tehdään. Yhteiskäyntejä hoitavan työntekijän kanssa ja yhteydenpitoa läheisiin on tuskin lainkaan.',
        en: 'Clients are not closed for missed meetings, outreach attempts are recorded, the social counsellor reaches out when needed and home visits are made. Joint visits with a clinician and contact with family hardly happen.',
      },
    },
    round2022: {
      score: 3,
      notes: {
        fi: 'Ennallaan. Kahdessa kansiossa yhteiskäynti hoitavan työntekijän kanssa, mutta käytäntö ei ole vakiintunut.',
        en: 'Unchanged. Two files show a joint visit with a clinician, but this is not yet routine.',
      },
    },
  },
};

// Times are UTC; October in Finland is UTC+3, so 06:30Z is 09:30 on site.
const ROUNDS: readonly [DemoRound, DemoRound] = [
  {
    firstDay: '2021-10-12',
    lastDay: '2021-10-13',
    reviewers: ['Sanna Lehtonen', 'Mikko Hyvärinen'],
    createdAt: '2021-10-12T06:30:00.000Z',
    ratedAt: '2021-10-14T11:00:00.000Z',
    finalisedAt: '2021-10-20T10:15:00.000Z',
    recommendations: [
      {
        itemId: 'services-1',
        priority: 'high',
        text: {
          fi: 'Tarjotkaa jokaiselle asiakkaalle yksilöllinen etuusneuvonta ja tulolaskelma ennen työn aloitusta. Kouluttakaa tiimiin vähintään yksi etuusneuvoja ja sopikaa yhteistyöstä Kelan kanssa.',
          en: 'Offer every client individual benefits counselling with an earnings calculation before starting work. Train at least one benefits counsellor in the team and agree a way of working with Kela.',
        },
      },
      {
        itemId: 'services-6',
        priority: 'high',
        text: {
          fi: 'Nostakaa kasvokkaiset työnantajakontaktit vähintään kuuteen viikossa valmentajaa kohden. Kirjatkaa kontaktit viikoittain ja käykää kirjaukset läpi tiimipalaverissa.',
          en: 'Raise face-to-face employer contacts to at least six a week per specialist. Log contacts weekly and go through the log in the team meeting.',
        },
      },
      {
        itemId: 'organization-1',
        priority: 'high',
        text: {
          fi: 'Nimetkää kullekin työhönvalmentajalle yksi tai kaksi psykiatrian avohoidon tiimiä ja sopikaa, että ohjaukset tulevat ensisijaisesti näistä tiimeistä.',
          en: 'Assign each employment specialist to one or two psychiatric outpatient teams and agree that referrals come mainly from those teams.',
        },
      },
      {
        itemId: 'organization-2',
        priority: 'medium',
        text: {
          fi: 'Sopikaa valmentajien viikoittaisesta osallistumisesta hoitotiimien kokouksiin ja selvittäkää, miten työhönvalmennuksen kirjaukset saadaan samaan asiakastietojärjestelmään hoidon kanssa.',
          en: 'Agree that specialists attend the treatment teams\' weekly meetings, and find out how employment notes can be kept in the same client record as treatment.',
        },
      },
      {
        itemId: 'services-4',
        priority: 'medium',
        text: {
          fi: 'Tavoitelkaa ensimmäistä kasvokkaista työnantajakontaktia 30 päivän kuluessa asiakkuuden alusta. Työkokeilua ei tarvita ennen työnhakua.',
          en: 'Aim for the first face-to-face employer contact within 30 days of entry. A work trial is not needed before job search.',
        },
      },
      {
        itemId: 'organization-5',
        priority: 'medium',
        text: {
          fi: 'Lisätkää tiiminvetäjän tehtäviin uusien valmentajien kuukausittainen kenttäohjaus ja säännölliset tapaamiset hoitotiimien vetäjien kanssa.',
          en: 'Add monthly field mentoring of new specialists and regular meetings with treatment team leaders to the team leader\'s tasks.',
        },
      },
      {
        itemId: 'services-13',
        priority: 'low',
        text: {
          fi: 'Siirtäkää asiakastapaamisia toimistolta asiakkaiden arkiympäristöihin ja työpaikoille; tavoite on vähintään 65 % työajasta toimiston ulkopuolella.',
          en: 'Move client meetings out of the office into clients\' everyday surroundings and workplaces; the aim is at least 65% of working time outside the office.',
        },
      },
    ],
  },
  {
    firstDay: '2022-10-11',
    lastDay: '2022-10-12',
    reviewers: ['Sanna Lehtonen', 'Jukka Kettunen'],
    createdAt: '2022-10-11T06:30:00.000Z',
    ratedAt: '2022-10-13T12:00:00.000Z',
    finalisedAt: '2022-10-19T09:45:00.000Z',
    recommendations: [
      {
        itemId: 'organization-3',
        priority: 'high',
        text: {
          fi: 'Sopikaa TE-toimiston uuden yhteyshenkilön kanssa kuukausittaisista tapaamisista ja yhteisten asiakkaiden viikoittaisesta yhteydenpidosta. Kirjatkaa työnjako kuntakokeilun kanssa ja huomioikaa TE-palvelujen siirto kunnille.',
          en: 'Agree monthly meetings and weekly contact on shared clients with the new TE office contact person. Write down the split of work with the municipal trial and plan for the transfer of TE services to municipalities.',
        },
      },
      {
        itemId: 'organization-2',
        priority: 'high',
        text: {
          fi: 'Laajentakaa viikoittainen osallistuminen hoitotiimin kokouksiin kaikille valmentajille ja edistäkää valmentajien pääsyä yhteiseen asiakastietojärjestelmään asiakkaan suostumuksella.',
          en: 'Extend weekly attendance at treatment team meetings to every specialist, and work towards specialists\' access to a shared client record with the client\'s consent.',
        },
      },
      {
        itemId: 'services-6',
        priority: 'medium',
        text: {
          fi: 'Jatkakaa työnantajakontaktien lisäämistä kohti kuutta viikossa; tarjotkaa kenttäohjausta valmentajille, joiden määrä jää alle kolmen.',
          en: 'Keep raising employer contacts towards six a week; offer field mentoring to specialists who stay under three.',
        },
      },
      {
        itemId: 'organization-8',
        priority: 'medium',
        text: {
          fi: 'Varmistakaa palvelun jatko hankkeen päätyttyä ja sopikaa johdon kanssa konkreettisista työllistymistavoitteista, joista viestitään koko henkilöstölle.',
          en: 'Secure the service beyond the project and agree concrete employment goals with leadership, shared with all staff.',
        },
      },
      {
        itemId: 'services-12',
        priority: 'low',
        text: {
          fi: 'Kirjatkaa jokaiselle työssä olevalle tuen aikataulu: viikoittain ensimmäisen kuukauden ajan, sen jälkeen vähintään kuukausittain, sekä suunniteltu tuen siirto hoitotiimille.',
          en: 'Record a support schedule for every working client: weekly in the first month, at least monthly after that, and a planned hand-over to the treatment team.',
        },
      },
    ],
  },
];

const SERVICE_TEXTS = {
  name: 'Työvalmennuspalvelu Kätevä',
  createdAt: '2021-09-27T07:00:00.000Z',
  organisation: {
    fi: 'Jyväskylän kaupunki / Meijän kyvyt käyttöön -hanke',
    en: 'City of Jyväskylä / Meijän kyvyt käyttöön project',
  },
  region: { fi: 'Jyväskylä, Keski-Suomi', en: 'Jyväskylä, Keski-Suomi (Central Finland)' },
  notes: {
    fi: 'Esimerkkiaineisto. Kätevä arvioitiin IPS-laatukriteereillä syksyllä 2021 (83 pistettä) ja syksyllä 2022 (91 pistettä); kokonaispisteet ovat Meijän kyvyt käyttöön -hankkeen loppuraportista. Kohtakohtaiset pisteet, muistiinpanot, kehittämissuositukset ja arvioijien nimet ovat keksittyjä.',
    en: 'Demo data. Kätevä was reviewed against the IPS fidelity scale in autumn 2021 (83 points) and autumn 2022 (91 points); the totals come from the final report of the Meijän kyvyt käyttöön project. Item scores, notes, recommendations and reviewer names are invented.',
  },
} as const;

const ITEM_IDS_IN_ORDER = Object.keys(ITEMS) as ItemId[];

/**
 * Builds the Kätevä demo: one service, two final external reviews totalling DEMO_TOTALS, their 25
 * ratings each and their recommendations. Pure, so the caller supplies the clock and ids; newId is
 * called for the service, then per review: the review, its ratings in scale order, its
 * recommendations. The service's updatedAt is `now`, because loading the demo is its latest write;
 * everything else keeps its historical timestamps so the history reads as it happened.
 */
export function buildKatevaDemo(options: DemoOptions): DemoRecords {
  const { now, newId, locale } = options;
  if (!TimestampSchema.safeParse(now).success) throw new RangeError(`Not an ISO timestamp: ${now}`);

  const serviceId = newId();
  const service: Service = {
    id: serviceId,
    serviceId,
    createdAt: SERVICE_TEXTS.createdAt,
    updatedAt: now,
    deletedAt: null,
    name: SERVICE_TEXTS.name,
    organisation: SERVICE_TEXTS.organisation[locale],
    region: SERVICE_TEXTS.region[locale],
    notes: SERVICE_TEXTS.notes[locale],
  };

  const reviews: Review[] = [];
  const ratings: Rating[] = [];
  const recommendations: Recommendation[] = [];

  ROUNDS.forEach((round, index) => {
    const reviewId = newId();
    reviews.push({
      id: reviewId,
      serviceId,
      createdAt: round.createdAt,
      updatedAt: round.finalisedAt,
      deletedAt: null,
      scaleId: BUILT_IN_SCALE_ID,
      scaleVersion: BUILT_IN_SCALE_VERSION,
      firstDay: round.firstDay,
      lastDay: round.lastDay,
      type: 'external',
      reviewers: [...round.reviewers],
      status: 'final',
      finalisedAt: round.finalisedAt,
    });

    for (const itemId of ITEM_IDS_IN_ORDER) {
      const item = ITEMS[itemId];
      const rating = index === 0 ? item.round2021 : item.round2022;
      ratings.push({
        id: newId(),
        serviceId,
        createdAt: round.ratedAt,
        updatedAt: round.ratedAt,
        deletedAt: null,
        reviewId,
        itemId,
        score: rating.score,
        notes: rating.notes[locale],
        dataSources: [...item.dataSources],
      });
    }

    for (const recommendation of round.recommendations) {
      recommendations.push({
        id: newId(),
        serviceId,
        createdAt: round.ratedAt,
        updatedAt: round.ratedAt,
        deletedAt: null,
        reviewId,
        itemId: recommendation.itemId,
        text: recommendation.text[locale],
        priority: recommendation.priority,
      });
    }
  });

  return { services: [service], reviews, ratings, recommendations };
}
