/**
 * Code lists of the JHS 191 records-management plan schema (`Skeema_TOS_atomaariset.xsd`, namespace
 * http://skeemat.jhs-suositukset.fi/tos/2015/01/15). The integer codes are the schema's `xs:enumeration`s;
 * the text lists are the schema's documented recommended values ("Suositeltavat arvot"). A test parses the
 * XSD and asserts these lists equal it, so any drift fails the build.
 *
 * Written by hand rather than generated so that each code carries an English label for the bilingual output.
 */

export interface CodeEntry<C> {
  code: C;
  fi: string;
  en: string;
}

/** TilaKoodi: state of a TOS or one of its parts. */
export const statusCodes = [
  { code: 1, fi: 'Luonnos', en: 'Draft' },
  { code: 2, fi: 'Valmis', en: 'Ready' },
  { code: 3, fi: 'Käytössä', en: 'In use' },
  { code: 4, fi: 'Päivityksessä', en: 'Being updated' },
  { code: 5, fi: 'Ei käytössä', en: 'Not in use' },
] as const satisfies readonly CodeEntry<number>[];

/** JulkisuusluokkaKoodi: publicity class (JulkL 621/1999). */
export const publicityClassCodes = [
  { code: 1, fi: 'Julkinen', en: 'Public' },
  { code: 2, fi: 'Osittain salassa pidettävä', en: 'Partly confidential' },
  { code: 3, fi: 'Salassa pidettävä', en: 'Confidential' },
  { code: 4, fi: 'Ei-julkinen', en: 'Not public' },
] as const satisfies readonly CodeEntry<number>[];

/** SuojaustasoKoodi: protection level. */
export const protectionLevelCodes = [
  { code: 1, fi: 'ST I', en: 'Protection level I' },
  { code: 2, fi: 'ST II', en: 'Protection level II' },
  { code: 3, fi: 'ST III', en: 'Protection level III' },
  { code: 4, fi: 'ST IV', en: 'Protection level IV' },
] as const satisfies readonly CodeEntry<number>[];

/** TurvallisuusluokkaKoodi: security class (mandatory only for state agencies, Tiedonhallintalaki 906/2019 18 §). */
export const securityClassCodes = [
  { code: 1, fi: 'ERITTÄIN SALAINEN', en: 'TOP SECRET' },
  { code: 2, fi: 'SALAINEN', en: 'SECRET' },
  { code: 3, fi: 'LUOTTAMUKSELLINEN', en: 'CONFIDENTIAL' },
  { code: 4, fi: 'KÄYTTÖ RAJOITETTU', en: 'RESTRICTED' },
] as const satisfies readonly CodeEntry<number>[];

/** HenkilotietoluonneKoodi: personal-data class. */
export const personalDataClassCodes = [
  { code: 1, fi: 'Ei sisällä henkilötietoja', en: 'Contains no personal data' },
  { code: 2, fi: 'Sisältää henkilötietoja', en: 'Contains personal data' },
  { code: 3, fi: 'Sisältää arkaluonteisia henkilötietoja', en: 'Contains sensitive personal data' },
] as const satisfies readonly CodeEntry<number>[];

/** SalassapitoAikaArvo: recommended secrecy periods in years (JulkL 31 §). Other integers are allowed with a warning. */
export const recommendedSecrecyPeriods = [25, 50, 100] as const;

/** SailytysajanPituusArvo: recommended retention periods in years; −1 is permanent retention. */
export const recommendedRetentionPeriods = [0, 3, 6, 10, 20, 50, 120, -1] as const;
export const PERMANENT_RETENTION = -1;

/** SalassapidonLaskentaperusteTeksti: start of the secrecy period (process and record values). */
export const secrecyPeriodStarts = [
  { code: 'Asian ratkaisu', fi: 'Asian ratkaisu', en: 'Resolution of the case' },
  { code: 'Asiakirjan päivämäärä', fi: 'Asiakirjan päivämäärä', en: 'Date of the document' },
  { code: 'Asiakirjan valmistuminen', fi: 'Asiakirjan valmistuminen', en: 'Completion of the document' },
  { code: 'Asiakirjan saapumisajankohta', fi: 'Asiakirjan saapumisajankohta', en: 'Arrival of the document' },
] as const satisfies readonly CodeEntry<string>[];
/** Values the schema recommends at process level (the rest are record-level only). */
export const processSecrecyPeriodStarts = ['Asian ratkaisu'] as const;

