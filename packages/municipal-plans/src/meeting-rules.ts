/**
 * The hallintosääntö's meeting rules: the `ProcedureRules` a municipality chooses (the settings the procedure
 * engine applies) together with the choices of each body (electronic meetings, the electronic decision procedure,
 * public meetings), written out as the hallintosääntö articles they correspond to, in Finnish and Swedish, so that a
 * municipality adopts exactly the rules its system applies; and the reverse check that a configuration is
 * consistent with the law.
 *
 * Law checked: KL 90 § 1 mom 2 h (the hallintosääntö states the decision methods and how the municipality provides
 * the equipment), KL 94 § 4 mom (council invitation four days before: a constant, not a setting), KL 99 §
 * (electronic meeting), KL 100 § 1 mom (the electronic procedure never where the meeting would be public), KL 101 §
 * (council meetings public; other bodies' meetings public only by decision; the public can follow an electronic
 * public meeting), KL 105 § 5 mom (closed ballots electronically only with ballot secrecy), KL 106 § (dissent).
 */
import { bodyKinds, bodyKindLabels } from '@digikokous/meeting-schema/codes';
import {
  COUNCIL_INVITATION_DAYS,
  defaultAuthority,
  defaultProcedureRules,
  resolveRules,
  type Authority,
  type AuthorityKey,
  type ProcedureRules,
} from '@digikokous/procedure';
import { z } from 'zod';
import {
  ApprovalSchema,
  BilingualTextSchema,
  duplicateIds,
  formatDate,
  idSchema,
  MunicipalitySchema,
  planIssue,
  validateWith,
  type DocumentLanguage,
  type PlanIssue,
  type PlanResult,
} from './common.js';
import type { Block, PlanDocument } from './document.js';

/** The commands of the engine, from its own default authority table (so a new command is never missed). */
const authorityKeys = Object.keys(defaultAuthority) as [AuthorityKey, ...AuthorityKey[]];
const authorities = ['presiding', 'secretary', 'self', 'presenter'] as const satisfies readonly Authority[];
const authorityList = z.array(z.enum(authorities)).min(1).max(4).readonly();

const fraction = z.strictObject({ numerator: z.int().min(0).max(1000), denominator: z.int().min(0).max(1000) });

/**
 * `ProcedureRules` of @digikokous/procedure as a strict schema: an unknown setting is an error (fail closed). The
 * type annotation makes the build fail when the procedure engine gains a required setting this schema lacks.
 */
export const ProcedureRulesSchema = z.strictObject({
  invitationLeadDays: z.int().min(0).max(60),
  allowBallotChange: z.boolean(),
  defaultVotingMethod: z.enum(['show-of-hands', 'standing', 'electronic', 'roll-call']),
  proceduralOrder: z.enum(['tabling-first', 'referral-first']),
  amendments: z.enum(['after-main', 'as-counter']),
  electronicProcedureDeputies: z.boolean(),
  deputiesCountInThreshold: z.boolean(),
  councilTablingShare: fraction.nullable(),
  councilTablingFirstHandlingOnly: z.boolean(),
  closedBallotInElectronicMeeting: z.boolean(),
  requireSpeakerQueueOrder: z.boolean(),
  authority: z.record(z.enum(authorityKeys), authorityList),
  onBehalfOf: z
    .array(z.enum(['secretary', 'presiding']))
    .max(2)
    .readonly(),
  unsettledTie: z.enum(['revote', 'chair-states-side']),
  proceduralProposals: z.enum(['during-discussion', 'in-voting-order']),
  /** The meeting service's attendance monitor identities (KL 99 §: lost and restored connections only). */
  attendanceMonitors: z.array(idSchema).max(20).readonly(),
});
/**
 * Overrides as a municipality writes them: every setting optional, `authority` merged per command (as
 * `resolveRules` does). Unknown settings, commands or authorities are errors.
 */
export const ProcedureRulesOverridesSchema = ProcedureRulesSchema.extend({
  authority: z.partialRecord(z.enum(authorityKeys), authorityList),
}).partial();
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that the schema and the engine's `ProcedureRules` have the same fields. */
export const procedureRulesSchemaInSync: Same<z.infer<typeof ProcedureRulesSchema>, ProcedureRules> = true;

export const BodyMeetingRulesSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(bodyKinds),
  name: BilingualTextSchema,
  /** May meet electronically or hybrid (KL 98 § 1 mom, KL 99 §). */
  electronicMeetings: z.boolean(),
  /** May use the electronic decision procedure (KL 100 §). */
  electronicProcedure: z.boolean(),
  /** Meetings public: always for the council (KL 101 § 1 mom); by the body's decision for others (3 mom). */
  publicMeetings: z.boolean(),
});

