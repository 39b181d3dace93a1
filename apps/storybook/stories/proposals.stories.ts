import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/proposals/define.js';
import { proposalsView, votingOrderView, type ProposalView, type VotingOrderStepView } from '@digikokous/components';
import { nameOf, stateAfter } from './meeting-data.js';

type Args = {
  proposals: ProposalView[];
  votingOrder?: VotingOrderStepView[];
  canPropose: boolean;
  viewerId?: string;
  onMake: (e: Event) => void;
  onSecond: (e: Event) => void;
};
const discussion = stateAfter(
  (e) => e.type === 'discussion-closed' && (e.payload as { itemId: string }).itemId === 'kv-2026-5-6',
);
const ordered = stateAfter((e) => e.type === 'voting-order-approved');

const meta: Meta<Args> = {
  title: 'Meeting/Proposals (ehdotukset)',
  component: 'dk-proposals',
  tags: ['autodocs'],
  args: { proposals: proposalsView(discussion, nameOf), canPropose: false, onMake: fn(), onSecond: fn() },
  render: ({ proposals, votingOrder, canPropose, viewerId, onMake, onSecond }) =>
    html`<dk-proposals
      .proposals=${proposals}
      .votingOrder=${votingOrder}
      ?can-propose=${canPropose}
      .viewer=${viewerId ? { id: viewerId } : undefined}
      @dk-proposal-make=${onMake}
      @dk-proposal-second=${onSecond}
    ></dk-proposals>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Counterproposals: Story = {};
export const Empty: Story = { args: { proposals: [] } };
/** A member present may second and make proposals. */
export const AsMember: Story = {
  args: { canPropose: true, viewerId: 'p040' },
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('dk-proposals')!;
    const root = el.shadowRoot!;
    root.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Asia palautetaan valmisteluun.';
    root.querySelector<HTMLSelectElement>('select')!.value = 'palautus';
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await expect(args.onMake).toHaveBeenCalledOnce();
    const e = (args.onMake as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent;
    await expect(e.detail).toEqual({ kind: 'palautus', text: 'Asia palautetaan valmisteluun.' });
  },
};
export const VotingOrderApproved: Story = {
  args: { proposals: proposalsView(ordered, nameOf), votingOrder: votingOrderView(ordered, nameOf) },
};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
