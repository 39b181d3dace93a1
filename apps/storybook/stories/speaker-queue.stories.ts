import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/speaker-queue/define.js';
import type { CurrentSpeaker, SpeakerEntry, Viewer } from '@digikokous/components';
import { queue } from './data.js';

type Args = {
  entries: SpeakerEntry[];
  current?: CurrentSpeaker;
  viewer?: Viewer;
  onRequest: () => void;
  onGrant: () => void;
};

// A fixed clock, so the elapsed time is the same in every run: 2 min 5 s after the floor was given.
const clock = () => Date.parse('2026-03-16T18:32:05+02:00');
const speaking: CurrentSpeaker = {
  entryId: 'e0',
  memberId: 'p3',
  name: 'Candé Cecilia',
  kind: 'puheenvuoro',
  group: 'SDP',
  startedAt: '2026-03-16T18:30:00+02:00',
};

const meta: Meta<Args> = {
  title: 'Components/Speaker queue (puheenvuorot)',
  component: 'dk-speaker-queue',
  tags: ['autodocs'],
  args: { entries: queue, current: speaking, viewer: { id: 'p9', role: 'member' }, onRequest: fn(), onGrant: fn() },
  render: ({ entries, current, viewer, onRequest, onGrant }) =>
    html`<dk-speaker-queue
      .entries=${entries}
      .current=${current}
      .viewer=${viewer}
      .clock=${clock}
      @dk-speak-request=${onRequest}
      @dk-speak-grant=${onGrant}
    ></dk-speaker-queue>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The member's view: request a speech, a reply or a point of order. */
export const Member: Story = {
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('dk-speaker-queue')!;
    await el.updateComplete;
    const request = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Pyydä puheenvuoroa'),
    )!;
    request.click();
    await expect(args.onRequest).toHaveBeenCalledOnce();
  },
};
export const MemberQueued: Story = { args: { viewer: { id: 'p5', role: 'member' } } };
/** The chair's view: grant, end and remove. */
export const Chair: Story = {
  args: { viewer: { id: 'p1', role: 'chair' } },
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('dk-speaker-queue')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.grant')!.click();
    await expect(args.onGrant).toHaveBeenCalledOnce();
  },
};
export const Public: Story = { args: { viewer: undefined } };
export const EmptySwedish: Story = { globals: { locale: 'sv' }, args: { entries: [], current: undefined } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrastChair: Story = {
  globals: { theme: 'high-contrast' },
  args: { viewer: { id: 'p1', role: 'chair' } },
};
