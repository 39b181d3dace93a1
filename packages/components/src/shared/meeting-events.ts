import type { DisqualificationGround, ProposalKind } from '@digikokous/meeting-schema/codes';

/**
 * Events of the meeting components (part 2). Like the first eight, every event bubbles and is composed, so that
 * it crosses shadow roots to the vendor's listener; the host turns the intent into a command for the engine.
 */
const INIT = { bubbles: true, composed: true } as const;

/** A chair's command without the actor and instant, which the host fills in from the authenticated session. */
export interface ChairCommandIntent {
  type: string;
  [field: string]: unknown;
}

/** `dk-chair-command`: the chair confirmed a command. Cancelable: `preventDefault()` marks it refused. */
export class DkChairCommandEvent extends CustomEvent<{ command: ChairCommandIntent }> {
  constructor(command: ChairCommandIntent) {
    super('dk-chair-command', { ...INIT, cancelable: true, detail: { command } });
  }
}

/** `dk-proposal-make`: the viewer makes a proposal (KL 104 §, the model rules of the hallintosääntö). */
export class DkProposalMakeEvent extends CustomEvent<{ kind: ProposalKind; text: string; amendsProposalId?: string }> {
  constructor(kind: ProposalKind, text: string, amendsProposalId?: string) {
    super('dk-proposal-make', {
      ...INIT,
      detail: amendsProposalId === undefined ? { kind, text } : { kind, text, amendsProposalId },
    });
  }
}

/** `dk-proposal-second`: the viewer seconds a proposal (kannatus). */
export class DkProposalSecondEvent extends CustomEvent<{ proposalId: string }> {
  constructor(proposalId: string) {
    super('dk-proposal-second', { ...INIT, detail: { proposalId } });
  }
}

/** `dk-proposal-withdraw`: the proposer withdraws their own proposal. */
export class DkProposalWithdrawEvent extends CustomEvent<{ proposalId: string }> {
  constructor(proposalId: string) {
    super('dk-proposal-withdraw', { ...INIT, detail: { proposalId } });
  }
}

/** `dk-attendance-change`: the secretary records an arrival, a departure or a change of mode. */
export class DkAttendanceChangeEvent extends CustomEvent<{
  personId: string;
  status: 'lasna' | 'poissa';
  mode?: 'paikan-paalla' | 'etana';
}> {
  constructor(personId: string, status: 'lasna' | 'poissa', mode?: 'paikan-paalla' | 'etana') {
    super('dk-attendance-change', {
      ...INIT,
      detail: mode === undefined ? { personId, status } : { personId, status, mode },
    });
  }
}

/** `dk-minutes-approve`: a minutes checker approves the minutes as checked (KL 107 §). */
export class DkMinutesApproveEvent extends CustomEvent<{ minutesId: string; personId: string }> {
  constructor(minutesId: string, personId: string) {
    super('dk-minutes-approve', { ...INIT, detail: { minutesId, personId } });
  }
}

/** `dk-reconnect` / `dk-reauthenticate`: the viewer asks to reconnect or to identify again. */
export class DkConnectionActionEvent extends CustomEvent<Record<string, never>> {
  constructor(type: 'dk-reconnect' | 'dk-reauthenticate') {
    super(type, { ...INIT, detail: {} });
  }
}

/**
 * `dk-election-ballot`: the viewer confirmed an election ballot: a candidate (majority election), a candidate list
 * (proportional election with list votes), or blank (neither).
 */
export class DkElectionBallotEvent extends CustomEvent<{ electionId: string; candidateId?: string; listId?: string }> {
  constructor(electionId: string, choice: { candidateId?: string; listId?: string }) {
    super('dk-election-ballot', { ...INIT, cancelable: true, detail: { electionId, ...choice } });
  }
}

/** `dk-disqualification`: a disqualification is declared by the member or decided by the body (HL 27–29 §). */
export class DkDisqualificationEvent extends CustomEvent<{
  personId: string;
  ground: DisqualificationGround;
  declaredBy: 'itse' | 'muu';
  disqualified: boolean;
  reason?: string;
}> {
  constructor(detail: DkDisqualificationEvent['detail']) {
    super('dk-disqualification', { ...INIT, detail });
  }
}

/** A position in the electronic decision procedure (KL 100 §). */
export type ProcedurePosition = 'puoltaa' | 'vastustaa' | 'tyhja';

/** `dk-position`: the member states a position on a matter in the electronic procedure (KL 100 §). */
export class DkPositionEvent extends CustomEvent<{ itemId: string; position: ProcedurePosition }> {
  constructor(itemId: string, position: ProcedurePosition) {
    super('dk-position', { ...INIT, detail: { itemId, position } });
  }
}

/** `dk-demand-meeting`: the member demands that the matter be handled in a meeting (KL 100 §). */
export class DkDemandMeetingEvent extends CustomEvent<{ itemId: string }> {
  constructor(itemId: string) {
    super('dk-demand-meeting', { ...INIT, detail: { itemId } });
  }
}

/** `dk-seek`: the viewer chose a point of a recording (a chapter or a transcript cue); `time` in seconds. */
export class DkSeekEvent extends CustomEvent<{ time: number }> {
  constructor(time: number) {
    super('dk-seek', { ...INIT, detail: { time } });
  }
}

/** Typed event map of the meeting components, for framework users. */
export interface DkMeetingEventMap {
  'dk-chair-command': DkChairCommandEvent;
  'dk-proposal-make': DkProposalMakeEvent;
  'dk-proposal-second': DkProposalSecondEvent;
  'dk-proposal-withdraw': DkProposalWithdrawEvent;
  'dk-attendance-change': DkAttendanceChangeEvent;
  'dk-minutes-approve': DkMinutesApproveEvent;
  'dk-reconnect': DkConnectionActionEvent;
  'dk-reauthenticate': DkConnectionActionEvent;
  'dk-election-ballot': DkElectionBallotEvent;
  'dk-disqualification': DkDisqualificationEvent;
  'dk-position': DkPositionEvent;
  'dk-demand-meeting': DkDemandMeetingEvent;
  'dk-seek': DkSeekEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends DkMeetingEventMap {}
}
