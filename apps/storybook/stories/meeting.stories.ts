import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { CHECKERS, demoStyles, log, type DkDemoMeeting, type DemoView } from './demo-meeting.js';

const meta: Meta = {
  title: 'Demo/Council meeting (valtuuston kokous)',
  parameters: { layout: 'fullscreen' },
  render: () => html`${demoStyles}<dk-demo-meeting></dk-demo-meeting>`,
};
export default meta;

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** Waits until the demo and every kit element inside it have rendered (the kit's elements are direct or nested
 * light-DOM children of the demo; their own updates finish within one more microtask round). */
async function settle(demo: DkDemoMeeting): Promise<void> {
  await demo.updateComplete;
  const kit = demo.querySelectorAll<Lit>(
    'dk-chair-console, dk-roll-call, dk-proposals, dk-vote-panel, dk-vote-result, dk-minutes, dk-public-view, dk-speaker-queue, dk-election',
  );
  await Promise.all([...kit].map((el) => el.updateComplete));
  await demo.updateComplete;
}

function helpers(demo: DkDemoMeeting) {
  const as = async (view: DemoView, memberId?: string) => {
    demo.querySelector<HTMLButtonElement>(`#as-${view}`)!.click();
    await settle(demo);
    if (memberId) {
      const select = demo.querySelector<HTMLSelectElement>('#member')!;
      select.value = memberId;
      select.dispatchEvent(new Event('change'));
      await settle(demo);
    }
  };
  /** Presses a command of the chair's console; it must be allowed; an irreversible one is confirmed. */
  const press = async (type: string) => {
    const root = demo.querySelector('dk-chair-console')!.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>(`button[data-command="${type}"]`);
    await expect(button, `command ${type} is shown`).toBeTruthy();
    const reason = button!.getAttribute('aria-describedby');
    await expect(
      button!.getAttribute('aria-disabled'),
      reason ? (root.getElementById(reason)?.textContent ?? '') : type,
    ).toBe('false');
    button!.click();
    await settle(demo);
    const dialog = root.querySelector('dialog');
    if (dialog?.open) {
      root.querySelector<HTMLButtonElement>('#confirm')!.click();
      await settle(demo);
    }
    await expect(root.querySelector('[role="alert"]')!.textContent!.trim()).toBe('');
  };
  const shadow = (tag: string) => demo.querySelector(tag)!.shadowRoot!;
  return { as, press, shadow };
}

/** The meeting from the start: open it and play each role. */
export const Meeting: StoryObj = {
  play: async ({ canvasElement }) => {
    const demo = canvasElement.querySelector('dk-demo-meeting') as DkDemoMeeting;
    await settle(demo);
    await expect(canvasElement.querySelector('a.skip')!.getAttribute('href')).toBe('#demo-main');
    await expect(canvasElement.querySelector('header h1')!.textContent).toContain('5/2026');
    await expect(canvasElement.querySelectorAll('main, nav, header').length).toBe(3);
  },
};

