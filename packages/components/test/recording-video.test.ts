// dk-recording with a real video in Chromium: test/fixtures/meeting-recording.webm (12 s, VP8, made once by
// scripts/make-recording-fixture.mjs) with its WebVTT captions file, and chapters from a meeting log.
import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html } from '@open-wc/testing';
import type { MeetingEvent } from '@digikokous/meeting-schema';
import '../src/recording/define.js';
import type { DkRecording } from '../src/recording/recording.js';
import { meetingCues } from '../src/recording/webvtt.js';
import { activeDeep } from './helpers.js';

const video = new URL('./fixtures/meeting-recording.webm', import.meta.url).href;
const captions = new URL('./fixtures/meeting-recording.fi.vtt', import.meta.url).href;

const START = '2026-06-15T18:00:00+03:00';
const at = (s: number) => new Date(Date.parse(START) + s * 1000).toISOString();
const ev = (seq: number, type: string, s: number, payload: Record<string, unknown>) =>
  ({ seq, type, at: at(s), meetingId: 'kv-2026-5', payload }) as unknown as MeetingEvent;
// The meeting log of the recorded part: § 1 from 0 s to 6 s, § 2 from 6 s to 12 s.
const log = [
  ev(1, 'item-opened', 0, { itemId: 'i1', sectionNumber: 1 }),
  ev(2, 'item-closed', 6, { itemId: 'i1' }),
  ev(3, 'item-opened', 6, { itemId: 'i2', sectionNumber: 2 }),
  ev(4, 'item-closed', 12, { itemId: 'i2' }),
];
const publicItem = (id: string, fi: string) => ({ id, title: { fi }, publicity: { status: 'julkinen' as const } });
const { chapters } = meetingCues(log, {
  recordingStart: START,
  items: [publicItem('i1', 'Kokouksen avaus'), publicItem('i2', 'Talousarvio 2027')],
  nameOf: (id) => id,
});

const root = (el: DkRecording) => el.shadowRoot!;
const cueButtons = (el: DkRecording) => [...root(el).querySelectorAll<HTMLButtonElement>('.cues button')];
const current = (el: DkRecording) => cueButtons(el).findIndex((b) => b.getAttribute('aria-current') === 'true');

async function until(ok: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Sets the position and waits until the media element has really moved there (`seeked`). */
async function seeked(v: HTMLVideoElement): Promise<void> {
  await new Promise<void>((resolve) => v.addEventListener('seeked', () => resolve(), { once: true }));
}

async function mount(): Promise<DkRecording> {
  const el = await fixture<DkRecording>(
    html`<dk-recording
      lang="fi"
      src=${video}
      .captions=${[{ src: captions, srclang: 'fi', label: 'suomi' }]}
      .chapters=${chapters}
    ></dk-recording>`,
  );
  const v = el.video!;
  v.muted = true;
  if (v.readyState < HTMLMediaElement.HAVE_METADATA)
    await new Promise((resolve) => v.addEventListener('loadedmetadata', resolve, { once: true }));
  await until(() => cueButtons(el).length === 4, 'the transcript from the captions file');
  return el;
}

describe('dk-recording with a real video', () => {
  it('shows a chapter per § from the meeting log, and the browser reads the generated chapters track', async () => {
    const el = await mount();
    const buttons = [...root(el).querySelectorAll('[part="chapters"] button')];
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '0:00§ 1 Kokouksen avaus',
      '0:06§ 2 Talousarvio 2027',
    ]);
    // Chromium parses the chapters WebVTT the component generated (a Blob URL on <track kind="chapters">).
    const track = root(el).querySelector<HTMLTrackElement>('track[kind="chapters"]')!;
    track.track.mode = 'hidden';
    await until(() => (track.track.cues?.length ?? 0) === 2, 'the chapters track cues');
    const cues = [...track.track.cues!] as VTTCue[];
    expect(cues.map((c) => [c.startTime, c.endTime, c.text])).to.deep.equal([
      [0, 6, '§ 1 Kokouksen avaus'],
      [6, 12, '§ 2 Talousarvio 2027'],
    ]);
    // The captions file is on the player too, and the speakers come from its <v> voices.
    expect(root(el).querySelector('track[kind="captions"]')!.getAttribute('src')).to.equal(captions);
    expect(cueButtons(el)[2]!.textContent).to.contain('Aino Virtanen:');
    await expect(el).to.be.accessible();
  });

  it('follows playback: the transcript marks the cue at the playing position', async () => {
    const el = await mount();
    const v = el.video!;
    await v.play();
    await until(() => v.currentTime > 3.2, 'playback past 3 s');
    await until(() => current(el) === 1, 'the second cue marked as current');
    v.pause();
    expect(v.currentTime).to.be.greaterThan(3);
    const chapter = root(el).querySelector('[part="chapters"] button[aria-current="true"]')!;
    expect(chapter.textContent).to.contain('§ 1');
  });

  it('seeks the video on a click on a cue or a chapter', async () => {
    const el = await mount();
    const v = el.video!;
    let moved = seeked(v);
    cueButtons(el)[3]!.click();
    await moved;
    expect(v.currentTime).to.be.closeTo(9, 0.05);
    await el.updateComplete;
    expect(current(el)).to.equal(3);
    moved = seeked(v);
    root(el).querySelectorAll<HTMLButtonElement>('[part="chapters"] button')[1]!.click();
    await moved;
    expect(v.currentTime).to.be.closeTo(6, 0.05);
    await el.updateComplete;
    expect(current(el)).to.equal(2);
    expect(root(el).querySelector('[part="chapters"] button[aria-current="true"]')!.textContent).to.contain('§ 2');
  });

  it('is operated with the keyboard: arrow keys in the transcript, Enter seeks, Tab reaches the chapters', async () => {
    const el = await mount();
    const v = el.video!;
    cueButtons(el)[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await el.updateComplete;
    expect(activeDeep()!.textContent).to.contain('Ehdotan talousarvion palauttamista.');
    let moved = seeked(v);
    await userEvent.keyboard('{Enter}');
    await moved;
    expect(v.currentTime).to.be.closeTo(6, 0.05);
    // The chapters are buttons in the tab order: Enter or Space seeks to the §'s start.
    root(el).querySelector<HTMLButtonElement>('[part="chapters"] button')!.focus();
    moved = seeked(v);
    await userEvent.keyboard('{Enter}');
    await moved;
    expect(v.currentTime).to.equal(0);
    await userEvent.tab();
    expect(activeDeep()!.textContent).to.contain('§ 2 Talousarvio 2027');
    moved = seeked(v);
    await userEvent.keyboard(' ');
    await moved;
    expect(v.currentTime).to.be.closeTo(6, 0.05);
  });
});
