/**
 * The remedy of each decision (KL 134–141 §, HL 46–47 §): which instruction a § gets and what the instruction says.
 * The remedy is a legal decision per §, never a body default alone: a decision that only prepares (tabling,
 * referral back) has none (KL 136 §); the council's decisions and decisions on a claim for rectification get a
 * municipal appeal (KL 135 §); the executive's and committees' decisions a claim for rectification (KL 134 §); a
 * special law may give an administrative appeal with its own period (laki oikeudenkäynnistä hallintoasioissa
 * 808/2019); a procurement decision gets the procurement remedy (Hankintalaki 1397/2016). Every authority and
 * address comes from {@link AppealConfiguration}: nothing municipality-specific is built in.
 */
import type { AppealAuthority, AppealInstruction, LocalizedText } from '@digikokous/meeting-schema';
import {
  appealProhibitionGroundCitations,
  appealProhibitionGroundLabels,
  remedyKindLabels,
  type AppealProhibitionGround,
  type DecisionKind,
  type RemedyKind,
} from '@digikokous/meeting-schema/codes';
import { addDays } from '../calendar.js';
import { MUNICIPAL_APPEAL_DAYS, notificationDate, RECTIFICATION_DAYS } from '../deadlines.js';
import { firstWorkingDayOnOrAfter } from '../holidays.js';
import { isCouncilKind } from '../quorum.js';
import { dmy } from './phrases-fi.js';
import type { MinutesLanguage } from './phrases.js';

/** A special law that gives an administrative appeal (hallintovalitus) with its own period. */
export interface SpecialLawRemedy {
  /** The law's name as the instruction prints it, e.g. `{ fi: 'maankäyttö- ja rakennuslaki (132/1999)' }`. */
  name: LocalizedText;
  /** The provision giving the appeal, e.g. `MRL 188 §`. */
  citation: string;
  /** The law's own appeal period in days from the receipt of notice. */
  periodDays: number;
  /** Who may appeal under the law; default: a party (laki oikeudenkäynnistä hallintoasioissa 808/2019). */
  appellants?: LocalizedText;
  /** The appeal authority when it is not the administrative court of the configuration. */
  authority?: AppealAuthority;
}

/** The procurement remedy, configurable because its sections and fees depend on the procedure and value. */
export interface ProcurementRemedy {
  /** Hankintaoikaisu: the provision, default `Hankintalaki 1397/2016 132 §` ([unverified] section number). */
  rectificationCitation?: string;
  /** Days for the hankintaoikaisu, default 14 (Hankintalaki 1397/2016). */
  rectificationDays?: number;
  /** The appeal to the Market Court: the provision, default `Hankintalaki 1397/2016 146 §` ([unverified]). */
  appealCitation?: string;
  /** Days for the appeal to the Market Court, default 14 (Hankintalaki 1397/2016). */
  appealDays?: number;
  /** The Market Court's court fee as the instruction states it (tuomioistuinmaksulaki 1455/2015, by value). */
  courtFee?: LocalizedText;
}

/** What the municipality configures once; everything the instructions print about authorities comes from here. */
export interface AppealConfiguration {
  /**
   * Where claims to the municipality's own bodies are delivered (the registry, kirjaamo): its address, e-mail and
   * e-service. The claim is addressed to the body that decided (KL 134 §).
   */
  registry: AppealAuthority;
  /** The administrative court of the region (kunnallisvalitus, hallintovalitus). */
  administrativeCourt: AppealAuthority;
  /** The Market Court (markkinaoikeus), for procurement decisions. */
  marketCourt?: AppealAuthority;
  /** The court fee of the administrative court in euros (tuomioistuinmaksulaki 1455/2015, changes yearly). */
  administrativeCourtFeeEur?: number;
  /** Special laws by key, chosen per decision with `{ remedy: { kind: 'hallintovalitus', law: key } }`. */
  specialLaws?: Readonly<Record<string, SpecialLawRemedy>>;
  procurement?: ProcurementRemedy;
}

