import type { ContinuityPlan, ContinuityScenario } from '../continuity.js';

type Message = ContinuityScenario['communication'][number];
import { approvedByExecutive, esimerkkila } from './esimerkkila.js';

const toMembers = (fi: string, sv: string, withinMinutes = 5): Message => ({
  audience: 'members',
  channels: ['sms', 'meeting-system'],
  withinMinutes,
  message: { fi, sv },
});
const toPublic = (fi: string, sv: string, withinMinutes = 15): Message => ({
  audience: 'public',
  channels: ['website'],
  withinMinutes,
  message: { fi, sv },
});

/** Esimerkkilä's continuity plan for electronic meetings (fictional). */
export const exampleContinuityPlan: ContinuityPlan = {
  schemaVersion: '1.0',
  municipality: esimerkkila,
  approval: { version: '1.0', approvedBy: approvedByExecutive, approvedOn: '2026-03-02', reviewDue: '2027-03-01' },
  hallintosaantoReference: { fi: 'hallintosääntö 140–142 §', sv: 'förvaltningsstadgan 140–142 §' },
  localRules: {
    electronicProcedureBodies: ['hallitus', 'lautakunta'],
    invitationLeadDays: 4,
    secretaryMayRecordBallots: true,
  },
  scenarios: [
    {
      id: 'network',
      kind: 'network-or-video-outage',
      title: {
        fi: 'Verkko- tai videopalvelukatko kokouksen aikana',
        sv: 'Avbrott i nätet eller videotjänsten under sammanträdet',
      },
      detection: [
        {
          fi: 'Etäosallistujan kuva tai ääni katkeaa; puheenjohtaja toteaa sen läsnäololistasta.',
          sv: 'Distansdeltagarens bild eller ljud bryts; ordföranden konstaterar det i närvarolistan.',
        },
        { fi: 'Videopalvelun tilasivu ilmoittaa häiriöstä.', sv: 'Videotjänstens statussida meddelar en störning.' },
      ],
      decidedBy: ['chair'],
      actions: ['continue', 'suspend', 'move'],
      fallbacks: [
        {
          kind: 'other',
          description: {
            fi: 'Kokous keskeytetään ja yhteys palautetaan; päätösvaltaisuus todetaan uudelleen (KL 103 §).',
            sv: 'Sammanträdet avbryts och förbindelsen återställs; beslutförheten konstateras på nytt (KommunL 103 §).',
          },
        },
        {
          kind: 'in-person-meeting',
          description: {
            fi: 'Kokous jatkuu kokouspaikalla, jos päätösvaltaisuus säilyy ilman etäosallistujia.',
            sv: 'Sammanträdet fortsätter på platsen om beslutförheten kvarstår utan distansdeltagarna.',
          },
        },
        {
          kind: 'new-invitation',
          description: {
            fi: 'Käsittelemättömät asiat siirretään uuteen kokoukseen, johon kutsu lähetetään määräajassa.',
            sv: 'Obehandlade ärenden flyttas till ett nytt sammanträde som kallas inom utsatt tid.',
          },
        },
        {
          kind: 'secretary-records-ballots',
          description: {
            fi: 'Jos yksittäisen jäsenen yhteys katkeaa äänestyksen aikana ja hän on yhä puhelimitse tavoitettavissa, sihteeri kirjaa hänen äänensä; syy kirjataan pöytäkirjaan.',
            sv: 'Om en enskild ledamots förbindelse bryts under omröstningen och hen nås per telefon registrerar sekreteraren hens röst; orsaken antecknas i protokollet.',
          },
        },
      ],
      communication: [
        toMembers(
          'Kokous on keskeytetty yhteyskatkon vuoksi. Odota ohjeita.',
          'Sammanträdet har avbrutits på grund av ett avbrott. Vänta på anvisningar.',
        ),
        toPublic(
          'Suoratoisto on katkennut; kokous jatkuu, kun yhteys palaa.',
          'Direktsändningen har avbrutits; sammanträdet fortsätter när förbindelsen är tillbaka.',
        ),
      ],
      recovery: { timeMinutes: 30, committedEventsLost: 0 },
      kitControls: ['service.durable-log', 'service.resume', 'procedure.replay', 'procedure.on-behalf'],
    },
    {
      id: 'identification',
      kind: 'identification-unavailable',
      title: {
        fi: 'Tunnistuspalvelu ei ole käytettävissä (Suomi.fi)',
        sv: 'Identifieringstjänsten är inte tillgänglig (Suomi.fi)',
      },
      detection: [
        {
          fi: 'Kirjautuminen epäonnistuu usealla jäsenellä; Suomi.fi-häiriötiedote.',
          sv: 'Inloggningen misslyckas för flera ledamöter; störningsmeddelande från Suomi.fi.',
        },
      ],
      decidedBy: ['chair-and-secretary'],
      actions: ['continue', 'suspend'],
      fallbacks: [
        {
          kind: 'alternative-identification',
          description: {
            fi: 'Jo tunnistautuneet jatkavat; puheenjohtaja ja sihteeri todentavat muut kameran välityksellä (KL 99 §). Salassa pidettäviä liitteitä ei avata ilman vahvaa tunnistusta.',
            sv: 'De som redan identifierats fortsätter; ordföranden och sekreteraren verifierar övriga via kamera (KommunL 99 §). Sekretessbelagda bilagor öppnas inte utan stark identifiering.',
          },
        },
        {
          kind: 'in-person-meeting',
          description: {
            fi: 'Salassa pidettävät asiat käsitellään kokouspaikalla.',
            sv: 'Sekretessbelagda ärenden behandlas på sammanträdesplatsen.',
          },
        },
      ],
      communication: [
        toMembers(
          'Tunnistuspalvelussa on häiriö. Jos olet jo kirjautunut, pysy kokouksessa.',
          'Identifieringstjänsten har en störning. Om du redan loggat in, stanna kvar.',
        ),
        toPublic(
          'Kokouksen alku voi viivästyä tunnistuspalvelun häiriön vuoksi.',
          'Sammanträdets början kan försenas på grund av en störning i identifieringstjänsten.',
        ),
      ],
      recovery: { timeMinutes: 60, committedEventsLost: 0 },
      kitControls: ['identity.loa-per-use', 'meeting-token.bound'],
    },
    {
      id: 'system',
      kind: 'meeting-system-down',
      title: {
        fi: 'Kokousjärjestelmä tai sen tietokanta ei toimi',
        sv: 'Sammanträdessystemet eller dess databas fungerar inte',
      },
      detection: [
        {
          fi: 'Järjestelmän valvonta hälyttää; äänestys- tai puheenvuoronäkymä ei päivity.',
          sv: 'Systemövervakningen larmar; röstnings- eller talarvyn uppdateras inte.',
        },
      ],
      decidedBy: ['chair'],
      actions: ['suspend', 'move'],
      fallbacks: [
        {
          kind: 'other',
          description: {
            fi: 'Kokous jatkuu, kun järjestelmä on palautettu; tila rakennetaan tapahtumalokista, eikä tallennettuja ääniä tai päätöksiä menetetä.',
            sv: 'Sammanträdet fortsätter när systemet återställts; läget byggs upp ur händelseloggen och inga sparade röster eller beslut går förlorade.',
          },
        },
        {
          kind: 'in-person-meeting',
          description: {
            fi: 'Äänestykset toimitetaan kädennostolla ja kirjataan pöytäkirjaan.',
            sv: 'Omröstningar förrättas med handuppräckning och antecknas i protokollet.',
          },
        },
        {
          kind: 'electronic-procedure',
          description: {
            fi: 'Kunnanhallitus ja lautakunnat voivat käsitellä kiireelliset asiat sähköisessä päätöksentekomenettelyssä (KL 100 §), ei valtuusto.',
            sv: 'Kommunstyrelsen och nämnderna kan behandla brådskande ärenden i elektroniskt beslutsförfarande (KommunL 100 §), inte fullmäktige.',
          },
        },
      ],
      communication: [
        toMembers(
          'Kokousjärjestelmä on pois käytöstä. Kokous on keskeytetty.',
          'Sammanträdessystemet är ur bruk. Sammanträdet har avbrutits.',
        ),
        toPublic(
          'Kokous on keskeytetty teknisen vian vuoksi.',
          'Sammanträdet har avbrutits på grund av ett tekniskt fel.',
        ),
        {
          audience: 'it-support',
          channels: ['phone'],
          withinMinutes: 0,
          message: {
            fi: 'Palauta palvelu ja tarkista lokin eheys.',
            sv: 'Återställ tjänsten och kontrollera loggens integritet.',
          },
        },
      ],
      recovery: { timeMinutes: 60, committedEventsLost: 0 },
      kitControls: ['service.durable-log', 'procedure.replay', 'audit.tamper-evident'],
    },
    {
      id: 'power',
      kind: 'power-failure',
      title: { fi: 'Sähkökatko kokouspaikalla', sv: 'Strömavbrott på sammanträdesplatsen' },
      detection: [
        {
          fi: 'Kokoussalin valot, näytöt ja mikrofonit sammuvat.',
          sv: 'Ljus, skärmar och mikrofoner i salen slocknar.',
        },
      ],
      decidedBy: ['chair'],
      actions: ['suspend', 'move'],
      fallbacks: [
        {
          kind: 'other',
          description: {
            fi: 'Kokous keskeytetään; jatketaan varavoimalla tai toisessa tilassa, josta ilmoitetaan yleisölle.',
            sv: 'Sammanträdet avbryts; det fortsätter med reservkraft eller i ett annat utrymme som meddelas allmänheten.',
          },
        },
        {
          kind: 'new-invitation',
          description: {
            fi: 'Jos kokousta ei voida jatkaa samana päivänä, asiat siirretään uuteen kokoukseen.',
            sv: 'Om sammanträdet inte kan fortsätta samma dag flyttas ärendena till ett nytt sammanträde.',
          },
        },
      ],
      communication: [
        toMembers(
          'Sähkökatko kokouspaikalla; etäosallistujat odottavat.',
          'Strömavbrott på platsen; distansdeltagarna väntar.',
        ),
        toPublic('Kokous on keskeytetty sähkökatkon vuoksi.', 'Sammanträdet har avbrutits på grund av strömavbrott.'),
      ],
      recovery: { timeMinutes: 45, committedEventsLost: 0 },
      kitControls: ['procedure.replay'],
    },
    {
      id: 'cyber',
      kind: 'cyber-attack',
      title: {
        fi: 'Kyberhyökkäys tai epäily tunnusten vaarantumisesta',
        sv: 'Cyberattack eller misstanke om komprometterade konton',
      },
      detection: [
        {
          fi: 'Lokin eheystarkistus epäonnistuu tai tuntematon osallistuja näkyy kokouksessa.',
          sv: 'Loggens integritetskontroll misslyckas eller en okänd deltagare syns i sammanträdet.',
        },
        {
          fi: 'Jäsen ilmoittaa, ettei ole itse antanut ääntä.',
          sv: 'En ledamot anmäler att hen inte själv har röstat.',
        },
      ],
      decidedBy: ['chair-and-secretary', 'municipal-manager'],
      actions: ['suspend'],
      fallbacks: [
        {
          kind: 'in-person-meeting',
          description: {
            fi: 'Kokous keskeytetään; kesken olevat asiat käsitellään uudelleen kokouspaikalla tunnisteiden uusimisen jälkeen.',
            sv: 'Sammanträdet avbryts; pågående ärenden behandlas på nytt på platsen efter att inloggningarna förnyats.',
          },
        },
        {
          kind: 'new-invitation',
          description: {
            fi: 'Uusi kokous kutsutaan koolle määräajassa.',
            sv: 'Ett nytt sammanträde sammankallas inom utsatt tid.',
          },
        },
      ],
      communication: [
        toMembers(
          'Kokous on keskeytetty tietoturvasyistä. Älä kirjaudu uudelleen ennen ohjeita.',
          'Sammanträdet har avbrutits av säkerhetsskäl. Logga inte in igen före anvisningar.',
          0,
        ),
        toPublic('Kokous on keskeytetty tietoturvasyistä.', 'Sammanträdet har avbrutits av säkerhetsskäl.'),
        {
          audience: 'data-protection-officer',
          channels: ['phone', 'email'],
          withinMinutes: 60,
          message: {
            fi: 'Arvioi, onko kyse henkilötietojen tietoturvaloukkauksesta (72 h).',
            sv: 'Bedöm om det är en personuppgiftsincident (72 h).',
          },
        },
      ],
      recovery: { timeMinutes: 1440, committedEventsLost: 0 },
      kitControls: ['audit.tamper-evident', 'meeting-token.bound'],
    },
    {
      id: 'pandemic',
      kind: 'exceptional-conditions',
      title: {
        fi: 'Pandemia tai muut poikkeusolot (valmiuslaki)',
        sv: 'Pandemi eller andra undantagsförhållanden (beredskapslagen)',
      },
      detection: [
        {
          fi: 'Valtioneuvosto toteaa poikkeusolot tai viranomainen rajoittaa kokoontumista.',
          sv: 'Statsrådet konstaterar undantagsförhållanden eller en myndighet begränsar sammankomster.',
        },
      ],
      decidedBy: ['municipal-executive', 'preparedness-lead'],
      actions: ['move'],
      fallbacks: [
        {
          kind: 'other',
          description: {
            fi: 'Kaikki kokoukset pidetään sähköisinä (KL 99 §); yleisö seuraa julkisia kokouksia verkossa (KL 101 § 4 mom).',
            sv: 'Alla sammanträden hålls elektroniskt (KommunL 99 §); allmänheten följer offentliga sammanträden på nätet (101 § 4 mom.).',
          },
        },
        {
          kind: 'electronic-procedure',
          description: {
            fi: 'Kunnanhallitus ja lautakunnat käyttävät sähköistä päätöksentekomenettelyä hallintosäännön mukaisesti.',
            sv: 'Kommunstyrelsen och nämnderna använder elektroniskt beslutsförfarande enligt förvaltningsstadgan.',
          },
        },
      ],
      communication: [
        toMembers(
          'Kokoukset pidetään toistaiseksi sähköisinä.',
          'Sammanträdena hålls tills vidare elektroniskt.',
          1440,
        ),
        toPublic('Julkisia kokouksia voi seurata verkossa.', 'Offentliga sammanträden kan följas på nätet.', 1440),
      ],
      recovery: { timeMinutes: 4320, committedEventsLost: 0 },
      kitControls: ['procedure.electronic-procedure-not-public'],
    },
    {
      id: 'chair',
      kind: 'chair-or-secretary-absent',
      title: { fi: 'Puheenjohtaja tai sihteeri on estynyt', sv: 'Ordföranden eller sekreteraren har förhinder' },
      detection: [
        {
          fi: 'Ilmoitus esteestä tai yhteys puheenjohtajaan katkeaa.',
          sv: 'Anmälan om förhinder eller förbindelsen till ordföranden bryts.',
        },
      ],
      decidedBy: ['vice-chair', 'body'],
      actions: ['continue', 'suspend'],
      fallbacks: [
        {
          kind: 'substitute-chair',
          description: {
            fi: 'Varapuheenjohtaja johtaa kokousta; jos hänkin on estynyt, toimielin valitsee tilapäisen puheenjohtajan.',
            sv: 'Vice ordföranden leder sammanträdet; har också hen förhinder väljer organet en tillfällig ordförande.',
          },
        },
        {
          kind: 'substitute-secretary',
          description: {
            fi: 'Toimielin valitsee tilapäisen sihteerin pöytäkirjan pitämistä varten.',
            sv: 'Organet väljer en tillfällig sekreterare för protokollföringen.',
          },
        },
      ],
      communication: [
        toMembers('Kokousta johtaa varapuheenjohtaja.', 'Sammanträdet leds av vice ordföranden.'),
        toPublic(
          'Kokous jatkuu varapuheenjohtajan johdolla.',
          'Sammanträdet fortsätter under vice ordförandens ledning.',
          30,
        ),
      ],
      recovery: { timeMinutes: 15, committedEventsLost: 0 },
      kitControls: [],
    },
  ],
  exercises: [
    {
      id: 'ex-2026-1',
      date: '2026-02-10',
      kind: 'technical',
      scenarioIds: ['network', 'system', 'power'],
      completed: true,
      findings: {
        fi: 'Lokista palautus onnistui 12 minuutissa.',
        sv: 'Återställningen ur loggen lyckades på 12 minuter.',
      },
    },
    {
      id: 'ex-2026-2',
      date: '2026-09-15',
      kind: 'tabletop',
      scenarioIds: ['identification', 'cyber', 'pandemic', 'chair'],
      completed: false,
    },
  ],
};
