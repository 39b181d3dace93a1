import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { num, plural } from '../shared/format.js';
import { localText } from '../shared/lang.js';
import { DkItemSelectEvent } from '../shared/events.js';
import type { Locale } from '../shared/locale.js';
import type { Text } from '../shared/types.js';

/** Where an item is in the meeting. */
export type AgendaItemState = 'upcoming' | 'current' | 'handled' | 'tabled' | 'removed';

/** One row of the agenda (esityslista). */
export interface AgendaEntry {
  id: string;
  /** Position on the agenda (1-based). */
  order: number;
  /** The § number, given when the item is handled (KL 102 §, minutes). */
  section?: number;
  title: Text;
  presenter?: string;
  state: AgendaItemState;
  /** Whether the item, or a part of it, is confidential (JulkL 24 §). */
  confidentiality?: 'confidential' | 'partly-confidential';
  attachmentCount?: number;
  /** An additional item (lisäasia) taken up in the meeting (KL 95 §, hallintosääntö). */
  additional?: boolean;
}

interface Messages {
  agenda: string;
  presenter: string;
  states: Record<AgendaItemState, string>;
  confidential: string;
  partly: string;
  attachments: readonly [string, string];
  additional: string;
  empty: string;
}

const M: Record<Locale, Messages> = {
  fi: {
    agenda: 'Esityslista',
    presenter: 'Esittelijä',
    states: {
      upcoming: 'Tulossa',
      current: 'Käsittelyssä nyt',
      handled: 'Käsitelty',
      tabled: 'Pantu pöydälle',
      removed: 'Poistettu esityslistalta',
    },
    confidential: 'Salassa pidettävä',
    partly: 'Osittain salassa pidettävä',
    attachments: ['{n} liite', '{n} liitettä'],
    additional: 'Lisäasia',
    empty: 'Esityslistalla ei ole asioita.',
  },
  sv: {
    agenda: 'Föredragningslista',
    presenter: 'Föredragande',
    states: {
      upcoming: 'Kommande',
      current: 'Behandlas nu',
      handled: 'Behandlat',
      tabled: 'Bordlagt',
      removed: 'Struket från listan',
    },
    confidential: 'Sekretessbelagt',
    partly: 'Delvis sekretessbelagt',
    attachments: ['{n} bilaga', '{n} bilagor'],
    additional: 'Extra ärende',
    empty: 'Föredragningslistan har inga ärenden.',
  },
  en: {
    agenda: 'Agenda',
    presenter: 'Presenter',
    states: {
      upcoming: 'Upcoming',
      current: 'Now being handled',
      handled: 'Handled',
      tabled: 'Tabled',
      removed: 'Removed from the agenda',
    },
    confidential: 'Confidential',
    partly: 'Partly confidential',
    attachments: ['{n} attachment', '{n} attachments'],
    additional: 'Additional item',
    empty: 'The agenda has no items.',
  },
};

/**
 * The agenda (esityslista): items in order with their § or position, title, presenter, state,
 * confidentiality mark and attachment count. The current item is stated in text and with
 * `aria-current="step"`, never by colour alone (WCAG 1.4.1).
 *
 * Keyboard: the WAI-ARIA **listbox** pattern (single select, selection does not follow focus). The list is
 * one Tab stop; ↑/↓ move between items, Home/End go to the first and last, Enter or Space (or a click)
 * selects the item, marks it `aria-selected` and emits `dk-item-select`. Tab leaves the list, so the rest of
 * the page is one Tab away however long the agenda is. Focus returns to the selected item, else the current
 * one, else the first.
 *
 * @summary The meeting's agenda.
 * @status experimental
 * @since 0.1.0
 * @tag dk-agenda
 * @event {DkItemSelectEvent} dk-item-select - The viewer selected an item; `detail.itemId`. Bubbles, composed.
 * @csspart list - The list of items (`role="listbox"`).
 * @csspart item - One item (`role="option"`).
 * @csspart current - The item being handled (in addition to `item`).
 * @csspart selected - The selected item (in addition to `item`).
 * @cssprop --dk-color-current-bg - Background of the current item.
 * @cssprop --dk-color-accent - Accent colour (borders, the current marker).
 */
