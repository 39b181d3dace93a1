/**
 * About 10 MB of Finnish decision text (päätösteksti) for the redaction benchmark, deterministic.
 *
 * Derivation: the real public decision text of the City of Espoo, kaupunginhallitus 8.5.2017 § 127
 * (hallintosäännön hyväksyminen: fields Valmistelijat, Päätösehdotus, Käsittely, Päätös, Selostus, 46 KB of
 * HTML as Espoo's Dynasty published it), copied unchanged from the Paatos-Scraper test data into
 * `test/fixtures/systems/dynasty-espoo/` (see `test/fixtures/PROVENANCE.md`). The plain variant is that HTML
 * as text: one paragraph per `<p>`, `<li>` or table cell, tags dropped, the few character references
 * decoded. Real minutes are mostly prose with sparse personal data (the Espoo item names ten officials with
 * their work phone numbers and one e-mail address), so after every fourth real paragraph one of the eight
 * synthetic paragraphs below is inserted, in the style of the same minutes, with fictional personal data:
 * a henkilötunnus, phone numbers, an e-mail address, a street address, two listed names, a Y-tunnus, and
 * the no-break spaces and dashes word processors leave. The synthetic codes are fictional
 * (`131052-308T` is the common documentation example). The HTML variant keeps the Espoo HTML as
 * published and gives each synthetic paragraph as a rich-text editor exports it (`<p>`, ä and ö as
 * `&auml;` / `&ouml;`).
 */
import { readFileSync } from 'node:fs';

const SYNTHETIC = [
  'Kaupunginhallitus päättää esittää valtuustolle, että valtuusto hyväksyy vuoden 2026 talousarvion muutoksen liitteen 3 mukaisesti ja oikeuttaa kaupunginjohtajan tekemään asiaan liittyvät tekniset korjaukset.',
  'Asian valmistelija: talousjohtaja Liisa Virtanen, puh. 040 123 4567, liisa.virtanen@esimerkkila.fi. Asiaa on käsitelty henkilöstötoimikunnassa 12.3.2026 § 14.',
  'Perusturvalautakunta on 4.2.2026 § 23 hyväksynyt ikääntyneiden palvelujen kehittämissuunnitelman vuosille 2026–2029. Suunnitelman toteutus edellyttää lisämäärärahaa 150\u00a0000 euroa.',
  'Hakija Matti Meikäläinen (henkilötunnus 131052-308T) on pyytänyt oikaisua päätökseen, joka koskee avustuksen myöntämistä. Hakijan osoite on Kotikatu 5 A 12, 00100 Helsinki.',
  'Tekninen lautakunta päätti, että Rantatien peruskorjaus toteutetaan kahdessa vaiheessa ja että urakan kilpailutus käynnistetään huhtikuussa. Kustannusarvio on 2,4 miljoonaa euroa (alv 0 %).',
  'Päätösehdotus: Valtuusto merkitsee tiedoksi tarkastuslautakunnan arviointikertomuksen vuodelta 2025 ja kehottaa kaupunginhallitusta antamaan selvityksen toimenpiteistä 30.9.2026 mennessä.',
  'Muutoksenhaku: Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista (KuntaL 134 §).',
  'Esittelijä: kaupunginjohtaja. Valmistelija: hallintojohtaja, p. 09 310 1691. Y-tunnus 0112038-9. Dnro 45/00.01.02/2026.',
];

/** Real paragraphs after which one synthetic paragraph follows. */
const REAL_PER_SYNTHETIC = 4;

interface Field {
  readonly title: string;
  readonly content: string;
}

const ESPOO_FIELDS = new Set(['Valmistelijat / lisätiedot', 'Päätösehdotus', 'Käsittely', 'Päätös', 'Selostus']);

/** The Espoo item's HTML paragraphs (`<p>…</p>`, `<li>…</li>`, table cells) as published. */
function espooHtmlParagraphs(): string[] {
  const url = new URL('../test/fixtures/systems/dynasty-espoo/espoo_kh_170508_contents_127.json', import.meta.url);
  const fields = JSON.parse(readFileSync(url, 'utf8')) as Field[];
  const out: string[] = [];
  for (const f of fields) {
    if (!ESPOO_FIELDS.has(f.title)) continue;
    for (const m of f.content.matchAll(/<(p|li|td)\b[^>]*>[\s\S]*?<\/\1>/gu)) out.push(m[0]);
  }
  return out;
}

const asPlain = (html: string): string =>
  html
    .replace(/<[^>]*>/gu, '')
    .replaceAll('&nbsp;', '\u00a0')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .trim();

/** A synthetic paragraph as a rich-text editor exports it: in `<p>`, ä and ö as entities. */
const asHtml = (p: string): string => `<p>${p.replaceAll('ä', '&auml;').replaceAll('ö', '&ouml;')}</p>`;

export function finnishDecisionText(bytes = 10 * 1024 * 1024, html = false): string {
  const real = espooHtmlParagraphs()
    .map((p) => (html ? p : asPlain(p)))
    .filter((p) => p !== '');
  const synthetic = SYNTHETIC.map((p) => (html ? asHtml(p) : p));
  const parts: string[] = [];
  let size = 0;
  let r = 0;
  let s = 0;
  while (size < bytes) {
    const para =
      (r + s) % (REAL_PER_SYNTHETIC + 1) === REAL_PER_SYNTHETIC
        ? (synthetic[(s++ * 7) % synthetic.length] as string)
        : (real[r++ % real.length] as string);
    const p = `${para}\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}
