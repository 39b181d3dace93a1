import type { MeetingEvent } from '@digikokous/meeting-schema';
import { decide, type DecideOptions, type MeetingCommand } from './decide.js';
import { isProcedureError, type ProcedureError } from './errors.js';
import { applyEvents, replay, type ReplayOptions } from './replay.js';
import type { MeetingState, ReplayMeeting } from './state.js';

export type StoreListener = (state: MeetingState, events: readonly MeetingEvent[]) => void;

/**
 * A small in-memory store around {@link decide} and {@link replay} for demos and front ends: `dispatch` checks a
 * command, appends the events and notifies subscribers with a new state object. The states handed out are immutable
 * snapshots with structural sharing (only what an event touches is copied), so a dispatch costs the same at the
 * first event and at the 100,000th. No dependencies; works in the browser.
 */
export class MeetingStore {
  readonly meeting: ReplayMeeting;
  #state: MeetingState;
  #events: MeetingEvent[];
  readonly #listeners = new Set<StoreListener>();
  readonly #options: DecideOptions & ReplayOptions;

  constructor(
    meeting: ReplayMeeting,
    events: readonly MeetingEvent[] = [],
    options: DecideOptions & ReplayOptions = {},
  ) {
    this.meeting = meeting;
    this.#options = options;
    this.#events = [...events];
    const { body, bodies, memberships, rules } = options;
    this.#state = replay(meeting, this.#events, {
      ...(body === undefined ? {} : { body }),
      ...(bodies === undefined ? {} : { bodies }),
      ...(memberships === undefined ? {} : { memberships }),
      ...(rules === undefined ? {} : { rules }),
    });
  }

  /** The current state (treat as read-only). */
  get state(): MeetingState {
    return this.#state;
  }

  /** The log so far (a copy). */
  get events(): MeetingEvent[] {
    return [...this.#events];
  }

  /** Checks and applies a command; returns the new events or the refusal (the state is then unchanged). */
  dispatch(command: MeetingCommand): MeetingEvent[] | ProcedureError {
    const result = decide(this.#state, command, this.#options);
    if (isProcedureError(result)) return result;
    this.append(result);
    return result;
  }

  /** Appends events that were decided elsewhere (e.g. received from the server). */
  append(events: readonly MeetingEvent[]): void {
    if (events.length === 0) return;
    this.#events.push(...events);
    this.#state = applyEvents(
      this.#state,
      events,
      this.#options.rules === undefined ? {} : { rules: this.#options.rules },
    );
    for (const listener of [...this.#listeners]) {
      try {
        listener(this.#state, events);
      } catch (error) {
        // One failing subscriber must not stop the others or the meeting.
        console.error(error);
      }
    }
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: StoreListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}