/** The whole fixture meeting through the components: opening, roll call, 12 items with a vote, closing, minutes checked. */
export const RunTheMeeting: StoryObj = {
  play: async ({ canvasElement, step }) => {
    const demo = canvasElement.querySelector('dk-demo-meeting') as DkDemoMeeting;
    await settle(demo);
    const { as, press, shadow } = helpers(demo);
    await step('the chair opens the meeting', async () => {
      await press('open-meeting');
      await expect(demo.store.state.status).toBe('open');
    });
    await step('the secretary records the arrivals on the roll call', async () => {
      await as('secretary');
      for (let guard = 0; guard < 80; guard++) {
        const arrive = shadow('dk-roll-call').querySelector<HTMLButtonElement>('button.arrive');
        if (!arrive) break;
        arrive.click();
        await settle(demo);
      }
      // KL 103 § 1 mom: the council needs two thirds of its 43 seats.
      await expect(
        [...demo.store.state.attendance.values()].filter((a) => a.present && a.votingRight).length,
      ).toBeGreaterThanOrEqual(29);
    });
    await step('the chair states legality, the checkers and the agenda', async () => {
      await as('chair');
      await press('state-legality');
      await press('choose-minutes-checkers');
      await press('approve-agenda');
      await expect(demo.store.state.minutesCheckerIds).toEqual([...CHECKERS]);
    });
    const items = demo.store.state.agenda!.itemIds;
    for (const itemId of items) {
      await step(`item ${itemId}`, async () => {
        await as('chair');
        await press('open-item');
        if (itemId === 'kv-2026-5-6') {
          await as('member', CHECKERS[0]);
          const form = shadow('dk-proposals');
          form.querySelector<HTMLSelectElement>('select')!.value = 'palautus';
          form.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Asia palautetaan uudelleen valmisteltavaksi.';
          form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
          await settle(demo);
          await as('member', CHECKERS[1]);
          shadow('dk-proposals').querySelector<HTMLButtonElement>('button.second')!.click();
          await settle(demo);
          await as('chair');
          await press('close-discussion');
          await press('approve-voting-order');
          await press('open-vote');
          await as('member', CHECKERS[0]);
          const panel = shadow('dk-vote-panel');
          await expect(panel.querySelector('.frame')!.textContent).toContain('JAA =');
          panel.querySelector<HTMLInputElement>('input[value="ei"]')!.click();
          panel.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
          await settle(demo);
          shadow('dk-vote-panel').querySelector<HTMLButtonElement>('#confirm')!.click();
          await settle(demo);
          await as('chair');
          demo.querySelector<HTMLButtonElement>('#others-vote')!.click();
          await settle(demo);
          await press('close-vote');
          await expect(shadow('dk-vote-result').querySelector('[part="summary"]')!.textContent).toBeTruthy();
        } else if (itemId === 'kv-2026-5-7') {
          // § 51: the election is run through dk-election (KL 105 §): two members' ballots, the others simulated
          // to a 21–21 tie, counted by the engine, which draws the lot from its injected random source.
          await press('close-discussion');
          for (const [checker, index] of [
            [CHECKERS[0], 0],
            [CHECKERS[1], 1],
          ] as const) {
            await as('member', checker);
            const ballot = shadow('dk-election');
            ballot.querySelectorAll<HTMLInputElement>('input[type="radio"]')[index]!.click();
            await settle(demo);
            ballot.querySelector<HTMLButtonElement>('#next')!.click();
            await settle(demo);
            ballot.querySelector<HTMLButtonElement>('#confirm')!.click();
            await settle(demo);
            await expect(ballot.querySelector('[part="status"]')!.textContent).toContain('Äänesi');
          }
          await expect(demo.electionBallots.size).toBe(2);
          await as('chair');
          demo.querySelector<HTMLButtonElement>('#others-vote')!.click();
          await settle(demo);
          await press('count-election');
          const held = demo.store.state.items.get(itemId)!.elections[0]!;
          const present = [...demo.store.state.attendance.values()].filter((a) => a.present && a.votingRight).length;
          await expect(held.ballots.length).toBe(present);
          await expect(held.electedIds.length).toBe(1);
          const result = shadow('dk-election');
          await expect(result.querySelectorAll('[part="result"] tbody tr').length).toBe(held.candidates.length);
          // A tie: the engine drew the lot (lot-drawn in the log, KL 105 § 4 mom) and the result says so.
          await expect(held.tallies[0]!.votes).toBe(held.tallies[1]!.votes);
          await expect(held.lots.length).toBe(1);
          await expect(demo.store.state.items.get(itemId)!.lots.length).toBe(1);
          await expect(result.textContent).toContain('arvonnan voitti');
        } else {
          await press('close-discussion');
        }
        await press('record-decision');
        await press('close-item');
        await expect(demo.store.state.items.get(itemId)!.decision).toBeTruthy();
      });
    }
    await step('the chair closes the meeting; the public sees the results', async () => {
      await press('close-meeting');
      await expect(demo.store.state.status).toBe('closed');
      await as('public');
      const view = shadow('dk-public-view');
      await expect(view.textContent).toContain('Kokous on päättynyt');
      await expect(view.querySelectorAll('[part="results"] li').length).toBeGreaterThan(5);
    });
    await step('the secretary sees the drafted minutes; both checkers approve them', async () => {
      await as('secretary');
      await expect(shadow('dk-minutes').querySelectorAll('section[part="section"]').length).toBe(items.length);
      for (const checker of CHECKERS) {
        await as('member', checker);
        shadow('dk-minutes').querySelector<HTMLButtonElement>('#approve')!.click();
        await settle(demo);
      }
      await expect(shadow('dk-minutes').querySelector('.state')!.textContent).toContain('Pöytäkirja on tarkastettu');
      await expect(demo.querySelector('.meeting-header .state')!.textContent).toBe('pöytäkirja tarkastettu');
    });
  },
};

/** The fixture meeting at the first vote of § 50, as a member sees it (the pictures of the README). */
export const VoteInProgress: StoryObj = {
  render: () => {
    const demo = document.createElement('dk-demo-meeting') as DkDemoMeeting;
    const opened = log.findIndex((e) => e.type === 'vote-opened');
    demo.seed(log.slice(0, opened + 1), 'member', 'p012');
    return html`${demoStyles}${demo}`;
  },
  play: async ({ canvasElement }) => {
    const demo = canvasElement.querySelector('dk-demo-meeting') as DkDemoMeeting;
    await settle(demo);
    const panel = demo.querySelector('dk-vote-panel')!;
    await expect(panel.panelState).toBe('open');
  },
};

/** The same moment from the chair's console. */
export const ChairAtVote: StoryObj = {
  render: () => {
    const demo = document.createElement('dk-demo-meeting') as DkDemoMeeting;
    const opened = log.findIndex((e) => e.type === 'vote-opened');
    demo.seed(log.slice(0, opened + 20), 'chair');
    return html`${demoStyles}${demo}`;
  },
  play: async ({ canvasElement }) => {
    const demo = canvasElement.querySelector('dk-demo-meeting') as DkDemoMeeting;
    await settle(demo);
    const close = demo
      .querySelector('dk-chair-console')!
      .shadowRoot!.querySelector('button[data-command="close-vote"]')!;
    await expect(close.getAttribute('aria-disabled')).toBe('false');
  },
};
