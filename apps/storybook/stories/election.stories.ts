import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/election/define.js';
import type { Election } from '@digikokous/meeting-schema';
import { proportionalElection } from '@digikokous/meeting-schema/fixtures';

type Args = { election: Election; phase: 'not-open' | 'open' | 'closed'; onBallot: (e: Event) => void };
const chairElection: Election = {
  id: 'vaali-pj',
  itemId: 'kv-2026-5-2',
  kind: 'enemmistovaali',
  title: {
    fi: 'Valtuuston puheenjohtajan vaali',
    sv: 'Val av fullmäktiges ordförande',
    en: 'Election of the council chair',
  },
  seatsToFill: 1,
  secretBallot: true,
  candidates: [
    { id: 'c1', name: 'Aino Virtanen' },
    { id: 'c2', name: 'Eero Korhonen' },
  ],
  ballots: [],
  tallies: [
    { candidateId: 'c1', votes: 21 },
    { candidateId: 'c2', votes: 21 },
  ],
  lots: [
    {
      id: 'arpa-1',
      itemId: 'kv-2026-5-2',
      electionId: 'vaali-pj',
      reason: { fi: 'Äänet menivät tasan (KL 105 §)', sv: 'Rösterna föll lika (KomL 105 §)', en: 'A tie (KL 105 §)' },
      entrants: ['c1', 'c2'],
      winnerIds: ['c2'],
      method: 'satunnaislukugeneraattori',
    },
  ],
  electedIds: ['c2'],
};

const meta: Meta<Args> = {
  title: 'Meeting/Election (vaali)',
  component: 'dk-election',
  tags: ['autodocs'],
  args: { election: chairElection, phase: 'open', onBallot: fn() },
  render: ({ election, phase, onBallot }) =>
    html`<dk-election .election=${election} phase=${phase} @dk-election-ballot=${onBallot}></dk-election>`,
};
export default meta;
type Story = StoryObj<Args>;

export const MajorityBallot: Story = {
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('dk-election')!;
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[value="c1"]')!.click();
    root.querySelector<HTMLButtonElement>('#next')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('#confirm')!.click();
    await expect(args.onBallot).toHaveBeenCalledOnce();
  },
};
export const MajorityResultWithLot: Story = { args: { phase: 'closed' } };
export const ProportionalBallot: Story = { args: { election: proportionalElection } };
export const ProportionalResult: Story = { args: { election: proportionalElection, phase: 'closed' } };
export const NotOpen: Story = { args: { phase: 'not-open' } };
export const Swedish: Story = { args: { election: proportionalElection, phase: 'closed' }, globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { args: { phase: 'closed' }, globals: { theme: 'high-contrast' } };