/** The secretary's choice for one § when the default does not apply. */
export type RemedyChoice =
  | { kind: 'muutoksenhakukielto'; ground: AppealProhibitionGround; legalBasis?: string }
  | { kind: 'oikaisuvaatimus' }
  | { kind: 'kunnallisvalitus'; onRectificationClaim?: boolean }
  | { kind: 'hallintovalitus'; law: string }
  /** A hallintovalitus recorded in the log with its period and court but no configured law. */
  | { kind: 'hallintovalitus'; recorded: { periodDays: number; authority: LocalizedText } }
  | { kind: 'hankintaoikaisu' };

export interface AppealDecision {
  kind: DecisionKind;
  /** The instruction recorded with the decision in the log, if any. */
  appeal?: AppealInstruction;
  /** The secretary's choice for this §; overrides the recorded instruction. */
  remedy?: RemedyChoice;
}

export interface AppealContext {
  body: { kind: string; name: LocalizedText };
  config: AppealConfiguration;
}

/** The remedy of one decision, with the provisions it rests on. */
export interface AppealRemedy {
  kind: RemedyKind;
  legalBasis: string[];
  periodDays?: number;
  prohibitionGround?: AppealProhibitionGround;
  /** Whom the claim or appeal is addressed to (the body, the court). */
  addressee?: LocalizedText;
  /** Where it is delivered, with the contact details of HL 47 §. */
  authority?: AppealAuthority;
  /** The special law of a hallintovalitus. */
  law?: SpecialLawRemedy;
  /** The procurement remedy's second stage. */
  procurement?: Required<Omit<ProcurementRemedy, 'courtFee'>> & { courtFee?: LocalizedText };
}

const KL_136: Record<'valmistelu' | 'taytantoonpano', string> = {
  valmistelu: appealProhibitionGroundCitations.valmistelu,
  taytantoonpano: appealProhibitionGroundCitations.taytantoonpano,
};

/**
 * The remedy of a decision (KL 134–136 §, KL 141 §).
 *
 * - The secretary's `remedy` wins; then a prohibition or an administrative appeal recorded with the decision.
 * - A matter tabled or referred back is only prepared: muutoksenhakukielto, KL 136 §.
 * - The council, and any body deciding on a claim for rectification: kunnallisvalitus, KL 135 §, 30 days.
 * - Other bodies: oikaisuvaatimus to the body, KL 134 §, 14 days.
 */
