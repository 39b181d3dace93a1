import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  disqualificationGroundCitations,
  disqualificationGroundLabels,
  type DisqualificationGround,
} from '@digikokous/meeting-schema/codes';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { formStyles } from '../shared/form-styles.js';
import { DkDisqualificationEvent } from '../shared/meeting-events.js';
import { viewerContext, type Viewer } from '../shared/viewer.js';

/** A disqualification recorded in the item. */
export interface DisqualificationView {
  personId: string;
  name: string;
  ground: DisqualificationGround;
  /** Declared by the person themself (KL 97 § 5 mom) or raised by others. */
  declaredBy: 'itse' | 'muu';
  /** The body's decision (HL 29 §): true disqualified, false not; undefined while undecided. */
  disqualified?: boolean;
}

/**
 * The grounds that may apply. HL 28 § 1 mom 6 kohta is never applied in a municipality (KL 97 § 4 mom). A
 * councillor acting in the council is disqualified only in a matter concerning them or a close person personally
 * (KL 97 § 1 mom): the default for `body-kind="valtuusto"` keeps the party and the benefit-or-harm grounds
 * ([unverified] reading; set `grounds` to change it).
 */
export function applicableGrounds(bodyKind: string | undefined): DisqualificationGround[] {
  if (bodyKind === 'valtuusto') return ['asianosainen', 'hyoty-tai-haitta'];
  return [
    'asianosainen',
    'avustaja-tai-edustaja',
    'hyoty-tai-haitta',
    'palvelussuhde',
    'johtoasema',
    'muu-erityinen-syy',
  ];
}

const M = {
  fi: {
    heading: 'Esteellisyys',
    declare: 'Ilmoita esteellisyydestä',
    decide: 'Päätä esteellisyydestä',
    person: 'Henkilö',
    ground: 'Esteellisyysperuste',
    reason: 'Perustelu (vapaaehtoinen)',
    decision: 'Toimielimen päätös',
    is: 'Esteellinen',
    isNot: 'Ei esteellinen',
    submitDeclare: 'Ilmoita olevani esteellinen',
    submitDecide: 'Kirjaa päätös',
    leaves:
      'Esteellinen ei saa osallistua asian käsittelyyn eikä olla läsnä (HL 27 §): hän poistuu asian käsittelyn ajaksi.',
    declared: 'Kirjatut esteellisyydet',
    self: 'oma ilmoitus',
    other: 'muun esittämä',
    pending: 'odottaa päätöstä',
    yes: 'esteellinen, poistunut',
    no: 'ei esteellinen',
    sent: 'Esteellisyys on kirjattu.',
    chooseGround: 'Valitse esteellisyysperuste.',
  },
  sv: {
    heading: 'Jäv',
    declare: 'Anmäl jäv',
    decide: 'Besluta om jäv',
    person: 'Person',
    ground: 'Jävsgrund',
    reason: 'Motivering (frivillig)',
    decision: 'Organets beslut',
    is: 'Jävig',
    isNot: 'Inte jävig',
    submitDeclare: 'Anmäl att jag är jävig',
    submitDecide: 'Registrera beslutet',
    leaves:
      'Den som är jävig får inte delta i behandlingen av ärendet eller vara närvarande (FL 27 §): personen avlägsnar sig under ärendet.',
    declared: 'Registrerade jäv',
    self: 'egen anmälan',
    other: 'framfört av annan',
    pending: 'väntar på beslut',
    yes: 'jävig, har avlägsnat sig',
    no: 'inte jävig',
    sent: 'Jävet har registrerats.',
    chooseGround: 'Välj jävsgrund.',
  },
  en: {
    heading: 'Disqualification',
    declare: 'Declare a disqualification',
    decide: 'Decide on a disqualification',
    person: 'Person',
    ground: 'Ground',
    reason: 'Reasons (optional)',
    decision: "The body's decision",
    is: 'Disqualified',
    isNot: 'Not disqualified',
    submitDeclare: 'Declare that I am disqualified',
    submitDecide: 'Record the decision',
    leaves:
      'A disqualified person may neither take part in the handling of the item nor be present (HL 27 §): they leave for this item.',
    declared: 'Recorded disqualifications',
    self: 'own declaration',
    other: 'raised by others',
    pending: 'awaiting decision',
    yes: 'disqualified, has left',
    no: 'not disqualified',
    sent: 'The disqualification has been recorded.',
    chooseGround: 'Choose a ground.',
  },
} as const;

