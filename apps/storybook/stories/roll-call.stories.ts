import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/roll-call/define.js';
import { rollCallView, type RollCallParticipant } from '@digikokous/components';
import { nameOf, stateAfter } from './meeting-data.js';

type Args = {
  participants: RollCallParticipant[];
  editable: boolean;
  itemLabel?: string;
  onChange: (e: Event) => void;
};
const state = stateAfter((e) => e.type === 'disqualification-declared');
const all = rollCallView(state, nameOf);
const remote = all.find((p) => p.mode === 'etana');

const meta: Meta<Args> = {
  title: 'Meeting/Roll call (läsnäololista)',
  component: 'dk-roll-call',
  tags: ['autodocs'],
  args: { participants: all.slice(0, 12), editable: false, onChange: fn() },
  render: ({ participants, editable, itemLabel, onChange }) =>
    html`<dk-roll-call
      .participants=${participants}
      ?editable=${editable}
      item-label=${itemLabel ?? ''}
      @dk-attendance-change=${onChange}
    ></dk-roll-call>`,
};
export default meta;
type Story = StoryObj<Args>;

export const ReadOnly: Story = {};
/** The secretary records arrivals and departures; every button names its person. */
export const Secretary: Story = {
  args: { editable: true, itemLabel: '§ 53' },
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('dk-roll-call')!;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.leave')!;
    await expect(button.getAttribute('aria-label')).toMatch(/^Poistui: /);
    button.click();
    await expect(args.onChange).toHaveBeenCalledOnce();
  },
};
export const ConnectionLost: Story = {
  args: {
    participants: [
      ...(remote ? [{ ...remote, connection: 'lost' as const }] : []),
      ...all.filter((p) => p.disqualified).slice(0, 1),
      ...all.slice(0, 4),
    ],
  },
};
export const Narrow320: Story = {
  args: { editable: true, participants: all.slice(0, 6) },
  render: (args) =>
    html`<div style="max-inline-size:320px">
      <dk-roll-call .participants=${args.participants} editable></dk-roll-call>
    </div>`,
};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { args: { editable: true }, globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