export function appealInstructionFor(decision: AppealDecision, context: AppealContext): AppealRemedy {
  const { config, body } = context;
  const choice = decision.remedy ?? fromRecorded(decision);
  const council = isCouncilKind(body.kind);
  const kind: RemedyChoice['kind'] =
    choice?.kind ??
    (decision.kind === 'poydalle' || decision.kind === 'palautettu-valmisteltavaksi'
      ? 'muutoksenhakukielto'
      : council
        ? 'kunnallisvalitus'
        : 'oikaisuvaatimus');
  switch (kind) {
    case 'muutoksenhakukielto': {
      const c = choice?.kind === 'muutoksenhakukielto' ? choice : undefined;
      const ground = c?.ground ?? 'valmistelu';
      const basis =
        ground === 'muu-laki'
          ? (c?.legalBasis ?? refuse('A prohibition under another law needs its legalBasis.'))
          : ground === 'esteellisyys'
            ? appealProhibitionGroundCitations.esteellisyys
            : KL_136[ground];
      return { kind, legalBasis: [basis], prohibitionGround: ground };
    }
    case 'oikaisuvaatimus':
      return {
        kind,
        legalBasis: ['KL 134 §', 'KL 137 §', 'KL 138 §'],
        periodDays: RECTIFICATION_DAYS,
        addressee: body.name,
        authority: config.registry,
      };
    case 'kunnallisvalitus':
      return {
        kind,
        legalBasis: ['KL 135 §', 'KL 137 §', 'KL 138 §'],
        periodDays: MUNICIPAL_APPEAL_DAYS,
        addressee: config.administrativeCourt.name,
        authority: config.administrativeCourt,
      };
    case 'hallintovalitus': {
      if (choice?.kind === 'hallintovalitus' && 'recorded' in choice) {
        // The period recorded with the decision is the special law's own: it is kept, never replaced by 30 days.
        const authority: AppealAuthority =
          choice.recorded.authority.fi === config.administrativeCourt.name.fi
            ? config.administrativeCourt
            : { name: choice.recorded.authority };
        const law: SpecialLawRemedy = {
          name: { fi: 'asiaa koskevassa erityislaissa', sv: 'den speciallag som gäller ärendet' },
          citation: '',
          periodDays: choice.recorded.periodDays,
        };
        return {
          kind,
          legalBasis: ['808/2019'],
          periodDays: law.periodDays,
          addressee: authority.name,
          authority,
          law,
        };
      }
      const key = choice?.kind === 'hallintovalitus' && 'law' in choice ? choice.law : undefined;
      const law = key === undefined ? undefined : config.specialLaws?.[key];
      if (!law) return refuse(`No special law "${key ?? ''}" in the appeal configuration.`);
      const authority = law.authority ?? config.administrativeCourt;
      return {
        kind,
        legalBasis: [law.citation, '808/2019'],
        periodDays: law.periodDays,
        addressee: authority.name,
        authority,
        law,
      };
    }
    case 'hankintaoikaisu': {
      const p = config.procurement ?? {};
      if (!config.marketCourt) return refuse('A procurement decision needs the Market Court in the configuration.');
      const procurement: AppealRemedy['procurement'] = {
        rectificationCitation: p.rectificationCitation ?? 'Hankintalaki 1397/2016 132 §',
        rectificationDays: p.rectificationDays ?? 14,
        appealCitation: p.appealCitation ?? 'Hankintalaki 1397/2016 146 §',
        appealDays: p.appealDays ?? 14,
      };
      if (p.courtFee) procurement.courtFee = p.courtFee;
      return {
        kind,
        legalBasis: [procurement.rectificationCitation, procurement.appealCitation, 'KL 134 §'],
        periodDays: procurement.rectificationDays,
        addressee: body.name,
        authority: config.registry,
        procurement,
      };
    }
  }
}

function fromRecorded(d: AppealDecision): RemedyChoice | undefined {
  const a = d.appeal;
  if (!a) return undefined;
  if (a.kind === 'muutoksenhakukielto') {
    const basis = a.legalBasis.trim();
    if (/^KL 136 §/.test(basis)) return { kind: 'muutoksenhakukielto', ground: 'valmistelu' };
    if (/^HL 29 §/.test(basis)) return { kind: 'muutoksenhakukielto', ground: 'esteellisyys' };
    return { kind: 'muutoksenhakukielto', ground: 'muu-laki', legalBasis: basis };
  }
  if (a.kind === 'hallintovalitus')
    return { kind: 'hallintovalitus', recorded: { periodDays: a.periodDays, authority: a.authority } };
  return { kind: a.kind };
}

function refuse(message: string): never {
  throw new AppealConfigurationError(message);
}

/** The appeal configuration cannot give the remedy asked for (unknown special law, no Market Court). */
export class AppealConfigurationError extends Error {
  override readonly name = 'AppealConfigurationError';
  readonly code = 'appeal-configuration';
}

/** The last day of a period counted from a notification date (KL 138 §, määräaikalaki 150/1930 2 §, 5 §). */
export function lastDayOf(notifiedOn: string, days: number): string {
  return firstWorkingDayOnOrAfter(addDays(notifiedOn, days));
}

/**
 * The last day personal data of a § may stay online: the end of its own remedy period counted from the member of
 * the municipality's notification (KL 140 § 1 and 3 mom): 14 days for a claim for rectification, 30 for a municipal
 * appeal, the special law's period, the procurement period. A § without a remedy keeps its data until the members
 * are deemed notified (KL 140 § 3 mom), as nothing longer is needed.
 */
