import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/chair-console/define.js';
import type { MeetingState } from '@digikokous/procedure';
import { CHAIR, dryRun, itemOpened, stateAfter } from './meeting-data.js';

type Args = { state: MeetingState; onCommand: (e: Event) => void };
const chair = { id: CHAIR, role: 'chair' as const, mayViewConfidential: true };

const meta: Meta<Args> = {
  title: 'Meeting/Chair console (puheenjohtajan ohjaus)',
  component: 'dk-chair-console',
  tags: ['autodocs'],
  args: { state: stateAfter((e) => e.type === 'agenda-approved'), onCommand: fn() },
  render: ({ state, onCommand }) =>
    html`<dk-chair-console
      .viewer=${chair}
      .state=${state}
      .authorize=${dryRun(state)}
      @dk-chair-command=${onCommand}
    ></dk-chair-console>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Before the opening: only opening the meeting. */
export const NotStarted: Story = { args: { state: stateAfter(() => false) } };
/** Between items: the meeting's commands and the next item. */
export const BetweenItems: Story = {};
/** In an item's discussion: closing a vote is refused with the engine's reason beside it. */
export const InDiscussion: Story = {
  args: { state: stateAfter((e) => e.type === 'speaker-granted') },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-chair-console')!;
    const close = el.shadowRoot!.querySelector('button[data-command="close-vote"]')!;
    await expect(close.getAttribute('aria-disabled')).toBe('true');
    const reason = el.shadowRoot!.getElementById(close.getAttribute('aria-describedby')!)!;
    await expect(reason.textContent!.trim().length).toBeGreaterThan(10);
  },
};
/** A vote is open. */
export const VoteOpen: Story = { args: { state: stateAfter((e) => e.type === 'vote-opened') } };
/** On a break: only resuming. */
export const OnBreak: Story = { args: { state: stateAfter((e) => e.type === 'break-started') } };
/** Closing the item asks for a confirmation; confirming emits the command. */
export const ConfirmCloseItem: Story = {
  tags: ['!autodocs'],
  args: { state: stateAfter((e) => e.type === 'decision-recorded') },
  play: async ({ canvasElement, args, step }) => {
    const el = canvasElement.querySelector('dk-chair-console')!;
    const root = el.shadowRoot!;
    await step('press close item', async () => {
      root.querySelector<HTMLButtonElement>('button[data-command="close-item"]')!.click();
      await el.updateComplete;
      await expect(root.querySelector('dialog')!.open).toBe(true);
    });
    await step('confirm', async () => {
      root.querySelector<HTMLButtonElement>('#confirm')!.click();
      await expect(args.onCommand).toHaveBeenCalledOnce();
      const event = (args.onCommand as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent;
      await expect(event.detail).toEqual({ command: { type: 'close-item' } });
    });
  },
};
export const InItemSwedish: Story = { args: { state: stateAfter(itemOpened(50)) }, globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
