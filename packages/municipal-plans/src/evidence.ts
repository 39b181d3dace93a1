/**
 * What the kit itself enforces, and the test that shows it. Plans that say "the kit does this" (the remote-meeting
 * security guidance, the accessibility requirements, the continuity plan, the publication rules) refer to these
 * controls by id, so a claim in a plan always names a function and an existing test, and the accessibility
 * statement can take the result that test actually produced in the kit's own test run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { planIssue, type BilingualText, type PlanIssue } from './common.js';

/** A test of the kit: its file (repository-relative), the enclosing `describe` title if any, and its own title. */
export interface KitTestRef {
  file: string;
  describe?: string;
  test: string;
}

/** A behaviour the kit enforces: the exported function or component that enforces it and the test that shows it. */
export interface KitControl {
  /** The package that enforces it, e.g. `@digikokous/security`. */
  package: string;
  /** The function, class or element, e.g. `decideAccess` or `<dk-vote-panel>`. */
  enforcedBy: string;
  summary: BilingualText;
  test: KitTestRef;
}

const t = (file: string, test: string, describe?: string): KitTestRef =>
  describe === undefined ? { file, test } : { file, describe, test };
const SEC = '@digikokous/security';
const PROC = '@digikokous/procedure';
const COMP = '@digikokous/components';
const PLANS = '@digikokous/municipal-plans';

/**
 * The catalogue of controls. A test of this package checks that every named test file and test title exists in the
 * repository, so renaming a test breaks the build here, not silently in a published plan.
 */