export function personalDataRemovalAfter(remedy: AppealRemedy, publishedOn: string): string {
  const notifiedOn = notificationDate({ channel: 'public-network', date: publishedOn });
  if (remedy.periodDays === undefined) return notifiedOn;
  const days = Math.max(remedy.periodDays, remedy.procurement?.appealDays ?? 0);
  return lastDayOf(notifiedOn, days);
}

export interface AppealText {
  heading: string;
  paragraphs: string[];
  /** The last day for a member of the municipality, when the publication date is known. */
  lastDay?: string;
}

const loc = (t: LocalizedText | undefined, lang: MinutesLanguage): string =>
  t === undefined ? '' : lang === 'sv' ? (t.sv ?? t.fi) : t.fi;

function contact(a: AppealAuthority | undefined, lang: MinutesLanguage): string {
  if (!a) return '';
  const fi = lang === 'fi';
  const parts = [loc(a.name, lang)];
  if (a.postalAddress) parts.push(`${fi ? 'postiosoite' : 'postadress'} ${a.postalAddress}`);
  if (a.visitingAddress) parts.push(`${fi ? 'käyntiosoite' : 'besöksadress'} ${a.visitingAddress}`);
  if (a.email) parts.push(`${fi ? 'sähköposti' : 'e-post'} ${a.email}`);
  if (a.eService) parts.push(`${fi ? 'sähköinen asiointipalvelu' : 'e-tjänst'} ${a.eService}`);
  if (a.phone) parts.push(`${fi ? 'puhelin' : 'telefon'} ${a.phone}`);
  if (a.officeHours) parts.push(`${fi ? 'aukioloaika' : 'öppettid'} ${loc(a.officeHours, lang)}`);
  return parts.join(', ');
}

/**
 * The text of an instruction (HL 46–47 §): the authority and where it is delivered with its contact details, who may
 * claim or appeal, the period and from when it runs (the member of the municipality: the 7th day after publication,
 * KL 140 § 3 mom; a party: the 7th day after a letter, HL 59 § 2 mom, the 3rd day after an electronic message,
 * SAL 13/2003 19 § 2 mom, or the date of a proof of receipt, HL 60 §), what the claim must contain and be accompanied
 * by, delivery before the office closes (määräaikalaki 6 §) and the court fee where one is charged.
 */