export const MeetingRulesSchema = z.strictObject({
  schemaVersion: z.literal('1.0'),
  municipality: MunicipalitySchema,
  approval: ApprovalSchema,
  /** The article number of the first generated article (the place of the chapter in the hallintosääntö). */
  firstArticle: z.int().min(1).max(999),
  /** Overrides of the engine's defaults; what is absent is the documented default of `defaultProcedureRules`. */
  procedureRules: z.unknown(),
  bodies: z.array(BodyMeetingRulesSchema).min(1).max(200),
  electronicMeetings: z.strictObject({
    /** The stricter pre-2021 reading of KL 99 §: camera and sound for everyone (Kuntaliitto guidance). */
    cameraAndAudioForAll: z.boolean(),
    /** Confidential items only from a place where outsiders can neither see nor hear (Tampere hallintosääntö 120 §). */
    confidentialFromPrivatePlace: z.boolean(),
    /** The public follows public electronic meetings online (KL 101 § 4 mom). */
    publicFollowsOnline: z.boolean(),
    /** The platform declares ballot secrecy for closed ballots (KL 105 § 5 mom). */
    platformBallotSecrecy: z.boolean(),
  }),
  /** Who provides the equipment and connections (KL 90 § 1 mom 2 h). */
  equipmentProvidedBy: BilingualTextSchema,
  minutesChecking: z.strictObject({
    checkers: z.int().min(1).max(5),
    electronicSignature: z.boolean(),
  }),
});
export type MeetingRules = z.infer<typeof MeetingRulesSchema>;
export type MeetingRulesInput = z.input<typeof MeetingRulesSchema>;

const isCouncil = (kind: string) => kind === 'valtuusto';

/**
 * Validates a configuration against the law. Besides the schema, errors for: the electronic procedure for the
 * council or for a body with public meetings (KL 100 § 1 mom, KL 101 §); council meetings marked closed
 * (KL 101 § 1 mom); public electronic meetings the public cannot follow (KL 101 § 4 mom); closed ballots in
 * electronic meetings without ballot secrecy (KL 105 § 5 mom); a tabling share outside (0, 1].
 */
export function validateMeetingRules(input: unknown): PlanResult<MeetingRules> {
  return validateWith(MeetingRulesSchema, input, (c) => {
    const out: PlanIssue[] = [];
    const rules = ProcedureRulesOverridesSchema.safeParse(c.procedureRules ?? {});
    if (!rules.success) {
      for (const i of rules.error.issues)
        out.push(
          planIssue(
            ['procedureRules', ...i.path.map((p: PropertyKey) => (typeof p === 'symbol' ? String(p) : p))],
            `rules.${i.code}`,
            {
              fi: 'Tuntematon tai virheellinen menettelysääntö; tuntematon asetus on aina virhe.',
              en: 'Unknown or invalid procedure setting; an unknown setting is always an error.',
              sv: 'Okänd eller ogiltig förfaranderegel; en okänd inställning är alltid ett fel.',
            },
          ),
        );
    } else {
      const share = rules.data.councilTablingShare;
      if (share && (share.numerator < 1 || share.denominator < 1 || share.numerator > share.denominator))
        out.push(
          planIssue(['procedureRules', 'councilTablingShare'], 'rules.tabling-share', {
            fi: 'Pöydällepanoon vaadittavan osuuden on oltava suurempi kuin 0 ja enintään 1.',
            en: 'The share of councillors that tables a matter must be above 0 and at most 1.',
            sv: 'Andelen som krävs för bordläggning ska vara större än 0 och högst 1.',
          }),
        );
      const r = resolveRules(rules.data);
      if (r.closedBallotInElectronicMeeting && !c.electronicMeetings.platformBallotSecrecy)
        out.push(
          planIssue(['electronicMeetings', 'platformBallotSecrecy'], 'kl105.ballot-secrecy', {
            fi: 'Suljettu lippuäänestys sähköisessä kokouksessa edellyttää, että vaalisalaisuus on turvattu (KL 105 § 5 mom).',
            en: 'A closed ballot in an electronic meeting requires ballot secrecy to be secured (KL 105 § 5 mom).',
            sv: 'Val med slutna sedlar vid ett elektroniskt sammanträde kräver att valhemligheten är tryggad (KommunL 105 § 5 mom.).',
          }),
        );
    }
    out.push(...duplicateIds(c.bodies, ['bodies']));
    c.bodies.forEach((b, i) => {
      if (isCouncil(b.kind) && !b.publicMeetings)
        out.push(
          planIssue(['bodies', i, 'publicMeetings'], 'kl101.council-public', {
            fi: 'Valtuuston kokoukset ovat julkisia (KL 101 § 1 mom); vain yksittäinen asia voidaan käsitellä suljetusti.',
            en: 'Council meetings are public (KL 101 § 1 mom); only a single matter may be handled in a closed session.',
            sv: 'Fullmäktiges sammanträden är offentliga (KommunL 101 § 1 mom.); endast ett enskilt ärende kan behandlas slutet.',
          }),
        );
      if (b.electronicProcedure && (isCouncil(b.kind) || b.publicMeetings))
        out.push(
          planIssue(['bodies', i, 'electronicProcedure'], 'kl100.public-meeting', {
            fi: isCouncil(b.kind)
              ? 'Valtuusto ei voi käyttää sähköistä päätöksentekomenettelyä: sen kokoukset ovat julkisia (KL 100 § 1 mom, KL 101 § 1 mom).'
              : 'Sähköistä päätöksentekomenettelyä ei voi käyttää toimielimessä, jonka kokoukset ovat julkisia (KL 100 § 1 mom).',
            en: isCouncil(b.kind)
              ? 'The council cannot use the electronic decision procedure: its meetings are public (KL 100 § 1 mom, KL 101 § 1 mom).'
              : 'The electronic decision procedure cannot be used by a body whose meetings are public (KL 100 § 1 mom).',
            sv: isCouncil(b.kind)
              ? 'Fullmäktige kan inte använda det elektroniska beslutsförfarandet: dess sammanträden är offentliga (KommunL 100 § 1 mom., 101 § 1 mom.).'
              : 'Det elektroniska beslutsförfarandet kan inte användas av ett organ vars sammanträden är offentliga (KommunL 100 § 1 mom.).',
          }),
        );
      if (b.publicMeetings && b.electronicMeetings && !c.electronicMeetings.publicFollowsOnline)
        out.push(
          planIssue(['electronicMeetings', 'publicFollowsOnline'], 'kl101.public-follow', {
            fi: `Yleisön on voitava seurata toimielimen "${b.name.fi}" julkista sähköistä kokousta (KL 101 § 4 mom).`,
            en: `The public must be able to follow the public electronic meetings of "${b.name.fi}" (KL 101 § 4 mom).`,
            sv: `Allmänheten ska kunna följa de offentliga elektroniska sammanträdena i "${b.name.sv}" (KommunL 101 § 4 mom.).`,
          }),
        );
    });
    return out;
  });
}

