import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ElectronicProcedureOutcome } from '@digikokous/procedure';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { formStyles } from '../shared/form-styles.js';
import { time } from '../shared/format.js';
import { isoDate, lt } from '../shared/l10n.js';
import { DkDemandMeetingEvent, DkPositionEvent, type ProcedurePosition } from '../shared/meeting-events.js';
import { viewerContext, type Viewer } from '../shared/viewer.js';
import type { Locale } from '../shared/locale.js';
import type { RichText, Text } from '../shared/types.js';
import { renderRich } from '../shared/rich.js';

/** A matter in the electronic decision procedure. */
export interface ElectronicItemView {
  id: string;
  sectionNumber?: number;
  title: Text;
  /** The draft decision the members take a position on. */
  proposal?: RichText;
  /** The deadline named in the invitation (ISO instant, KL 100 § 2 mom). */
  deadline: string;
  /** Members of the body (all of them, not only those present; KL 100 §). */
  members: string[];
  /** Members who have expressed a position. */
  answers: string[];
  /** Members who demanded that the matter go to a meeting. */
  demands: string[];
  /** The viewer's own position, if stated. */
  position?: ProcedurePosition;
  /**
   * The matter's state, computed by the host with `electronicProcedureOutcome` of `@digikokous/procedure` (with the
   * body's rules, deputies and the clock); `electronicItemView` of this package does it for a matter.
   */
  outcome: ElectronicProcedureOutcome;
}

const POSITIONS: readonly ProcedurePosition[] = ['puoltaa', 'vastustaa', 'tyhja'];

const M = {
  fi: {
    heading: 'Sähköinen päätöksentekomenettely',
    rule: 'Asia on päätetty, kun kaikki jäsenet ovat ilmaisseet kantansa ja määräaika on päättynyt. Jos yksikin jäsen vaatii tai jättää kantansa ilmaisematta, asia siirtyy kokoukseen (KL 100 §).',
    deadline: (d: string, t: string) => `Määräaika ${d} klo ${t}`,
    answered: (a: number, n: number) => `Kantansa ilmaissut ${a} / ${n} jäsentä`,
    outcome: {
      open: 'Avoinna',
      decided: 'Päätetty menettelyssä',
      'moved-to-meeting': 'Siirtyy kokoukseen',
      'not-allowed': 'Ei sallittu julkisessa kokouksessa (KL 100 § 1 mom)',
    },
    position: 'Kantasi',
    positions: { puoltaa: 'Puollan ehdotusta', vastustaa: 'Vastustan ehdotusta', tyhja: 'En ota kantaa' },
    state: 'Ilmoita kanta',
    yours: (p: string) => `Kantasi on kirjattu: ${p}.`,
    demand: 'Vaadi asian käsittelyä kokouksessa',
    demanded: 'Olet vaatinut asian käsittelyä kokouksessa.',
  },
  sv: {
    heading: 'Elektroniskt beslutsförfarande',
    rule: 'Ärendet är avgjort när alla ledamöter har uttryckt sin ståndpunkt och tidsfristen har gått ut. Om en enda ledamot kräver det eller inte uttrycker sin ståndpunkt, flyttas ärendet till ett sammanträde (KomL 100 §).',
    deadline: (d: string, t: string) => `Tidsfrist ${d} kl. ${t}`,
    answered: (a: number, n: number) => `${a} av ${n} ledamöter har uttryckt sin ståndpunkt`,
    outcome: {
      open: 'Öppet',
      decided: 'Avgjort i förfarandet',
      'moved-to-meeting': 'Flyttas till ett sammanträde',
      'not-allowed': 'Inte tillåtet vid ett offentligt sammanträde (KomL 100 § 1 mom)',
    },
    position: 'Din ståndpunkt',
    positions: {
      puoltaa: 'Jag förordar förslaget',
      vastustaa: 'Jag motsätter mig förslaget',
      tyhja: 'Jag tar inte ställning',
    },
    state: 'Meddela ståndpunkt',
    yours: (p: string) => `Din ståndpunkt är registrerad: ${p}.`,
    demand: 'Kräv att ärendet behandlas vid ett sammanträde',
    demanded: 'Du har krävt att ärendet behandlas vid ett sammanträde.',
  },
  en: {
    heading: 'Electronic decision procedure',
    rule: 'The matter is decided when every member has expressed a position and the deadline has passed. If any member demands it or has not expressed a position, the matter moves to a meeting (KL 100 §).',
    deadline: (d: string, t: string) => `Deadline ${d} at ${t}`,
    answered: (a: number, n: number) => `${a} of ${n} members have expressed a position`,
    outcome: {
      open: 'Open',
      decided: 'Decided in the procedure',
      'moved-to-meeting': 'Moves to a meeting',
      'not-allowed': 'Not allowed for a public meeting (KL 100 § 1 mom)',
    },
    position: 'Your position',
    positions: { puoltaa: 'I support the proposal', vastustaa: 'I oppose the proposal', tyhja: 'No position' },
    state: 'State the position',
    yours: (p: string) => `Your position is recorded: ${p}.`,
    demand: 'Demand that the matter be handled in a meeting',
    demanded: 'You have demanded that the matter be handled in a meeting.',
  },
} as const;

