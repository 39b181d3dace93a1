import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/recording/define.js';
import { meetingCues, type Cue } from '@digikokous/components';
import { councilItems, events, nameOf } from './meeting-data.js';

type Args = { transcript?: Cue[]; chapters: Cue[] };
const start = events[0]!.at;
const { chapters, speakers } = meetingCues(events, { recordingStart: start, items: councilItems, nameOf });
// A transcript stand-in: one cue per speech, as a captioning service would deliver (voice + text).
const transcript: Cue[] = speakers.map((s, i) => ({
  start: s.start,
  end: s.end,
  voice: s.voice!,
  text: i % 2 ? 'Kannatan esittelijän ehdotusta.' : 'Ehdotan, että asia palautetaan uudelleen valmisteltavaksi.',
}));

const meta: Meta<Args> = {
  title: 'Meeting/Recording (tallenne)',
  component: 'dk-recording',
  tags: ['autodocs'],
  args: { transcript, chapters },
  render: ({ transcript, chapters }) =>
    html`<dk-recording .transcript=${transcript} .chapters=${chapters}></dk-recording>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Chapters from the meeting log; clicking a transcript cue seeks the video. */
export const WithTranscript: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-recording')!;
    const cue = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.cues button')[3]!;
    cue.click();
    await el.updateComplete;
    await expect(el.video!.currentTime).toBe(transcript[3]!.start);
    await expect(cue.getAttribute('aria-current')).toBe('true');
  },
};
/** No captions yet: said in text. */
export const NoCaptions: Story = { args: { transcript: undefined } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