export const kitControls = {
  'identity.loa-per-use': {
    package: SEC,
    enforcedBy: 'verifyIdentityToken',
    summary: {
      fi: 'Tunnistusvälineen varmuustaso tarkistetaan käyttötarkoituksen mukaan (osallistuminen, äänestys, salassa pidettävä aineisto); hyväksytään vain sallitut acr-arvot.',
      sv: 'Identifieringens tillitsnivå kontrolleras enligt användning (deltagande, röstning, sekretessbelagt material); endast tillåtna acr-värden godtas.',
    },
    test: t(
      'packages/security/test/identity.test.ts',
      'nonce, acr allow-list, level of assurance per use, audience, expiry, typ',
      'verifyIdentityToken: refusals',
    ),
  },
  'meeting-token.bound': {
    package: SEC,
    enforcedBy: 'verifyMeetingToken',
    summary: {
      fi: 'Kokouskohtainen osallistumistunniste on lyhytikäinen ja sidottu kokoukseen, myöntäjään ja vastaanottajaan.',
      sv: 'Deltagartoken är kortlivad och bunden till sammanträdet, utfärdaren och mottagaren.',
    },
    test: t(
      'packages/security/test/meeting-token.test.ts',
      'wrong issuer, wrong audience, mid not matching',
      'attack suite (RFC 8725; security-rules §2)',
    ),
  },
  'meeting-token.no-hetu': {
    package: SEC,
    enforcedBy: 'issueMeetingToken',
    summary: {
      fi: 'Henkilötunnusta ei koskaan kirjoiteta osallistumistunnisteeseen.',
      sv: 'Personbeteckningen skrivs aldrig in i en deltagartoken.',
    },
    test: t(
      'packages/security/test/meeting-token.test.ts',
      'a henkilötunnus as subject is refused even when signed',
      'attack suite (RFC 8725; security-rules §2)',
    ),
  },
  'access.confidential': {
    package: SEC,
    enforcedBy: 'decideAccess',
    summary: {
      fi: 'Salassa pidettävä aineisto näytetään vain kokoukseen kutsutuille ja oikeutetuille; ei esteelliselle, ei yleisölle.',
      sv: 'Sekretessbelagt material visas endast för kallade och behöriga; aldrig för en jävig ledamot eller allmänheten.',
    },
    test: t(
      'packages/security/test/confidentiality.test.ts',
      'never to a disqualified member, an unentitled official, someone not summoned, or the public',
      'decideAccess (JulkL 22–23 §, KuntaL 97–98 §)',
    ),
  },
  'components.confidential-not-rendered': {
    package: COMP,
    enforcedBy: '<dk-confidential>',
    summary: {
      fi: 'Käyttöliittymä ei vie salassa pidettävää sisältöä lainkaan sivulle katsojalle, jolla ei ole oikeutta.',
      sv: 'Gränssnittet lägger inte alls sekretessbelagt innehåll på sidan för en tittare utan behörighet.',
    },
    test: t(
      'packages/components/test/confidential.test.ts',
      'does not render the content for a viewer who may not see it',
    ),
  },
  'attachment.encrypted': {
    package: SEC,
    enforcedBy: 'encryptAttachment',
    summary: {
      fi: 'Salassa pidettävät liitteet salataan vastaanottajakohtaisesti; ulkopuolinen ei voi avata niitä.',
      sv: 'Sekretessbelagda bilagor krypteras per mottagare; en utomstående kan inte öppna dem.',
    },
    test: t(
      'packages/security/test/attachment.test.ts',
      'every entitled recipient can decrypt; an outsider cannot',
      'encryptAttachment / decryptAttachment',
    ),
  },
  'audit.tamper-evident': {
    package: SEC,
    enforcedBy: 'AuditChain',
    summary: {
      fi: 'Lokitapahtumat ketjutetaan tiivisteillä; katkaisu tai muokkaus havaitaan (Tiedonhallintalaki 17 §).',
      sv: 'Logghändelser kedjas med kontrollsummor; avkortning eller ändring upptäcks (informationshanteringslagen 17 §).',
    },
    test: t(
      'packages/security/test/audit.test.ts',
      'signed checkpoints detect truncation and a rewritten tail',
      'AuditChain (Tiedonhallintalaki 17 §)',
    ),
  },
  'audit.pseudonymous': {
    package: SEC,
    enforcedBy: 'AuditChain',
    summary: {
      fi: 'Lokin toimijat pseudonymisoidaan avaimella; henkilötunnusta ei kirjata lokiin.',
      sv: 'Aktörer i loggen pseudonymiseras med nyckel; personbeteckningen loggas aldrig.',
    },
    test: t(
      'packages/security/test/audit.test.ts',
      'pseudonymizes actors with a keyed hash, never the raw code',
      'AuditChain (Tiedonhallintalaki 17 §)',
    ),
  },
  'publication.no-hetu': {
    package: SEC,
    enforcedBy: 'publicationCheck',
    summary: {
      fi: 'Verkkojulkaisu estyy, jos pöytäkirjassa on henkilötunnus (Tietosuojalaki 29 §).',
      sv: 'Publicering på nätet stoppas om protokollet innehåller en personbeteckning (dataskyddslagen 29 §).',
    },
    test: t(
      'packages/security/test/redact.test.ts',
      'blocks a remaining henkilötunnus and names its path, not its value',
      'publicationCheck (KL 140 §, Tietosuojalaki 29 §)',
    ),
  },
  'publication.confidential-mention': {
    package: SEC,
    enforcedBy: 'publicationCheck',
    summary: {
      fi: 'Salassa pidettävästä asiasta julkaistaan vain maininta (KL 140 § 1 mom).',
      sv: 'Om ett sekretessbelagt ärende publiceras endast ett omnämnande (KommunL 140 § 1 mom.).',
    },
    test: t(
      'packages/security/test/redact.test.ts',
      'understands meeting-schema publicity records: a confidential item may remain only as a mention (KL 140 §)',
      'publicationCheck (KL 140 §, Tietosuojalaki 29 §)',
    ),
  },
  'publication.redact': {
    package: SEC,
    enforcedBy: 'redactPersonalData',
    summary: {
      fi: 'Henkilötunnukset, puhelinnumerot, sähköpostiosoitteet ja nimetyt yksityishenkilöt poistetaan julkaistavasta tekstistä.',
      sv: 'Personbeteckningar, telefonnummer, e-postadresser och angivna privatpersoner tas bort ur text som publiceras.',
    },
    test: t(
      'packages/security/test/redact.test.ts',
      'removes valid and invalid henkilötunnus-shaped strings and says where',
      'redactPersonalData',
    ),
  },
  'publication.plan': {
    package: PLANS,
    enforcedBy: 'computePublicationPlan',
    summary: {
      fi: 'Julkaisusuunnitelma lasketaan kokouksen päätöksistä: julkisuuspäivä ja henkilötietojen poistopäivä pykälittäin (KL 140 §).',
      sv: 'Publiceringsplanen beräknas ur sammanträdets beslut: offentlighetsdag och dag för borttagning av personuppgifter per paragraf (KommunL 140 §).',
    },
    test: t(
      'packages/municipal-plans/test/publication.test.ts',
      'removes personal data after the period of the remedy each § names (KL 140 § 1 mom, KL 138 §)',
      'computePublicationPlan',
    ),
  },
  'publication.public-html': {
    package: PLANS,
    enforcedBy: 'publishMinutes',
    summary: {
      fi: 'Julkinen pöytäkirjasivu tuotetaan vain, jos publicationCheck hyväksyy sen; salassa pidettävä pykälä näkyy vain otsikkona.',
      sv: 'Den offentliga protokollsidan skapas endast om publicationCheck godkänner den; en sekretessbelagd paragraf visas endast med rubrik.',
    },
    test: t(
      'packages/municipal-plans/test/publication.test.ts',
      'refuses to publish when publicationCheck finds a henkilötunnus, and says where',
      'publishMinutes',
    ),
  },
  'service.durable-log': {
    package: '@digikokous/meeting-service',
    enforcedBy: 'EventStore',
    summary: {
      fi: 'Kokouksen tapahtumat tallennetaan tietokantaan järjestysnumeroin ennen kuin niistä kerrotaan kenellekään; katko ei hävitä tallennettua tapahtumaa.',
      sv: 'Sammanträdets händelser sparas i databasen med löpnummer innan någon informeras om dem; ett avbrott förstör ingen sparad händelse.',
    },
    test: t(
      'packages/meeting-service/test/event-store.test.ts',
      'appends with the expected sequence and loads in order',
    ),
  },
  'service.resume': {
    package: '@digikokous/meeting-service',
    enforcedBy: 'createMeetingService',
    summary: {
      fi: 'Katkennut yhteys jatkuu täsmälleen siitä tapahtumasta, johon se jäi (Last-Event-ID).',
      sv: 'En bruten förbindelse fortsätter exakt från den händelse där den slutade (Last-Event-ID).',
    },
    test: t('packages/meeting-service/test/stream.test.ts', 'Last-Event-ID resumes with exactly the events after it'),
  },
  'service.stream-confidential': {
    package: '@digikokous/meeting-service',
    enforcedBy: 'createMeetingService',
    summary: {
      fi: 'Julkinen seuraaja ei saa salassa pidettävää sisältöä tapahtumavirrassa; esteellinen jäsen ei saa sitä asiassa, jossa hän on esteellinen.',
      sv: 'En offentlig följare får inget sekretessbelagt innehåll i händelseströmmen; en jävig ledamot får det inte i ärendet där hen är jävig.',
    },
    test: t(
      'packages/meeting-service/test/stream.test.ts',
      'a public follower never receives confidential content; a member does; a member disqualified in the item does not',
    ),
  },
  'service.actor-is-session': {
    package: '@digikokous/meeting-service',
    enforcedBy: 'createMeetingService',
    summary: {
      fi: 'Komennon antaja on aina tunnistettu istunto, ei pyynnössä ilmoitettu henkilö; toisen nimissä annettu ääni torjutaan.',
      sv: 'Den som ger ett kommando är alltid den identifierade sessionen, aldrig en person som anges i begäran; en röst i annans namn avvisas.',
    },
    test: t(
      'packages/meeting-service/test/api.test.ts',
      'the actor is the session, never the body: `actor` in a body is refused and a ballot in another name is 403',
    ),
  },
  'procedure.on-behalf': {
    package: PROC,
    enforcedBy: 'authorizeCommand',
    summary: {
      fi: 'Sihteeri voi kirjata jäsenen äänen tämän puolesta vain sääntöjen salliessa ja syyn kanssa; loki kertoo sen.',
      sv: 'Sekreteraren kan registrera en ledamots röst för hens räkning endast när reglerna tillåter det och med orsak; loggen visar det.',
    },
    test: t(
      'packages/procedure/test/authorize.test.ts',
      'the secretary records a ballot for a member only through onBehalfOf with a reason, and the log says so',
      'authorizeCommand: ballots are personal (KL 104 §)',
    ),
  },
  'procedure.replay': {
    package: PROC,
    enforcedBy: 'replay',
    summary: {
      fi: 'Kokouksen tila rakennetaan aina uudelleen tapahtumalokista; jokainen kirjattu tapahtuma säilyy ja mikä tahansa lokin alkuosa voidaan toistaa.',
      sv: 'Sammanträdets läge byggs alltid upp igen ur händelseloggen; varje registrerad händelse bevaras och varje början av loggen kan spelas upp.',
    },
    test: t(
      'packages/procedure/test/replay.test.ts',
      'property: replay of every prefix of the valid log never throws and never sees more than the prefix',
      'replay of the council meeting fixture',
    ),
  },
  'procedure.electronic-procedure-not-public': {
    package: PROC,
    enforcedBy: 'electronicProcedureOutcome',
    summary: {
      fi: 'Sähköistä päätöksentekomenettelyä ei voi käyttää julkisessa kokouksessa (KL 100 § 1 mom).',
      sv: 'Det elektroniska beslutsförfarandet kan inte användas vid ett offentligt sammanträde (KommunL 100 § 1 mom.).',
    },
    test: t(
      'packages/procedure/test/electronic-procedure.test.ts',
      'KL 100 § 1 mom: not for a public meeting',
      'KL 100 § electronic decision procedure',
    ),
  },
  'procedure.invitation-deadline': {
    package: PROC,
    enforcedBy: 'invitationLatest',
    summary: {
      fi: 'Uuden kokouskutsun viimeinen lähetyspäivä lasketaan: valtuusto neljä päivää ennen (KL 94 § 4 mom), muut hallintosäännön mukaan.',
      sv: 'Sista dag för en ny kallelse beräknas: fullmäktige fyra dagar före (KommunL 94 § 4 mom.), övriga enligt förvaltningsstadgan.',
    },
    test: t(
      'packages/procedure/test/deadlines.test.ts',
      'KL 94 § 4 mom: the council invitation four days before, not moved; other bodies from the rules',
      'Notification and appeal periods (KL 138 §, 140 § 3 mom; HL 59 §; SAL 19 §; määräaikalaki 2 §, 5 §)',
    ),
  },
  'procedure.appeal-deadlines': {
    package: PROC,
    enforcedBy: 'appealDeadlines',
    summary: {
      fi: 'Oikaisuvaatimus- ja valitusajat ja henkilötietojen poistopäivä lasketaan julkaisupäivästä (KL 138 §, 140 §).',
      sv: 'Tiderna för omprövning och besvär och dagen för borttagning av personuppgifter beräknas från publiceringsdagen (KommunL 138 §, 140 §).',
    },
    test: t(
      'packages/procedure/test/deadlines.test.ts',
      'from the publication date: the 7-day presumption, then 14 and 30 days; personal data removed after the period',
      'Notification and appeal periods (KL 138 §, 140 § 3 mom; HL 59 §; SAL 19 §; määräaikalaki 2 §, 5 §)',
    ),
  },
  'procedure.recording-deadline': {
    package: PROC,
    enforcedBy: 'recordingAccessibleBy',
    summary: {
      fi: 'Tallenteen saavutettavuuden (tekstitys) määräpäivä lasketaan: 14 vuorokautta julkaisusta (Digipalvelulaki 7 § 3 mom).',
      sv: 'Sista dag för en tillgänglig inspelning (textning) beräknas: 14 dygn från publicering (lagen om digitala tjänster 7 § 3 mom.).',
    },
    test: t(
      'packages/procedure/test/deadlines.test.ts',
      'DPL 7 §: a kept recording accessible within 14 days, not moved',
      'Notification and appeal periods (KL 138 §, 140 § 3 mom; HL 59 §; SAL 19 §; määräaikalaki 2 §, 5 §)',
    ),
  },
  'a11y.keyboard-vote': {
    package: COMP,
    enforcedBy: '<dk-vote-panel>',
    summary: {
      fi: 'Äänestys toimii pelkällä näppäimistöllä vahvistusvaiheineen (WCAG 2.1.1).',
      sv: 'Röstningen fungerar med enbart tangentbord, med bekräftelsesteg (WCAG 2.1.1).',
    },
    test: t(
      'packages/components/test/vote-panel.test.ts',
      'is reached and a ballot is cast with the keyboard, with a confirmation step',
      'dk-vote-panel',
    ),
  },
  'a11y.keyboard-speak': {
    package: COMP,
    enforcedBy: '<dk-speaker-queue>',
    summary: {
      fi: 'Puheenvuoron pyytäminen toimii näppäimistöllä (WCAG 2.1.1).',
      sv: 'Att begära ordet fungerar med tangentbord (WCAG 2.1.1).',
    },
    test: t(
      'packages/components/test/speaker-queue.test.ts',
      'member requests to speak with the keyboard',
      'dk-speaker-queue',
    ),
  },
  'a11y.status-messages': {
    package: COMP,
    enforcedBy: '<dk-vote-panel>',
    summary: {
      fi: 'Äänestyksen avautuminen ja sulkeutuminen ilmoitetaan ruudunlukijalle tilaviestinä (WCAG 4.1.3).',
      sv: 'Att röstningen öppnas och stängs meddelas skärmläsaren som statusmeddelande (WCAG 4.1.3).',
    },
    test: t(
      'packages/components/test/vote-panel.test.ts',
      'announces the opening and closing through a polite status region',
      'dk-vote-panel',
    ),
  },
  'a11y.text-alternative': {
    package: COMP,
    enforcedBy: '<dk-vote-result>',
    summary: {
      fi: 'Äänestystulos kerrotaan sanoin ja taulukkona, kaaviolla on tekstivastine (WCAG 1.1.1, 1.3.1).',
      sv: 'Röstningsresultatet anges i ord och i tabell, diagrammet har ett textalternativ (WCAG 1.1.1, 1.3.1).',
    },
    test: t(
      'packages/components/test/vote-result.test.ts',
      'states the result in words, in a table and as a chart with a text alternative',
      'dk-vote-result',
    ),
  },
  'a11y.reflow': {
    package: COMP,
    enforcedBy: 'define-all',
    summary: {
      fi: 'Komponentit mukautuvat 320 CSS-pikselin leveyteen ilman vaakavieritystä (WCAG 1.4.10).',
      sv: 'Komponenterna anpassar sig till 320 CSS-pixlar utan horisontell rullning (WCAG 1.4.10).',
    },
    test: t(
      'packages/components/test/define.test.ts',
      'reflows at 320 CSS px without horizontal scrolling (WCAG 1.4.10) and keeps 44 px targets',
    ),
  },
  'a11y.text-spacing': {
    package: COMP,
    enforcedBy: 'define-all',
    summary: {
      fi: 'Teksti pysyy luettavana, kun käyttäjä muuttaa riviväliä ja välistystä (WCAG 1.4.12).',
      sv: 'Texten förblir läsbar när användaren ändrar radavstånd och mellanrum (WCAG 1.4.12).',
    },
    test: t('packages/components/test/define.test.ts', 'keeps text readable with WCAG 1.4.12 text spacing'),
  },
  'a11y.contrast-themes': {
    package: COMP,
    enforcedBy: 'themes.css',
    summary: {
      fi: 'Jokainen komponenttien käyttämä väri on määritelty vaaleassa, tummassa ja suurikontrastisessa teemassa (WCAG 1.4.3, 1.4.11).',
      sv: 'Varje färg som komponenterna använder finns i ljust, mörkt och högkontrasttema (WCAG 1.4.3, 1.4.11).',
    },
    test: t(
      'packages/components/test/tokens.test.ts',
      'every colour token a component uses is defined in the light, dark and high-contrast themes',
      'design tokens',
    ),
  },
  'a11y.forced-colors': {
    package: COMP,
    enforcedBy: '<dk-vote-result>',
    summary: {
      fi: 'Tulospalkit näkyvät Windowsin suurikontrastitilassa (WCAG 1.4.11).',
      sv: 'Resultatstaplarna syns i Windows högkontrastläge (WCAG 1.4.11).',
    },
    test: t(
      'packages/components/test/forced-colors.test.ts',
      'dk-vote-result: the bars are drawn in CanvasText, so they stay visible on any high-contrast theme',
      'forced colors (Windows high contrast), emulated in Chromium',
    ),
  },
  'a11y.target-size': {
    package: COMP,
    enforcedBy: '<dk-vote-panel>',
    summary: {
      fi: 'Äänestysvaihtoehtojen kohteet ovat vähintään 44 × 44 CSS-pikseliä (WCAG 2.2: 2.5.8, tavoitetaso).',
      sv: 'Röstalternativens mål är minst 44 × 44 CSS-pixlar (WCAG 2.2: 2.5.8, målnivå).',
    },
    test: t(
      'packages/components/test/vote-panel.test.ts',
      'has option targets of at least 44 × 44 CSS px',
      'dk-vote-panel',
    ),
  },
  'a11y.language': {
    package: COMP,
    enforcedBy: '<dk-agenda>',
    summary: {
      fi: 'Komponentit seuraavat sivun kieltä (suomi, ruotsi, englanti) (WCAG 3.1.1, 3.1.2).',
      sv: 'Komponenterna följer sidans språk (finska, svenska, engelska) (WCAG 3.1.1, 3.1.2).',
    },
    test: t('packages/components/test/agenda.test.ts', 'follows a change of the page language', 'dk-agenda'),
  },
  'a11y.documents-html': {
    package: PLANS,
    enforcedBy: 'renderHtml',
    summary: {
      fi: 'Julkaistavat asiakirjat tuotetaan saavutettavana HTML:nä (otsikot, luettelot, taulukot, kieli) ja tarkistetaan axe-työkalulla Chromiumissa.',
      sv: 'Dokument som publiceras skapas som tillgänglig HTML (rubriker, listor, tabeller, språk) och kontrolleras med axe i Chromium.',
    },
    test: t(
      'packages/municipal-plans/test/documents-axe.test.ts',
      'every generated page passes axe (WCAG 2.1 AA and 2.2 AA rules) in Chromium',
      'generated documents in Chromium',
    ),
  },
} as const satisfies Record<string, KitControl>;

