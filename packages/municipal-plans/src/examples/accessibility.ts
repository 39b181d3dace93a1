import type { AccessibilityRequirements, StatementSettings } from '../accessibility.js';
import { TRAFICOM } from '../accessibility.js';
import { approvedByExecutive, esimerkkila } from './esimerkkila.js';

const communications = { fi: 'Viestintä', sv: 'Kommunikationen' };

/** Esimerkkilä's accessibility requirements for its meeting service (fictional; the automated ones are the kit's tests). */
export const exampleAccessibilityRequirements: AccessibilityRequirements = {
  schemaVersion: '1.0',
  municipality: esimerkkila,
  approval: { version: '1.0', approvedBy: approvedByExecutive, approvedOn: '2026-03-02', reviewDue: '2027-03-01' },
  service: {
    name: { fi: 'Esimerkkilän kokouspalvelu', sv: 'Exempelbys sammanträdestjänst' },
    url: 'https://kokoukset.esimerkkila.example.fi',
  },
  requirements: [
    {
      id: 'kb-vote',
      topic: 'keyboard',
      text: { fi: 'Äänestys onnistuu pelkällä näppäimistöllä.', sv: 'Det går att rösta med enbart tangentbord.' },
      basis: 'WCAG 2.1 2.1.1 (A)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.keyboard-vote' },
    },
    {
      id: 'kb-speak',
      topic: 'keyboard',
      text: { fi: 'Puheenvuoron pyytäminen onnistuu näppäimistöllä.', sv: 'Det går att begära ordet med tangentbord.' },
      basis: 'WCAG 2.1 2.1.1 (A)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.keyboard-speak' },
    },
    {
      id: 'sr-status',
      topic: 'status-messages',
      text: {
        fi: 'Äänestyksen avautuminen ja sulkeutuminen kuuluu ruudunlukijalla.',
        sv: 'Skärmläsaren meddelar när röstningen öppnas och stängs.',
      },
      basis: 'WCAG 2.1 4.1.3 (AA)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.status-messages' },
    },
    {
      id: 'sr-result',
      topic: 'screen-reader',
      text: {
        fi: 'Äänestystulos on saatavilla tekstinä ja taulukkona.',
        sv: 'Röstningsresultatet finns som text och tabell.',
      },
      basis: 'WCAG 2.1 1.1.1 (A), 1.3.1 (A)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.text-alternative' },
    },
    {
      id: 'sr-walkthrough',
      topic: 'screen-reader',
      text: {
        fi: 'Kokous on seurattavissa ruudunlukijalla alusta loppuun.',
        sv: 'Sammanträdet kan följas med skärmläsare från början till slut.',
      },
      basis: 'EN 301 549 9.4.1.2, WCAG 2.1 4.1.2 (A)',
      level: 'law',
      verification: {
        method: 'manual',
        steps: [
          {
            fi: 'Avaa kokous NVDA:lla ja Firefoxilla; siirry esityslistaan otsikoittain.',
            sv: 'Öppna sammanträdet med NVDA och Firefox; gå till föredragningslistan via rubriker.',
          },
          {
            fi: 'Pyydä puheenvuoroa ja anna ääni; varmista, että jokainen tila kuuluu.',
            sv: 'Begär ordet och rösta; kontrollera att varje läge läses upp.',
          },
          { fi: 'Toista VoiceOverilla iOS:ssä.', sv: 'Upprepa med VoiceOver på iOS.' },
        ],
        lastRun: { on: '2026-02-24', result: 'pass', by: 'Saavutettavuusasiantuntija' },
      },
    },
    {
      id: 'vis-reflow',
      topic: 'visual',
      text: { fi: 'Näkymä toimii 320 CSS-pikselin leveydellä.', sv: 'Vyn fungerar i 320 CSS-pixlars bredd.' },
      basis: 'WCAG 2.1 1.4.10 (AA)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.reflow' },
    },
    {
      id: 'vis-spacing',
      topic: 'visual',
      text: {
        fi: 'Teksti pysyy luettavana välistystä muutettaessa.',
        sv: 'Texten förblir läsbar när mellanrummen ändras.',
      },
      basis: 'WCAG 2.1 1.4.12 (AA)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.text-spacing' },
    },
    {
      id: 'vis-contrast',
      topic: 'visual',
      text: {
        fi: 'Värit täyttävät kontrastivaatimukset kaikissa teemoissa.',
        sv: 'Färgerna uppfyller kontrastkraven i alla teman.',
      },
      basis: 'WCAG 2.1 1.4.3 (AA), 1.4.11 (AA)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.contrast-themes' },
    },
    {
      id: 'vis-forced',
      topic: 'visual',
      text: { fi: 'Tulokset näkyvät suurikontrastitilassa.', sv: 'Resultaten syns i högkontrastläge.' },
      basis: 'WCAG 2.1 1.4.11 (AA)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.forced-colors' },
    },
    {
      id: 'target',
      topic: 'visual',
      text: { fi: 'Äänestyspainikkeet ovat riittävän suuria.', sv: 'Röstknapparna är tillräckligt stora.' },
      basis: 'WCAG 2.2 2.5.8 (AA)',
      level: 'aim',
      verification: { method: 'automated', control: 'a11y.target-size' },
    },
    {
      id: 'lang',
      topic: 'language',
      text: {
        fi: 'Palvelu toimii suomeksi ja ruotsiksi ja ilmoittaa kielensä.',
        sv: 'Tjänsten fungerar på finska och svenska och anger sitt språk.',
      },
      basis: 'WCAG 2.1 3.1.1 (A), 3.1.2 (AA)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.language' },
    },
    {
      id: 'docs',
      topic: 'documents',
      text: {
        fi: 'Pöytäkirjat ja suunnitelmat julkaistaan saavutettavana HTML:nä.',
        sv: 'Protokoll och planer publiceras som tillgänglig HTML.',
      },
      basis: 'WCAG 2.1 1.3.1 (A), 2.4.6 (AA), 3.1.1 (A)',
      level: 'law',
      verification: { method: 'automated', control: 'a11y.documents-html' },
    },
    {
      id: 'cap-rec',
      topic: 'captions-recording',
      text: {
        fi: 'Säilytettävä kokoustallenne tekstitetään 14 vuorokauden kuluessa julkaisusta.',
        sv: 'En inspelning som sparas textas inom 14 dygn från publiceringen.',
      },
      basis: 'Digipalvelulaki 7 § 3 mom, WCAG 2.1 1.2.2 (A)',
      level: 'law',
      deadlineDays: 14,
      verification: {
        method: 'organisational',
        owner: communications,
        duty: {
          fi: 'Tekstitys tilataan julkaisupäivänä; määräpäivä lasketaan järjestelmässä.',
          sv: 'Textningen beställs på publiceringsdagen; sista dagen beräknas i systemet.',
        },
        fulfilled: true,
        supportedBy: 'procedure.recording-deadline',
      },
    },
    {
      id: 'cap-live',
      topic: 'captions-live',
      text: {
        fi: 'Valtuuston suorissa lähetyksissä on automaattinen tekstitys.',
        sv: 'Fullmäktiges direktsändningar har automatisk textning.',
      },
      basis: 'WCAG 2.1 1.2.4 (AA), ei lakisääteinen',
      level: 'aim',
      verification: {
        method: 'organisational',
        owner: communications,
        duty: { fi: 'Automaattinen tekstitys kytketään päälle.', sv: 'Automatisk textning slås på.' },
        fulfilled: false,
        note: { fi: 'Automaattista tekstitystä ei vielä ole.', sv: 'Automatisk textning finns ännu inte.' },
      },
    },
    {
      id: 'transcript',
      topic: 'transcript',
      text: {
        fi: 'Tallenteesta on saatavilla tekstivastine (pöytäkirja ja puheenvuorojen luettelo).',
        sv: 'Inspelningen har ett textalternativ (protokollet och förteckningen över anföranden).',
      },
      basis: 'WCAG 2.1 1.2.1 (A), 1.2.3 (A)',
      level: 'law',
      verification: {
        method: 'organisational',
        owner: communications,
        duty: { fi: 'Pöytäkirja linkitetään tallenteen viereen.', sv: 'Protokollet länkas bredvid inspelningen.' },
        fulfilled: true,
      },
    },
    {
      id: 'sign',
      topic: 'sign-language',
      text: {
        fi: 'Viittomakielinen tulkkaus tarjotaan pyydettäessä valtuuston kokouksiin.',
        sv: 'Teckenspråkstolkning erbjuds på begäran vid fullmäktiges sammanträden.',
      },
      basis: 'Viittomakielilaki 359/2015',
      level: 'aim',
      verification: {
        method: 'organisational',
        owner: communications,
        duty: {
          fi: 'Tulkki tilataan viimeistään viikkoa ennen kokousta.',
          sv: 'Tolk beställs senast en vecka före sammanträdet.',
        },
        fulfilled: true,
      },
    },
    {
      id: 'exceptional',
      topic: 'exceptional-conditions',
      text: {
        fi: 'Poikkeusoloissa kokoukset ovat seurattavissa verkossa saavutettavasti, ja tiedotteet julkaistaan saavutettavana HTML:nä.',
        sv: 'Under undantagsförhållanden kan sammanträdena följas tillgängligt på nätet, och meddelanden publiceras som tillgänglig HTML.',
      },
      basis: 'KL 101 § 4 mom, Digipalvelulaki 7 §',
      level: 'law',
      verification: {
        method: 'organisational',
        owner: { fi: 'Valmiuspäällikkö', sv: 'Beredskapschefen' },
        duty: {
          fi: 'Jatkuvuussuunnitelman tiedotteet laaditaan saavutettavina.',
          sv: 'Kontinuitetsplanens meddelanden görs tillgängliga.',
        },
        fulfilled: true,
        supportedBy: 'a11y.documents-html',
      },
    },
  ],
};

/** The settings of Esimerkkilä's accessibility statement (fictional). */
export const exampleStatementSettings: StatementSettings = {
  assessment: { by: 'self' },
  feedbackEmail: 'saavutettavuus@esimerkkila.example.fi',
  alternativeAccess: {
    fi: 'Pöytäkirjat ja esityslistat saa pyynnöstä myös muussa muodossa kirjaamosta (kirjaamo@esimerkkila.example.fi). Kokouksen voi seurata myös kokouspaikalla.',
    sv: 'Protokoll och föredragningslistor fås på begäran även i annan form från registraturen (kirjaamo@esimerkkila.example.fi). Sammanträdet kan också följas på platsen.',
  },
  supervisoryAuthority: TRAFICOM,
  knownIssues: [
    {
      description: {
        fi: 'Ennen 23.9.2018 julkaistut PDF-pöytäkirjat eivät ole saavutettavia.',
        sv: 'Protokoll i PDF-format publicerade före 23.9.2018 är inte tillgängliga.',
      },
      reason: 'outside-scope',
    },
  ],
  legalBasis: '306/2019 9 §',
};