/** SailytysajanLaskentaperusteTeksti: start of the retention period. */
export const retentionPeriodStarts = [
  { code: 'Asian lopullinen ratkaisu', fi: 'Asian lopullinen ratkaisu', en: 'Final resolution of the case' },
  { code: 'Asiakirjan päivämäärä', fi: 'Asiakirjan päivämäärä', en: 'Date of the document' },
] as const satisfies readonly CodeEntry<string>[];
export const processRetentionPeriodStarts = ['Asian lopullinen ratkaisu'] as const;

/** ToimenpideluokkaTeksti: action classes of a handling process. */
export const actionClasses = [
  { code: 'ohjaus', fi: 'ohjaus', en: 'steering' },
  { code: 'vireilletulo', fi: 'vireilletulo', en: 'initiation' },
  { code: 'valmistelu', fi: 'valmistelu', en: 'preparation' },
  { code: 'päätöksenteko', fi: 'päätöksenteko', en: 'decision-making' },
  { code: 'toimeenpano', fi: 'toimeenpano', en: 'implementation' },
  { code: 'tiedoksianto', fi: 'tiedoksianto', en: 'notification' },
  { code: 'muutoksenhaku', fi: 'muutoksenhaku', en: 'appeal' },
  { code: 'seuranta', fi: 'seuranta', en: 'monitoring' },
] as const satisfies readonly CodeEntry<string>[];

/** KasittelyprosessinTilaTeksti: state of a handling process. */
export const processStates = [
  { code: 'Avattu', fi: 'Avattu', en: 'Opened' },
  { code: 'Vireillä', fi: 'Vireillä', en: 'Pending' },
  { code: 'Valmistelussa', fi: 'Valmistelussa', en: 'In preparation' },
  { code: 'Ratkaistavana', fi: 'Ratkaistavana', en: 'To be decided' },
  { code: 'Toimitettu tiedoksi', fi: 'Toimitettu tiedoksi', en: 'Notified' },
  { code: 'Toimeenpantava', fi: 'Toimeenpantava', en: 'To be implemented' },
  { code: 'Päätetty', fi: 'Päätetty', en: 'Decided' },
  { code: 'Avattu uudelleen', fi: 'Avattu uudelleen', en: 'Reopened' },
  { code: 'Muutoksenhaku', fi: 'Muutoksenhaku', en: 'Under appeal' },
  { code: 'Seurannassa', fi: 'Seurannassa', en: 'Monitored' },
  { code: 'Siirretty', fi: 'Siirretty', en: 'Transferred' },
  { code: 'Hävitetty', fi: 'Hävitetty', en: 'Destroyed' },
] as const satisfies readonly CodeEntry<string>[];