/**
 * Disqualification (esteellisyys, HL 27–29 §, KL 97 §) in the item being handled. A member declares their own
 * disqualification with its ground from the list of HL 28 § 1 mom (each with its citation); the chair records the
 * body's decision for a member (HL 29 §: in a multi-member body the body decides). The list of recorded
 * disqualifications says that the disqualified member leaves the item (HL 27 §); the engine then counts them out of
 * the item's quorum (KL 103 §).
 *
 * @summary Declare or decide a disqualification.
 * @status experimental
 * @since 0.2.0
 * @tag dk-disqualification
 * @event {DkDisqualificationEvent} dk-disqualification - Declared or decided; `detail: { personId, ground, declaredBy, disqualified, reason? }`. Bubbles, composed.
 * @csspart form - The form.
 * @csspart list - The recorded disqualifications.
 */
export class DkDisqualification extends DkElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
      }
    `,
  ];

  /** `declare`: the viewer declares their own disqualification; `decide`: the chair records the body's decision. */
  @property() mode: 'declare' | 'decide' = 'declare';

  /** The members the body may decide on (`decide` mode). */
  @property({ attribute: false }) members: { id: string; name: string }[] = [];

  /** Disqualifications recorded in the item. */
  @property({ attribute: false }) disqualifications: DisqualificationView[] = [];

  /** The kind of body (meeting-schema code), which narrows the grounds for a councillor (KL 97 § 1 mom). */
  @property({ attribute: 'body-kind' }) bodyKind?: string;

  /** The grounds offered; defaults to `applicableGrounds(bodyKind)`. */
  @property({ attribute: false }) grounds?: DisqualificationGround[];

  /** Who is looking: the declaring member is `viewer.id`. */
  @consume({ context: viewerContext, subscribe: true })
  @property({ attribute: false })
  viewer?: Viewer;

  @state() private announcement = '';

  private submit(e: Event): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const personId = this.mode === 'declare' ? this.viewer?.id : String(data.get('person') ?? '');
    if (!personId) return;
    const reason = String(data.get('reason') ?? '').trim();
    this.dispatchEvent(
      new DkDisqualificationEvent({
        personId,
        ground: String(data.get('ground')) as DisqualificationGround,
        declaredBy: this.mode === 'declare' ? 'itse' : 'muu',
        disqualified: this.mode === 'declare' ? true : data.get('decision') !== 'no',
        ...(reason ? { reason } : {}),
      }),
    );
    form.reset();
    this.announcement = M[this.locale].sent;
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    const grounds = this.grounds ?? applicableGrounds(this.bodyKind);
    const canDeclare = this.mode === 'declare' && this.viewer?.id;
    return html`<section class="surface" aria-labelledby="h">
      <h2 id="h">${m.heading}</h2>
      <p>${m.leaves}</p>
      ${
        canDeclare || this.mode === 'decide'
          ? html`<form part="form" aria-labelledby="fh" @submit=${this.submit}>
              <h3 id="fh">${this.mode === 'declare' ? m.declare : m.decide}</h3>
              ${
                this.mode === 'decide'
                  ? html`<label class="field" for="person">${m.person}</label>
                      <select id="person" name="person">
                        ${this.members.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
                      </select>`
                  : nothing
              }
              <label class="field" for="ground">${m.ground}</label>
              <select id="ground" name="ground">
                ${grounds.map(
                  (g) =>
                    html`<option value=${g}>
                      ${disqualificationGroundLabels[g][locale]} (${disqualificationGroundCitations[g]})
                    </option>`,
                )}
              </select>
              <label class="field" for="reason">${m.reason}</label>
              <textarea id="reason" name="reason" rows="2"></textarea>
              ${
                this.mode === 'decide'
                  ? html`<fieldset>
                      <legend>${m.decision}</legend>
                      <label class="choice"><input type="radio" name="decision" value="yes" checked />${m.is}</label>
                      <label class="choice"><input type="radio" name="decision" value="no" />${m.isNot}</label>
                    </fieldset>`
                  : nothing
              }
              <div>
                <button type="submit" class="primary">
                  ${this.mode === 'declare' ? m.submitDeclare : m.submitDecide}
                </button>
              </div>
            </form>`
          : nothing
      }
      ${
        this.disqualifications.length
          ? html`<h3 id="lh">${m.declared}</h3>
              <ul part="list" aria-labelledby="lh">
                ${this.disqualifications.map(
                  (d) =>
                    html`<li>
                      ${d.name}: ${disqualificationGroundLabels[d.ground][locale]}
                      (${disqualificationGroundCitations[d.ground]}), ${d.declaredBy === 'itse' ? m.self : m.other} –
                      ${d.disqualified === undefined ? m.pending : d.disqualified ? m.yes : m.no}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <div role="status" class="vh">${this.announcement}</div>
    </section>`;
  }
}
