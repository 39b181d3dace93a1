import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digikokous/components/confidential/define.js';

type Args = { basis: string; allowed: boolean; content: string };

const meta: Meta<Args> = {
  title: 'Components/Confidential',
  component: 'dk-confidential',
  args: { basis: 'JulkL 24 § 1 mom. 25 k', allowed: false, content: 'Hakijan terveydentilaa koskevat tiedot.' },
  render: ({ basis, allowed, content }) =>
    html`<dk-confidential basis=${basis} ?allowed=${allowed} .content=${content}></dk-confidential>`,
};
export default meta;

export const NotAllowed: StoryObj<Args> = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-confidential')!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if (el.shadowRoot!.textContent!.includes('terveydentilaa')) throw new Error('confidential content leaked into the DOM');
  },
};
export const Allowed: StoryObj<Args> = { args: { allowed: true } };
