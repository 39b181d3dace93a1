import type { RemoteMeetingSecurityGuidance } from '../remote-security.js';
import { approvedByExecutive, esimerkkila } from './esimerkkila.js';

const itUnit = { fi: 'Tietohallinto', sv: 'IT-förvaltningen' };
const secretary = { fi: 'Toimielimen sihteeri', sv: 'Organets sekreterare' };
const member = { fi: 'Luottamushenkilö', sv: 'Den förtroendevalda' };

/** Esimerkkilä's security and data-protection guidance for remote and hybrid meetings (fictional). */
export const exampleSecurityGuidance: RemoteMeetingSecurityGuidance = {
  schemaVersion: '1.0',
  municipality: esimerkkila,
  approval: { version: '1.0', approvedBy: approvedByExecutive, approvedOn: '2026-03-02', reviewDue: '2027-03-01' },
  assurance: [
    {
      use: 'follow-public',
      level: 'none',
      means: { fi: 'Julkinen suoratoisto verkkosivuilla', sv: 'Offentlig direktsändning på webbplatsen' },
    },
    {
      use: 'follow-closed',
      level: 'substantial',
      means: {
        fi: 'Suomi.fi-tunnistus (pankkitunnukset, mobiilivarmenne)',
        sv: 'Suomi.fi-identifiering (bankkoder, mobilcertifikat)',
      },
    },
    { use: 'speak', level: 'substantial', means: { fi: 'Suomi.fi-tunnistus', sv: 'Suomi.fi-identifiering' } },
    {
      use: 'vote',
      level: 'substantial',
      means: {
        fi: 'Suomi.fi-tunnistus ja kokouskohtainen tunniste',
        sv: 'Suomi.fi-identifiering och deltagartoken för sammanträdet',
      },
    },
    {
      use: 'confidential-material',
      level: 'substantial',
      means: {
        fi: 'Vahva sähköinen tunnistus ennen liitteen avaamista',
        sv: 'Stark elektronisk identifiering innan bilagan öppnas',
      },
    },
  ],
  rules: [
    {
      id: 'id-1',
      topic: 'identification',
      text: {
        fi: 'Jäsen tunnistautuu vahvasti ennen suljettuun kokoukseen liittymistä, äänestämistä ja salassa pidettävän aineiston avaamista.',
        sv: 'Ledamoten identifierar sig starkt innan hen ansluter till ett slutet sammanträde, röstar eller öppnar sekretessbelagt material.',
      },
      basis: 'KL 99 §, Digipalvelulaki 6 § 2 mom',
      enforcement: { by: 'kit', controls: ['identity.loa-per-use', 'meeting-token.bound', 'service.actor-is-session'] },
    },
    {
      id: 'id-2',
      topic: 'identification',
      text: {
        fi: 'Puheenjohtaja ja sihteeri todentavat osallistujat kokouksen alussa ja tauon jälkeen nimenhuudolla kameran välityksellä.',
        sv: 'Ordföranden och sekreteraren verifierar deltagarna vid början av sammanträdet och efter pauser genom namnupprop via kamera.',
      },
      basis: 'KL 99 § 1 k',
      enforcement: {
        by: 'organisation',
        owner: secretary,
        how: { fi: 'Nimenhuuto kirjataan pöytäkirjaan.', sv: 'Namnuppropet antecknas i protokollet.' },
      },
    },
    {
      id: 'conf-1',
      topic: 'confidential-items',
      text: {
        fi: 'Salassa pidettävä aineisto näytetään vain siihen oikeutetuille; esteellinen jäsen ei näe sitä.',
        sv: 'Sekretessbelagt material visas endast för behöriga; en jävig ledamot ser det inte.',
      },
      basis: 'JulkL 22–23 §, HL 27 §, KL 98 § 2 mom',
      enforcement: {
        by: 'kit',
        controls: [
          'access.confidential',
          'components.confidential-not-rendered',
          'service.stream-confidential',
          'attachment.encrypted',
        ],
      },
    },
    {
      id: 'conf-2',
      topic: 'confidential-items',
      text: {
        fi: 'Salassa pidettävän asian ajaksi suoratoisto katkaistaan eikä asiaa tallenneta.',
        sv: 'Under ett sekretessbelagt ärende avbryts direktsändningen och ärendet spelas inte in.',
      },
      basis: 'KL 101 § 1 mom, JulkL 22 §',
      enforcement: {
        by: 'organisation',
        owner: secretary,
        how: {
          fi: 'Sihteeri katkaisee lähetyksen ja toteaa sen pöytäkirjaan.',
          sv: 'Sekreteraren avbryter sändningen och antecknar det i protokollet.',
        },
      },
    },
    {
      id: 'room-1',
      topic: 'hybrid-room',
      text: {
        fi: 'Etäosallistuja osallistuu salassa pidettävän asian käsittelyyn vain tilasta, jossa ulkopuoliset eivät näe eivätkä kuule; tarvittaessa kuulokkeilla. Tilassa ei saa olla muita.',
        sv: 'En distansdeltagare deltar i behandlingen av ett sekretessbelagt ärende endast från ett rum där utomstående varken ser eller hör; vid behov med hörlurar. Ingen annan får vara i rummet.',
      },
      basis: 'KL 98 § 2 mom, JulkL 22 §',
      enforcement: {
        by: 'organisation',
        owner: member,
        how: {
          fi: 'Jäsen vakuuttaa asian puheenjohtajalle; kamera pidetään päällä.',
          sv: 'Ledamoten försäkrar det för ordföranden; kameran hålls på.',
        },
      },
    },
    {
      id: 'rec-1',
      topic: 'recordings',
      text: {
        fi: 'Julkisesta kokouksesta tehty tallenne tekstitetään 14 vuorokauden kuluessa ja poistetaan verkosta säilytysajan päätyttyä.',
        sv: 'En inspelning av ett offentligt sammanträde textas inom 14 dygn och tas bort från nätet när lagringstiden går ut.',
      },
      basis: 'Digipalvelulaki 7 § 3 mom, KL 140 §',
      enforcement: {
        by: 'both',
        controls: ['procedure.recording-deadline'],
        owner: { fi: 'Viestintä', sv: 'Kommunikationen' },
        how: { fi: 'Tekstitys tilataan julkaisupäivänä.', sv: 'Textningen beställs på publiceringsdagen.' },
      },
    },
    {
      id: 'stream-1',
      topic: 'streams',
      text: {
        fi: 'Vain julkiset kokoukset suoratoistetaan; suoratoistoa ei tallenneta erikseen.',
        sv: 'Endast offentliga sammanträden direktsänds; sändningen sparas inte separat.',
      },
      basis: 'KL 101 § 4 mom',
      enforcement: {
        by: 'organisation',
        owner: itUnit,
        how: {
          fi: 'Lähetyksen asetukset tarkistetaan ennen kokousta.',
          sv: 'Sändningens inställningar kontrolleras före sammanträdet.',
        },
      },
    },
    {
      id: 'pd-1',
      topic: 'personal-data',
      text: {
        fi: 'Verkossa julkaistavasta pöytäkirjasta poistetaan henkilötunnukset ja tarpeettomat henkilötiedot; salassa pidettävästä asiasta julkaistaan vain maininta.',
        sv: 'Ur protokoll som publiceras på nätet tas personbeteckningar och onödiga personuppgifter bort; om ett sekretessbelagt ärende publiceras endast ett omnämnande.',
      },
      basis: 'KL 140 § 1 mom, Tietosuojalaki 29 §',
      enforcement: {
        by: 'kit',
        controls: [
          'publication.no-hetu',
          'publication.confidential-mention',
          'publication.redact',
          'publication.public-html',
        ],
      },
    },
    {
      id: 'pd-2',
      topic: 'personal-data',
      text: {
        fi: 'Henkilötiedot poistetaan verkosta, kun oikaisuvaatimus- tai valitusaika päättyy.',
        sv: 'Personuppgifterna tas bort från nätet när tiden för omprövning eller besvär går ut.',
      },
      basis: 'KL 140 § 1 mom',
      enforcement: { by: 'kit', controls: ['publication.plan', 'procedure.appeal-deadlines'] },
    },
    {
      id: 'dev-1',
      topic: 'devices',
      text: {
        fi: 'Luottamushenkilö vastaa omien laitteidensa ja yhteyksiensä tietoturvallisesta käytöstä: päivitetty käyttöjärjestelmä, näytön lukitus, ei yhteiskäyttöä.',
        sv: 'Den förtroendevalda ansvarar för att egen utrustning och egna förbindelser används informationssäkert: uppdaterat operativsystem, skärmlås, ingen delad användning.',
      },
      basis: 'KL 98 § 2 mom',
      enforcement: {
        by: 'organisation',
        owner: member,
        how: {
          fi: 'Ohjeistus valtuustokauden alussa ja vuosittain.',
          sv: 'Anvisningar i början av fullmäktigeperioden och årligen.',
        },
      },
    },
    {
      id: 'log-1',
      topic: 'logging',
      text: {
        fi: 'Salassa pidettävän aineiston katselut ja luovutukset kirjataan lokiin, jota ei voi muuttaa huomaamatta; lokissa ei ole henkilötunnuksia.',
        sv: 'Visningar och utlämnanden av sekretessbelagt material loggas i en logg som inte kan ändras obemärkt; loggen innehåller inga personbeteckningar.',
      },
      basis: 'Tiedonhallintalaki 17 §',
      enforcement: { by: 'kit', controls: ['audit.tamper-evident', 'audit.pseudonymous', 'meeting-token.no-hetu'] },
    },
    {
      id: 'inc-1',
      topic: 'incidents',
      text: {
        fi: 'Epäilty tietoturvapoikkeama (kadonnut laite, ulkopuolinen kokouksessa, vaarantunut tunnus) ilmoitetaan heti.',
        sv: 'En misstänkt avvikelse (förlorad enhet, utomstående i sammanträdet, komprometterat konto) anmäls genast.',
      },
      basis: 'Tietosuoja-asetus 33 art, Tiedonhallintalaki 13 a §',
      enforcement: {
        by: 'organisation',
        owner: itUnit,
        how: {
          fi: 'Tietohallinto arvioi ja tietosuojavastaava ilmoittaa tarvittaessa tietosuojavaltuutetulle.',
          sv: 'IT-förvaltningen bedömer och dataskyddsombudet anmäler vid behov till dataombudsmannen.',
        },
      },
    },
  ],
  incidents: { reportTo: itUnit, contact: 'tietoturva@esimerkkila.example.fi', reportWithinHours: 24 },
};
