/**
 * The service's own refusals (a closed catalogue), in the same shape as the procedure's `ProcedureError`:
 * `{ code, message: { fi, sv, en } }`, with the HTTP status each one is sent with.
 */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: { readonly fi: string; readonly sv: string; readonly en: string };
  readonly status: number;
}

const CATALOGUE = {
  'invalid-request': [400, 'Pyyntö on virheellinen.', 'Begäran är felaktig.', 'The request is malformed.'],
  'request-too-large': [413, 'Pyyntö on liian suuri.', 'Begäran är för stor.', 'The request is too large.'],
  'unsupported-media-type': [
    415,
    'Pyynnön sisällön on oltava JSON.',
    'Begärans innehåll måste vara JSON.',
    'The request body must be JSON.',
  ],
  'not-authenticated': [401, 'Kirjaudu sisään kokoukseen.', 'Logga in på sammanträdet.', 'Log in to the meeting.'],
  'session-expired': [
    401,
    'Istunto on vanhentunut; kirjaudu uudelleen.',
    'Sessionen har gått ut; logga in igen.',
    'The session has expired; log in again.',
  ],
  'csrf-check-failed': [
    403,
    'Pyyntö ei tullut kokoussovelluksesta (CSRF-tarkistus).',
    'Begäran kom inte från sammanträdesappen (CSRF-kontroll).',
    'The request did not come from the meeting app (CSRF check).',
  ],
  'role-not-allowed': [
    403,
    'Roolisi ei salli tätä toimintoa.',
    'Din roll tillåter inte denna åtgärd.',
    'Your role does not allow this action.',
  ],
  'not-your-act': [
    403,
    'Voit tehdä tämän vain omissa nimissäsi.',
    'Du kan göra detta endast i eget namn.',
    'You can do this only in your own name.',
  ],
  'not-a-participant': [
    403,
    'Et ole tämän kokouksen osallistuja.',
    'Du är inte deltagare i detta sammanträde.',
    'You are not a participant of this meeting.',
  ],
  'identification-failed': [
    403,
    'Tunnistautuminen epäonnistui.',
    'Identifieringen misslyckades.',
    'Identification failed.',
  ],
  'unknown-meeting': [404, 'Kokousta ei löydy.', 'Sammanträdet hittas inte.', 'The meeting was not found.'],
  'idempotency-key-required': [
    400,
    'Idempotency-Key-otsake puuttuu tai on virheellinen.',
    'Rubriken Idempotency-Key saknas eller är felaktig.',
    'The Idempotency-Key header is missing or malformed.',
  ],
  'idempotency-key-reused': [
    409,
    'Sama Idempotency-Key on jo käytetty toiseen pyyntöön.',
    'Samma Idempotency-Key har redan använts för en annan begäran.',
    'The Idempotency-Key was already used for a different request.',
  ],
  'concurrent-update': [
    409,
    'Kokouksen tila muuttui samanaikaisesti; yritä uudelleen.',
    'Sammanträdets läge ändrades samtidigt; försök igen.',
    'The meeting changed at the same time; try again.',
  ],
  'storage-unavailable': [
    503,
    'Tallennus ei ole juuri nyt käytettävissä; mitään ei tallennettu, yritä uudelleen.',
    'Lagringen är inte tillgänglig just nu; inget sparades, försök igen.',
    'Storage is unavailable right now; nothing was stored, try again.',
  ],
  'development-login-disabled': [
    404,
    'Kehitystunnistus ei ole käytössä.',
    'Utvecklingsinloggningen är inte i bruk.',
    'The development login is not enabled.',
  ],
  'not-found': [404, 'Ei löydy.', 'Hittas inte.', 'Not found.'],
  // The election ballot box (KL 105 §).
  'not-presiding': [
    403,
    'Vain puhetta johtava voi tehdä tämän.',
    'Endast den som för ordet kan göra detta.',
    'Only the presiding chair can do this.',
  ],
  'not-entitled': [
    403,
    'Sinulla ei ole äänioikeutta tässä asiassa (läsnä, äänivaltainen, ei esteellinen).',
    'Du har inte rösträtt i detta ärende (närvarande, röstberättigad, inte jävig).',
    'You may not vote in this item (present, with a vote, not disqualified).',
  ],
  'no-item': [409, 'Mikään asia ei ole käsittelyssä.', 'Inget ärende behandlas.', 'No item is under consideration.'],
  'election-open': [409, 'Vaali on jo käynnissä.', 'Valet pågår redan.', 'The election is already open.'],
  'election-held': [
    409,
    'Asiassa on jo toimitettu vaali.',
    'Ett val har redan förrättats i ärendet.',
    'An election has already been held in this item.',
  ],
  'vote-open': [409, 'Äänestys on käynnissä.', 'En omröstning pågår.', 'A vote is open.'],
  'election-not-open': [409, 'Vaali ei ole käynnissä.', 'Valet pågår inte.', 'The election is not open.'],
  'election-not-closed': [
    409,
    'Vaalin lippuja ei näytetä ennen kuin vaali on suljettu.',
    'Valsedlarna visas inte förrän valet är stängt.',
    'The ballots are not shown before the election is closed.',
  ],
  'election-already-voted': [
    409,
    'Olet jo äänestänyt tässä vaalissa.',
    'Du har redan röstat i detta val.',
    'You have already voted in this election.',
  ],
  'election-unknown-candidate': [409, 'Tuntematon ehdokas.', 'Okänd kandidat.', 'Unknown candidate.'],
} as const satisfies Record<string, readonly [number, string, string, string]>;

export type RefusalCode = keyof typeof CATALOGUE;
export const REFUSAL_CODES = Object.freeze(Object.keys(CATALOGUE) as RefusalCode[]);

export function refusal(code: RefusalCode): Refusal {
  const [status, fi, sv, en] = CATALOGUE[code];
  return { code, status, message: { fi, sv, en } };
}

export function isRefusal(value: unknown): value is Refusal {
  return (
    typeof value === 'object' && value !== null && typeof (value as Refusal).status === 'number' && 'code' in value
  );
}

/**
 * The HTTP status of a procedure refusal: 403 when the person is not entitled (not present, disqualified,
 * no vote, own proposal, not entitled to dissent); 409 when the meeting's state does not allow it now.
 */
const PERSONAL = new Set([
  'not-present',
  'disqualified',
  'no-voting-right',
  'own-proposal',
  'not-entitled-to-dissent',
  'proposer-required',
  'checker-not-present',
]);
export function procedureStatus(code: string): number {
  if (code === 'invalid-command' || code === 'unknown-command') return 400;
  return PERSONAL.has(code) ? 403 : 409;
}
