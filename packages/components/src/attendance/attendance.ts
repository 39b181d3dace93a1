import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { num, time } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { attendanceModeLabels, roleLabels, seatRoles } from '@digikokous/meeting-schema/codes';
import type { AttendanceMode, Role } from '@digikokous/meeting-schema/codes';

/** One participant as the attendance list shows them (roles and modes are meeting-schema codes). */
export interface ParticipantView {
  id: string;
  name: string;
  role: Role;
  /** Council group (valtuustoryhmä). */
  group?: string;
  /** Present for the meeting at the moment (on site or remote). */
  present: boolean;
  /** On site or remote; remote participants count as present (KL 103 § 3 mom). */
  mode?: AttendanceMode;
  /** ISO instants. */
  arrivedAt?: string;
  leftAt?: string;
  /** Disqualified in the current item (esteellinen, HL 27–28 §): not present for it. */
  disqualified?: boolean;
  /** For a deputy member: the name of the member whose seat they take. */
  deputyFor?: string;
}

/** Whether the participant holds a seat: a member, the chair or vice-chair, or a deputy sitting in a seat. */
export function holdsSeat(p: ParticipantView): boolean {
  return seatRoles.includes(p.role) || (p.role === 'varajasen' && Boolean(p.deputyFor));
}

/** Members present for the current item: seat holders on site or remote and not disqualified (KL 103 §, HL 27 §). */
export function countPresent(participants: readonly ParticipantView[]): number {
  return participants.filter((p) => holdsSeat(p) && p.present && !p.disqualified).length;
}

interface Messages {
  caption: string;
  name: string;
  role: string;
  group: string;
  presence: string;
  arrived: string;
  left: string;
  item: string;
  absent: string;
  disqualified: string;
  deputyFor: (name: string) => string;
  summary: (present: string, onSite: string, remote: string, absent: string) => string;
}

const M: Record<Locale, Messages> = {
  fi: {
    caption: 'Osallistujat',
    name: 'Nimi',
    role: 'Rooli',
    group: 'Valtuustoryhmä',
    presence: 'Läsnäolo',
    arrived: 'Saapui',
    left: 'Poistui',
    item: 'Tässä asiassa',
    absent: 'poissa',
    disqualified: 'esteellinen',
    deputyFor: (n) => `(varalla: ${n})`,
    summary: (p, o, r, a) => `Läsnä ${p} jäsentä (paikalla ${o}, etänä ${r}), poissa ${a}.`,
  },
  sv: {
    caption: 'Deltagare',
    name: 'Namn',
    role: 'Roll',
    group: 'Fullmäktigegrupp',
    presence: 'Närvaro',
    arrived: 'Anlände',
    left: 'Avlägsnade sig',
    item: 'I detta ärende',
    absent: 'frånvarande',
    disqualified: 'jävig',
    deputyFor: (n) => `(ersätter ${n})`,
    summary: (p, o, r, a) => `Närvarande ${p} ledamöter (på plats ${o}, på distans ${r}), frånvarande ${a}.`,
  },
  en: {
    caption: 'Participants',
    name: 'Name',
    role: 'Role',
    group: 'Council group',
    presence: 'Attendance',
    arrived: 'Arrived',
    left: 'Left',
    item: 'In this item',
    absent: 'absent',
    disqualified: 'disqualified',
    deputyFor: (n) => `(deputising for ${n})`,
    summary: (p, o, r, a) => `${p} members present (${o} on site, ${r} remote), ${a} absent.`,
  },
};

/**
 * The participants of the meeting: name, role, council group, on site or remote, arrival and departure
 * times, and disqualification in the current item (HL 27–28 §; a disqualified member is not present for
 * the item). Remote participants count as present (KL 103 § 3 mom). Times are shown in the Europe/Helsinki
 * time zone in the reader's language.
 *
 * @summary Who is present, how, and who is disqualified.
 * @status experimental
 * @since 0.1.0
 * @tag dk-attendance
 * @csspart summary - The counts in words.
 * @csspart table - The participants table.
 * @cssprop --dk-color-border - Table rules.
 */
export class DkAttendance extends DkElement {
  static override styles = [
    baseStyles,
    css`
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      caption {
        text-align: start;
        font-weight: 700;
        font-size: 1.1em;
        padding-block-end: 0.25rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.25rem 0.5rem;
        border-block-end: 1px solid var(--dk-color-border, #6b6b6b);
        vertical-align: top;
      }
      .absent {
        color: var(--dk-color-text-muted, #4a4a4a);
      }
    `,
  ];

  /** The participants. */
  @property({ attribute: false }) participants: ParticipantView[] = [];

  override render() {
    const locale = this.locale;
    const m = M[locale];
    const seats = this.participants.filter(holdsSeat);
    const present = countPresent(this.participants);
    const here = seats.filter((p) => p.present && !p.disqualified);
    const remote = here.filter((p) => p.mode === 'etana').length;
    const onSite = here.length - remote;
    const absent = seats.length - present;
    return html`<p part="summary">
        ${m.summary(num(present, locale), num(onSite, locale), num(remote, locale), num(absent, locale))}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="caption">
        <table part="table">
          <caption id="caption">
            ${m.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.name}</th>
              <th scope="col">${m.role}</th>
              <th scope="col">${m.group}</th>
              <th scope="col">${m.presence}</th>
              <th scope="col">${m.arrived}</th>
              <th scope="col">${m.left}</th>
              <th scope="col">${m.item}</th>
            </tr>
          </thead>
          <tbody>
            ${this.participants.map(
              (p) =>
                html`<tr class=${p.present ? '' : 'absent'}>
                  <th scope="row">${p.name}</th>
                  <td>${roleLabels[p.role][locale]} ${p.deputyFor ? m.deputyFor(p.deputyFor) : nothing}</td>
                  <td>${p.group ?? ''}</td>
                  <td>${p.present ? (p.mode ? attendanceModeLabels[p.mode][locale] : '✓') : m.absent}</td>
                  <td>${time(p.arrivedAt, locale)}</td>
                  <td>${time(p.leftAt, locale)}</td>
                  <td>${p.disqualified ? html`<strong>${m.disqualified}</strong>` : ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
