import { css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { num } from '../shared/format.js';
import { isQuorate, requiredForQuorum } from '@digikokous/procedure';
import { countPresent, type ParticipantView } from '../attendance/attendance.js';
import type { Locale } from '../shared/locale.js';

const M: Record<Locale, { yes: string; no: string; line: (p: string, n: string, r: string) => string }> = {
  fi: { yes: 'Päätösvaltainen', no: 'Ei päätösvaltainen', line: (p, n, r) => `${p}/${n}, vaaditaan ${r}` },
  sv: { yes: 'Beslutför', no: 'Inte beslutför', line: (p, n, r) => `${p}/${n}, krävs ${r}` },
  en: { yes: 'Quorate', no: 'Not quorate', line: (p, n, r) => `${p}/${n}, ${r} required` },
};

/**
 * Quorum in words, e.g. "Päätösvaltainen: 29/43, vaaditaan 29": members present against the number
 * required by KL 103 § (council two thirds, other bodies more than half; remote participants count; a member
 * disqualified in the item is not present for it, HL 27 §). A change between quorate and not quorate is
 * announced once through a polite status region.
 *
 * @summary Present versus required for quorum.
 * @status experimental
 * @since 0.1.0
 * @tag dk-quorum-status
 * @csspart status - The visible statement.
 * @cssprop --dk-color-accent - Border of a quorate statement.
 */
export class DkQuorumStatus extends DkElement {
  static override styles = [
    baseStyles,
    css`
      [part='status'] {
        margin: 0;
        font-weight: 700;
        border-inline-start: 6px solid var(--dk-color-accent, #0b4f8a);
        padding-inline-start: 0.5rem;
      }
      [part='status'].no {
        border-inline-start-style: double;
        border-inline-start-color: var(--dk-color-ei, #8a2b0b);
      }
    `,
  ];

  /** Number of seats of the body (for the council, the number decided under KL 16 §). */
  @property({ type: Number }) seats = 0;

  /** Body kind (meeting-schema code): `valtuusto` uses two thirds, every other body more than half (KL 103 §). */
  @property({ attribute: 'body-kind' }) bodyKind: string = 'valtuusto';

  /** Members present; when not set, counted from `participants`. */
  @property({ type: Number }) present?: number;

  /** Participants, from which the present seat holders are counted when `present` is not set. */
  @property({ attribute: false }) participants: ParticipantView[] = [];

  @state() private announcement = '';
  private lastQuorate?: boolean;

  /** Members present for the current item. */
  get presentCount(): number {
    return this.present ?? countPresent(this.participants);
  }

  /** Members required for quorum (KL 103 §). */
  get required(): number {
    return this.seats >= 1 ? requiredForQuorum({ kind: this.bodyKind, seats: Math.floor(this.seats) }) : 0;
  }

  /** Whether the body is quorate. */
  get quorate(): boolean {
    const present = Math.max(0, Math.floor(this.presentCount));
    return this.seats >= 1 && isQuorate({ kind: this.bodyKind, seats: Math.floor(this.seats) }, present);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const q = this.quorate;
    if (this.lastQuorate !== undefined && q !== this.lastQuorate) this.announcement = this.statement();
    this.lastQuorate = q;
  }

  private statement(): string {
    const locale = this.locale;
    const m = M[locale];
    return `${this.quorate ? m.yes : m.no}: ${m.line(num(this.presentCount, locale), num(this.seats, locale), num(this.required, locale))}`;
  }

  override render() {
    return html`<p part="status" class=${this.quorate ? 'yes' : 'no'}>${this.statement()}</p>
      <div role="status" class="vh">${this.announcement}</div>`;
  }
}
