/**
 * Example change-impact assessment (Tiedonhallintalaki 906/2019 5 § 3 mom): introducing an electronic meeting
 * system in the fictional Esimerkkikunta (the model after the change is `exampleModel`).
 */
import type { ChangeImpactAssessmentInput } from '../change-impact.js';

export const meetingSystemChangeImpact: ChangeImpactAssessmentInput = {
  id: 'muutos-kokousjarjestelma',
  change: {
    title: 'Sähköisen kokousjärjestelmän käyttöönotto',
    trigger: 'systemIntroduction',
    system: { id: 'jarjestelma-kokous', name: 'Sähköinen kokousjärjestelmä', requiresLogin: true },
    affectedProcessIds: ['prosessi-valtuusto'],
    affectedResourceIds: ['varanto-kokousaineisto', 'varanto-asiarekisteri'],
    affectedSystemIds: ['jarjestelma-asianhallinta'],
    characteristics: {
      newSystem: true,
      newInterfaces: true,
      processesPersonalData: true,
      processesConfidentialData: true,
      publicNetwork: true,
      changesAccessRights: true,
      changesPublication: true,
      changesCaseRegistration: true,
    },
  },
  responsibilitiesImpact: {
    affected: true,
    assessment:
      'Järjestelmän omistaja on kunnanhallitus; pääkäyttäjänä hallintopalvelut. Toimielinten sihteerit vastaavat aineiston laadusta.',
  },
  securityImpact: {
    affected: true,
    assessment:
      'Vahva tunnistus salassa pidettävään aineistoon (14 §), roolipohjaiset käyttöoikeudet (16 §), lokit käytöstä ja luovutuksista (17 §), riskiarvio ja varautuminen häiriöihin (13 a §).',
  },
  dataFormationDisclosureImpact: {
    affected: true,
    assessment:
      'Tietojen keruu ei muutu; luovutukset asianhallintaan ja julkaisuun tapahtuvat nyt teknisen rajapinnan kautta (22 §).',
  },
  caseManagementImpact: {
    affected: true,
    assessment:
      'Asiat ja päätökset siirtyvät asianhallintaan rajapinnalla; käsittelyvaiheet kirjataan 26 §:n mukaisesti; julkinen kuvaus (28 §) päivitetään.',
  },
  publicitySecrecyImpact: {
    affected: true,
    assessment:
      'Salassa pidettävät liitteet merkitään (JulkL 25 §) eikä niitä julkaista; henkilötiedot poistetaan verkosta muutoksenhakuajan jälkeen (KL 140 §).',
  },
  interoperabilityImpact: {
    affected: true,
    assessment: 'Rajapinta asianhallintaan ja videopalveluun; tietomalli @digikokous/meeting-schema.',
  },
  dpiaNeeded: true,
  dpiaId: 'dpia-etakokoukset',
  measures: [
    'Käyttöoikeusmallin hyväksyminen',
    'Pääkäyttäjien ja sihteerien koulutus (4 §)',
    'Lokien seurannan vastuuttaminen',
  ],
  modelUpdates: [
    {
      kind: 'linkResourceToSystem',
      targetId: 'varanto-asiarekisteri',
      description: 'Asiarekisteri saa tiedot kokousjärjestelmästä.',
    },
    { kind: 'addInterface', description: 'Rajapinnat asianhallintaan ja videopalveluun.' },
    { kind: 'assignResponsibility', description: 'Vastuutahot kirjattu järjestelmälle ja tietovarannoille.' },
    {
      kind: 'reviewProcess',
      targetId: 'prosessi-valtuusto',
      description: 'Valtuuston päätöksentekoprosessi päivitetty.',
    },
    {
      kind: 'reviewResource',
      targetId: 'varanto-kokousaineisto',
      description: 'Tietoryhmät ja luovutukset tarkistettu.',
    },
    { kind: 'reviewResource', targetId: 'varanto-asiarekisteri', description: 'Tietoryhmät tarkistettu.' },
    { kind: 'updateProcessingRecord', targetId: 'varanto-kokousaineisto', description: 'Seloste päivitetty.' },
    { kind: 'updateProcessingRecord', targetId: 'varanto-asiarekisteri', description: 'Seloste päivitetty.' },
    { kind: 'screenDpia', description: 'Vaikutustenarviointi tehty (dpia-etakokoukset).' },
    { kind: 'updateTos', description: 'Tiedonohjaussuunnitelman luokka 00 02 00 päivitetty.' },
    { kind: 'updatePublicDescription', description: 'Julkinen kuvaus päivitetty (28 §).' },
  ],
  decidedBy: 'Kunnanhallitus',
  decidedOn: '2026-10-05',
};
