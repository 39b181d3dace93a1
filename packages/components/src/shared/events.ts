import type { BallotOption, SpeechKind } from './types.js';

/** Every kit event bubbles and is composed, so that it crosses shadow roots to the vendor's listener. */
const INIT = { bubbles: true, composed: true } as const;

/** `dk-item-select`: the viewer selected an agenda item. */
export class DkItemSelectEvent extends CustomEvent<{ itemId: string }> {
  constructor(itemId: string) {
    super('dk-item-select', { ...INIT, detail: { itemId } });
  }
}

/** `dk-ballot`: the viewer confirmed a ballot. Cancelable: `preventDefault()` keeps the panel open. */
export class DkBallotEvent extends CustomEvent<{ voteId: string; option: BallotOption }> {
  constructor(voteId: string, option: BallotOption) {
    super('dk-ballot', { ...INIT, cancelable: true, detail: { voteId, option } });
  }
}

/** `dk-speak-request`: the member asks to speak. */
export class DkSpeakRequestEvent extends CustomEvent<{ kind: SpeechKind }> {
  constructor(kind: SpeechKind) {
    super('dk-speak-request', { ...INIT, detail: { kind } });
  }
}

/** `dk-speak-cancel`: the member withdraws the request (the entry is given when known). */
export class DkSpeakCancelEvent extends CustomEvent<{ entryId?: string }> {
  constructor(entryId?: string) {
    super('dk-speak-cancel', { ...INIT, detail: { entryId } });
  }
}

/** `dk-speak-grant`: the chair gives the floor to a request. */
export class DkSpeakGrantEvent extends CustomEvent<{ entryId: string }> {
  constructor(entryId: string) {
    super('dk-speak-grant', { ...INIT, detail: { entryId } });
  }
}

/** `dk-speak-end`: the chair ends the current speech. */
export class DkSpeakEndEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('dk-speak-end', { ...INIT, detail: {} });
  }
}

/** `dk-speak-remove`: the chair removes a request from the queue. */
export class DkSpeakRemoveEvent extends CustomEvent<{ entryId: string }> {
  constructor(entryId: string) {
    super('dk-speak-remove', { ...INIT, detail: { entryId } });
  }
}

/** Typed event map for framework users (`addEventListener` typing, React 19 and Vue props). */
export interface DkEventMap {
  'dk-item-select': DkItemSelectEvent;
  'dk-ballot': DkBallotEvent;
  'dk-speak-request': DkSpeakRequestEvent;
  'dk-speak-cancel': DkSpeakCancelEvent;
  'dk-speak-grant': DkSpeakGrantEvent;
  'dk-speak-end': DkSpeakEndEvent;
  'dk-speak-remove': DkSpeakRemoveEvent;
}

declare global {
  // Typed `addEventListener('dk-ballot', (e) => e.detail.option)` on any element.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends DkEventMap {}
}
