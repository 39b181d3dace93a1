/**
 * About 10 MB of synthetic Finnish decision text (päätöstekstiä) for the redaction benchmark: paragraphs in
 * the style of municipal minutes, deterministic, with the occasional henkilötunnus, phone number, e-mail
 * address, street address and listed name, and the non-breaking spaces and dashes word processors leave.
 */
const PARAGRAPHS = [
  'Kaupunginhallitus päättää esittää valtuustolle, että valtuusto hyväksyy vuoden 2026 talousarvion muutoksen liitteen 3 mukaisesti ja oikeuttaa kaupunginjohtajan tekemään asiaan liittyvät tekniset korjaukset.',
  'Asian valmistelija: talousjohtaja Liisa Virtanen, puh. 040 123 4567, liisa.virtanen@esimerkkila.fi. Asiaa on käsitelty henkilöstötoimikunnassa 12.3.2026 § 14.',
  'Perusturvalautakunta on 4.2.2026 § 23 hyväksynyt ikääntyneiden palvelujen kehittämissuunnitelman vuosille 2026–2029. Suunnitelman toteutus edellyttää lisämäärärahaa 150\u00a0000 euroa.',
  'Hakija Matti Meikäläinen (henkilötunnus 131052-308T) on pyytänyt oikaisua päätökseen, joka koskee avustuksen myöntämistä. Hakijan osoite on Kotikatu 5 A 12, 00100 Helsinki.',
  'Tekninen lautakunta päätti, että Rantatien peruskorjaus toteutetaan kahdessa vaiheessa ja että urakan kilpailutus käynnistetään huhtikuussa. Kustannusarvio on 2,4 miljoonaa euroa (alv 0 %).',
  'Päätösehdotus: Valtuusto merkitsee tiedoksi tarkastuslautakunnan arviointikertomuksen vuodelta 2025 ja kehottaa kaupunginhallitusta antamaan selvityksen toimenpiteistä 30.9.2026 mennessä.',
  'Muutoksenhaku: Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista (KuntaL 134 §).',
  'Esittelijä: kaupunginjohtaja. Valmistelija: hallintojohtaja, p. 09 310 1691. Y-tunnus 0112038-9. Dnro 45/00.01.02/2026.',
];

/** As HTML: each paragraph in `<p>`, the letters ä and ö as entities (what a rich-text editor exports). */
const asHtml = (p: string): string => `<p>${p.replaceAll('ä', '&auml;').replaceAll('ö', '&ouml;')}</p>`;

export function finnishDecisionText(bytes = 10 * 1024 * 1024, html = false): string {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const para = PARAGRAPHS[(i * 7) % PARAGRAPHS.length] as string;
    const p = `§ ${(i % 400) + 1}. ${html ? asHtml(para) : para}\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
    i += 1;
  }
  return parts.join('');
}
