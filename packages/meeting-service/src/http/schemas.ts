/**
 * The JSON Schemas of the HTTP API. Fastify validates every request with them (Ajv, no coercion, no removal of
 * unknown members) and `openApiDocument()` publishes the same objects, so the document cannot drift from what is
 * enforced. Commands never carry `actor` or `at`: the actor is the verified session, the time the server's clock.
 */
import {
  attendanceModes,
  disqualificationGrounds,
  dissentBases,
  meetingModes,
  proposalKinds,
  roles,
  speechKinds,
  voteMethods,
} from '@digikokous/meeting-schema/codes';

type Schema = Record<string, unknown>;

export const Id: Schema = { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' };
const short = { type: 'string', minLength: 1, maxLength: 500 };
const long = { type: 'string', minLength: 1, maxLength: 8000 };
const localized = (text: Schema): Schema => ({
  type: 'object',
  required: ['fi'],
  additionalProperties: false,
  properties: { fi: text, sv: text, en: text, se: text },
});
export const LocalizedText = localized(short);
export const LocalizedLongText = localized(long);
const ids = (max: number): Schema => ({ type: 'array', items: Id, maxItems: max });
const side: Schema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: { proposalId: Id, winnerOfVoteId: Id },
};

const onBehalfOf: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['personId', 'reason'],
  properties: { personId: Id, reason: short },
};

function command(type: string, properties: Record<string, Schema> = {}, required: string[] = []): Schema {
  return {
    type: 'object',
    title: type,
    additionalProperties: false,
    required: ['type', ...required],
    properties: { type: { const: type }, ...properties },
  };
}

