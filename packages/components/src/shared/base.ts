import { LitElement, type PropertyValues } from 'lit';
import { resolveLocale, type Locale } from './locale.js';
import { settleViewer, type Viewer } from './viewer.js';

// One observer for every kit element: re-render when any `lang` changes, so components follow a language
// switch of the page. Attribute-filtered, so the cost is nil otherwise.
const hosts = new Set<DkElement>();
let observer: MutationObserver | undefined;

/** The kit's base class: locale from the nearest `lang`, re-rendered when it changes. */
export class DkElement extends LitElement {
  override connectedCallback(): void {
    super.connectedCallback();
    hosts.add(this);
    if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    hosts.delete(this);
  }

  /**
   * Freezes a component's `viewer` in development builds (see `Viewer`: replace, never mutate). Subclasses
   * that override `willUpdate` call `super.willUpdate(changed)`.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('viewer')) settleViewer((this as { viewer?: Viewer }).viewer, this.localName);
  }

  /** The language of the nearest `lang` attribute (fi, sv or en; Finnish by default). */
  protected get locale(): Locale {
    return resolveLocale(this);
  }
}