/** AsiakirjaluokkaTeksti: record (document) classes, always in the singular. */
export const recordClasses = [
  { code: 'Aloite', fi: 'Aloite', en: 'Initiative' },
  { code: 'Asetus', fi: 'Asetus', en: 'Decree' },
  { code: 'Ehdotus', fi: 'Ehdotus', en: 'Proposal' },
  { code: 'Esitys', fi: 'Esitys', en: 'Presentation' },
  { code: 'Esityslista', fi: 'Esityslista', en: 'Agenda' },
  { code: 'Hakemus', fi: 'Hakemus', en: 'Application' },
  { code: 'Ilmoitus', fi: 'Ilmoitus', en: 'Notice' },
  { code: 'Julkaisu', fi: 'Julkaisu', en: 'Publication' },
  { code: 'Kannanotto', fi: 'Kannanotto', en: 'Statement of position' },
  { code: 'Kantelu', fi: 'Kantelu', en: 'Complaint' },
  { code: 'Kartta', fi: 'Kartta', en: 'Map' },
  { code: 'Kertomus', fi: 'Kertomus', en: 'Report (narrative)' },
  { code: 'Kirje', fi: 'Kirje', en: 'Letter' },
  { code: 'Kutsu', fi: 'Kutsu', en: 'Invitation' },
  { code: 'Kuulutus', fi: 'Kuulutus', en: 'Public notice' },
  { code: 'Kuva', fi: 'Kuva', en: 'Image' },
  { code: 'Laki', fi: 'Laki', en: 'Act' },
  { code: 'Lasku', fi: 'Lasku', en: 'Invoice' },
  { code: 'Lausunto', fi: 'Lausunto', en: 'Opinion' },
  { code: 'Lausuntopyyntö', fi: 'Lausuntopyyntö', en: 'Request for opinion' },
  { code: 'Liite', fi: 'Liite', en: 'Attachment' },
  { code: 'Luettelo', fi: 'Luettelo', en: 'List' },
  { code: 'Lupa', fi: 'Lupa', en: 'Permit' },
  { code: 'Mietintö', fi: 'Mietintö', en: 'Committee report' },
  { code: 'Muistio', fi: 'Muistio', en: 'Memorandum' },
  { code: 'Määräys', fi: 'Määräys', en: 'Regulation' },
  { code: 'Nimittämiskirja', fi: 'Nimittämiskirja', en: 'Letter of appointment' },
  { code: 'Ohje', fi: 'Ohje', en: 'Instruction' },
  { code: 'Ohjelma', fi: 'Ohjelma', en: 'Programme' },
  { code: 'Oikaisuvaatimus', fi: 'Oikaisuvaatimus', en: 'Claim for rectification' },
  { code: 'Ote', fi: 'Ote', en: 'Extract' },
  { code: 'Piirustus', fi: 'Piirustus', en: 'Drawing' },
  { code: 'Pyyntö', fi: 'Pyyntö', en: 'Request' },
  { code: 'Päätös', fi: 'Päätös', en: 'Decision' },
  { code: 'Pöytäkirja', fi: 'Pöytäkirja', en: 'Minutes' },
  { code: 'Raportti', fi: 'Raportti', en: 'Report' },
  { code: 'Seloste', fi: 'Seloste', en: 'Description' },
  { code: 'Selvitys', fi: 'Selvitys', en: 'Account' },
  { code: 'Sopimus', fi: 'Sopimus', en: 'Agreement' },
  { code: 'Strategia', fi: 'Strategia', en: 'Strategy' },
  { code: 'Suositus', fi: 'Suositus', en: 'Recommendation' },
  { code: 'Suunnitelma', fi: 'Suunnitelma', en: 'Plan' },
  { code: 'Talousarvio', fi: 'Talousarvio', en: 'Budget' },
  { code: 'Tarjous', fi: 'Tarjous', en: 'Tender' },
  { code: 'Tarjouspyyntö', fi: 'Tarjouspyyntö', en: 'Call for tenders' },
  { code: 'Teos', fi: 'Teos', en: 'Work' },
  { code: 'Tiedote', fi: 'Tiedote', en: 'Press release' },
  { code: 'Tilasto', fi: 'Tilasto', en: 'Statistics' },
  { code: 'Tilaus', fi: 'Tilaus', en: 'Order' },
  { code: 'Tilinpäätös', fi: 'Tilinpäätös', en: 'Financial statements' },
  { code: 'Todistus', fi: 'Todistus', en: 'Certificate' },
  { code: 'Tosite', fi: 'Tosite', en: 'Voucher' },
  { code: 'Valitus', fi: 'Valitus', en: 'Appeal' },
  { code: 'Valtakirja', fi: 'Valtakirja', en: 'Power of attorney' },
  { code: 'Vastine', fi: 'Vastine', en: 'Response' },
  { code: 'Yhteenveto', fi: 'Yhteenveto', en: 'Summary' },
] as const satisfies readonly CodeEntry<string>[];

export type StatusCode = (typeof statusCodes)[number]['code'];
export type PublicityClassCode = (typeof publicityClassCodes)[number]['code'];
export type ProtectionLevelCode = (typeof protectionLevelCodes)[number]['code'];
export type SecurityClassCode = (typeof securityClassCodes)[number]['code'];
export type PersonalDataClassCode = (typeof personalDataClassCodes)[number]['code'];
export type SecrecyPeriodStart = (typeof secrecyPeriodStarts)[number]['code'];
export type RetentionPeriodStart = (typeof retentionPeriodStarts)[number]['code'];
export type ActionClass = (typeof actionClasses)[number]['code'];
export type ProcessState = (typeof processStates)[number]['code'];
export type RecordClass = (typeof recordClasses)[number]['code'];

/** Publicity classes that require secrecy period, start and ground (Helsinki helerm rule, JHS 191 schema comment). */
export const CONFIDENTIAL_PUBLICITY_CLASSES: readonly PublicityClassCode[] = [2, 3];

export function codesOf<C>(list: readonly CodeEntry<C>[]): C[] {
  return list.map((e) => e.code);
}

export function labelOf<C>(list: readonly CodeEntry<C>[], code: C): { fi: string; en: string } | undefined {
  const e = list.find((x) => x.code === code);
  return e ? { fi: e.fi, en: e.en } : undefined;
}