/**
 * The electronic decision procedure (sähköinen päätöksentekomenettely, KL 100 §): each matter with its deadline, how
 * many members have answered, and its state (open; decided when every member answered and the deadline passed; moved
 * to a meeting on any demand or a missing answer; not allowed for a public meeting, KL 100 § 1 mom). The state comes
 * in each item's `outcome`, computed by the host with the engine (`electronicItemView`, or `electronicProcedureOutcome`
 * of `@digikokous/procedure` with the body's rules and deputies and the host's clock), so the rule is applied in one
 * place and stays out of the browser bundle. A member states a position and may demand a meeting while it is open.
 *
 * @summary KL 100 § matters: state a position, demand a meeting.
 * @status experimental
 * @since 0.2.0
 * @tag dk-electronic-procedure
 * @event {DkPositionEvent} dk-position - The member states a position; `detail: { itemId, position }`. Bubbles, composed.
 * @event {DkDemandMeetingEvent} dk-demand-meeting - The member demands a meeting; `detail: { itemId }`. Bubbles, composed.
 * @csspart item - Each matter.
 * @csspart outcome - A matter's state.
 */
export class DkElectronicProcedure extends DkElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 1rem;
      }
      article {
        border-block-start: 1px solid var(--dk-color-border, #6b6b6b);
        padding-block-start: 0.75rem;
      }
      fieldset {
        gap: 0;
      }
      [part='outcome'] {
        font-weight: 700;
      }
    `,
  ];

  /** The matters of the procedure. */
  @property({ attribute: false }) items: ElectronicItemView[] = [];

  /** Who is looking: a member of the body gets the actions. */
  @consume({ context: viewerContext, subscribe: true })
  @property({ attribute: false })
  viewer?: Viewer;

  @state() private announcement = '';

  private renderItem(item: ElectronicItemView, locale: Locale) {
    const m = M[locale];
    const me = this.viewer?.id;
    const outcome = item.outcome;
    const member = me !== undefined && item.members.includes(me);
    const demanded = me !== undefined && item.demands.includes(me);
    const open = outcome === 'open';
    const d = new Date(item.deadline);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(d);
    const hid = `i-${item.id}`;
    return html`<li>
      <article part="item" aria-labelledby=${hid}>
        <h3 id=${hid}>
          ${item.sectionNumber !== undefined ? `§ ${item.sectionNumber} ` : ''}${lt(item.title, locale)}
        </h3>
        <p>${m.deadline(isoDate(date, locale), time(item.deadline, locale))}</p>
        <p>${m.answered(item.answers.filter((a) => item.members.includes(a)).length, item.members.length)}</p>
        <p part="outcome">${m.outcome[outcome]}</p>
        ${item.proposal ? renderRich(item.proposal, locale) : nothing}
        ${
          member && open && !demanded
            ? html`<form
                @submit=${(e: Event) => {
                  e.preventDefault();
                  const value = new FormData(e.currentTarget as HTMLFormElement).get(
                    'position',
                  ) as ProcedurePosition | null;
                  if (!value) return;
                  this.dispatchEvent(new DkPositionEvent(item.id, value));
                  this.announcement = m.yours(m.positions[value]);
                }}
              >
                <fieldset>
                  <legend>${m.position}</legend>
                  ${POSITIONS.map(
                    (p) =>
                      html`<label
                        ><input
                          type="radio"
                          name="position"
                          value=${p}
                          ?checked=${item.position === p}
                        />${m.positions[p]}</label
                      >`,
                  )}
                </fieldset>
                <div class="actions">
                  <button type="submit" class="primary">${m.state}</button>
                  <button
                    type="button"
                    class="demand"
                    @click=${() => {
                      this.dispatchEvent(new DkDemandMeetingEvent(item.id));
                      this.announcement = m.demanded;
                    }}
                  >
                    ${m.demand}
                  </button>
                </div>
              </form>`
            : nothing
        }
        ${item.position ? html`<p>${m.yours(m.positions[item.position])}</p>` : nothing}
        ${demanded ? html`<p>${m.demanded}</p>` : nothing}
      </article>
    </li>`;
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    return html`<section class="surface" aria-labelledby="h">
      <h2 id="h">${m.heading}</h2>
      <p class="muted">${m.rule}</p>
      <ol>
        ${this.items.map((i) => this.renderItem(i, locale))}
      </ol>
      <div role="status" class="vh">${this.announcement}</div>
    </section>`;
  }
}
