import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DkElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { formStyles } from '../shared/form-styles.js';
import { DkSeekEvent } from '../shared/meeting-events.js';
import { parseWebVtt, toWebVtt, type Cue } from './webvtt.js';

/** A captions file for the video (`<track kind="captions">`), from any source. */
export interface CaptionTrack {
  src: string;
  srclang: string;
  label: string;
}

const M = {
  fi: {
    heading: 'Tallenne',
    chapters: 'Pykälät',
    transcript: 'Tekstitys',
    search: 'Hae tekstityksestä',
    follow: 'Seuraa toistoa',
    noCaptions:
      'Tallenteelle ei ole tekstitystä. Tekstitys julkaistaan viimeistään 14 päivän kuluessa (digipalvelulaki 306/2019).',
    noMatch: 'Ei osumia.',
    matches: (n: number) => `${n} osumaa`,
  },
  sv: {
    heading: 'Inspelning',
    chapters: 'Paragrafer',
    transcript: 'Textning',
    search: 'Sök i textningen',
    follow: 'Följ uppspelningen',
    noCaptions:
      'Inspelningen har ingen textning. Textningen publiceras senast inom 14 dagar (lagen om tillhandahållande av digitala tjänster 306/2019).',
    noMatch: 'Inga träffar.',
    matches: (n: number) => `${n} träffar`,
  },
  en: {
    heading: 'Recording',
    chapters: 'Sections',
    transcript: 'Transcript',
    search: 'Search the transcript',
    follow: 'Follow playback',
    noCaptions: 'This recording has no captions yet. Captions are published within 14 days (Act 306/2019).',
    noMatch: 'No matches.',
    matches: (n: number) => `${n} matches`,
  },
} as const;

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The index of the cue playing at `t` in cues sorted by start (binary search: O(log n) per time update). */
export function cueAt(cues: readonly Cue[], t: number): number {
  let lo = 0;
  let hi = cues.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && t < cues[found]!.end ? found : -1;
}

/**
 * A recorded meeting: the native `<video>` with WebVTT captions from any source, a chapter per § (from
 * `meetingCues` of `./webvtt.js`, i.e. the log's item-opened and item-closed instants), and a transcript beside it
 * that follows playback (the current cue is marked `aria-current` and kept in view inside the transcript only),
 * is searchable and seeks on click. Without captions it says so in text instead of showing an empty panel.
 *
 * Keyboard: the video's native controls; Tab reaches the chapters, the search field, the follow switch and the
 * transcript, which is one tab stop (arrow keys, Home and End move between cues; Enter seeks).
 *
 * @summary A meeting recording with chapters, captions and a synced transcript.
 * @status experimental
 * @since 0.2.0
 * @tag dk-recording
 * @event {DkSeekEvent} dk-seek - The viewer chose a chapter or cue; `detail: { time }` in seconds. Bubbles, composed.
 * @csspart video - The video element.
 * @csspart chapters - The chapter list.
 * @csspart transcript - The transcript list.
 */
