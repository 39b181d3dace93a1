import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { tableStyles } from '../shared/table-styles.js';
import { Announcer } from '../shared/announce.js';
import { num, plural, time } from '../shared/format.js';
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
  arrivedNow: (name: string) => string;
  leftNow: (name: string) => string;
  disqualifiedNow: (name: string) => string;
  backNow: (name: string) => string;
  changed: (count: string) => string;
  presentNow: readonly [string, string];
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
    arrivedNow: (n) => `${n} saapui.`,
    leftNow: (n) => `${n} poistui.`,
    disqualifiedNow: (n) => `${n} on esteellinen tässä asiassa.`,
    backNow: (n) => `${n} palasi käsittelyyn.`,
    changed: (c) => `Läsnäolo muuttui: ${c} muutosta.`,
    presentNow: ['Läsnä {n} jäsen.', 'Läsnä {n} jäsentä.'],
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
    arrivedNow: (n) => `${n} anlände.`,
    leftNow: (n) => `${n} avlägsnade sig.`,
    disqualifiedNow: (n) => `${n} är jävig i detta ärende.`,
    backNow: (n) => `${n} återvände till behandlingen.`,
    changed: (c) => `Närvaron ändrades: ${c} ändringar.`,
    presentNow: ['Närvarande {n} ledamot.', 'Närvarande {n} ledamöter.'],
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
    arrivedNow: (n) => `${n} arrived.`,
    leftNow: (n) => `${n} left.`,
    disqualifiedNow: (n) => `${n} is disqualified in this item.`,
    backNow: (n) => `${n} is back in the item.`,
    changed: (c) => `Attendance changed: ${c} changes.`,
    presentNow: ['{n} member present.', '{n} members present.'],
  },
};

/** A cell labelled with its column when the table is stacked; an empty one is left out of the stacked view. */
const cell = (label: string, content: unknown) =>
  html`<td role="cell" data-label=${label} class=${content === '' ? 'empty' : ''}>${content}</td>`;

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
    tableStyles,
    css`
      .absent {
        color: var(--dk-color-text-muted, #4a4a4a);
      }
    `,
  ];

  /** The participants. */
  @property({ attribute: false }) participants: ParticipantView[] = [];

  private readonly live = new Announcer(this);

  /**
   * Announces presence changes politely (arrived, left, disqualified, back in the item), by name when few
   * change at once, as a count when many do (a list loaded or replaced is not read out name by name).
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const before = changed.get('participants') as ParticipantView[] | undefined;
    if (!changed.has('participants') || !before?.length) return;
    const m = M[this.locale];
    const was = new Map(before.map((p) => [p.id, p]));
    const lines: string[] = [];
    for (const p of this.participants) {
      const old = was.get(p.id);
      if (!old) {
        if (p.present) lines.push(m.arrivedNow(p.name));
        continue;
      }
      if (p.present && !old.present) lines.push(m.arrivedNow(p.name));
      else if (!p.present && old.present) lines.push(m.leftNow(p.name));
      if (p.present && p.disqualified && !old.disqualified) lines.push(m.disqualifiedNow(p.name));
      else if (p.present && !p.disqualified && old.disqualified) lines.push(m.backNow(p.name));
    }
    if (lines.length === 0) return;
    const present = countPresent(this.participants);
    const count = plural(present, this.locale, m.presentNow);
    this.live.say(
      lines.length > 3 ? `${m.changed(num(lines.length, this.locale))} ${count}` : `${lines.join(' ')} ${count}`,
    );
  }

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
        <table part="table" class="stack" role="table">
          <caption id="caption">
            ${m.caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${m.name}</th>
              <th scope="col" role="columnheader">${m.role}</th>
              <th scope="col" role="columnheader">${m.group}</th>
              <th scope="col" role="columnheader">${m.presence}</th>
              <th scope="col" role="columnheader">${m.arrived}</th>
              <th scope="col" role="columnheader">${m.left}</th>
              <th scope="col" role="columnheader">${m.item}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${this.participants.map(
              (p) =>
                html`<tr role="row" class=${p.present ? '' : 'absent'}>
                  <th scope="row" role="rowheader">${p.name}</th>
                  <td role="cell" data-label=${m.role}>
                    ${roleLabels[p.role][locale]} ${p.deputyFor ? m.deputyFor(p.deputyFor) : nothing}
                  </td>
                  ${cell(m.group, p.group ?? '')}
                  <td role="cell" data-label=${m.presence}>
                    ${p.present ? (p.mode ? attendanceModeLabels[p.mode][locale] : '✓') : m.absent}
                  </td>
                  ${cell(m.arrived, time(p.arrivedAt, locale))} ${cell(m.left, time(p.leftAt, locale))}
                  ${cell(m.item, p.disqualified ? html`<strong>${m.disqualified}</strong>` : '')}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.live.region()}`;
  }
}
