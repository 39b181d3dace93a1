import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/confidential/define.js';

type Args = { basis: string; allowed: boolean; content: string; scope: string };

const meta: Meta<Args> = {
  title: 'Components/Confidential (salassa pidettävä)',
  component: 'dk-confidential',
  tags: ['autodocs'],
  args: {
    basis: 'JulkL 24 § 1 mom. 25 k',
    allowed: false,
    content: 'Hakijan terveydentilaa koskevat tiedot.',
    scope: 'Liite 2',
  },
  render: ({ basis, allowed, content, scope }) =>
    html`<dk-confidential basis=${basis} ?allowed=${allowed} .content=${content} .scope=${scope}></dk-confidential>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A viewer without rights: only the marking; the content is not in the DOM. */
export const NotAllowed: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-confidential')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain('SALASSA PIDETTÄVÄ');
    await expect(el.shadowRoot!.textContent).not.toContain('terveydentilaa');
  },
};
export const Allowed: Story = { args: { allowed: true } };
export const Swedish: Story = {
  globals: { locale: 'sv' },
  args: { scope: 'Bilaga 2', content: 'Uppgifter om sökandens hälsa.' },
};
export const EnglishDark: Story = {
  globals: { locale: 'en', theme: 'dark' },
  args: { scope: 'Attachment 2', allowed: true },
};
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