export function appealInstructionText(
  remedy: AppealRemedy,
  lang: MinutesLanguage,
  config: AppealConfiguration,
  options: { publishedOn?: string } = {},
): AppealText {
  const heading = remedyKindLabels[remedy.kind][lang].toUpperCase();
  const T = lang === 'fi' ? FI : SV;
  const p: string[] = [];
  let lastDay: string | undefined;
  const notifiedOn =
    options.publishedOn === undefined
      ? undefined
      : notificationDate({ channel: 'public-network', date: options.publishedOn });
  switch (remedy.kind) {
    case 'muutoksenhakukielto': {
      const ground = remedy.prohibitionGround ?? 'valmistelu';
      p.push(T.prohibition(appealProhibitionGroundLabels[ground][lang], T.cite(remedy.legalBasis.join(', '))));
      break;
    }
    case 'oikaisuvaatimus':
      p.push(T.rectIntro, T.rectAuthority(loc(remedy.addressee, lang), contact(remedy.authority, lang)));
      p.push(T.whoMunicipal('oikaisuvaatimus'), T.period('oikaisuvaatimus', remedy.periodDays!), T.notification(true));
      p.push(T.holiday('oikaisuvaatimus'), T.rectContent);
      break;
    case 'kunnallisvalitus':
      p.push(T.appealIntro(loc(remedy.addressee, lang)), T.delivery(contact(remedy.authority, lang)));
      p.push(T.whoMunicipal('valitus'), T.grounds, T.period('valitus', remedy.periodDays!), T.notification(true));
      p.push(T.holiday('valitus'), T.appealContent, T.appealAttachments, T.fee(config.administrativeCourtFeeEur));
      break;
    case 'hallintovalitus': {
      const law = remedy.law!;
      p.push(T.adminIntro(loc(law.name, lang), law.citation ? T.cite(law.citation) : '', loc(remedy.addressee, lang)));
      p.push(T.delivery(contact(remedy.authority, lang)));
      p.push(law.appellants ? loc(law.appellants, lang) : T.whoParty);
      p.push(T.periodLaw(remedy.periodDays!, law.citation ? T.cite(law.citation) : '808/2019'), T.notification(false));
      p.push(T.holiday('valitus'), T.appealContent, T.appealAttachments, T.fee(config.administrativeCourtFeeEur));
      break;
    }
    case 'hankintaoikaisu': {
      const pr = remedy.procurement!;
      p.push(T.procIntro(T.cite(pr.rectificationCitation), pr.rectificationDays));
      p.push(T.procAuthority(loc(remedy.addressee, lang), contact(remedy.authority, lang)));
      p.push(T.procAppeal(T.cite(pr.appealCitation), pr.appealDays, contact(config.marketCourt, lang)));
      p.push(T.procMunicipal, T.notification(true), T.holiday('valitus'), T.rectContent, T.appealAttachments);
      p.push(pr.courtFee ? loc(pr.courtFee, lang) : T.procFee);
      break;
    }
  }
  if (notifiedOn !== undefined && remedy.periodDays !== undefined && remedy.kind !== 'hallintovalitus') {
    lastDay = lastDayOf(notifiedOn, remedy.periodDays);
    p.push(T.dates(options.publishedOn!, notifiedOn, lastDay));
  }
  const out: AppealText = { heading, paragraphs: p };
  if (lastDay !== undefined) out.lastDay = lastDay;
  return out;
}

type Act = 'oikaisuvaatimus' | 'valitus';