export class DkAgenda extends DkElement {
  static override styles = [
    baseStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--dk-space-s, 0.5rem);
      }
      li {
        display: block;
      }
      [role='option'] {
        display: grid;
        grid-template-columns: minmax(3.5rem, auto) minmax(0, 1fr);
        gap: 0.25rem 0.75rem;
        inline-size: 100%;
        text-align: start;
        font-weight: 400;
        color: var(--dk-color-text, #1a1a1a);
        border: 1px solid var(--dk-color-border, #6b6b6b);
        background: var(--dk-color-surface, #ffffff);
      }
      [role='option']:hover {
        background: var(--dk-color-surface-alt, #f2f4f7);
      }
      [role='option'][aria-current] {
        border: 3px solid var(--dk-color-accent, #0b4f8a);
        background: var(--dk-color-current-bg, #e6f0fa);
      }
      [role='option'][aria-selected='true'] {
        box-shadow: inset 6px 0 0 var(--dk-color-accent, #0b4f8a);
      }
      .no {
        font-weight: 700;
        grid-row: span 2;
      }
      .title {
        font-weight: 600;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        font-size: 0.9em;
      }
      .removed .title {
        text-decoration: line-through;
      }
      @media (forced-colors: active) {
        [role='option'][aria-selected='true'] {
          outline: 3px solid Highlight;
          outline-offset: -5px;
        }
      }
    `,
  ];

  /** The agenda items; shown in `order`. */
  @property({ attribute: false }) items: AgendaEntry[] = [];

  /** Accessible name of the list; defaults to "Esityslista" in the current language. */
  @property() label?: string;

  /** The id of the selected item (the one the viewer has open); set by a selection, or by the host. */
  @property({ reflect: true }) selected?: string;

  // The item that holds the list's single Tab stop (roving tabindex).
  private active?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ids = this.items.map((i) => i.id);
    if (this.active === undefined || !ids.includes(this.active) || changed.has('selected'))
      this.active =
        [this.selected, this.items.find((i) => i.state === 'current')?.id].find((id) => id && ids.includes(id)) ??
        this.sorted()[0]?.id;
  }

  private sorted(): AgendaEntry[] {
    return [...this.items].sort((a, b) => a.order - b.order);
  }

  private select(id: string): void {
    this.selected = id;
    this.active = id;
    this.dispatchEvent(new DkItemSelectEvent(id));
  }

  private onKeydown(event: KeyboardEvent): void {
    const options = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]')];
    const at = options.findIndex((o) => o === (this.renderRoot as ShadowRoot).activeElement);
    const last = options.length - 1;
    const to =
      event.key === 'ArrowDown'
        ? Math.min(last, at + 1)
        : event.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (to === undefined || at < 0) return;
    event.preventDefault();
    const next = options[to]!;
    this.active = next.dataset.id;
    for (const o of options) o.tabIndex = o === next ? 0 : -1;
    next.focus();
  }

  override render() {
    const locale = this.locale;
    const m = M[locale];
    const items = this.sorted();
    const name = this.label ?? m.agenda;
    if (items.length === 0) return html`<p>${m.empty}</p>`;
    return html`<nav aria-label=${name}>
      <ol part="list" role="listbox" aria-label=${name} @keydown=${this.onKeydown}>
        ${items.map((item) => {
          const current = item.state === 'current';
          const selected = item.id === this.selected;
          const no = item.section != null ? `§ ${num(item.section, locale)}` : `${num(item.order, locale)}.`;
          return html`<li role="none">
            <button
              type="button"
              role="option"
              data-id=${item.id}
              class=${item.state}
              part=${['item', current ? 'current' : '', selected ? 'selected' : ''].filter(Boolean).join(' ')}
              aria-current=${current ? 'step' : nothing}
              aria-selected=${selected ? 'true' : 'false'}
              tabindex=${item.id === this.active ? 0 : -1}
              @click=${() => this.select(item.id)}
            >
              <span class="no">${no}</span>
              <span class="title">${localText(item.title, locale)}</span>
              <span class="meta">
                <span class=${current ? 'badge' : ''}>${m.states[item.state]}</span>
                ${item.additional ? html`<span>${m.additional}</span>` : nothing}
                ${item.presenter ? html`<span>${m.presenter}: ${item.presenter}</span>` : nothing}
                ${
                  item.confidentiality
                    ? html`<span class="badge"
                        >${item.confidentiality === 'confidential' ? m.confidential : m.partly}</span
                      >`
                    : nothing
                }
                ${item.attachmentCount ? html`<span>${plural(item.attachmentCount, locale, m.attachments)}</span>` : nothing}
              </span>
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }
}
