import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { elapsed, num } from '../shared/format.js';
import {
  DkSpeakCancelEvent,
  DkSpeakEndEvent,
  DkSpeakGrantEvent,
  DkSpeakRemoveEvent,
  DkSpeakRequestEvent,
} from '../shared/events.js';
import { viewerContext, type Viewer } from '../shared/viewer.js';
import type { Locale } from '../shared/locale.js';
import type { SpeechKind } from '../shared/types.js';
import { speechKindLabels } from '@digikokous/meeting-schema/codes';

/** The kinds a member requests (the presentation, esittelypuheenvuoro, is given by the chair). */
export type RequestKind = Exclude<SpeechKind, 'esittelypuheenvuoro'>;

/** A request to speak. */
export interface SpeakerEntry {
  id: string;
  memberId: string;
  name: string;
  kind: SpeechKind;
  group?: string;
  /** ISO instant of the request. */
  requestedAt?: string;
}

/** The speech in progress. */
export interface CurrentSpeaker {
  entryId?: string;
  memberId: string;
  name: string;
  kind: SpeechKind;
  group?: string;
  /** ISO instant when the floor was given. */
  startedAt: string;
}

/**
 * The queue in speaking order: a point of order (työjärjestyspuheenvuoro) goes before everything else; the
 * rest keep the order given (the chair may place a reply, vastauspuheenvuoro, next to the speech it answers).
 * Stable, so that equal kinds keep their request order.
 */
export function orderQueue(entries: readonly SpeakerEntry[]): SpeakerEntry[] {
  return [
    ...entries.filter((e) => e.kind === 'tyojarjestyspuheenvuoro'),
    ...entries.filter((e) => e.kind !== 'tyojarjestyspuheenvuoro'),
  ];
}

interface Messages {
  title: string;
  speaking: string;
  none: string;
  queue: (n: string) => string;
  empty: string;
  request: Record<RequestKind, string>;
  cancel: string;
  grant: string;
  end: string;
  remove: string;
  yours: string;
  position: (n: string) => string;
  yourTurn: string;
  nowSpeaking: (name: string) => string;
  next: string;
  queued: (n: string) => string;
  elapsed: string;
}

const M: Record<Locale, Messages> = {
  fi: {
    title: 'Puheenvuorot',
    speaking: 'Puheenvuorossa',
    none: 'Kukaan ei ole puheenvuorossa.',
    queue: (n) => `Puheenvuoropyynnöt (${n})`,
    empty: 'Ei puheenvuoropyyntöjä.',
    request: {
      puheenvuoro: 'Pyydä puheenvuoroa',
      vastauspuheenvuoro: 'Pyydä vastauspuheenvuoroa',
      tyojarjestyspuheenvuoro: 'Pyydä työjärjestyspuheenvuoroa',
    },
    cancel: 'Peru puheenvuoropyyntö',
    grant: 'Anna puheenvuoro',
    end: 'Päätä puheenvuoro',
    remove: 'Poista pyyntö',
    yours: 'sinun pyyntösi',
    position: (n) => `Olet jonossa sijalla ${n}.`,
    yourTurn: 'Sinun vuorosi: sinulle on annettu puheenvuoro.',
    nowSpeaking: (name) => `Puheenvuorossa nyt ${name}.`,
    next: 'Olet seuraavana vuorossa.',
    queued: (n) => `Puheenvuoropyyntösi on jonossa sijalla ${n}.`,
    elapsed: 'Kesto',
  },
  sv: {
    title: 'Anföranden',
    speaking: 'Talar',
    none: 'Ingen har ordet.',
    queue: (n) => `Begäran om ordet (${n})`,
    empty: 'Inga begäranden om ordet.',
    request: {
      puheenvuoro: 'Begär ordet',
      vastauspuheenvuoro: 'Begär replik',
      tyojarjestyspuheenvuoro: 'Begär ordet i en ordningsfråga',
    },
    cancel: 'Återkalla begäran',
    grant: 'Ge ordet',
    end: 'Avsluta anförandet',
    remove: 'Ta bort begäran',
    yours: 'din begäran',
    position: (n) => `Du står i tur som nummer ${n}.`,
    yourTurn: 'Din tur: du har fått ordet.',
    nowSpeaking: (name) => `Ordet har nu ${name}.`,
    next: 'Du står näst i tur.',
    queued: (n) => `Din begäran står i kön som nummer ${n}.`,
    elapsed: 'Tid',
  },
  en: {
    title: 'Speakers',
    speaking: 'Speaking',
    none: 'Nobody has the floor.',
    queue: (n) => `Requests to speak (${n})`,
    empty: 'No requests to speak.',
    request: {
      puheenvuoro: 'Request to speak',
      vastauspuheenvuoro: 'Request a reply',
      tyojarjestyspuheenvuoro: 'Raise a point of order',
    },
    cancel: 'Cancel the request',
    grant: 'Give the floor',
    end: 'End the speech',
    remove: 'Remove the request',
    yours: 'your request',
    position: (n) => `You are number ${n} in the queue.`,
    yourTurn: 'Your turn: you have the floor.',
    nowSpeaking: (name) => `Now speaking: ${name}.`,
    next: 'You are next.',
    queued: (n) => `Your request is number ${n} in the queue.`,
    elapsed: 'Elapsed',
  },
};

