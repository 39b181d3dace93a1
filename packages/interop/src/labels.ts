import type { DecisionKind } from './model.js';

/** Finnish labels of the decision kinds (meeting-schema code list; OpenAhjo resolution values). */
export const DECISION_LABELS: Record<DecisionKind, string> = {
  'approved-as-proposed': 'Hyväksytty ehdotuksen mukaisesti',
  'approved-after-vote': 'Hyväksytty äänestyksen jälkeen',
  'approved-as-amended': 'Hyväksytty muutettuna',
  rejected: 'Hylätty',
  returned: 'Palautettu valmisteluun',
  tabled: 'Jätetty pöydälle',
  noted: 'Merkitty tiedoksi',
  removed: 'Poistettu esityslistalta',
  election: 'Vaali',
  unknown: 'Tuntematon',
};

/** OpenAhjo / 6Aika reference implementation resolution values. */
export const RESOLUTION_CODES: Record<DecisionKind, string> = {
  'approved-as-proposed': 'PASSED_UNCHANGED',
  'approved-after-vote': 'PASSED_VOTED',
  'approved-as-amended': 'PASSED_MODIFIED',
  rejected: 'REJECTED',
  returned: 'RETURNED',
  tabled: 'TABLED',
  noted: 'NOTED',
  removed: 'REMOVED',
  election: 'ELECTION',
  unknown: 'UNKNOWN',
};