export type KitControlId = keyof typeof kitControls;
export const kitControlIds = Object.keys(kitControls) as KitControlId[];
export const isKitControlId = (id: string): id is KitControlId => Object.hasOwn(kitControls, id);

/** Checks that a control id named in a plan is in the catalogue. */
export function unknownControlIssue(id: string, path: (string | number)[]): PlanIssue {
  return planIssue(path, 'control.unknown', {
    fi: `Tuntematon kitin kontrolli "${id.slice(0, 80)}": kitin valvoma sääntö on nimettävä luettelosta kitControls.`,
    en: `Unknown kit control "${id.slice(0, 80)}": a rule the kit enforces must name a control of kitControls.`,
    sv: `Okänd kontroll "${id.slice(0, 80)}": en regel som kitet upprätthåller ska ange en kontroll i kitControls.`,
  });
}

/** A string literal of a test title as it may be written in a test file. */
function quoted(s: string): string[] {
  return [`'${s.replace(/'/g, "\\'")}'`, `"${s.replace(/"/g, '\\"')}"`, `\`${s}\``];
}

/**
 * Checks that each test named by a control exists in the repository at `root`: the file is there and contains the
 * `describe` and test titles as string literals. Returns one issue per missing file or title.
 */
export function verifyKitTestsExist(
  root: string,
  controls: Readonly<Record<string, KitControl>> = kitControls,
): PlanIssue[] {
  const out: PlanIssue[] = [];
  const files = new Map<string, string | undefined>();
  for (const [id, c] of Object.entries(controls)) {
    const { file } = c.test;
    if (!files.has(file)) {
      let text: string | undefined;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        text = undefined;
      }
      files.set(file, text);
    }
    const text = files.get(file);
    if (text === undefined) {
      out.push(
        planIssue([id, 'test', 'file'], 'test.file-missing', {
          fi: `Testitiedostoa ${file} ei ole.`,
          en: `The test file ${file} does not exist.`,
          sv: `Testfilen ${file} finns inte.`,
        }),
      );
      continue;
    }
    for (const key of ['describe', 'test'] as const) {
      const title = c.test[key];
      if (title !== undefined && !quoted(title).some((q) => text.includes(q)))
        out.push(
          planIssue([id, 'test', key], 'test.title-missing', {
            fi: `Tiedostossa ${file} ei ole testiä "${title}".`,
            en: `${file} has no test titled "${title}".`,
            sv: `${file} har inget test med titeln "${title}".`,
          }),
        );
    }
  }
  return out;
}