/**
 * The speaker queue (puheenvuorot): requests to speak — puheenvuoro, vastauspuheenvuoro and
 * työjärjestyspuheenvuoro, the last going first — and the current speaker with the elapsed time. The time is
 * a `role="timer"` (not live), so it is never announced every second. The member's view has request and
 * cancel; the chair's view has grant, end and remove. Changes that matter to the viewer (your turn, a new
 * speaker, you are next, your request is queued) are announced once through a polite status region in the
 * same shadow tree.
 *
 * The queue is controlled: the host updates `entries` and `current` from the meeting data after each event.
 *
 * @summary Requests to speak and the current speaker.
 * @status experimental
 * @since 0.1.0
 * @tag dk-speaker-queue
 * @event {DkSpeakRequestEvent} dk-speak-request - The member asks to speak; `detail.kind`. Bubbles, composed.
 * @event {DkSpeakCancelEvent} dk-speak-cancel - The member withdraws the request; `detail.entryId`. Bubbles, composed.
 * @event {DkSpeakGrantEvent} dk-speak-grant - The chair gives the floor; `detail.entryId`. Bubbles, composed.
 * @event {DkSpeakEndEvent} dk-speak-end - The chair ends the current speech. Bubbles, composed.
 * @event {DkSpeakRemoveEvent} dk-speak-remove - The chair removes a request; `detail.entryId`. Bubbles, composed.
 * @csspart current - The current speaker block.
 * @csspart queue - The ordered list of requests.
 * @csspart controls - The member's request and cancel buttons.
 * @cssprop --dk-color-current-bg - Background of the current speaker block.
 */
export class DkSpeakerQueue extends DkElement {
  static override styles = [
    baseStyles,
    css`
      [part='current'] {
        background: var(--dk-color-current-bg, #e6f0fa);
        border-inline-start: 6px solid var(--dk-color-accent, #0b4f8a);
        padding: 0.5rem 0.75rem;
        margin-block-end: 0.75rem;
      }
      [part='current'] p {
        margin: 0 0 0.25rem;
      }
      ol {
        margin: 0;
        padding-inline-start: 1.5rem;
        display: grid;
        gap: 0.5rem;
      }
      li {
        padding-block: 0.25rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-block-start: 0.75rem;
      }
      .mine {
        font-weight: 700;
      }
    `,
  ];

  /** The requests to speak; shown in speaking order (points of order first). */
  @property({ attribute: false }) entries: SpeakerEntry[] = [];

  /** The speech in progress, if any. */
  @property({ attribute: false }) current?: CurrentSpeaker;

  /** `member`, `chair` or `public`; derived from the viewer's role when not set. */
  @property() view?: 'member' | 'chair' | 'public';

  /** Who is looking; from `viewerContext` when provided. */
  @consume({ context: viewerContext, subscribe: true })
  @property({ attribute: false })
  viewer?: Viewer;

  /** The kinds a member may request (all three by default). */
  @property({ attribute: false }) kinds: RequestKind[] = [
    'puheenvuoro',
    'vastauspuheenvuoro',
    'tyojarjestyspuheenvuoro',
  ];

  /** The clock for the elapsed time, in epoch milliseconds; injectable for tests and replays. */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  @state() private announcement = '';
  @state() private now = 0;
  private timer?: ReturnType<typeof setInterval>;
  private focusTarget?: string;

