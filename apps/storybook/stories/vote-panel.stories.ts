import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/vote-panel/define.js';
import type { BallotOption, Ineligibility, VoteView } from '@digikokous/components';
import { vote } from './data.js';

type Args = { vote: VoteView; ballot?: BallotOption; ineligible?: Ineligibility; onBallot: (e: Event) => void };

const meta: Meta<Args> = {
  title: 'Components/Vote panel (äänestys)',
  component: 'dk-vote-panel',
  tags: ['autodocs'],
  args: { vote, onBallot: fn() },
  render: ({ vote, ballot, ineligible, onBallot }) =>
    html`<dk-vote-panel
      .vote=${vote}
      .ballot=${ballot}
      .ineligible=${ineligible}
      @dk-ballot=${onBallot}
    ></dk-vote-panel>`,
};
export default meta;
type Story = StoryObj<Args>;

export const NotOpen: Story = { args: { vote: { ...vote, state: 'not-open' } } };
export const Open: Story = {};
/** Choose EI, continue, confirm: `dk-ballot` carries the vote id and the option. */
export const CastBallot: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement, args, step }) => {
    const el = canvasElement.querySelector('dk-vote-panel')!;
    const root = el.shadowRoot!;
    await step('choose EI', async () => {
      root.querySelector<HTMLInputElement>('input[value="ei"]')!.click();
      root.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
      await el.updateComplete;
      await expect(root.querySelector('[part="confirm"]')!.textContent).toContain('EI');
    });
    await step('confirm', async () => {
      root.querySelector<HTMLButtonElement>('#confirm')!.click();
      await el.updateComplete;
      await expect(args.onBallot).toHaveBeenCalledOnce();
      const event = (args.onBallot as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent<{
        voteId: string;
        option: string;
      }>;
      await expect(event.detail).toEqual({ voteId: 'v1', option: 'ei' });
      await expect(el.panelState).toBe('cast');
    });
  },
};
export const Cast: Story = { args: { ballot: 'jaa' } };
export const CastFinal: Story = { args: { ballot: 'tyhja', vote: { ...vote, allowChange: false } } };
export const Closed: Story = { args: { ballot: 'jaa', vote: { ...vote, state: 'closed' } } };
export const Absent: Story = { args: { ineligible: 'absent' } };
export const Disqualified: Story = { args: { ineligible: 'disqualified' } };
export const NoVotingRight: Story = { args: { ineligible: 'no-voting-right' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
/** The example municipal brand (data-dk-brand="esimerkkila"): tokens only. */
export const Brand: Story = {
  render: ({ vote }) => html`<div data-dk-brand="esimerkkila"><dk-vote-panel .vote=${vote}></dk-vote-panel></div>`,
};