const FI = {
  cite: (c: string) => c,
  prohibition: (ground: string, basis: string) =>
    `Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä valittamalla, koska ${ground} (${basis}).`,
  rectIntro:
    'Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen (KL 134 § 1 mom, KL 135 § 1 mom).',
  rectAuthority: (to: string, where: string) =>
    `Oikaisuvaatimus tehdään toimielimelle, joka päätöksen teki: ${to}. Oikaisuvaatimus toimitetaan: ${where}.`,
  whoMunicipal: (act: Act) =>
    `${act === 'oikaisuvaatimus' ? 'Oikaisuvaatimuksen' : 'Valituksen'} saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa (asianosainen), sekä kunnan jäsen (KL 137 §).`,
  whoParty:
    'Valituksen saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa (laki oikeudenkäynnistä hallintoasioissa 808/2019).',
  period: (act: Act, days: number) =>
    `${act === 'oikaisuvaatimus' ? 'Oikaisuvaatimus' : 'Valitus'} on tehtävä ${days} päivän kuluessa päätöksen tiedoksisaannista (KL 138 §). Tiedoksisaantipäivää ei lueta määräaikaan (laki 150/1930, 2 §).`,
  periodLaw: (days: number, cite: string) =>
    `Valitus on tehtävä ${days} päivän kuluessa päätöksen tiedoksisaannista (${cite}). Tiedoksisaantipäivää ei lueta määräaikaan (laki 150/1930, 2 §).`,
  notification: (member: boolean) =>
    `${member ? 'Kunnan jäsenen katsotaan saaneen päätöksestä tiedon seitsemän päivän kuluttua siitä, kun pöytäkirja on asetettu nähtäväksi yleiseen tietoverkkoon (KL 140 § 3 mom). ' : ''}Asianosaisen katsotaan saaneen päätöksestä tiedon, jollei muuta näytetä, seitsemän päivän kuluttua kirjeen lähettämisestä (HL 59 § 2 mom), kolmantena päivänä sähköisen viestin lähettämisestä (laki sähköisestä asioinnista viranomaistoiminnassa 13/2003, 19 § 2 mom) tai saantitodistuksen osoittamana aikana (HL 60 §).`,
  holiday: (act: Act) =>
    `Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, ${act === 'oikaisuvaatimus' ? 'oikaisuvaatimuksen' : 'valituksen'} saa tehdä ensimmäisenä arkipäivänä sen jälkeen (laki 150/1930, 5 §). ${act === 'oikaisuvaatimus' ? 'Oikaisuvaatimuksen' : 'Valituksen'} on oltava perillä viimeistään määräajan viimeisenä päivänä ennen viraston aukioloajan päättymistä (laki 150/1930, 6 §).`,
  rectContent:
    'Oikaisuvaatimus on tehtävä kirjallisesti; myös sähköinen asiakirja täyttää kirjallisen muodon vaatimuksen. Oikaisuvaatimuksessa on ilmoitettava päätös, johon oikaisua vaaditaan, millaista oikaisua vaaditaan ja millä perusteilla (HL 49 d §), sekä tekijän nimi ja yhteystiedot, joihin asiaa koskevat ilmoitukset voidaan toimittaa.',
  appealIntro: (court: string) =>
    `Tähän päätökseen saa hakea muutosta kunnallisvalituksella (KL 135 §). Valitusviranomainen on ${court}.`,
  adminIntro: (law: string, cite: string, court: string) =>
    `Tähän päätökseen saa hakea muutosta hallintovalituksella siten kuin ${law} säädetään${cite ? ` (${cite})` : ''} ja laissa oikeudenkäynnistä hallintoasioissa (808/2019). Valitusviranomainen on ${court}.`,
  delivery: (where: string) => `Valitus toimitetaan valitusviranomaiselle: ${where}.`,
  grounds:
    'Valituksen saa tehdä sillä perusteella, että päätös on syntynyt virheellisessä järjestyksessä, päätöksen tehnyt viranomainen on ylittänyt toimivaltansa tai päätös on muuten lainvastainen. Valittajan on esitettävä valitusperusteet ennen valitusajan päättymistä (KL 135 §).',
  appealContent:
    'Valituksessa on ilmoitettava päätös, johon haetaan muutosta, miltä kohdin päätökseen haetaan muutosta ja mitä muutoksia siihen vaaditaan tehtäväksi, vaatimusten perustelut sekä mihin valitusoikeus perustuu, jos päätös ei kohdistu valittajaan. Valituksessa on ilmoitettava valittajan nimi ja yhteystiedot sekä postiosoite tai muu osoite, johon oikeudenkäyntiin liittyvät asiakirjat voidaan lähettää (laki oikeudenkäynnistä hallintoasioissa 808/2019).',
  appealAttachments:
    'Valitukseen on liitettävä päätös, johon haetaan muutosta, valitusosoituksineen, selvitys siitä, milloin valittaja on saanut päätöksen tiedoksi, tai muu selvitys valitusajan alkamisen ajankohdasta, sekä asiakirjat, joihin valittaja vetoaa, jollei niitä ole jo aikaisemmin toimitettu viranomaiselle.',
  fee: (eur: number | undefined) =>
    `Muutoksenhakuasian käsittelystä hallinto-oikeudessa peritään oikeudenkäyntimaksu${eur === undefined ? '' : ` ${eur} euroa`} siten kuin tuomioistuinmaksulaissa (1455/2015) säädetään. Maksua ei peritä, jos hallinto-oikeus muuttaa valituksenalaista päätöstä valittajan eduksi.`,
  procIntro: (cite: string, days: number) =>
    `Tähän hankintapäätökseen tyytymätön asianosainen voi vaatia hankintayksikköä oikaisemaan virheellisen päätöksensä (hankintaoikaisu, ${cite}) ${days} päivän kuluessa päätöksen tiedoksisaannista.`,
  procAuthority: (to: string, where: string) =>
    `Hankintaoikaisuvaatimus ja kuntalain mukainen oikaisuvaatimus tehdään toimielimelle, joka päätöksen teki: ${to}. Ne toimitetaan: ${where}.`,
  procAppeal: (cite: string, days: number, where: string) =>
    `Asianosainen voi myös valittaa markkinaoikeuteen (${cite}) ${days} päivän kuluessa päätöksen tiedoksisaannista; valitus toimitetaan markkinaoikeudelle: ${where}. Hankintaoikaisun vaatiminen ei keskeytä valitusaikaa.`,
  procMunicipal:
    'Asianosainen ja kunnan jäsen voi lisäksi tehdä kuntalain mukaisen oikaisuvaatimuksen 14 päivän kuluessa (KL 134 §, 137 §, 138 §).',
  procFee:
    'Markkinaoikeus perii valittajalta oikeudenkäyntimaksun hankinnan arvon mukaan siten kuin tuomioistuinmaksulaissa (1455/2015) säädetään.',
  dates: (published: string, notified: string, last: string) =>
    `Pöytäkirja on nähtävillä yleisessä tietoverkossa ${dmy(published)} alkaen. Kunnan jäsen saa päätöksestä tiedon ${dmy(notified)}, ja määräaika päättyy ${dmy(last)}.`,
};