/** Every command of `@digikokous/procedure`'s `decide`, as the browser sends it. */
export const COMMAND_SCHEMAS: readonly Schema[] = [
  command('open-meeting', { chairId: Id, secretaryId: Id, mode: { enum: [...meetingModes] } }, ['chairId', 'mode']),
  command(
    'change-attendance',
    {
      personId: Id,
      status: { enum: ['lasna', 'poissa'] },
      mode: { enum: [...attendanceModes] },
      role: { enum: [...roles] },
      votingRight: { type: 'boolean' },
      substituteFor: Id,
      reason: { enum: ['esteellisyys', 'muu'] },
      cause: { enum: ['connection-lost', 'connection-restored'] },
    },
    ['personId', 'status'],
  ),
  command('state-legality', { lawfullyConvened: { type: 'boolean' }, note: LocalizedText }, ['lawfullyConvened']),
  command('choose-minutes-checkers', { personIds: ids(10) }, ['personIds']),
  command('approve-agenda', { itemIds: ids(500), additionalItemIds: ids(100), removedItemIds: ids(100) }, ['itemIds']),
  command('open-item', { itemId: Id, sectionNumber: { type: 'integer', minimum: 1, maximum: 9999 } }, ['itemId']),
  command(
    'declare-disqualification',
    {
      personId: Id,
      ground: { enum: [...disqualificationGrounds] },
      declaredBy: { enum: ['itse', 'muu'] },
      disqualified: { type: 'boolean' },
      decidedByBody: { type: 'boolean' },
      reason: LocalizedText,
      disqualificationId: Id,
    },
    ['personId', 'ground', 'declaredBy', 'disqualified'],
  ),
  command('change-presiding', { personId: Id, reason: { type: 'string', minLength: 1, maxLength: 64 } }, [
    'personId',
    'reason',
  ]),
  command('request-speaker', {
    personId: Id,
    kind: { enum: [...speechKinds] },
    repliesToEntryId: Id,
    entryId: Id,
    onBehalfOf,
  }),
  command('withdraw-speaker', { entryId: Id, onBehalfOf }, ['entryId']),
  command('grant-speaker', { entryId: Id }, ['entryId']),
  command('end-speaker', { entryId: Id }, ['entryId']),
  command(
    'make-proposal',
    {
      kind: { enum: [...proposalKinds] },
      text: LocalizedLongText,
      proposerId: Id,
      proposalId: Id,
      amendsProposalId: Id,
      onBehalfOf,
    },
    ['kind', 'text'],
  ),
  command('second-proposal', { proposalId: Id, seconderId: Id, onBehalfOf }, ['proposalId']),
  command('withdraw-proposal', { proposalId: Id, onBehalfOf }, ['proposalId']),
  command('close-discussion'),
  command('approve-voting-order', {
    distanceRanks: {
      type: 'object',
      maxProperties: 50,
      propertyNames: Id,
      additionalProperties: { type: 'integer', minimum: 1, maximum: 50 },
    },
    steps: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['voteId', 'jaa', 'ei'],
        properties: { voteId: Id, jaa: side, ei: side },
      },
    },
  }),
  command('open-vote', { voteId: Id, method: { enum: [...voteMethods] }, jaa: Id, ei: Id, text: LocalizedText }),
  // `voteId` names the vote the member saw: a ballot never lands in another vote.
  command('cast-ballot', { personId: Id, option: { enum: ['jaa', 'ei', 'tyhja'] }, voteId: Id, onBehalfOf }, [
    'option',
    'voteId',
  ]),
  command('close-vote', { castingSide: { enum: ['jaa', 'ei'] } }),
  command('cancel-vote', { reason: { enum: ['tasatulos', 'paatosvaltaisuus-menetetty', 'muu'] } }),
  // An election and a decision are whole meeting-schema records; `decide` checks their shape (invalid-command).
  command('hold-election', { election: { type: 'object', maxProperties: 40 } }, ['election']),
  command(
    'count-election',
    {
      electionId: Id,
      title: LocalizedText,
      seatsToFill: { type: 'integer', minimum: 1, maximum: 100 },
      secretBallot: { type: 'boolean' },
      candidates: { type: 'array', maxItems: 200, items: { type: 'object', maxProperties: 20 } },
      ballots: { type: 'array', maxItems: 500, items: { type: 'object', maxProperties: 20 } },
    },
    ['title', 'seatsToFill', 'secretBallot', 'candidates', 'ballots'],
  ),
  command(
    'draw-lot',
    {
      lotId: Id,
      electionId: Id,
      reason: LocalizedText,
      entrants: ids(100),
      winnerIds: ids(100),
      method: { enum: ['fyysinen', 'satunnaislukugeneraattori'] },
      randomValue: short,
    },
    ['reason', 'entrants', 'winnerIds', 'method'],
  ),
  command('record-decision', { decision: { type: 'object', maxProperties: 20 }, unanimous: { type: 'boolean' } }),
  command(
    'record-dissent',
    { personId: Id, basis: { enum: [...dissentBases] }, writtenReasons: LocalizedLongText, dissentId: Id, onBehalfOf },
    ['basis'],
  ),
  command('start-break', { reason: LocalizedText }),
  command('end-break'),
  command('close-item'),
  command('close-meeting'),
];

export const CommandBody: Schema = {
  description: 'A meeting command. `actor` and `at` are never accepted: they come from the session and the clock.',
  oneOf: COMMAND_SCHEMAS,
};

