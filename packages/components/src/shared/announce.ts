import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

// Keys of messages said once per page (e.g. "vote v1 opened"), so that a panel mounted again (a role switch,
// a route change) does not repeat them.
const said = new Set<string>();

/**
 * How long a live region must exist, empty, before its first message: screen readers (NVDA, JAWS, VoiceOver)
 * ignore a region that appears with its text already in it, which is how a panel mounted when a vote opens
 * used to stay silent.
 */
export const FIRST_MESSAGE_DELAY = 250;

/**
 * Polite status messages (WCAG 4.1.3) from one `role="status"` region in the component's own shadow tree,
 * so that the region and what it describes are in the same tree (component-kit guide §10.8). Render
 * `announcer.region()` once; call `say()` from `willUpdate` or an event handler. A message said in the first
 * render (the region is new) is written {@link FIRST_MESSAGE_DELAY} ms later.
 */
export class Announcer implements ReactiveController {
  /** The text in the region now. */
  message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private rendered = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.rendered = true;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.rendered = false;
  }

  /** Says `message`; with `onceKey`, only the first time that key is said on the page. */
  say(message: string, onceKey?: string): void {
    if (onceKey !== undefined) {
      if (said.has(onceKey)) return;
      said.add(onceKey);
    }
    clearTimeout(this.timer);
    if (this.rendered) {
      this.message = message;
      this.host.requestUpdate();
      return;
    }
    // The region is being created with this render: write into it once it is in the accessibility tree.
    this.message = '';
    this.timer = setTimeout(() => {
      this.message = message;
      this.host.requestUpdate();
    }, FIRST_MESSAGE_DELAY);
  }

  /** The live region (visually hidden). */
  region(): TemplateResult {
    return html`<div role="status" class="vh">${this.message}</div>`;
  }
}
