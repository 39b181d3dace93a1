import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/agenda/define.js';
import type { AgendaEntry } from '@digikokous/components';
import { agendaItems } from './data.js';

type Args = { items: AgendaEntry[]; onSelect: (e: Event) => void };

const meta: Meta<Args> = {
  title: 'Components/Agenda (esityslista)',
  component: 'dk-agenda',
  tags: ['autodocs'],
  args: { items: agendaItems, onSelect: fn() },
  render: ({ items, onSelect }) => html`<dk-agenda .items=${items} @dk-item-select=${onSelect}></dk-agenda>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
export const Empty: Story = { args: { items: [] } };

/** Selecting an item emits `dk-item-select` with its id. */
export const SelectItem: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement, args }) => {
    const agenda = canvasElement.querySelector('dk-agenda')!;
    await agenda.updateComplete;
    const current = agenda.shadowRoot!.querySelector<HTMLButtonElement>('[aria-current="step"]')!;
    await expect(current.textContent).toContain('Käsittelyssä nyt');
    current.focus();
    current.click();
    await expect(args.onSelect).toHaveBeenCalledOnce();
    const event = (args.onSelect as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent<{ itemId: string }>;
    await expect(event.detail.itemId).toBe('i3');
  },
};

/** The agenda is one Tab stop (WAI-ARIA listbox): ↓ moves to the next item, Enter selects it. */
export const Keyboard: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement, args }) => {
    const agenda = canvasElement.querySelector('dk-agenda')!;
    await agenda.updateComplete;
    const root = agenda.shadowRoot!;
    await expect(root.querySelectorAll('[role="option"][tabindex="0"]').length).toBe(1);
    root.querySelector<HTMLElement>('[role="option"][tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect((root.activeElement as HTMLElement).dataset.id).toBe('i4');
    await userEvent.keyboard('{Enter}');
    const event = (args.onSelect as ReturnType<typeof fn>).mock.calls.at(-1)![0] as CustomEvent<{ itemId: string }>;
    await expect(event.detail.itemId).toBe('i4');
    await agenda.updateComplete;
    await expect(root.querySelector('[aria-selected="true"]')!.getAttribute('data-id')).toBe('i4');
  },
};
