import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/quorum-status/define.js';

type Args = { seats: number; present: number; bodyKind: string };

const meta: Meta<Args> = {
  title: 'Components/Quorum status (päätösvaltaisuus)',
  component: 'dk-quorum-status',
  tags: ['autodocs'],
  args: { seats: 43, present: 29, bodyKind: 'valtuusto' },
  render: ({ seats, present, bodyKind }) =>
    html`<dk-quorum-status seats=${seats} present=${present} body-kind=${bodyKind}></dk-quorum-status>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The council needs two thirds (KL 103 § 1 mom): 29 of 43. */
export const Quorate: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-quorum-status')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('Päätösvaltainen: 29/43, vaaditaan 29');
  },
};
export const NotQuorate: Story = { args: { present: 28 } };
/** Other bodies need more than half (KL 103 § 2 mom). */
export const Committee: Story = { args: { seats: 11, present: 6, bodyKind: 'lautakunta' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' }, args: { present: 20 } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
