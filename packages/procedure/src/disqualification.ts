import type { DisqualificationGround as SchemaGround } from '@digikokous/meeting-schema/codes';
import type { LocalisedMessage } from './errors.js';
import { isCouncilKind } from './quorum.js';

/**
 * Close persons (läheiset) of HL 28 § 2 mom, by kohta. Half-blood relatives count and "spouse" includes cohabitants
 * and registered partners (HL 28 § 3 mom), so the same codes cover them.
 */
export const CLOSE_PERSONS = {
  // 2 mom 1 kohta
  spouse: 1,
  child: 1,
  grandchild: 1,
  sibling: 1,
  parent: 1,
  grandparent: 1,
  'other-especially-close': 1,
  'spouse-of-child': 1,
  'spouse-of-grandchild': 1,
  'spouse-of-sibling': 1,
  'spouse-of-parent': 1,
  'spouse-of-grandparent': 1,
  // 2 mom 2 kohta
  'parent-sibling': 2,
  'spouse-of-parent-sibling': 2,
  'sibling-child': 2,
  'former-spouse': 2,
  // 2 mom 3 kohta
  'spouse-child': 3,
  'spouse-grandchild': 3,
  'spouse-sibling': 3,
  'spouse-parent': 3,
  'spouse-grandparent': 3,
  'spouse-of-spouse-child': 3,
  'spouse-of-spouse-grandchild': 3,
  'spouse-of-spouse-sibling': 3,
  'spouse-of-spouse-parent': 3,
  'spouse-of-spouse-grandparent': 3,
  'spouse-sibling-child': 3,
} as const;

export type CloseRelation = keyof typeof CLOSE_PERSONS;
/** The member personally, or a close person. */
export type Who = 'self' | CloseRelation;

/** The facts of a member's relation to a matter, one field per ground of HL 28 § 1 mom. */
export interface DisqualificationRelation {
  /** 1 kohta: the member or a close person is a party. */
  party?: Who;
  /** 2 kohta: the member assists or represents a party or someone expecting special benefit or harm. */
  assistsOrRepresents?: boolean;
  /** 3 kohta: special benefit or harm to the member or a close person of 2 mom 1 kohta. */
  specialBenefitOrHarm?: Who;
  /** 4 kohta: employment or commission relationship with a party or someone expecting special benefit or harm. */
  employment?: {
    /** The employer is the municipality itself, which is a party (KL 97 § 3 mom). */
    withMunicipality?: boolean;
    /** The member presented or handled the matter by virtue of the job (KL 97 § 3 mom). */
    presentedOrHandled?: boolean;
  };
  /** 5 kohta: board or management position of the member or a 2 mom 1 kohta close person in an interested entity. */
  boardPosition?: {
    who: Who;
    /** `municipal-enterprise` (liikelaitos) and `joint-authority` (kuntayhtymä) get the KL 97 § 4 mom variation. */
    entity: 'municipal-enterprise' | 'joint-authority' | 'municipal-company' | 'other';
    /** The interests of the municipality and the entity conflict, or impartiality otherwise requires abstaining. */
    conflictingInterests?: boolean;
  };
  /** 6 kohta: member of the board of an agency whose steering or supervision the matter concerns. */
  agencyBoardSteering?: boolean;
  /** 7 kohta: another special reason endangering confidence in impartiality. */
  otherSpecialReason?: boolean;
}

export type DisqualificationGround =
  'HL28.1.1' | 'HL28.1.2' | 'HL28.1.3' | 'HL28.1.4' | 'HL28.1.5' | 'HL28.1.6' | 'HL28.1.7';

/** The ground codes of `@digikokous/meeting-schema/codes` for each HL 28 § 1 mom kohta (for `disqualification-declared`). */
export const SCHEMA_GROUND: Readonly<Record<DisqualificationGround, SchemaGround>> = {
  'HL28.1.1': 'asianosainen',
  'HL28.1.2': 'avustaja-tai-edustaja',
  'HL28.1.3': 'hyoty-tai-haitta',
  'HL28.1.4': 'palvelussuhde',
  'HL28.1.5': 'johtoasema',
  'HL28.1.6': 'viraston-hallitus',
  'HL28.1.7': 'muu-erityinen-syy',
};

export interface DisqualificationAssessment {
  disqualified: boolean;
  /** The grounds that apply, each with its citation and a reason. */
  grounds: { ground: DisqualificationGround; citation: string; reason: LocalisedMessage }[];
  /** Facts that would be a ground elsewhere but are set aside by KL 97 §, with the reason. */
  notApplied: { ground: DisqualificationGround; citation: string; reason: LocalisedMessage }[];
}

