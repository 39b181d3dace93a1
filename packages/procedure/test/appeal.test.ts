import { describe, expect, it } from 'vitest';
import {
  AppealConfigurationError,
  appealInstructionFor,
  appealInstructionText,
  personalDataRemovalAfter,
  type AppealContext,
} from '../src/index.js';
import { esimerkkilaAppeals } from './minutes-config.js';

const executive: AppealContext = {
  body: { kind: 'hallitus', name: { fi: 'Kunnanhallitus', sv: 'Kommunstyrelsen' } },
  config: esimerkkilaAppeals,
};
const council: AppealContext = {
  body: { kind: 'valtuusto', name: { fi: 'Kunnanvaltuusto', sv: 'Kommunfullmäktige' } },
  config: esimerkkilaAppeals,
};
const committee: AppealContext = {
  body: { kind: 'lautakunta', name: { fi: 'Tekninen lautakunta', sv: 'Tekniska nämnden' } },
  config: esimerkkilaAppeals,
};
const text = (r: ReturnType<typeof appealInstructionFor>, lang: 'fi' | 'sv' = 'fi', publishedOn?: string) =>
  appealInstructionText(r, lang, esimerkkilaAppeals, publishedOn ? { publishedOn } : {});

describe('appealInstructionFor: the remedy is chosen per decision (KL 134–141 §)', () => {
  it('KL 136 §: a tabled or returned matter only concerns preparation, so it has no remedy (muutoksenhakukielto)', () => {
    for (const kind of ['poydalle', 'palautettu-valmisteltavaksi'] as const)
      for (const ctx of [executive, council]) {
        const r = appealInstructionFor({ kind }, ctx);
        expect(r).toMatchObject({
          kind: 'muutoksenhakukielto',
          prohibitionGround: 'valmistelu',
          legalBasis: ['KL 136 §'],
        });
        const t = text(r);
        expect(t.heading).toBe('MUUTOKSENHAKUKIELTO');
        expect(t.paragraphs.join(' ')).toBe(
          'Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä valittamalla, koska päätös koskee vain asian valmistelua (KL 136 §).',
        );
        expect(t.paragraphs.join(' ')).not.toMatch(/14 päivän|30 päivän/);
      }
  });

  it('KL 136 §: execution only; HL 29 § 3 mom: no separate appeal on disqualification; another law cited as given', () => {
    expect(
      text(
        appealInstructionFor(
          {
            kind: 'hyvaksytty-ehdotuksen-mukaisesti',
            remedy: { kind: 'muutoksenhakukielto', ground: 'taytantoonpano' },
          },
          executive,
        ),
      ).paragraphs[0],
    ).toContain('koska päätös koskee vain täytäntöönpanoa (KL 136 §)');
    const disq = appealInstructionFor(
      { kind: 'hyvaksytty-ehdotuksen-mukaisesti', remedy: { kind: 'muutoksenhakukielto', ground: 'esteellisyys' } },
      executive,
    );
    expect(disq.legalBasis).toEqual(['HL 29 § 3 mom']);
    expect(text(disq, 'sv').paragraphs[0]).toContain(
      'ändring i ett beslut om jäv får inte sökas särskilt (FL 29 § 3 mom)',
    );
    const other = appealInstructionFor(
      {
        kind: 'vaali',
        remedy: { kind: 'muutoksenhakukielto', ground: 'muu-laki', legalBasis: 'VaaliL 714/1998 100 §' },
      },
      council,
    );
    expect(other.legalBasis).toEqual(['VaaliL 714/1998 100 §']);
    expect(() =>
      appealInstructionFor({ kind: 'vaali', remedy: { kind: 'muutoksenhakukielto', ground: 'muu-laki' } }, council),
    ).toThrow(AppealConfigurationError);
    // A recorded "KL 136 §" prohibition in the log is read back as the KL 136 § ground.
    expect(
      appealInstructionFor(
        { kind: 'merkitty-tiedoksi', appeal: { kind: 'muutoksenhakukielto', legalBasis: 'KL 136 §' } },
        council,
      ),
    ).toMatchObject({ kind: 'muutoksenhakukielto', prohibitionGround: 'valmistelu' });
  });

  it('KL 134 §, 138 §: the executive and committees get a claim for rectification to the body, 14 days', () => {
    for (const ctx of [executive, committee]) {
      const r = appealInstructionFor({ kind: 'hyvaksytty-ehdotuksen-mukaisesti' }, ctx);
      expect(r).toMatchObject({ kind: 'oikaisuvaatimus', periodDays: 14, addressee: ctx.body.name });
      const t = text(r, 'fi', '2026-06-19').paragraphs.join('\n');
      expect(t).toContain(`Oikaisuvaatimus tehdään toimielimelle, joka päätöksen teki: ${ctx.body.name.fi}.`);
      expect(t).toContain('Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista (KL 138 §).');
      // Notified 26.6.2026 (KL 140 § 3 mom) + 14 days = Friday 10.7.2026.
      expect(t).toContain('Kunnan jäsen saa päätöksestä tiedon 26.6.2026, ja määräaika päättyy 10.7.2026.');
    }
  });

  it('KL 135 §, 138 §: the council and a decision on a claim for rectification get a municipal appeal, 30 days', () => {
    const r = appealInstructionFor({ kind: 'hyvaksytty-ehdotuksen-mukaisesti' }, council);
    expect(r).toMatchObject({ kind: 'kunnallisvalitus', periodDays: 30 });
    const onClaim = appealInstructionFor(
      { kind: 'hylatty', remedy: { kind: 'kunnallisvalitus', onRectificationClaim: true } },
      executive,
    );
    expect(onClaim).toMatchObject({ kind: 'kunnallisvalitus', periodDays: 30 });
    const t = text(r, 'fi', '2026-06-19');
    expect(t.heading).toBe('VALITUSOSOITUS, KUNNALLISVALITUS');
    expect(t.paragraphs.join(' ')).toContain('kunnallisvalituksella (KL 135 §)');
    expect(t.paragraphs.join(' ')).toContain('30 päivän kuluessa');
    expect(t.lastDay).toBe('2026-07-27'); // 26.6. + 30 = Sunday 26.7. → Monday 27.7. (laki 150/1930 5 §)
  });

  it('HL 47 §: the instruction names the authority, where to deliver with postal and e-mail address and e-service, who may appeal, the period and its start, content, attachments and the court fee', () => {
    const t = text(appealInstructionFor({ kind: 'hyvaksytty-ehdotuksen-mukaisesti' }, council)).paragraphs.join('\n');
    expect(t).toContain('Valitusviranomainen on Esimerkkilän hallinto-oikeus.');
    expect(t).toContain('postiosoite PL 100, 99990 Esimerkkilä');
    expect(t).toContain('sähköposti hallinto-oikeus@oikeus.example.fi');
    expect(t).toContain('sähköinen asiointipalvelu https://asiointi.oikeus.example.fi');
    expect(t).toContain('asianosainen), sekä kunnan jäsen (KL 137 §)');
    // Tiedoksisaanti: the member's 7th day after publication, a letter's 7th day, an e-message's 3rd day, a proof.
    expect(t).toContain(
      'seitsemän päivän kuluttua siitä, kun pöytäkirja on asetettu nähtäväksi yleiseen tietoverkkoon (KL 140 § 3 mom)',
    );
    expect(t).toContain('seitsemän päivän kuluttua kirjeen lähettämisestä (HL 59 § 2 mom)');
    expect(t).toContain(
      'kolmantena päivänä sähköisen viestin lähettämisestä (laki sähköisestä asioinnista viranomaistoiminnassa 13/2003, 19 § 2 mom)',
    );
    expect(t).toContain('saantitodistuksen osoittamana aikana (HL 60 §)');
    expect(t).toContain('Valitukseen on liitettävä päätös');
    expect(t).toContain('oikeudenkäyntimaksu 310 euroa siten kuin tuomioistuinmaksulaissa (1455/2015)');
    // Without a configured amount, the fee is stated without a figure (nothing municipal or yearly hard-wired).
    const bare = appealInstructionText(
      appealInstructionFor({ kind: 'hyvaksytty-ehdotuksen-mukaisesti' }, council),
      'fi',
      { ...esimerkkilaAppeals, administrativeCourtFeeEur: undefined } as never,
    ).paragraphs.join('\n');
    expect(bare).toContain('peritään oikeudenkäyntimaksu siten kuin');
  });

  it('laki oikeudenkäynnistä hallintoasioissa 808/2019: a hallintovalitus under a special law prints that law and its own period', () => {
    const config = {
      ...esimerkkilaAppeals,
      specialLaws: {
        ...esimerkkilaAppeals.specialLaws,
        testilaki: { name: { fi: 'testilaissa (1/2099)' }, citation: 'TL 1/2099 9 §', periodDays: 21 },
      },
    };
    const r = appealInstructionFor(
      { kind: 'hyvaksytty-ehdotuksen-mukaisesti', remedy: { kind: 'hallintovalitus', law: 'testilaki' } },
      { ...executive, config },
    );
    expect(r).toMatchObject({ kind: 'hallintovalitus', periodDays: 21, legalBasis: ['TL 1/2099 9 §', '808/2019'] });
    const t = appealInstructionText(r, 'fi', config);
    expect(t.heading).toBe('VALITUSOSOITUS, HALLINTOVALITUS');
    const body = t.paragraphs.join('\n');
    expect(body).toContain('hallintovalituksella siten kuin testilaissa (1/2099) säädetään (TL 1/2099 9 §)');
    expect(body).toContain('Valitus on tehtävä 21 päivän kuluessa');
    // Neither the municipal appeal nor its 30 days nor the member-of-the-municipality rule of KL 140 § 3 mom.
    expect(body).not.toMatch(/kunnallisvalitu|30 päivän|KL 140 § 3 mom/);
    expect(() =>
      appealInstructionFor({ kind: 'hylatty', remedy: { kind: 'hallintovalitus', law: 'tuntematon' } }, executive),
    ).toThrow(AppealConfigurationError);
  });

  it('a hallintovalitus recorded with the decision keeps its own period (60 days here), its heading and its text agree', () => {
    const r = appealInstructionFor(
      {
        kind: 'hyvaksytty-ehdotuksen-mukaisesti',
        appeal: { kind: 'hallintovalitus', periodDays: 60, authority: { fi: 'Esimerkkilän hallinto-oikeus' } },
      },
      executive,
    );
    expect(r).toMatchObject({ kind: 'hallintovalitus', periodDays: 60 });
    const t = text(r);
    expect(t.heading).toBe('VALITUSOSOITUS, HALLINTOVALITUS');
    expect(t.paragraphs.join(' ')).toContain(
      'hallintovalituksella siten kuin asiaa koskevassa erityislaissa säädetään',
    );
    expect(t.paragraphs.join(' ')).toContain('Valitus on tehtävä 60 päivän kuluessa');
    expect(t.paragraphs.join(' ')).not.toMatch(/kunnallisvalitu|30 päivän/);
    // The configured court's contact details are used when the recorded court is the configured one.
    expect(t.paragraphs.join(' ')).toContain('hallinto-oikeus@oikeus.example.fi');
  });

  it('Hankintalaki 1397/2016: a procurement decision gets hankintaoikaisu and the appeal to the Market Court, both configurable', () => {
    const r = appealInstructionFor(
      { kind: 'hyvaksytty-ehdotuksen-mukaisesti', remedy: { kind: 'hankintaoikaisu' } },
      committee,
    );
    expect(r.kind).toBe('hankintaoikaisu');
    expect(r.procurement).toMatchObject({ rectificationDays: 14, appealDays: 14 });
    const t = text(r);
    expect(t.heading).toBe('HANKINTAOIKAISUOHJE JA VALITUSOSOITUS MARKKINAOIKEUTEEN');
    const body = t.paragraphs.join('\n');
    expect(body).toContain('(hankintaoikaisu, Hankintalaki 1397/2016 132 §) 14 päivän kuluessa');
    expect(body).toContain('valittaa markkinaoikeuteen (Hankintalaki 1397/2016 146 §) 14 päivän kuluessa');
    expect(body).toContain('Markkinaoikeus, postiosoite Radanrakentajantie 5');
    const custom = appealInstructionFor(
      { kind: 'hyvaksytty-ehdotuksen-mukaisesti', remedy: { kind: 'hankintaoikaisu' } },
      { ...committee, config: { ...esimerkkilaAppeals, procurement: { appealCitation: 'X 1 §', appealDays: 30 } } },
    );
    expect(custom.procurement).toMatchObject({ appealCitation: 'X 1 §', appealDays: 30 });
    const { marketCourt: _m, ...noCourt } = esimerkkilaAppeals;
    expect(() =>
      appealInstructionFor({ kind: 'hylatty', remedy: { kind: 'hankintaoikaisu' } }, { ...committee, config: noCourt }),
    ).toThrow(AppealConfigurationError);
  });

  it('KL 140 § 1 mom: personal data leave the network when the § own period ends (14 days for a claim, not 30)', () => {
    const rect = appealInstructionFor({ kind: 'hyvaksytty-ehdotuksen-mukaisesti' }, executive);
    const appeal = appealInstructionFor({ kind: 'hyvaksytty-ehdotuksen-mukaisesti' }, council);
    const none = appealInstructionFor({ kind: 'poydalle' }, council);
    expect(personalDataRemovalAfter(rect, '2026-06-19')).toBe('2026-07-10');
    expect(personalDataRemovalAfter(appeal, '2026-06-19')).toBe('2026-07-27');
    expect(personalDataRemovalAfter(none, '2026-06-19')).toBe('2026-06-26');
  });

  it('Swedish instructions are written in Swedish with KomL/FL citations', () => {
    const t = text(appealInstructionFor({ kind: 'hyvaksytty-ehdotuksen-mukaisesti' }, executive), 'sv', '2026-06-19');
    expect(t.heading).toBe('ANVISNING OM HUR MAN BEGÄR OMPRÖVNING');
    const body = t.paragraphs.join('\n');
    expect(body).toContain('inom 14 dagar från delfåendet av beslutet (KomL 138 §)');
    expect(body).toContain('Kommunstyrelsen');
    expect(body).toContain('Exempelby kommuns registratorskontor');
    expect(body).not.toMatch(/\bKL \d|päivän/);
  });
});