/** A generated article: number, heading, paragraphs (momentit), and the settings and law it rests on. */
export interface Article {
  number: number;
  heading: string;
  paragraphs: string[];
  settings: string[];
  basis: string;
}

const list = (xs: string[], lang: DocumentLanguage) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${lang === 'fi' ? 'ja' : 'och'} ${xs.at(-1)}`;

const METHOD = {
  fi: {
    'show-of-hands': 'kädennostolla',
    standing: 'seisomaan nousten',
    electronic: 'sähköisellä äänestysjärjestelmällä',
    'roll-call': 'nimenhuudolla',
  },
  sv: {
    'show-of-hands': 'med handuppräckning',
    standing: 'genom att resa sig',
    electronic: 'med ett elektroniskt röstningssystem',
    'roll-call': 'med namnupprop',
  },
} as const;

/**
 * Writes the configuration out as hallintosääntö articles (Finnish or Swedish). The configuration should be valid
 * (see {@link validateMeetingRules}); the articles state what the system applies, including its defaults.
 */
export function meetingRulesArticles(c: MeetingRules, lang: DocumentLanguage): Article[] {
  const parsed = ProcedureRulesOverridesSchema.safeParse(c.procedureRules ?? {});
  const r = resolveRules(parsed.success ? parsed.data : {});
  const fi = lang === 'fi';
  const names = (pred: (b: MeetingRules['bodies'][number]) => boolean) =>
    c.bodies.filter(pred).map((b) => b.name[lang]);
  const electronic = names((b) => b.electronicMeetings);
  const procedure = names((b) => b.electronicProcedure);
  const share = r.councilTablingShare;
  const shareText = share ? `${share.numerator}/${share.denominator}` : '';
  let n = c.firstArticle;
  const a = (heading: string, paragraphs: string[], settings: string[], basis: string): Article => ({
    number: n++,
    heading,
    paragraphs: paragraphs.filter((p) => p !== ''),
    settings,
    basis,
  });
  return [
    a(
      fi ? 'Sähköinen kokous' : 'Elektroniskt sammanträde',
      fi
        ? [
            electronic.length
              ? `${list(electronic, lang)} voi kokoontua sähköisesti tai niin, että osa jäsenistä osallistuu kokoukseen sähköisesti (hybridikokous).`
              : 'Toimielimet kokoontuvat vain kokouspaikalla.',
            'Sähköisessä kokouksessa puheenjohtaja ja sihteeri todentavat luotettavasti osallistujat, puheenjohtaja johtaa kokousta ja jokainen osallistuja voi seurata käsittelyä ja osallistua siihen.',
            c.electronicMeetings.cameraAndAudioForAll
              ? 'Sähköisesti osallistuvilla on oltava kokouksen ajan kuva- ja ääniyhteys; läsnäolo todetaan kameran välityksellä.'
              : '',
            c.electronicMeetings.confidentialFromPrivatePlace
              ? 'Salassa pidettävän asian käsittelyyn saa osallistua vain paikasta, jossa ulkopuoliset eivät näe eivätkä kuule salassa pidettäviä tietoja.'
              : '',
            c.electronicMeetings.publicFollowsOnline
              ? 'Yleisö voi seurata julkista sähköistä kokousta yleisen tietoverkon välityksellä ja kokouskutsussa mainitussa tilassa.'
              : '',
          ]
        : [
            electronic.length
              ? `${list(electronic, lang)} kan sammanträda elektroniskt eller så att en del av ledamöterna deltar elektroniskt (hybridsammanträde).`
              : 'Organen sammanträder endast på sammanträdesplatsen.',
            'Vid ett elektroniskt sammanträde verifierar ordföranden och sekreteraren på ett tillförlitligt sätt vem som deltar, ordföranden leder sammanträdet och varje deltagare kan följa behandlingen och delta i den.',
            c.electronicMeetings.cameraAndAudioForAll
              ? 'De som deltar elektroniskt ska ha bild- och ljudförbindelse under hela sammanträdet; närvaron konstateras via kameran.'
              : '',
            c.electronicMeetings.confidentialFromPrivatePlace
              ? 'I behandlingen av ett sekretessbelagt ärende får man delta endast från en plats där utomstående varken ser eller hör sekretessbelagda uppgifter.'
              : '',
            c.electronicMeetings.publicFollowsOnline
              ? 'Allmänheten kan följa ett offentligt elektroniskt sammanträde via det allmänna datanätet och i det utrymme som anges i kallelsen.'
              : '',
          ],
      ['bodies[].electronicMeetings', 'electronicMeetings'],
      fi ? 'KL 98 §, 99 §, 101 § 4 mom' : 'KommunL 98 §, 99 §, 101 § 4 mom.',
    ),
    a(
      fi ? 'Sähköinen päätöksentekomenettely' : 'Elektroniskt beslutsförfarande',
      fi
        ? [
            procedure.length
              ? `${list(procedure, lang)} voi käsitellä asioita sähköisessä päätöksentekomenettelyssä ennen kokousta. Menettelyä ei käytetä, kun kokous olisi julkinen.`
              : 'Sähköistä päätöksentekomenettelyä ei käytetä.',
            procedure.length
              ? 'Kokouskutsussa yksilöidään menettelyssä käsiteltävät asiat ja määräaika, jonka kuluessa asia voidaan käsitellä. Asia on käsitelty, kun kaikki jäsenet ovat ilmaisseet kantansa ja määräaika on päättynyt. Asia siirtyy kokoukseen, jos yksikin jäsen sitä vaatii tai ei ole ilmaissut kantaansa.'
              : '',
            procedure.length
              ? r.electronicProcedureDeputies
                ? 'Varajäsen voi ilmaista kantansa estyneen varsinaisen jäsenen sijasta.'
                : 'Varajäsen ei osallistu menettelyyn varsinaisen jäsenen sijasta.'
              : '',
          ]
        : [
            procedure.length
              ? `${list(procedure, lang)} kan behandla ärenden i ett elektroniskt beslutsförfarande före sammanträdet. Förfarandet används inte när sammanträdet skulle vara offentligt.`
              : 'Elektroniskt beslutsförfarande används inte.',
            procedure.length
              ? 'I kallelsen anges de ärenden som behandlas i förfarandet och den tid inom vilken ärendet kan behandlas. Ärendet är behandlat när alla ledamöter har uttryckt sin ståndpunkt och tiden har gått ut. Ärendet överförs till sammanträdet om en enda ledamot kräver det eller inte har uttryckt sin ståndpunkt.'
              : '',
            procedure.length
              ? r.electronicProcedureDeputies
                ? 'En ersättare kan uttrycka sin ståndpunkt i stället för en ledamot som har förhinder.'
                : 'En ersättare deltar inte i förfarandet i stället för en ledamot.'
              : '',
          ],
      ['bodies[].electronicProcedure', 'electronicProcedureDeputies'],
      fi ? 'KL 100 §' : 'KommunL 100 §',
    ),
    a(
      fi ? 'Kokouskutsu' : 'Kallelse',
      fi
        ? [
            `Valtuuston kokouskutsu lähetetään vähintään ${COUNCIL_INVITATION_DAYS} päivää ennen kokousta, ja kokouksesta ilmoitetaan samassa ajassa yleisessä tietoverkossa.`,
            `Muun toimielimen kokouskutsu lähetetään viimeistään ${r.invitationLeadDays} päivää ennen kokousta. Kutsu ja esityslista voidaan lähettää sähköisesti.`,
          ]
        : [
            `Kallelsen till fullmäktiges sammanträde skickas minst ${COUNCIL_INVITATION_DAYS} dagar före sammanträdet och inom samma tid kungörs sammanträdet i det allmänna datanätet.`,
            `Kallelsen till ett annat organs sammanträde skickas senast ${r.invitationLeadDays} dagar före sammanträdet. Kallelsen och föredragningslistan kan skickas elektroniskt.`,
          ],
      ['invitationLeadDays'],
      fi ? 'KL 94 § 4 mom, 90 § 1 mom 3 e' : 'KommunL 94 § 4 mom., 90 § 1 mom. 3 e',
    ),
    a(
      fi ? 'Äänestys ja äänestysjärjestys' : 'Omröstning och omröstningsordning',
      fi
        ? [
            `Äänestys toimitetaan avoimesti, ensisijaisesti ${METHOD.fi[r.defaultVotingMethod]}; nimenhuutoäänestys toimitetaan, jos puheenjohtaja pitää sitä tarpeellisena tai jäsen sitä pyytää.`,
            'Pohjaehdotus otetaan äänestykseen ilman kannatusta; muut ehdotukset tarvitsevat kannatuksen. Jos kannatettuja vastaehdotuksia on useita, ehdotukset asetetaan kaksi kerrallaan vastakkain ja hylkäysehdotuksesta äänestetään viimeisenä. Toimielin hyväksyy äänestysjärjestyksen.',
            r.amendments === 'after-main'
              ? 'Lisäysehdotuksesta äänestetään pääasiasta tehdyn päätöksen jälkeen.'
              : 'Lisäysehdotus käsitellään äänestyksessä kuten vastaehdotus.',
            r.allowBallotChange
              ? 'Jäsen voi muuttaa ääntään niin kauan kuin äänestys on avoinna.'
              : 'Annettua ääntä ei voi muuttaa.',
            r.unsettledTie === 'revote'
              ? 'Jos äänet menevät tasan eikä puheenjohtaja ole äänestänyt kumpaakaan ehdotusta, äänestys toimitetaan uudelleen.'
              : 'Jos äänet menevät tasan eikä puheenjohtaja ole äänestänyt kumpaakaan ehdotusta, puheenjohtaja ilmoittaa äänestyksen päättyessä, kumpaa ehdotusta hän kannattaa, ja se ratkaisee.',
            r.onBehalfOf.length
              ? `Jos jäsenen laite tai yhteys ei toimi, ${list(
                  r.onBehalfOf.map((x) => (x === 'secretary' ? 'sihteeri' : 'puheenjohtaja')),
                  lang,
                )} voi kirjata jäsenen äänen tai muun henkilökohtaisen toimen hänen puolestaan; syy kirjataan pöytäkirjaan.`
              : 'Jäsenen ääntä ei voi kirjata hänen puolestaan.',
          ]
        : [
            `Omröstningen är öppen och förrättas i första hand ${METHOD.sv[r.defaultVotingMethod]}; omröstning med namnupprop förrättas om ordföranden anser det behövligt eller en ledamot begär det.`,
            'Grundförslaget tas upp till omröstning utan understöd; andra förslag ska vara understödda. Finns flera understödda motförslag ställs förslagen två åt gången mot varandra och om ett förkastningsförslag röstas sist. Organet godkänner omröstningsordningen.',
            r.amendments === 'after-main'
              ? 'Om ett tilläggsförslag röstas efter beslutet i huvudfrågan.'
              : 'Ett tilläggsförslag behandlas i omröstningen som ett motförslag.',
            r.allowBallotChange
              ? 'En ledamot kan ändra sin röst så länge omröstningen pågår.'
              : 'En avgiven röst kan inte ändras.',
            r.unsettledTie === 'revote'
              ? 'Om rösterna faller lika och ordföranden inte har röstat för något av förslagen förrättas omröstningen på nytt.'
              : 'Om rösterna faller lika och ordföranden inte har röstat för något av förslagen anger ordföranden när omröstningen avslutas vilket förslag hen stöder, och det avgör.',
            r.onBehalfOf.length
              ? `Om en ledamots utrustning eller förbindelse inte fungerar kan ${list(
                  r.onBehalfOf.map((x) => (x === 'secretary' ? 'sekreteraren' : 'ordföranden')),
                  lang,
                )} registrera ledamotens röst eller annan personlig åtgärd för hens räkning; orsaken antecknas i protokollet.`
              : 'En ledamots röst kan inte registreras för hens räkning.',
          ],
      ['defaultVotingMethod', 'amendments', 'allowBallotChange', 'unsettledTie', 'onBehalfOf'],
      fi ? 'KL 104 §' : 'KommunL 104 §',
    ),
    a(
      fi ? 'Pöydällepano ja palauttaminen' : 'Bordläggning och återremiss',
      fi
        ? [
            `Kannatetusta pöydällepano- ja palautusehdotuksesta päätetään ennen asiaa itseään${r.proceduralProposals === 'during-discussion' ? ' heti kannatuksen jälkeen, ennen kuin keskustelu asiasta päättyy; jos ehdotus raukeaa, keskustelu jatkuu' : ' ensimmäisenä äänestysjärjestyksessä'}; ${r.proceduralOrder === 'tabling-first' ? 'pöydällepanosta' : 'palauttamisesta'} äänestetään ensin.`,
            share
              ? `Valtuustossa asia pannaan pöydälle, jos vähintään ${shareText} läsnä olevista valtuutetuista sitä vaatii${r.councilTablingFirstHandlingOnly ? ' ja asia on ensimmäistä kertaa käsiteltävänä' : ''}; muutoin pöydällepanosta päätetään enemmistöpäätöksellä.`
              : 'Pöydällepanosta päätetään enemmistöpäätöksellä.',
          ]
        : [
            `Om ett understött förslag om bordläggning eller återremiss beslutas före själva ärendet${r.proceduralProposals === 'during-discussion' ? ' genast när det understötts, innan diskussionen i ärendet avslutas; faller förslaget fortsätter diskussionen' : ' först i omröstningsordningen'}; först röstas om ${r.proceduralOrder === 'tabling-first' ? 'bordläggning' : 'återremiss'}.`,
            share
              ? `I fullmäktige bordläggs ett ärende om minst ${shareText} av de närvarande ledamöterna kräver det${r.councilTablingFirstHandlingOnly ? ' och ärendet behandlas för första gången' : ''}; annars beslutas om bordläggning med majoritet.`
              : 'Om bordläggning beslutas med majoritet.',
          ],
      ['proceduralOrder', 'proceduralProposals', 'councilTablingShare', 'councilTablingFirstHandlingOnly'],
      fi ? 'hallintosääntö (KL 90 §)' : 'förvaltningsstadgan (KommunL 90 §)',
    ),
    a(
      fi ? 'Vaalit' : 'Val',
      fi
        ? [
            'Suhteellinen vaali toimitetaan, jos sitä vaatii vähintään niin monta läsnä olevaa jäsentä kuin saadaan jakamalla läsnä olevien määrä valittavien määrällä lisättynä yhdellä.',
            r.deputiesCountInThreshold
              ? 'Valittavien määrään luetaan myös henkilökohtaiset varajäsenet.'
              : 'Valittavien määrään luetaan vain varsinaiset jäsenet.',
            r.closedBallotInElectronicMeeting
              ? 'Suljetuin lipuin toimitettava vaali voidaan toimittaa sähköisessä kokouksessa, kun vaalisalaisuus on järjestelmässä turvattu.'
              : 'Suljetuin lipuin toimitettavaa vaalia ei toimiteta sähköisessä kokouksessa.',
          ]
        : [
            'Ett proportionellt val förrättas om minst så många närvarande ledamöter kräver det som fås genom att antalet närvarande divideras med antalet som ska väljas ökat med ett.',
            r.deputiesCountInThreshold
              ? 'Till antalet som ska väljas räknas även de personliga ersättarna.'
              : 'Till antalet som ska väljas räknas endast de ordinarie ledamöterna.',
            r.closedBallotInElectronicMeeting
              ? 'Val med slutna sedlar kan förrättas vid ett elektroniskt sammanträde när valhemligheten är tryggad i systemet.'
              : 'Val med slutna sedlar förrättas inte vid ett elektroniskt sammanträde.',
          ],
      ['deputiesCountInThreshold', 'closedBallotInElectronicMeeting'],
      fi ? 'KL 105 §' : 'KommunL 105 §',
    ),
    a(
      fi ? 'Puheenvuorot' : 'Anföranden',
      fi
        ? [
            'Puheenjohtaja johtaa kokousta ja myöntää puheenvuorot pyytämisjärjestyksessä; työjärjestyspuheenvuoro myönnetään ennen muita. Kokousjärjestelmä sallii kunkin kokouksen kulkua koskevan toimen vain liitteen taulukon mukaisille henkilöille.',
            r.requireSpeakerQueueOrder ? 'Puheenjohtaja mainitsee puheenvuoron saajan nimeltä.' : '',
          ]
        : [
            'Ordföranden leder sammanträdet och ger ordet i den ordning det har begärts; ett anförande om arbetsordningen ges före andra. Sammanträdessystemet tillåter varje åtgärd i sammanträdets gång endast för de personer som anges i tabellen i bilagan.',
            r.requireSpeakerQueueOrder ? 'Ordföranden nämner den som får ordet vid namn.' : '',
          ],
      ['requireSpeakerQueueOrder', 'authority'],
      fi ? 'KL 102 §' : 'KommunL 102 §',
    ),
    a(
      fi ? 'Eriävä mielipide' : 'Avvikande mening',
      fi
        ? [
            'Päätökseen osallistunut, joka on tehnyt vastaehdotuksen tai äänestänyt päätöstä vastaan, ja esittelijä, jonka ehdotuksesta on poikettu, voi ilmoittaa eriävän mielipiteen heti päätöksen tultua tehdyksi. Kirjalliset perustelut on annettava ennen pöytäkirjan tarkastamista.',
          ]
        : [
            'Den som deltagit i beslutet och som har lagt ett motförslag eller röstat mot beslutet, och en föredragande vars förslag inte har följts, kan anmäla avvikande mening genast när beslutet har fattats. En skriftlig motivering ska lämnas innan protokollet justeras.',
          ],
      [],
      fi ? 'KL 106 §' : 'KommunL 106 §',
    ),
    a(
      fi ? 'Pöytäkirjan tarkastaminen' : 'Justering av protokollet',
      fi
        ? [
            `Pöytäkirjan tarkastaa ${c.minutesChecking.checkers === 1 ? 'yksi kokouksen valitsema jäsen' : `${c.minutesChecking.checkers} kokouksen valitsemaa jäsentä`}.`,
            c.minutesChecking.electronicSignature
              ? 'Pöytäkirja voidaan allekirjoittaa ja tarkastaa sähköisesti.'
              : 'Pöytäkirja allekirjoitetaan ja tarkastetaan käsin.',
            'Sähköisessä päätöksentekomenettelyssä tehdyistä päätöksistä laadittu pöytäkirja voidaan tarkastaa ennen kokousta.',
          ]
        : [
            `Protokollet justeras av ${c.minutesChecking.checkers === 1 ? 'en ledamot' : `${c.minutesChecking.checkers} ledamöter`} som sammanträdet utser.`,
            c.minutesChecking.electronicSignature
              ? 'Protokollet kan undertecknas och justeras elektroniskt.'
              : 'Protokollet undertecknas och justeras för hand.',
            'Protokollet över beslut som fattats i det elektroniska beslutsförfarandet kan justeras före sammanträdet.',
          ],
      ['minutesChecking'],
      fi ? 'KL 100 § 3 mom, 107 §' : 'KommunL 100 § 3 mom., 107 §',
    ),
    a(
      fi ? 'Sähköisen kokouksen laitteet ja yhteydet' : 'Utrustning och förbindelser för elektroniska sammanträden',
      fi
        ? [
            `${c.equipmentProvidedBy.fi} huolehtii siitä, että sähköisessä kokouksessa ja päätöksentekomenettelyssä tarvittavat tekniset laitteet ja yhteydet ovat käytettävissä ja tietoturvallisia, ja että salassa pidettävät tiedot eivät ole ulkopuolisten saatavilla.`,
            'Luottamushenkilö vastaa siitä, että hän käyttää omia laitteitaan ja yhteyksiään tietoturvallisesti.',
          ]
        : [
            `${c.equipmentProvidedBy.sv} ser till att den tekniska utrustning och de förbindelser som behövs för elektroniska sammanträden och beslutsförfarandet finns tillgängliga och är informationssäkra, och att sekretessbelagda uppgifter inte är tillgängliga för utomstående.`,
            'En förtroendevald ansvarar för att hen använder sin egen utrustning och sina egna förbindelser informationssäkert.',
          ],
      [],
      fi ? 'KL 90 § 1 mom 2 h, 98 § 2 mom' : 'KommunL 90 § 1 mom. 2 h, 98 § 2 mom.',
    ),
  ];
}

/** The articles as a document, with the table of the settings the system applies. */
export function meetingRulesDocument(c: MeetingRules, lang: DocumentLanguage): PlanDocument {
  const fi = lang === 'fi';
  const parsed = ProcedureRulesOverridesSchema.safeParse(c.procedureRules ?? {});
  const overrides = parsed.success ? parsed.data : {};
  const r = resolveRules(overrides);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: fi
        ? `${c.municipality.name.fi}, versio ${c.approval.version}, hyväksytty ${formatDate(c.approval.approvedOn)}. Nämä pykälät vastaavat täsmälleen sitä, mitä kokousjärjestelmä soveltaa.`
        : `${c.municipality.name.sv}, version ${c.approval.version}, godkänd ${formatDate(c.approval.approvedOn)}. Dessa paragrafer motsvarar exakt det som sammanträdessystemet tillämpar.`,
    },
  ];
  for (const art of meetingRulesArticles(c, lang)) {
    blocks.push({ type: 'heading', level: 2, text: `${art.number} § ${art.heading}` });
    art.paragraphs.forEach((p) => blocks.push({ type: 'paragraph', text: p }));
    blocks.push({ type: 'paragraph', text: `${fi ? 'Peruste' : 'Grund'}: ${art.basis}` });
  }
  const changedCommands = authorityKeys.filter((k) => r.authority[k].join() !== defaultAuthority[k].join());
  const value = (k: keyof ProcedureRules, v: unknown, current: boolean): string => {
    if (k === 'authority')
      return !current || changedCommands.length === 0
        ? fi
          ? 'oletustaulukko'
          : 'standardtabell'
        : `${fi ? 'muutettu' : 'ändrat'}: ${changedCommands.join(', ')}`;
    if (v === null) return '–';
    if (Array.isArray(v)) return v.join(', ') || '–';
    if (typeof v === 'object')
      return `${(v as { numerator: number }).numerator}/${(v as { denominator: number }).denominator}`;
    return String(v);
  };
  const who: Record<Authority, string> = fi
    ? { presiding: 'puheenjohtaja', secretary: 'sihteeri', self: 'asianomainen itse', presenter: 'esittelijä' }
    : { presiding: 'ordföranden', secretary: 'sekreteraren', self: 'personen själv', presenter: 'föredraganden' };
  blocks.push(
    { type: 'heading', level: 2, text: fi ? 'Järjestelmän asetukset' : 'Systemets inställningar' },
    {
      type: 'table',
      caption: fi ? 'ProcedureRules: arvo ja oletusarvo' : 'ProcedureRules: värde och standardvärde',
      head: fi ? ['Asetus', 'Arvo', 'Oletus', 'Muutettu'] : ['Inställning', 'Värde', 'Standard', 'Ändrad'],
      rowHeaders: true,
      rows: (Object.keys(defaultProcedureRules) as (keyof ProcedureRules)[]).map((k) => [
        k,
        value(k, r[k], true),
        value(k, defaultProcedureRules[k], false),
        Object.hasOwn(overrides, k) ? (fi ? 'kyllä' : 'ja') : fi ? 'ei' : 'nej',
      ]),
    },
    {
      type: 'table',
      caption: fi ? 'Toimielimet' : 'Organ',
      head: fi
        ? ['Toimielin', 'Laji', 'Sähköinen kokous', 'Sähköinen päätöksentekomenettely', 'Julkiset kokoukset']
        : ['Organ', 'Typ', 'Elektroniskt sammanträde', 'Elektroniskt beslutsförfarande', 'Offentliga sammanträden'],
      rowHeaders: true,
      rows: c.bodies.map((b) => {
        const yes = (x: boolean) => (x ? (fi ? 'kyllä' : 'ja') : fi ? 'ei' : 'nej');
        return [
          b.name[lang],
          bodyKindLabels[b.kind][lang],
          yes(b.electronicMeetings),
          yes(b.electronicProcedure),
          yes(b.publicMeetings),
        ];
      }),
    },
  );
  blocks.push({
    type: 'table',
    caption: fi
      ? 'Liite: kuka antaa minkin kokouksen kulkua koskevan toimen'
      : 'Bilaga: vem vidtar vilken åtgärd i sammanträdets gång',
    head: fi ? ['Toimi (komento)', 'Saa antaa', 'Muutettu'] : ['Åtgärd (kommando)', 'Får vidtas av', 'Ändrad'],
    rowHeaders: true,
    rows: authorityKeys.map((k) => [
      k,
      list(
        r.authority[k].map((x) => who[x]),
        lang,
      ),
      changedCommands.includes(k) ? (fi ? 'kyllä' : 'ja') : fi ? 'ei' : 'nej',
    ]),
  });
  return { lang, title: fi ? 'Hallintosääntö: kokousmenettely' : 'Förvaltningsstadga: sammanträdesförfarande', blocks };
}