export class DkRecording extends DkElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      :host {
        overflow-wrap: normal;
      }
      .layout {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      }
      video {
        inline-size: 100%;
        background: #000;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .cues {
        max-block-size: 24rem;
        overflow-y: auto;
        border: 1px solid var(--dk-color-border, #6b6b6b);
      }
      li button {
        inline-size: 100%;
        text-align: start;
        border: 0;
        border-radius: 0;
        color: var(--dk-color-text, #1a1a1a);
        font-weight: 400;
      }
      [aria-current='true'] {
        background: var(--dk-color-current-bg, #e6f0fa);
        font-weight: 700;
        box-shadow: inset 4px 0 0 var(--dk-color-accent, #0b4f8a);
      }
      .t {
        color: var(--dk-color-text-muted, #4a4a4a);
        margin-inline-end: 0.5rem;
      }
      .v {
        font-weight: 700;
        margin-inline-end: 0.25rem;
      }
      input[type='search'] {
        inline-size: 100%;
      }
    `,
  ];

  /** The video URL. */
  @property() src?: string;

  /** A poster image URL. */
  @property() poster?: string;

  /** Caption files for the native player. */
  @property({ attribute: false }) captions: CaptionTrack[] = [];

  /** The transcript cues; when not given, the first captions file is fetched and parsed. */
  @property({ attribute: false }) transcript?: Cue[];

  /** Chapters, one per § (from `meetingCues`). */
  @property({ attribute: false }) chapters: Cue[] = [];

  @state() private loaded: Cue[] = [];
  @state() private query = '';
  @state() private current = -1;
  @state() private follow = true;
  @state() private focusIndex = 0;
  private chapterUrl?: string;
  private fetched?: string;

  private get cues(): Cue[] {
    return this.transcript ?? this.loaded;
  }

  /** The video element. */
  get video(): HTMLVideoElement | null {
    return this.renderRoot.querySelector('video');
  }

  /** Seeks the video to `time` seconds. */
  seek(time: number): void {
    const v = this.video;
    if (v) v.currentTime = time;
    this.dispatchEvent(new DkSeekEvent(time));
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.chapterUrl) URL.revokeObjectURL(this.chapterUrl);
    this.chapterUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('chapters')) {
      if (this.chapterUrl) URL.revokeObjectURL(this.chapterUrl);
      this.chapterUrl = this.chapters.length
        ? URL.createObjectURL(new Blob([toWebVtt(this.chapters)], { type: 'text/vtt' }))
        : undefined;
    }
    const first = this.captions[0]?.src;
    if (!this.transcript && first && first !== this.fetched) {
      this.fetched = first;
      void fetch(first)
        .then((r) => (r.ok ? r.text() : ''))
        .then((t) => {
          if (this.fetched === first) this.loaded = parseWebVtt(t).cues;
        })
        .catch(() => undefined);
    }
  }

  private sync(): void {
    const v = this.video;
    if (!v) return;
    const i = cueAt(this.cues, v.currentTime);
    if (i === this.current) return;
    this.current = i;
    if (i >= 0 && this.follow && !this.query) {
      void this.updateComplete.then(() => {
        const list = this.renderRoot.querySelector<HTMLElement>('.cues');
        const row = list?.querySelector<HTMLElement>(`[data-i="${i}"]`);
        // Scroll the transcript box only, never the host page.
        if (list && row) list.scrollTop = row.offsetTop - list.offsetTop - list.clientHeight / 3;
      });
    }
  }

  private keys(e: KeyboardEvent, shown: number[]): void {
    const at = shown.indexOf(this.focusIndex);
    const to =
      e.key === 'ArrowDown'
        ? at + 1
        : e.key === 'ArrowUp'
          ? at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? shown.length - 1
              : -2;
    if (to === -2) return;
    e.preventDefault();
    const next = shown[Math.max(0, Math.min(shown.length - 1, to))];
    if (next === undefined) return;
    this.focusIndex = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`.cues [data-i="${next}"]`)?.focus(),
    );
  }

  private highlight(text: string) {
    const q = this.query.trim();
    if (!q) return text;
    const i = text.toLocaleLowerCase().indexOf(q.toLocaleLowerCase());
    if (i < 0) return text;
    return html`${text.slice(0, i)}<mark>${text.slice(i, i + q.length)}</mark>${text.slice(i + q.length)}`;
  }

  override render() {
    const m = M[this.locale];
    const cues = this.cues;
    const q = this.query.trim().toLocaleLowerCase();
    const shown = cues
      .map((_, i) => i)
      .filter((i) => !q || `${cues[i]!.voice ?? ''} ${cues[i]!.text}`.toLocaleLowerCase().includes(q));
    const stop = shown.includes(this.focusIndex) ? this.focusIndex : (shown[0] ?? -1);
    const chapterAt = cueAt(this.chapters, this.video?.currentTime ?? 0);
    const hasCaptions = this.captions.length > 0 || cues.length > 0;
    return html`<section class="surface" aria-labelledby="h">
      <h2 id="h">${m.heading}</h2>
      <div class="layout">
        <div>
          <video
            part="video"
            controls
            preload="metadata"
            src=${this.src ?? nothing}
            poster=${this.poster ?? nothing}
            @timeupdate=${this.sync}
            @seeked=${this.sync}
          >
            ${this.captions.map((c, i) => html`<track kind="captions" src=${c.src} srclang=${c.srclang} label=${c.label} ?default=${i === 0} />`)}
            ${this.chapterUrl ? html`<track kind="chapters" src=${this.chapterUrl} srclang=${this.locale} label=${m.chapters} />` : nothing}
          </video>
          ${
            this.chapters.length
              ? html`<nav aria-labelledby="ch" class="chapters">
                  <h3 id="ch">${m.chapters}</h3>
                  <ol part="chapters">
                    ${this.chapters.map(
                      (c, i) =>
                        html`<li>
                          <button
                            type="button"
                            aria-current=${i === chapterAt ? 'true' : 'false'}
                            @click=${() => this.seek(c.start)}
                          >
                            <span class="t">${clock(c.start)}</span>${c.text}
                          </button>
                        </li>`,
                    )}
                  </ol>
                </nav>`
              : nothing
          }
        </div>
        <div>
          <h3 id="tr">${m.transcript}</h3>
          ${
            hasCaptions
              ? html`<label class="field" for="q">${m.search}</label>
                  <input
                    id="q"
                    type="search"
                    .value=${this.query}
                    @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
                    aria-describedby="count"
                  />
                  <p id="count" role="status">${q ? (shown.length ? m.matches(shown.length) : m.noMatch) : ''}</p>
                  <label class="check"
                    ><input
                      type="checkbox"
                      .checked=${this.follow}
                      @change=${(e: Event) => (this.follow = (e.target as HTMLInputElement).checked)}
                    />${m.follow}</label
                  >
                  <ol
                    part="transcript"
                    class="cues"
                    aria-labelledby="tr"
                    @keydown=${(e: KeyboardEvent) => this.keys(e, shown)}
                  >
                    ${shown.map((i) => {
                      const c = cues[i]!;
                      return html`<li>
                        <button
                          type="button"
                          data-i=${i}
                          tabindex=${i === stop ? 0 : -1}
                          aria-current=${i === this.current ? 'true' : 'false'}
                          @click=${() => {
                            this.focusIndex = i;
                            this.seek(c.start);
                          }}
                        >
                          <span class="t">${clock(c.start)}</span
                          >${c.voice ? html`<span class="v">${c.voice}:</span>` : nothing}${this.highlight(c.text)}
                        </button>
                      </li>`;
                    })}
                  </ol>`
              : html`<p class="none">${m.noCaptions}</p>`
          }
        </div>
      </div>
    </section>`;
  }
}