const svCite = (c: string): string =>
  c
    .replace(/\bKL (?=\d)/g, 'KomL ')
    .replace(/\bHL (?=\d)/g, 'FL ')
    .replace(/^Hankintalaki /, 'Upphandlingslagen ');

const SV: typeof FI = {
  cite: svCite,
  prohibition: (ground, basis) =>
    `Ändring i detta beslut får inte sökas genom begäran om omprövning eller genom besvär, eftersom ${ground} (${basis}).`,
  rectIntro:
    'Den som är missnöjd med detta beslut kan skriftligen begära omprövning. Ändring i beslutet får inte sökas genom besvär hos domstol (KomL 134 § 1 mom, KomL 135 § 1 mom).',
  rectAuthority: (to, where) =>
    `Begäran om omprövning riktas till det organ som fattade beslutet: ${to}. Begäran lämnas in till: ${where}.`,
  whoMunicipal: (act) =>
    `${act === 'oikaisuvaatimus' ? 'Omprövning får begäras' : 'Besvär får anföras'} av den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet (part) samt av kommunmedlemmar (KomL 137 §).`,
  whoParty:
    'Besvär får anföras av den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet (lag om rättegång i förvaltningsärenden 808/2019).',
  period: (act, days) =>
    `${act === 'oikaisuvaatimus' ? 'Begäran om omprövning ska framställas' : 'Besvär ska anföras'} inom ${days} dagar från delfåendet av beslutet (KomL 138 §). Delfåendedagen räknas inte in i tidsfristen (lag 150/1930, 2 §).`,
  periodLaw: (days, cite) =>
    `Besvär ska anföras inom ${days} dagar från delfåendet av beslutet (${cite}). Delfåendedagen räknas inte in i tidsfristen (lag 150/1930, 2 §).`,
  notification: (member) =>
    `${member ? 'En kommunmedlem anses ha fått del av beslutet sju dagar efter att protokollet har lagts fram i det allmänna datanätet (KomL 140 § 3 mom). ' : ''}En part anses ha fått del av beslutet, om inte något annat visas, sju dagar efter att brevet sändes (FL 59 § 2 mom), den tredje dagen efter att ett elektroniskt meddelande sändes (lag om elektronisk kommunikation i myndigheternas verksamhet 13/2003, 19 § 2 mom) eller vid den tidpunkt som framgår av mottagningsbeviset (FL 60 §).`,
  holiday: (act) =>
    `Om den sista dagen av tidsfristen är en helgdag, självständighetsdagen, första maj, julafton, midsommarafton eller en helgfri lördag, får ${act === 'oikaisuvaatimus' ? 'omprövning begäras' : 'besvär anföras'} den första vardagen därefter (lag 150/1930, 5 §). ${act === 'oikaisuvaatimus' ? 'Begäran om omprövning' : 'Besväret'} ska ha kommit in senast den sista dagen av tidsfristen före utgången av myndighetens öppettid (lag 150/1930, 6 §).`,
  rectContent:
    'Begäran om omprövning ska framställas skriftligen; också ett elektroniskt dokument uppfyller kravet på skriftlig form. I begäran ska anges det beslut som avses, hurdan omprövning som begärs och på vilka grunder (FL 49 d §) samt den begärandes namn och de kontaktuppgifter till vilka meddelanden i ärendet kan sändas.',
  appealIntro: (court) =>
    `Ändring i detta beslut får sökas genom kommunalbesvär (KomL 135 §). Besvärsmyndighet är ${court}.`,
  adminIntro: (law, cite, court) =>
    `Ändring i detta beslut får sökas genom förvaltningsbesvär enligt ${law}${cite ? ` (${cite})` : ''} och lagen om rättegång i förvaltningsärenden (808/2019). Besvärsmyndighet är ${court}.`,
  delivery: (where) => `Besväret lämnas in till besvärsmyndigheten: ${where}.`,
  grounds:
    'Besvär får anföras på den grunden att beslutet har tillkommit i felaktig ordning, att den myndighet som fattat beslutet har överskridit sina befogenheter eller att beslutet annars strider mot lag. Ändringssökanden ska framföra besvärsgrunderna innan besvärstiden går ut (KomL 135 §).',
  appealContent:
    'I besväret ska anges det beslut i vilket ändring söks, till vilka delar ändring söks och vilka ändringar som yrkas, grunderna för yrkandena samt vad besvärsrätten grundar sig på, om beslutet inte riktar sig till ändringssökanden. I besväret ska anges ändringssökandens namn och kontaktuppgifter samt den postadress eller annan adress till vilken handlingar som gäller rättegången kan sändas (lag om rättegång i förvaltningsärenden 808/2019).',
  appealAttachments:
    'Till besväret ska fogas det beslut i vilket ändring söks jämte besvärsanvisning, en utredning om när ändringssökanden har fått del av beslutet eller annan utredning om när besvärstiden börjat samt de handlingar som ändringssökanden åberopar, om de inte tidigare har lämnats till myndigheten.',
  fee: (eur) =>
    `För behandlingen av ärendet i förvaltningsdomstolen tas en rättegångsavgift${eur === undefined ? '' : ` på ${eur} euro`} ut enligt lagen om domstolsavgifter (1455/2015). Avgiften tas inte ut om förvaltningsdomstolen ändrar beslutet till ändringssökandens fördel.`,
  procIntro: (cite, days) =>
    `En part som är missnöjd med detta upphandlingsbeslut kan yrka att den upphandlande enheten rättar sitt felaktiga beslut (upphandlingsrättelse, ${svCite(cite)}) inom ${days} dagar från delfåendet av beslutet.`,
  procAuthority: (to, where) =>
    `Yrkandet på upphandlingsrättelse och begäran om omprövning enligt kommunallagen riktas till det organ som fattade beslutet: ${to}. De lämnas in till: ${where}.`,
  procAppeal: (cite, days, where) =>
    `En part kan också anföra besvär hos marknadsdomstolen (${svCite(cite)}) inom ${days} dagar från delfåendet av beslutet; besväret lämnas in till marknadsdomstolen: ${where}. Ett yrkande på upphandlingsrättelse avbryter inte besvärstiden.`,
  procMunicipal:
    'En part och en kommunmedlem kan dessutom begära omprövning enligt kommunallagen inom 14 dagar (KomL 134 §, 137 §, 138 §).',
  procFee:
    'Marknadsdomstolen tar ut en rättegångsavgift av ändringssökanden enligt upphandlingens värde såsom föreskrivs i lagen om domstolsavgifter (1455/2015).',
  dates: (published, notified, last) =>
    `Protokollet finns tillgängligt i det allmänna datanätet från och med ${dmy(published)}. En kommunmedlem får del av beslutet ${dmy(notified)} och tidsfristen går ut ${dmy(last)}.`,
};