export const LocalizedMessage: Schema = {
  type: 'object',
  required: ['fi', 'sv', 'en'],
  properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } },
};
export const ErrorBody: Schema = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: LocalizedMessage, path: { type: 'string' } },
};
export const MeetingParams: Schema = {
  type: 'object',
  required: ['meetingId'],
  additionalProperties: false,
  properties: { meetingId: Id },
};
export const IdempotencyHeaders: Schema = {
  type: 'object',
  required: ['idempotency-key', 'x-csrf-token'],
  properties: {
    'idempotency-key': { type: 'string', minLength: 8, maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$' },
    'x-csrf-token': { type: 'string', minLength: 1, maxLength: 100 },
  },
};
export const CsrfHeaders: Schema = {
  type: 'object',
  required: ['x-csrf-token'],
  properties: { 'x-csrf-token': { type: 'string', minLength: 1, maxLength: 100 } },
};
export const CommandAccepted: Schema = {
  type: 'object',
  required: ['firstSeq', 'lastSeq', 'types', 'replayed'],
  properties: {
    firstSeq: { type: 'integer' },
    lastSeq: { type: 'integer' },
    types: { type: 'array', items: { type: 'string' } },
    replayed: { type: 'boolean', description: 'true when an earlier request with the same Idempotency-Key answered' },
  },
};
export const SessionBody: Schema = {
  type: 'object',
  required: ['personId', 'role', 'csrf', 'expiresIn'],
  properties: {
    personId: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    csrf: { type: 'string', description: 'Send as the X-CSRF-Token header with every state-changing request' },
    expiresIn: { type: 'integer' },
    development: { type: 'boolean' },
    idp: { enum: ['dev', 'oidc'], description: 'How the person was identified' },
    loa: { type: 'string', description: 'Level of assurance of the identification (low, substantial, high)' },
  },
};
export const DevLoginBody: Schema = {
  type: 'object',
  required: ['personId'],
  additionalProperties: false,
  properties: { personId: Id },
};
export const EventsQuery: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: { lastEventId: { type: 'string', pattern: '^-?[0-9]{1,9}$' } },
};
export const MinutesQuery: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lang: { enum: ['fi', 'sv'] },
    format: {
      enum: ['text', 'document'],
      description: '`text` (default): MinutesText; `document`: a meeting-schema Minutes document',
    },
  },
};
export const ProofQuery: Schema = {
  type: 'object',
  required: ['entry', 'size'],
  additionalProperties: false,
  properties: {
    entry: { type: 'string', pattern: '^[0-9]{1,9}$' },
    size: { type: 'string', pattern: '^[0-9]{1,9}$' },
  },
};
export const OidcLoginQuery: Schema = {
  type: 'object',
  required: ['meeting'],
  additionalProperties: false,
  properties: { meeting: Id },
};
export const OidcCallbackQuery: Schema = {
  type: 'object',
  additionalProperties: true,
  properties: { code: { type: 'string', maxLength: 2048 }, state: { type: 'string', maxLength: 256 } },
};
const BoxElectionSchema: Schema = {
  type: 'object',
  required: ['electionId', 'itemId', 'title', 'seatsToFill', 'secretBallot', 'candidates'],
  properties: {
    electionId: { type: 'string' },
    itemId: { type: 'string' },
    title: LocalizedMessage,
    seatsToFill: { type: 'integer' },
    secretBallot: { type: 'boolean' },
    candidates: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'string' }, name: { type: 'string' }, personId: { type: 'string' } },
      },
    },
  },
};
/** The election ballot box as a participant sees it (KL 105 §): a count and "have I voted", never a choice. */
export const ElectionBoxView: Schema = {
  type: 'object',
  required: ['open', 'ballotSecrecyEnsured'],
  properties: {
    open: { type: 'boolean' },
    closed: { type: 'boolean' },
    election: BoxElectionSchema,
    ballotsCast: { type: 'integer', description: 'Ballots cast so far' },
    voted: { type: 'boolean', description: 'Whether the caller has cast a ballot' },
    ballotSecrecyEnsured: { const: true },
  },
};
/** The closed box's ballots for `count-election`: no voter, in random order. */
export const ElectionBallots: Schema = {
  type: 'object',
  required: ['electionId', 'title', 'seatsToFill', 'secretBallot', 'candidates', 'ballots'],
  properties: {
    ...(BoxElectionSchema.properties as Record<string, unknown>),
    ballots: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, candidateId: { type: 'string', description: 'Absent: blank ballot' } },
      },
    },
  },
};
