import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/vote-result/define.js';
import type { VoteResultView } from '@digikokous/components';
import { result, rollCall } from './data.js';

type Args = { result: VoteResultView };

const meta: Meta<Args> = {
  title: 'Components/Vote result (äänestyksen tulos)',
  component: 'dk-vote-result',
  tags: ['autodocs'],
  args: { result },
  render: ({ result }) => html`<dk-vote-result .result=${result}></dk-vote-result>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Result: Story = {};
/** A tie decided by the chair's vote (KL 104 § 2 mom), with the roll call. */
export const TieByChairRollCall: Story = {
  args: { result: rollCall },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-vote-result')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).toContain(
      'Puheenjohtajan ääni ratkaisi',
    );
  },
};
export const Swedish: Story = { globals: { locale: 'sv' }, args: { result: rollCall } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' }, args: { result: rollCall } };
