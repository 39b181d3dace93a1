import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/agenda-item/define.js';
import type { AgendaItemView, Viewer } from '@digikokous/components';
import { item } from './data.js';

type Args = { item: AgendaItemView; viewer: Viewer };

const meta: Meta<Args> = {
  title: 'Components/Agenda item (asia)',
  component: 'dk-agenda-item',
  tags: ['autodocs'],
  args: { item, viewer: { id: 'p2', role: 'member', mayViewConfidential: false } },
  render: ({ item, viewer }) => html`<dk-agenda-item .item=${item} .viewer=${viewer}></dk-agenda-item>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The public and members without rights see the marking of each confidential part, not its content. */
export const ConfidentialHidden: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-agenda-item')!;
    await el.updateComplete;
    const marks = el.shadowRoot!.querySelectorAll('dk-confidential');
    await expect(marks.length).toBe(2);
    await expect(el.shadowRoot!.textContent).not.toContain('Ostajan tarjous');
  },
};
export const ConfidentialShown: Story = { args: { viewer: { id: 'p1', role: 'member', mayViewConfidential: true } } };
export const Decided: Story = {
  args: {
    item: {
      ...item,
      decision: {
        fi: 'Valtuusto hyväksyi päätösehdotuksen.',
        sv: 'Fullmäktige godkände beslutsförslaget.',
        en: 'The council approved the draft decision.',
      },
    },
  },
};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = {
  globals: { locale: 'en', theme: 'dark' },
  args: { viewer: { id: 'p1', mayViewConfidential: true } },
};
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
