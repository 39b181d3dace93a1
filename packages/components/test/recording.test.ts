import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/recording/define.js';
import { cueAt, type DkRecording } from '../src/recording/recording.js';
import { toWebVtt, type Cue } from '../src/recording/webvtt.js';
import { activeDeep } from './helpers.js';

const transcript: Cue[] = [
  { start: 0, end: 4, text: 'Avaan kokouksen.', voice: 'Puheenjohtaja' },
  { start: 4, end: 9, text: 'Kokous on laillinen ja päätösvaltainen.', voice: 'Puheenjohtaja' },
  { start: 9, end: 15, text: 'Ehdotan talousarvion palauttamista.', voice: 'Aino Virtanen' },
  { start: 15, end: 20, text: 'Kannatan.', voice: 'Eero Korhonen' },
];
const chapters: Cue[] = [
  { start: 0, end: 9, text: '§ 1 Kokouksen avaus' },
  { start: 9, end: 20, text: '§ 2 Talousarvio 2027' },
];
const root = (el: DkRecording) => el.shadowRoot!;
const cueButtons = (el: DkRecording) => [...root(el).querySelectorAll<HTMLButtonElement>('.cues button')];

/** Drives playback without media: sets the position and fires the event the video would fire. */
async function playTo(el: DkRecording, t: number) {
  el.video!.currentTime = t;
  el.video!.dispatchEvent(new Event('timeupdate'));
  await el.updateComplete;
}

describe('dk-recording', () => {
  it('finds the cue playing at a time in O(log n)', () => {
    expect([0, 3.9, 4, 14.99, 20, -1].map((t) => cueAt(transcript, t))).to.deep.equal([0, 0, 1, 2, -1, -1]);
  });

  it('follows playback: the current cue and chapter are marked aria-current', async () => {
    const el = await fixture<DkRecording>(
      html`<dk-recording lang="fi" .transcript=${transcript} .chapters=${chapters}></dk-recording>`,
    );
    await playTo(el, 10);
    expect(cueButtons(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal([
      'false',
      'false',
      'true',
      'false',
    ]);
    const ch = [...root(el).querySelectorAll('[part="chapters"] button')];
    expect(ch[1]!.getAttribute('aria-current')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('carries a chapters track (WebVTT) generated from the chapters', async () => {
    const el = await fixture<DkRecording>(html`<dk-recording .chapters=${chapters}></dk-recording>`);
    const track = root(el).querySelector<HTMLTrackElement>('track[kind="chapters"]')!;
    const text = await (await fetch(track.src)).text();
    expect(text).to.equal(toWebVtt(chapters));
  });

  it('seeks on click and by keyboard; the transcript is one tab stop with arrow keys', async () => {
    const el = await fixture<DkRecording>(
      html`<dk-recording lang="en" .transcript=${transcript} .chapters=${chapters}></dk-recording>`,
    );
    const first = cueButtons(el)[0]!;
    expect(cueButtons(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    first.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await el.updateComplete;
    expect(activeDeep()!.textContent).to.contain('Ehdotan talousarvion');
    const seek = oneEvent(el, 'dk-seek');
    await userEvent.keyboard('{Enter}');
    expect(((await seek) as CustomEvent).detail).to.deep.equal({ time: 9 });
    expect(el.video!.currentTime).to.equal(9);
    await el.updateComplete;
    expect(cueButtons(el)[2]!.getAttribute('aria-current')).to.equal('true');
    await userEvent.keyboard('{End}');
    expect(activeDeep()!.textContent).to.contain('Kannatan.');
    (root(el).querySelector('[part="chapters"] button') as HTMLButtonElement).click();
    expect(el.video!.currentTime).to.equal(0);
  });

  it('searches the transcript and says how many match', async () => {
    const el = await fixture<DkRecording>(html`<dk-recording lang="fi" .transcript=${transcript}></dk-recording>`);
    root(el).querySelector<HTMLInputElement>('#q')!.focus();
    await userEvent.keyboard('talous');
    await el.updateComplete;
    expect(cueButtons(el).length).to.equal(1);
    expect(cueButtons(el)[0]!.querySelector('mark')!.textContent).to.equal('talous');
    expect(root(el).querySelector('#count')!.textContent).to.equal('1 osumaa');
    await expect(el).to.be.accessible();
  });

  it('reads the transcript from a captions file when none is given', async () => {
    const src = URL.createObjectURL(new Blob([toWebVtt(transcript)], { type: 'text/vtt' }));
    const el = await fixture<DkRecording>(
      html`<dk-recording lang="sv" .captions=${[{ src, srclang: 'fi', label: 'suomi' }]}></dk-recording>`,
    );
    for (let i = 0; i < 50 && cueButtons(el).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(cueButtons(el).length).to.equal(4);
    expect(root(el).querySelector('track[kind="captions"]')!.getAttribute('srclang')).to.equal('fi');
    URL.revokeObjectURL(src);
  });

  it('says honestly when there are no captions', async () => {
    const el = await fixture<DkRecording>(html`<dk-recording lang="fi"></dk-recording>`);
    expect(root(el).querySelector('.none')!.textContent).to.contain('Tallenteelle ei ole tekstitystä.');
    expect(root(el).querySelector('.cues')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