  private get mode(): 'member' | 'chair' | 'public' {
    if (this.view) return this.view;
    if (this.viewer?.role === 'chair') return 'chair';
    return this.viewer?.id ? 'member' : 'public';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      if (this.current) this.now = this.clock();
    }, 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = M[this.locale];
    const me = this.viewer?.id;
    const queue = orderQueue(this.entries);
    if (changed.has('current')) {
      const before = changed.get('current') as CurrentSpeaker | undefined;
      const now = this.current;
      if (
        now &&
        (before?.entryId !== now.entryId || before?.memberId !== now.memberId || before?.startedAt !== now.startedAt)
      ) {
        this.announcement = me && now.memberId === me ? m.yourTurn : m.nowSpeaking(now.name);
      }
    }
    if (changed.has('entries') && me && this.current?.memberId !== me) {
      const before = orderQueue((changed.get('entries') as SpeakerEntry[] | undefined) ?? []);
      const wasIn = before.findIndex((e) => e.memberId === me);
      const isIn = queue.findIndex((e) => e.memberId === me);
      if (isIn >= 0 && wasIn < 0) this.announcement = m.queued(num(isIn + 1, this.locale));
      else if (isIn === 0 && wasIn > 0) this.announcement = m.next;
    }
    if (changed.has('current') || changed.has('clock')) this.now = this.clock();
  }

  protected override updated(): void {
    if (!this.focusTarget) return;
    const root = this.renderRoot as ShadowRoot;
    if (root.activeElement && root.activeElement.isConnected) return;
    root.querySelector<HTMLElement>(this.focusTarget)?.focus();
    this.focusTarget = undefined;
  }

  private emit(event: Event, focusTarget: string): void {
    this.focusTarget = focusTarget;
    this.dispatchEvent(event);
  }

  private renderCurrent(locale: Locale) {
    const m = M[locale];
    const c = this.current;
    if (!c) return html`<div part="current"><p>${m.none}</p></div>`;
    const started = Date.parse(c.startedAt);
    const { minutes, seconds } = elapsed(Number.isNaN(started) ? 0 : this.now - started);
    return html`<div part="current">
      <p>
        <strong>${m.speaking}:</strong> ${c.name}${c.group ? ` (${c.group})` : ''} – ${speechKindLabels[c.kind][locale]}
        ${this.viewer?.id && c.memberId === this.viewer.id ? html`<span class="badge">${m.yours}</span>` : nothing}
      </p>
      <p>${m.elapsed}: <span role="timer">${num(minutes, locale)} min ${num(seconds, locale)} s</span></p>
      ${
        this.mode === 'chair'
          ? html`<button
              id="end"
              type="button"
              class="primary"
              @click=${() => this.emit(new DkSpeakEndEvent(), '.grant, #queue-h')}
            >
              ${m.end}
            </button>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    const queue = orderQueue(this.entries);
    const me = this.viewer?.id;
    const mine = me ? queue.findIndex((e) => e.memberId === me) : -1;
    const chair = this.mode === 'chair';
    return html`<section class="surface" aria-labelledby="h">
      <h2 id="h">${m.title}</h2>
      ${this.renderCurrent(locale)}
      <h3 id="queue-h" tabindex="-1">${m.queue(num(queue.length, locale))}</h3>
      ${
        queue.length === 0
          ? html`<p>${m.empty}</p>`
          : html`<ol part="queue" aria-labelledby="queue-h">
              ${repeat(
                queue,
                (e) => e.id,
                (e) =>
                  html`<li>
                    <div class="row">
                      <span class=${e.memberId === me ? 'mine' : ''}
                        >${e.name}${e.group ? ` (${e.group})` : ''} –
                        ${speechKindLabels[e.kind][locale]}${e.memberId === me ? ` (${m.yours})` : ''}</span
                      >
                      ${
                        chair
                          ? html`<button
                                type="button"
                                class="primary grant"
                                @click=${() => this.emit(new DkSpeakGrantEvent(e.id), '#end')}
                              >
                                ${m.grant}<span class="vh">: ${e.name}</span>
                              </button>
                              <button
                                type="button"
                                @click=${() => this.emit(new DkSpeakRemoveEvent(e.id), '.grant, #queue-h')}
                              >
                                ${m.remove}<span class="vh">: ${e.name}</span>
                              </button>`
                          : nothing
                      }
                    </div>
                  </li>`,
              )}
            </ol>`
      }
      ${
        this.mode === 'member'
          ? html`<div part="controls" class="actions">
              ${
                mine >= 0
                  ? html`<p>${m.position(num(mine + 1, locale))}</p>
                      <button
                        type="button"
                        @click=${() => this.emit(new DkSpeakCancelEvent(queue[mine]!.id), '[part="controls"] button')}
                      >
                        ${m.cancel}
                      </button>`
                  : this.kinds.map(
                      (kind) =>
                        html`<button
                          type="button"
                          class=${kind === 'puheenvuoro' ? 'primary' : ''}
                          @click=${() => this.emit(new DkSpeakRequestEvent(kind), '[part="controls"] button')}
                        >
                          ${m.request[kind]}
                        </button>`,
                    )
              }
            </div>`
          : nothing
      }
      <div role="status" class="vh">${this.announcement}</div>
    </section>`;
  }
}