/** The part of Vitest's JSON reporter output (`--reporter=json`) that is read here. */
export const VitestReportSchema = z.object({
  startTime: z.number().optional(),
  success: z.boolean().optional(),
  testResults: z
    .array(
      z.object({
        name: z.string(),
        assertionResults: z.array(
          z.object({
            ancestorTitles: z.array(z.string()),
            title: z.string(),
            status: z.string(),
          }),
        ),
      }),
    )
    .max(100_000),
});
export type VitestReport = z.infer<typeof VitestReportSchema>;

export type TestOutcome = 'passed' | 'failed' | 'skipped' | 'missing';

/** The outcome of one named test in a report: `missing` when the report has no such test (it did not run). */
export function testOutcome(report: VitestReport, ref: KitTestRef): TestOutcome {
  const file = ref.file.replace(/\\/g, '/');
  let found: TestOutcome = 'missing';
  for (const f of report.testResults) {
    if (!f.name.replace(/\\/g, '/').endsWith(file)) continue;
    for (const a of f.assertionResults) {
      if (a.title !== ref.test) continue;
      if (ref.describe !== undefined && !a.ancestorTitles.includes(ref.describe)) continue;
      if (a.status === 'failed') return 'failed';
      found = a.status === 'passed' ? 'passed' : 'skipped';
    }
  }
  return found;
}
