import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { formStyles } from '../shared/form-styles.js';
import { time } from '../shared/format.js';
import { DkAttendanceChangeEvent } from '../shared/meeting-events.js';
import type { Locale } from '../shared/locale.js';

/** One person on the secretary's attendance list. */
export interface RollCallParticipant {
  id: string;
  name: string;
  /** Role label, e.g. "puheenjohtaja", "varajäsen". */
  role?: string;
  present: boolean;
  mode?: 'paikan-paalla' | 'etana';
  /** A remote participant's connection; `lost` counts until the secretary records a departure (KL 99 §). */
  connection?: 'live' | 'lost';
  /** Disqualified in the item being handled: not present for it (HL 27 §). */
  disqualified?: boolean;
  arrivedAt?: string;
  leftAt?: string;
}

const M = {
  fi: {
    heading: 'Läsnäololista',
    item: (n: string) => `Asia: ${n}`,
    name: 'Nimi',
    status: 'Tila',
    mode: 'Osallistumistapa',
    actions: 'Kirjaa',
    present: 'Läsnä',
    absent: 'Poissa',
    disq: 'Esteellinen, poistunut asian käsittelyn ajaksi',
    onSite: 'Paikan päällä',
    remote: 'Etäyhteydellä',
    lost: 'Yhteys katkennut',
    arrived: (n: string) => `Saapui ${n}`,
    left: (n: string) => `Poistui ${n}`,
    arrive: 'Saapui',
    leave: 'Poistui',
    toRemote: 'Etäyhteyteen',
    toSite: 'Paikalle',
    count: (p: number, t: number) => `Läsnä ${p} / ${t}`,
    announceIn: (n: string) => `${n} kirjattiin läsnä olevaksi.`,
    announceOut: (n: string) => `${n} kirjattiin poistuneeksi.`,
    announceLost: (n: string) => `${n}: yhteys katkesi.`,
  },
  sv: {
    heading: 'Närvarolista',
    item: (n: string) => `Ärende: ${n}`,
    name: 'Namn',
    status: 'Status',
    mode: 'Deltagarsätt',
    actions: 'Registrera',
    present: 'Närvarande',
    absent: 'Frånvarande',
    disq: 'Jävig, avlägsnade sig under ärendet',
    onSite: 'På plats',
    remote: 'På distans',
    lost: 'Förbindelsen bruten',
    arrived: (n: string) => `Anlände ${n}`,
    left: (n: string) => `Avlägsnade sig ${n}`,
    arrive: 'Anlände',
    leave: 'Avlägsnade sig',
    toRemote: 'Till distans',
    toSite: 'Till plats',
    count: (p: number, t: number) => `Närvarande ${p} / ${t}`,
    announceIn: (n: string) => `${n} registrerades som närvarande.`,
    announceOut: (n: string) => `${n} registrerades som frånvarande.`,
    announceLost: (n: string) => `${n}: förbindelsen bröts.`,
  },
  en: {
    heading: 'Attendance list',
    item: (n: string) => `Item: ${n}`,
    name: 'Name',
    status: 'Status',
    mode: 'Attendance',
    actions: 'Record',
    present: 'Present',
    absent: 'Absent',
    disq: 'Disqualified, left for this item',
    onSite: 'On site',
    remote: 'Remote',
    lost: 'Connection lost',
    arrived: (n: string) => `Arrived ${n}`,
    left: (n: string) => `Left ${n}`,
    arrive: 'Arrived',
    leave: 'Left',
    toRemote: 'To remote',
    toSite: 'To on site',
    count: (p: number, t: number) => `Present ${p} of ${t}`,
    announceIn: (n: string) => `${n} recorded as present.`,
    announceOut: (n: string) => `${n} recorded as having left.`,
    announceLost: (n: string) => `${n}: connection lost.`,
  },
} as const;

/**
 * The secretary's attendance list (läsnäololista, KL 99 §, 103 §) for the item being handled: who is present, on
 * site or remote, whose connection is lost, who left because of disqualification (HL 27 §), with arrival and
 * departure times. The secretary records an arrival, a departure or a change of mode with one button per row; every
 * button's name includes the person ("Poistui: Aino Virtanen"). Changes of presence — also those coming from the
 * data, such as a lost connection — are announced once in a polite live region.
 *
 * The table reflows at 320 px into one card per person without breaking words.
 *
 * @summary The secretary's attendance list per item.
 * @status experimental
 * @since 0.2.0
 * @tag dk-roll-call
 * @event {DkAttendanceChangeEvent} dk-attendance-change - The secretary recorded a change; `detail: { personId, status, mode? }`. Bubbles, composed.
 * @csspart table - The attendance table.
 * @csspart row - Each person's row.
 * @csspart count - The count of those present.
 */