function closeLevel(who: Who): 0 | 1 | 2 | 3 {
  return who === 'self' ? 0 : (CLOSE_PERSONS[who] ?? 3);
}

/**
 * Whether a member is disqualified (esteellinen) in a matter.
 * - A councillor acting in the council: only when the matter concerns him/her personally or a close person of
 *   HL 28 § 2–3 mom (KL 97 § 1 mom), i.e. as a party (1 kohta) or through special benefit or harm (3 kohta).
 * - Other bodies: the grounds of HL 28 § 1 mom (KL 97 § 2 mom) with the municipal variations of KL 97 § 3–4 mom:
 *   employment with the municipality disqualifies only who presented or handled the matter at work (4 kohta);
 *   a position in a municipal enterprise or a joint authority only with conflicting interests (5 kohta); 6 kohta is
 *   not applied in municipalities.
 * The body decides on its members' disqualification (HL 29 §); this function gives the grounds for that decision.
 */
export function assessDisqualification(input: {
  body: { kind: string };
  relation: DisqualificationRelation;
}): DisqualificationAssessment {
  const r = input.relation;
  const grounds: DisqualificationAssessment['grounds'] = [];
  const notApplied: DisqualificationAssessment['notApplied'] = [];
  const add = (ground: DisqualificationGround, citation: string, fi: string, en: string, sv: string): void => {
    grounds.push({ ground, citation, reason: { fi, en, sv } });
  };
  const skip = (ground: DisqualificationGround, citation: string, fi: string, en: string, sv: string): void => {
    notApplied.push({ ground, citation, reason: { fi, en, sv } });
  };
  if (isCouncilKind(input.body.kind)) {
    if (r.party !== undefined) {
      add(
        'HL28.1.1',
        'KL 97 § 1 mom, HL 28 § 1 mom 1 k',
        'Asia koskee valtuutettua henkilökohtaisesti tai hänen läheistään asianosaisena.',
        'The matter concerns the councillor personally or a close person as a party.',
        'Ärendet gäller ledamoten personligen eller en närstående som part.',
      );
    }
    if (r.specialBenefitOrHarm !== undefined) {
      add(
        'HL28.1.3',
        'KL 97 § 1 mom, HL 28 § 1 mom 3 k',
        'Päätöksestä koituu valtuutetulle tai hänen läheiselleen erityistä hyötyä tai haittaa.',
        'The decision brings special benefit or harm to the councillor or a close person.',
        'Beslutet medför särskild nytta eller skada för ledamoten eller en närstående.',
      );
    }
    const other: [keyof DisqualificationRelation, DisqualificationGround][] = [
      ['assistsOrRepresents', 'HL28.1.2'],
      ['employment', 'HL28.1.4'],
      ['boardPosition', 'HL28.1.5'],
      ['agencyBoardSteering', 'HL28.1.6'],
      ['otherSpecialReason', 'HL28.1.7'],
    ];
    for (const [key, ground] of other) {
      if (r[key] !== undefined && r[key] !== false) {
        skip(
          ground,
          'KL 97 § 1 mom',
          'Valtuutettu on valtuustossa esteellinen vain asiassa, joka koskee häntä tai hänen läheistään henkilökohtaisesti.',
          'In the council a councillor is disqualified only in a matter concerning him/her or a close person personally.',
          'I fullmäktige är en ledamot jävig endast i ärenden som gäller ledamoten eller en närstående personligen.',
        );
      }
    }
    return { disqualified: grounds.length > 0, grounds, notApplied };
  }
  if (r.party !== undefined) {
    add(
      'HL28.1.1',
      'HL 28 § 1 mom 1 k',
      'Jäsen tai hänen läheisensä on asianosainen.',
      'The member or a close person is a party.',
      'Ledamoten eller en närstående är part.',
    );
  }
  if (r.assistsOrRepresents) {
    add(
      'HL28.1.2',
      'HL 28 § 1 mom 2 k',
      'Jäsen avustaa tai edustaa asianosaista tai sitä, jolle asian ratkaisusta on odotettavissa erityistä hyötyä tai haittaa.',
      'The member assists or represents a party or someone expecting special benefit or harm.',
      'Ledamoten biträder eller företräder en part eller någon som kan vänta sig särskild nytta eller skada.',
    );
  }
  if (r.specialBenefitOrHarm !== undefined) {
    if (closeLevel(r.specialBenefitOrHarm) <= 1) {
      add(
        'HL28.1.3',
        'HL 28 § 1 mom 3 k',
        'Asian ratkaisusta on odotettavissa erityistä hyötyä tai haittaa jäsenelle tai hänen läheiselleen.',
        'Special benefit or harm can be expected for the member or a close person.',
        'Särskild nytta eller skada kan väntas för ledamoten eller en närstående.',
      );
    } else {
      skip(
        'HL28.1.3',
        'HL 28 § 1 mom 3 k',
        'Hyöty tai haitta koskee läheistä, joka ei ole 28 § 2 mom 1 kohdassa tarkoitettu.',
        'The benefit or harm concerns a close person outside HL 28 § 2 mom 1 kohta.',
        'Nyttan eller skadan gäller en närstående som inte avses i 28 § 2 mom 1 punkten.',
      );
    }
  }
  if (r.employment !== undefined) {
    if (r.employment.withMunicipality && !r.employment.presentedOrHandled) {
      skip(
        'HL28.1.4',
        'KL 97 § 3 mom',
        'Palvelussuhde kuntaan ei tee esteelliseksi, ellei jäsen ole esitellyt tai käsitellyt asiaa työssään.',
        'Employment with the municipality does not disqualify unless the member presented or handled the matter at work.',
        'Anställning hos kommunen medför inte jäv, om inte ledamoten föredragit eller handlagt ärendet i sitt arbete.',
      );
    } else {
      add(
        'HL28.1.4',
        r.employment.withMunicipality ? 'HL 28 § 1 mom 4 k, KL 97 § 3 mom' : 'HL 28 § 1 mom 4 k',
        'Jäsen on palvelussuhteessa tai toimeksiantosuhteessa asianosaiseen tai asiasta hyötyvään.',
        'The member is employed by or commissioned by a party or someone expecting special benefit or harm.',
        'Ledamoten står i anställnings- eller uppdragsförhållande till en part eller någon som väntas få nytta.',
      );
    }
  }
  if (r.boardPosition !== undefined) {
    const bp = r.boardPosition;
    if (closeLevel(bp.who) > 1) {
      skip(
        'HL28.1.5',
        'HL 28 § 1 mom 5 k',
        'Asema koskee läheistä, joka ei ole 28 § 2 mom 1 kohdassa tarkoitettu.',
        'The position is held by a close person outside HL 28 § 2 mom 1 kohta.',
        'Ställningen innehas av en närstående som inte avses i 28 § 2 mom 1 punkten.',
      );
    } else if ((bp.entity === 'municipal-enterprise' || bp.entity === 'joint-authority') && !bp.conflictingInterests) {
      skip(
        'HL28.1.5',
        'KL 97 § 4 mom',
        'Asema kunnallisessa liikelaitoksessa tai kuntayhtymässä ei tee esteelliseksi ilman eturistiriitaa.',
        'A position in a municipal enterprise or joint authority does not disqualify without conflicting interests.',
        'En ställning i ett kommunalt affärsverk eller en samkommun medför inte jäv utan intressekonflikt.',
      );
    } else {
      add(
        'HL28.1.5',
        'HL 28 § 1 mom 5 k',
        'Jäsen tai hänen läheisensä on hallituksen tai toimitusjohtajan asemassa asianosaisyhteisössä.',
        'The member or a close person holds a board or management position in an interested entity.',
        'Ledamoten eller en närstående har en styrelse- eller ledningsställning i en berörd sammanslutning.',
      );
    }
  }
  if (r.agencyBoardSteering) {
    skip(
      'HL28.1.6',
      'KL 97 § 4 mom',
      'Hallintolain 28 § 1 mom 6 kohtaa ei sovelleta kunnassa.',
      'HL 28 § 1 mom 6 kohta does not apply in municipalities.',
      'FL 28 § 1 mom 6 punkten tillämpas inte i kommunen.',
    );
  }
  if (r.otherSpecialReason) {
    add(
      'HL28.1.7',
      'HL 28 § 1 mom 7 k',
      'Luottamus jäsenen puolueettomuuteen vaarantuu muusta erityisestä syystä.',
      "Another special reason endangers confidence in the member's impartiality.",
      'Förtroendet för ledamotens opartiskhet äventyras av någon annan särskild orsak.',
    );
  }
  return { disqualified: grounds.length > 0, grounds, notApplied };
}
