/**
 * Example DPIA: remote and hybrid council meetings on a video service (Kuntalaki 410/2015 99 §), with the
 * typical electronic-meeting risks of domain-rules §7.9. Fictional municipality "Esimerkkikunta".
 */
import type { Dpia } from '../dpia.js';

export const remoteMeetingDpia: Dpia = {
  id: 'dpia-etakokoukset',
  title: 'Valtuuston etä- ja hybridikokoukset videopalvelussa',
  controller: 'Esimerkkikunnan kunnanhallitus',
  dpoConsulted: {
    date: '2026-09-15',
    advice:
      'Tietosuojavastaava puoltaa käyttöönottoa, kun suljettujen asioiden käsittely tapahtuu vahvasti tunnistettujen osallistujien kesken ja tallenteiden säilytysaika rajataan.',
  },
  processors: ['Videopalvelun toimittaja (EU-konesali)', 'Sähköisen kokousjärjestelmän toimittaja'],
  processingDescription: {
    summary:
      'Valtuuston kokoukset pidetään sähköisesti tai hybridinä (KL 99 §): jäsenet osallistuvat videoyhteydellä, julkinen osuus lähetetään verkkoon ja tallennetaan, suljettujen asioiden käsittely on vain jäsenten ja esittelijöiden nähtävissä.',
    purposes: [
      'Kokouksen pitäminen sähköisesti (KL 99 §)',
      'Kokouksen julkisuuden toteuttaminen verkkolähetyksellä (KL 101 §)',
      'Pöytäkirjan laatiminen (KL 107 §)',
    ],
    legalBasis: [
      'GDPR 6 art. 1 c ja e (lakisääteinen tehtävä, Kuntalaki 410/2015 99 §, 101 §)',
      'GDPR 9 art. 2 g (tärkeä yleinen etu; suljetuissa asioissa esiintyvät erityiset tiedot)',
    ],
    dataSubjects: [
      'valtuutetut ja varavaltuutetut',
      'esittelijät ja pöytäkirjanpitäjä',
      'asiantuntijat',
      'asianosaiset, joiden asioita käsitellään',
    ],
    dataCategories: [
      'nimi ja rooli',
      'kuva ja ääni',
      'läsnäolo ja äänestyskäyttäytyminen',
      'tunnistustapahtuman tiedot',
      'IP-osoite ja lokitiedot',
    ],
    specialCategories: ['terveystiedot suljetuissa asioissa (esim. sosiaali- ja terveysasiat)'],
    hetuProcessed: false,
    sources: ['osallistujat itse', 'kokousjärjestelmä', 'vahva sähköinen tunnistus'],
    recipients: ['yleisö (julkinen verkkolähetys)', 'videopalvelun toimittaja henkilötietojen käsittelijänä'],
    transfersOutsideEea: [],
    retention:
      'Verkkolähetyksen tallenne pidetään verkossa oikaisuvaatimusajan päättymiseen asti; kokousjärjestelmän lokit 5 vuotta [unverified].',
    systemIds: ['jarjestelma-videopalvelu', 'jarjestelma-kokous'],
  },
  characteristics: {
    specialCategories: true,
    innovativeTechnology: true,
    systematicMonitoring: false,
    largeScale: false,
  },
  screening: {
    required: true,
    reasons:
      'WP248: erityisiä henkilötietoryhmiä suljetuissa asioissa ja uusi teknologia (videopalvelu) – kaksi kriteeriä.',
  },
  necessityProportionality: {
    necessity:
      'Sähköinen kokous on KL 99 §:n mukainen tapa pitää kokous; videoyhteys on välttämätön etäosallistumiselle.',
    proportionality:
      'Vain julkinen osuus lähetetään ja tallennetaan; suljettujen asioiden kuva ja ääni eivät tallennu.',
    dataMinimisation:
      'Verkkolähetyksessä näytetään vain puhuja; osallistujaluettelo ja äänestystiedot julkaistaan pöytäkirjassa vain tiedonsaannin kannalta tarpeellisin osin (KL 140 §).',
    dataSubjectRights: 'Informointi kokouskutsussa ja verkkosivulla; pääsy- ja oikaisupyynnöt kirjaamon kautta.',
  },
  risks: [
    {
      id: 'r-ulkopuolinen',
      threat: 'Ulkopuolinen osallistuja suljetussa kokouksessa tai asiassa',
      affectedRights: ['luottamuksellisuus', 'yksityisyys'],
      likelihood: 3,
      severity: 4,
      inherentLevel: 'veryHigh',
      measureIds: ['m-tunnistus', 'm-aula'],
      residualLikelihood: 1,
      residualSeverity: 4,
      residualLevel: 'medium',
    },
    {
      id: 'r-naytonjako',
      threat: 'Salassa pidettävä liite näkyy näytönjaossa tai tallenteella',
      affectedRights: ['luottamuksellisuus'],
      likelihood: 2,
      severity: 4,
      inherentLevel: 'high',
      measureIds: ['m-suljettu-tila'],
      residualLikelihood: 1,
      residualSeverity: 3,
      residualLevel: 'low',
    },
    {
      id: 'r-tallenne',
      threat: 'Tallennetta säilytetään verkossa liian kauan',
      affectedRights: ['yksityisyys', 'tietojen poistaminen'],
      likelihood: 3,
      severity: 2,
      inherentLevel: 'medium',
      measureIds: ['m-poisto'],
      residualLikelihood: 1,
      residualSeverity: 2,
      residualLevel: 'low',
    },
    {
      id: 'r-henkilotiedot-verkossa',
      threat: 'Henkilötiedot jäävät verkkoon muutoksenhakuajan jälkeen',
      affectedRights: ['yksityisyys'],
      likelihood: 3,
      severity: 2,
      inherentLevel: 'medium',
      measureIds: ['m-poisto'],
      residualLikelihood: 1,
      residualSeverity: 2,
      residualLevel: 'low',
    },
    {
      id: 'r-heikko-tunnistus',
      threat: 'Etäjäsenen heikko tunnistaminen',
      affectedRights: ['päätöksenteon oikeellisuus', 'luottamuksellisuus'],
      likelihood: 2,
      severity: 4,
      inherentLevel: 'high',
      measureIds: ['m-tunnistus'],
      residualLikelihood: 1,
      residualSeverity: 3,
      residualLevel: 'low',
    },
    {
      id: 'r-sijainti',
      threat: 'Videopalvelun käsittelypaikka ja siirrot EU:n ulkopuolelle',
      affectedRights: ['tietosuoja kolmansissa maissa'],
      likelihood: 2,
      severity: 3,
      inherentLevel: 'medium',
      measureIds: ['m-sopimus'],
      residualLikelihood: 1,
      residualSeverity: 3,
      residualLevel: 'low',
    },
  ],
  measures: [
    {
      id: 'm-tunnistus',
      description: 'Vahva sähköinen tunnistus ennen pääsyä suljettuun osuuteen (THL 14 §).',
      kind: 'technical',
      securityMeasureId: 'turva-tunnistus',
      implemented: true,
    },
    {
      id: 'm-aula',
      description: 'Odotustila ja puheenjohtajan hyväksyntä ennen kokoukseen pääsyä; osallistujaluettelon tarkistus.',
      kind: 'organisational',
      implemented: true,
    },
    {
      id: 'm-suljettu-tila',
      description:
        'Suljetut asiat erillisessä istunnossa ilman lähetystä ja tallennusta; näytönjako vain esittelijällä.',
      kind: 'technical',
      implemented: true,
    },
    {
      id: 'm-poisto',
      description:
        'Tallenteen ja henkilötietojen automaattinen poisto verkosta muutoksenhakuajan päätyttyä (KL 140 §).',
      kind: 'technical',
      securityMeasureId: 'turva-poisto',
      implemented: false,
    },
    {
      id: 'm-sopimus',
      description: 'Käsittelijäsopimus (GDPR 28 art.), käsittely EU/ETA-alueella, ei siirtoja kolmansiin maihin.',
      kind: 'legal',
      implemented: true,
    },
  ],
  dataSubjectViews: 'Valtuustoryhmien puheenjohtajia kuultiin 2026-09-01.',
  residualRiskAccepted: { by: 'Kunnanhallitus', date: '2026-10-05' },
  priorConsultationNeeded: false,
  reviewDue: '2027-10-01',
  versionHistory: [{ version: '1.0', date: '2026-10-05', change: 'Ensimmäinen hyväksytty versio' }],
};