export class DkRollCall extends DkElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      :host {
        overflow-wrap: normal;
      }
      .row-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      .lost {
        font-weight: 700;
      }
      .wrap {
        container-type: inline-size;
      }
      @container (max-width: 36rem) {
        thead {
          position: absolute;
          inline-size: 1px;
          block-size: 1px;
          overflow: hidden;
          clip-path: inset(50%);
        }
        tr {
          display: grid;
          gap: 0.25rem;
          padding-block: 0.5rem;
          border-block-end: 1px solid var(--dk-color-border, #6b6b6b);
        }
        th,
        td {
          display: block;
          border: 0;
          padding: 0;
        }
      }
    `,
  ];

  /** The persons of the list. */
  @property({ attribute: false }) participants: RollCallParticipant[] = [];

  /** The item being handled, e.g. "§ 5 Talousarvio" (public title for a public screen). */
  @property({ attribute: 'item-label' }) itemLabel?: string;

  /** Whether the viewer (the secretary) may record changes; otherwise the list is read-only. */
  @property({ type: Boolean }) editable = false;

  @state() private announcement = '';
  private previous = new Map<string, { present: boolean; lost: boolean }>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('participants')) return;
    const m = M[this.locale];
    const said: string[] = [];
    const next = new Map<string, { present: boolean; lost: boolean }>();
    for (const p of this.participants) {
      const now = { present: p.present && !p.disqualified, lost: p.connection === 'lost' };
      const before = this.previous.get(p.id);
      if (before && this.previous.size) {
        if (!before.present && now.present) said.push(m.announceIn(p.name));
        else if (before.present && !now.present) said.push(m.announceOut(p.name));
        else if (!before.lost && now.lost) said.push(m.announceLost(p.name));
      }
      next.set(p.id, now);
    }
    this.previous = next;
    if (said.length) this.announcement = said.join(' ');
  }

  private row(p: RollCallParticipant, locale: Locale) {
    const m = M[locale];
    const status = p.disqualified ? m.disq : p.present ? m.present : m.absent;
    const mode = p.mode === 'etana' ? m.remote : p.mode === 'paikan-paalla' ? m.onSite : '';
    return html`<tr part="row" data-person=${p.id}>
      <th scope="row">${p.name}${p.role ? html` <span class="muted">(${p.role})</span>` : nothing}</th>
      <td>
        ${status}${p.arrivedAt ? html`<br /><span class="muted">${m.arrived(time(p.arrivedAt, locale))}</span>` : nothing}${
          p.leftAt ? html`<br /><span class="muted">${m.left(time(p.leftAt, locale))}</span>` : nothing
        }
      </td>
      <td>${mode}${p.connection === 'lost' ? html` <span class="lost badge">${m.lost}</span>` : nothing}</td>
      ${
        this.editable
          ? html`<td>
              <div class="row-actions">
                ${
                  p.present
                    ? html`<button
                          type="button"
                          class="leave"
                          aria-label="${m.leave}: ${p.name}"
                          @click=${() => this.emit(p, 'poissa')}
                        >
                          ${m.leave}
                        </button>
                        <button
                          type="button"
                          class="mode"
                          aria-label="${p.mode === 'etana' ? m.toSite : m.toRemote}: ${p.name}"
                          @click=${() => this.emit(p, 'lasna', p.mode === 'etana' ? 'paikan-paalla' : 'etana')}
                        >
                          ${p.mode === 'etana' ? m.toSite : m.toRemote}
                        </button>`
                    : html`<button
                        type="button"
                        class="arrive"
                        aria-label="${m.arrive}: ${p.name}"
                        @click=${() => this.emit(p, 'lasna', p.mode ?? 'paikan-paalla')}
                      >
                        ${m.arrive}
                      </button>`
                }
              </div>
            </td>`
          : nothing
      }
    </tr>`;
  }

  private emit(p: RollCallParticipant, status: 'lasna' | 'poissa', mode?: 'paikan-paalla' | 'etana'): void {
    this.dispatchEvent(new DkAttendanceChangeEvent(p.id, status, mode));
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    const present = this.participants.filter((p) => p.present && !p.disqualified).length;
    return html`<section class="surface" aria-labelledby="h">
      <h2 id="h">${m.heading}</h2>
      ${this.itemLabel ? html`<p>${m.item(this.itemLabel)}</p>` : nothing}
      <p part="count"><strong>${m.count(present, this.participants.length)}</strong></p>
      <div class="wrap">
        <table part="table" aria-labelledby="h">
          <thead>
            <tr>
              <th scope="col">${m.name}</th>
              <th scope="col">${m.status}</th>
              <th scope="col">${m.mode}</th>
              ${this.editable ? html`<th scope="col">${m.actions}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${this.participants.map((p) => this.row(p, locale))}
          </tbody>
        </table>
      </div>
      <div role="status" class="vh">${this.announcement}</div>
    </section>`;
  }
}
