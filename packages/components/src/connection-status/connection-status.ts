import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { time } from '../shared/format.js';
import { DkConnectionActionEvent } from '../shared/meeting-events.js';
import type { Locale } from '../shared/locale.js';

/** Levels of assurance of an electronic identification (eIDAS; Vahvan sähköisen tunnistamisen laki 617/2009). */
export type AssuranceLevel = 'low' | 'substantial' | 'high';

/** The viewer's identification as the service reports it (never a henkilötunnus). */
export interface IdentityView {
  name?: string;
  loa: AssuranceLevel;
  /** When the session expires (ISO instant). */
  expiresAt?: string;
  /** How the person was identified, e.g. "Suomi.fi-tunnistus". */
  method?: string;
}

export type ConnectionState = 'live' | 'reconnecting' | 'lost';

const M = {
  fi: {
    heading: 'Yhteys ja tunnistus',
    you: (n: string) => `Olet kirjautunut: ${n}`,
    loa: { low: 'Tunnistus: heikko', substantial: 'Tunnistus: korotettu (eIDAS)', high: 'Tunnistus: vahva (eIDAS)' },
    expires: (t: string) => `Istunto päättyy klo ${t}`,
    soon: (min: number) => `Istunto päättyy ${min} minuutin kuluttua.`,
    expired: 'Istunto on päättynyt. Tunnistaudu uudelleen.',
    conn: {
      live: 'Yhteys kokoukseen toimii',
      reconnecting: 'Yhteys katkesi, yhdistetään uudelleen…',
      lost: 'Yhteys kokoukseen on poikki',
    },
    reconnect: 'Yhdistä uudelleen',
    reauth: 'Tunnistaudu uudelleen',
  },
  sv: {
    heading: 'Förbindelse och identifiering',
    you: (n: string) => `Du är inloggad: ${n}`,
    loa: {
      low: 'Identifiering: låg',
      substantial: 'Identifiering: väsentlig (eIDAS)',
      high: 'Identifiering: hög (eIDAS)',
    },
    expires: (t: string) => `Sessionen går ut kl. ${t}`,
    soon: (min: number) => `Sessionen går ut om ${min} minuter.`,
    expired: 'Sessionen har gått ut. Identifiera dig på nytt.',
    conn: {
      live: 'Förbindelsen till sammanträdet fungerar',
      reconnecting: 'Förbindelsen bröts, ansluter på nytt…',
      lost: 'Förbindelsen till sammanträdet är bruten',
    },
    reconnect: 'Anslut på nytt',
    reauth: 'Identifiera dig på nytt',
  },
  en: {
    heading: 'Connection and identification',
    you: (n: string) => `Signed in as ${n}`,
    loa: {
      low: 'Identification: low',
      substantial: 'Identification: substantial (eIDAS)',
      high: 'Identification: high (eIDAS)',
    },
    expires: (t: string) => `The session expires at ${t}`,
    soon: (min: number) => `The session expires in ${min} minutes.`,
    expired: 'The session has expired. Please identify again.',
    conn: {
      live: 'Connected to the meeting',
      reconnecting: 'Connection lost, reconnecting…',
      lost: 'Disconnected from the meeting',
    },
    reconnect: 'Reconnect',
    reauth: 'Identify again',
  },
} as const;

/**
 * The viewer's own identification (level of assurance, expiry) and connection to the meeting (live, reconnecting,
 * lost). KL 99 § requires that participants of an electronic meeting be reliably verified; this tells the
 * participant how they are identified and when the session ends. A change of connection or an approaching expiry is
 * announced once in a polite live region; a lost connection or an expired session offers the action to restore it.
 * State is shown in text and shape, never by colour alone. The clock is injected (`now`) for tests and servers.
 *
 * @summary The viewer's identification and connection.
 * @status experimental
 * @since 0.2.0
 * @tag dk-connection-status
 * @event {DkConnectionActionEvent} dk-reconnect - The viewer asks to reconnect. Bubbles, composed.
 * @event {DkConnectionActionEvent} dk-reauthenticate - The viewer asks to identify again. Bubbles, composed.
 * @csspart status - The status surface.
 * @csspart connection - The connection line.
 */
export class DkConnectionStatus extends DkElement {
  static override styles = [
    baseStyles,
    css`
      p {
        margin: 0.25rem 0;
      }
      .conn::before {
        content: '●';
        margin-inline-end: 0.4em;
      }
      .conn.reconnecting::before {
        content: '◐';
      }
      .conn.lost::before {
        content: '○';
      }
      .conn.lost,
      .warn {
        font-weight: 700;
      }
    `,
  ];

  /** The viewer's identification. */
  @property({ attribute: false }) identity?: IdentityView;

  /** The connection to the meeting. */
  @property({ reflect: true }) connection: ConnectionState = 'live';

  /** Minutes before expiry from which a warning is shown and announced. */
  @property({ type: Number, attribute: 'warn-minutes' }) warnMinutes = 5;

  /** The clock (ms since the epoch); injected for tests. Call `requestUpdate()` on each tick. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private announcement = '';
  private lastConnection?: ConnectionState;
  private lastExpiry = '';

  private expiry(): 'ok' | 'soon' | 'expired' {
    const at = this.identity?.expiresAt ? Date.parse(this.identity.expiresAt) : NaN;
    if (Number.isNaN(at)) return 'ok';
    const left = at - this.now();
    return left <= 0 ? 'expired' : left <= this.warnMinutes * 60_000 ? 'soon' : 'ok';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = M[this.locale];
    if (this.lastConnection && this.lastConnection !== this.connection) this.announcement = m.conn[this.connection];
    this.lastConnection = this.connection;
    const e = this.expiry();
    if (e !== this.lastExpiry && e !== 'ok')
      this.announcement = e === 'expired' ? m.expired : m.soon(this.minutesLeft());
    this.lastExpiry = e;
  }

  private minutesLeft(): number {
    return Math.max(0, Math.ceil((Date.parse(this.identity!.expiresAt!) - this.now()) / 60_000));
  }

  override render() {
    const locale: Locale = this.locale;
    const m = M[locale];
    const id = this.identity;
    const e = this.expiry();
    return html`<section part="status" class="surface" aria-labelledby="h">
      <h2 id="h" class="vh">${m.heading}</h2>
      <p part="connection" class="conn ${this.connection}">${m.conn[this.connection]}</p>
      ${
        this.connection === 'lost'
          ? html`<button
              type="button"
              id="reconnect"
              @click=${() => this.dispatchEvent(new DkConnectionActionEvent('dk-reconnect'))}
            >
              ${m.reconnect}
            </button>`
          : nothing
      }
      ${
        id
          ? html`${id.name ? html`<p>${m.you(id.name)}</p>` : nothing}
              <p>${m.loa[id.loa]}${id.method ? ` · ${id.method}` : ''}</p>
              ${id.expiresAt ? html`<p class=${e === 'ok' ? '' : 'warn'}>${e === 'expired' ? m.expired : e === 'soon' ? m.soon(this.minutesLeft()) : m.expires(time(id.expiresAt, locale))}</p>` : nothing}
              ${
                e === 'expired'
                  ? html`<button
                      type="button"
                      id="reauth"
                      class="primary"
                      @click=${() => this.dispatchEvent(new DkConnectionActionEvent('dk-reauthenticate'))}
                    >
                      ${m.reauth}
                    </button>`
                  : nothing
              }`
          : nothing
      }
      <div role="status" class="vh">${this.announcement}</div>
    </section>`;
  }
}
