import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/chair-console/define.js';
import type { MeetingCommand, MeetingState } from '@digikokous/procedure';
import type { Election } from '@digikokous/meeting-schema';
import type { ChairCommandOptions } from '@digikokous/components';
import { CHAIR, dryRun, events, itemOpened, nameOf, stateAfter, storeAfter } from './meeting-data.js';

type Args = {
  state: MeetingState;
  presiding?: string;
  election?: ChairCommandOptions['election'];
  onCommand: (e: Event) => void;
};
const VICE = 'p013';

/** § 52 with the vice-chair presiding: the chair declared himself disqualified (KL 102 §, HL 27 §). */
function vicePresiding(): MeetingState {
  const store = storeAfter(itemOpened(52));
  store.dispatch({
    type: 'change-presiding',
    personId: VICE,
    reason: 'puheenjohtaja-esteellinen',
    actor: CHAIR,
    at: store.state.lastAt!,
  } as MeetingCommand);
  return store.state;
}

/** § 51's election with the fixture's 43 ballots (21–21, one blank), ready to be counted (KL 105 §). */
const held = events.find((e) => e.type === 'election-held')!.payload as { election: Election };
const { id, title, seatsToFill, secretBallot, candidates, ballots } = held.election;
const election = { electionId: id, title, seatsToFill, secretBallot, candidates, ballots };

const meta: Meta<Args> = {
  title: 'Meeting/Chair console (puheenjohtajan ohjaus)',
  component: 'dk-chair-console',
  tags: ['autodocs'],
  args: { state: stateAfter((e) => e.type === 'agenda-approved'), onCommand: fn() },
  render: ({ state, presiding = CHAIR, election, onCommand }) =>
    html`<dk-chair-console
      .viewer=${{ id: presiding, role: 'chair' as const, mayViewConfidential: true }}
      .state=${state}
      .nameOf=${nameOf}
      .election=${election}
      .authorize=${dryRun(state, presiding)}
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
/** The vice-chair presides in § 52; the console says who presides and why (KL 102 §). */
export const VicePresiding: Story = {
  args: { state: vicePresiding(), presiding: VICE },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('dk-chair-console')!.shadowRoot!;
    await expect(root.querySelector('[part="presiding"]')!.textContent).toContain(
      `varapuheenjohtaja ${nameOf(VICE)} (puheenjohtaja on esteellinen)`,
    );
    await expect(root.querySelector('button[data-command="close-discussion"]')!.getAttribute('aria-disabled')).toBe(
      'false',
    );
  },
};
/** § 51: the ballots are in; counting the election is offered, with a confirmation (KL 105 §). */
export const ElectionToCount: Story = {
  args: { state: stateAfter(itemOpened(51)), election },
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('dk-chair-console')!;
    const root = el.shadowRoot!;
    const count = root.querySelector<HTMLButtonElement>('button[data-command="count-election"]')!;
    await expect(count.getAttribute('aria-disabled')).toBe('false');
    await expect(count.textContent).toContain('Laske vaalin tulos: Sivistyslautakunnan jäsen');
    count.click();
    await el.updateComplete;
    await expect(root.querySelector('dialog')!.open).toBe(true);
    root.querySelector<HTMLButtonElement>('#confirm')!.click();
    const event = (args.onCommand as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent;
    await expect(event.detail.command.type).toBe('count-election');
    await expect(event.detail.command.ballots.length).toBe(43);
  },
};
export const InItemSwedish: Story = { args: { state: stateAfter(itemOpened(50)) }, globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
