import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  bodies,
  councilMeeting,
  councilMeetingLog,
  fullName,
  memberships,
  personById,
} from '@digikokous/meeting-schema/fixtures';
import { MeetingStore, decide, isProcedureError, type MeetingCommand } from '@digikokous/procedure';
import '../src/chair-console/define.js';
import type { DkChairConsole } from '../src/chair-console/chair-console.js';
import { chairCommands, type AuthorizeCommand } from '../src/chair-console/commands.js';
import type { ChairCommandIntent } from '../src/shared/meeting-events.js';
import { activeDeep, tick } from './helpers.js';

const CHAIR = 'p001';
const AT = '2026-06-15T18:00:00+03:00';

function storeAt(count: number) {
  return new MeetingStore(councilMeeting, councilMeetingLog.events.slice(0, count), { bodies });
}

/** A dry run of the engine's decide as the authorisation (the console never applies a command itself). */
const dryRun =
  (store: MeetingStore, at = AT): AuthorizeCommand =>
  (command: ChairCommandIntent) => {
    const r = decide(store.state, { ...command, actor: CHAIR, at } as MeetingCommand);
    return isProcedureError(r) ? r : undefined;
  };

const root = (el: DkChairConsole) => el.shadowRoot!;
const button = (el: DkChairConsole, type: string) =>
  root(el).querySelector<HTMLButtonElement>(`button[data-command="${type}"]`);

describe('dk-chair-console', () => {
  it('before the opening offers only opening the meeting (KL 102 §)', async () => {
    const store = storeAt(0);
    const el = await fixture<DkChairConsole>(
      html`<dk-chair-console
        lang="fi"
        .viewer=${{ id: CHAIR, role: 'chair' }}
        .state=${store.state}
        .authorize=${dryRun(store)}
      ></dk-chair-console>`,
    );
    const buttons = [...root(el).querySelectorAll('button[part="command"]')];
    expect(buttons.map((b) => b.getAttribute('data-command'))).to.deep.equal(['open-meeting']);
    expect(buttons[0]!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it("shows a refused command in place with the engine's reason as its description (KL 103 §)", async () => {
    // After the opening, before legality is stated: a vote is refused with the engine's reason.
    const events = councilMeetingLog.events;
    const opened = events.findIndex((e) => e.type === 'item-opened');
    const store = storeAt(opened + 1);
    const el = await fixture<DkChairConsole>(
      html`<dk-chair-console lang="fi" .state=${store.state} .authorize=${dryRun(store)}></dk-chair-console>`,
    );
    const close = button(el, 'close-vote')!;
    expect(close.getAttribute('aria-disabled')).to.equal('true');
    const reason = root(el).getElementById(close.getAttribute('aria-describedby')!)!;
    const expected = decide(store.state, { type: 'close-vote', actor: CHAIR, at: AT });
    expect(isProcedureError(expected)).to.equal(true);
    expect(reason.textContent).to.contain(isProcedureError(expected) ? expected.message.fi : '?');
    let fired = false;
    el.addEventListener('dk-chair-command', () => (fired = true));
    close.click();
    expect(fired).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('fails closed: without an authorisation function every command is refused', async () => {
    const store = storeAt(0);
    const views = chairCommands(store.state, { chairId: CHAIR });
    expect(views.every((v) => !v.allowed && v.reason)).to.equal(true);
    const el = await fixture<DkChairConsole>(
      html`<dk-chair-console lang="en" .state=${store.state}></dk-chair-console>`,
    );
    expect(button(el, 'open-meeting')!.getAttribute('aria-disabled')).to.equal('true');
    expect(root(el).textContent).to.contain('could not be checked');
  });

  it('emits the command without actor or instant when an allowed one is pressed with the keyboard', async () => {
    const store = storeAt(0);
    const el = await fixture<DkChairConsole>(
      html`<dk-chair-console
        lang="fi"
        .viewer=${{ id: CHAIR, role: 'chair' }}
        .state=${store.state}
        .authorize=${dryRun(store)}
      ></dk-chair-console>`,
    );
    await userEvent.tab();
    expect(activeDeep()!.getAttribute('data-command')).to.equal('open-meeting');
    const pending = oneEvent(el, 'dk-chair-command');
    await userEvent.keyboard('{Enter}');
    const event = (await pending) as CustomEvent<{ command: ChairCommandIntent }>;
    expect(event.detail.command).to.deep.equal({ type: 'open-meeting', chairId: CHAIR, mode: councilMeeting.mode });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect('actor' in event.detail.command || 'at' in event.detail.command).to.equal(false);
  });

  it('asks for a confirmation before an irreversible step; Escape cancels and returns focus', async () => {
    const events = councilMeetingLog.events;
    const closedDiscussion = events.findIndex((e) => e.type === 'vote-closed');
    const store = storeAt(closedDiscussion + 1);
    const el = await fixture<DkChairConsole>(
      html`<dk-chair-console lang="fi" .state=${store.state} .authorize=${() => undefined}></dk-chair-console>`,
    );
    const close = button(el, 'close-item')!;
    close.focus();
    let fired = 0;
    el.addEventListener('dk-chair-command', () => fired++);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(activeDeep()!.id).to.equal('cancel');
    expect(dialog.textContent).to.contain('Tätä vaihetta ei voi perua.');
    await expect(el).to.be.accessible();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(fired).to.equal(0);
    expect(activeDeep()).to.equal(close);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(activeDeep()!.id).to.equal('confirm');
    await userEvent.keyboard('{Enter}');
    expect(fired).to.equal(1);
  });

  it('keeps each button to its command when a live event changes the list: a focused "take up" never turns into "break" (KL 102 §)', async () => {
    // Between the opening and the statement of legality the console offers [state legality, …, take up, break, …];
    // when legality-stated arrives the first entry goes. A positional list would give the focused (or clicked)
    // "take up" button the next command's meaning.
    const store = storeAt(councilMeetingLog.events.findIndex((e) => e.type === 'item-opened'));
    const el = await fixture<DkChairConsole>(
      html`<dk-chair-console lang="fi" .state=${store.state} .authorize=${() => undefined}></dk-chair-console>`,
    );
    const commands = () =>
      [...root(el).querySelectorAll('button[part="command"]')].map((b) => b.getAttribute('data-command'));
    const take = button(el, 'open-item')!;
    const position = commands().indexOf('open-item');
    expect(commands()[0]).to.equal('state-legality');
    take.focus();
    const at = store.state.lastAt!;
    const stated = store.dispatch({ type: 'state-legality', lawfullyConvened: true, actor: CHAIR, at });
    expect(stated).to.not.have.property('code');
    expect(isProcedureError(stated)).to.equal(false);
    el.state = store.state;
    await el.updateComplete;
    // The list did move (another command now stands where "take up" stood) …
    expect(commands()).not.to.include('state-legality');
    expect(commands()[position]).not.to.equal('open-item');
    // … but the element the chair is on still means "take up", keeps the focus, and Enter sends exactly that.
    expect(take.isConnected).to.equal(true);
    expect(take.getAttribute('data-command')).to.equal('open-item');
    expect(activeDeep()).to.equal(take);
    const pending = oneEvent(el, 'dk-chair-command');
    await userEvent.keyboard('{Enter}');
    const event = (await pending) as CustomEvent<{ command: ChairCommandIntent }>;
    expect(event.detail.command.type).to.equal('open-item');
  });

  it('shows the host refusal in an alert beside the buttons, in Swedish', async () => {
    const store = storeAt(0);
    const el = await fixture<DkChairConsole>(
      html`<dk-chair-console
        lang="sv"
        .state=${store.state}
        .authorize=${dryRun(store)}
        .refusal=${{ code: 'x', message: { fi: 'Ei.', sv: 'Nej.', en: 'No.' } }}
      ></dk-chair-console>`,
    );
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Kommandot godkändes inte: Nej.');
    expect(button(el, 'open-meeting')!.textContent).to.contain('Öppna sammanträdet');
    await expect(el).to.be.accessible();
  });

  it('names the next item by its public title unless the viewer may see confidential titles (JulkL 22 §)', async () => {
    const secret = councilMeeting.items.find((i) => i.publicity.status !== 'julkinen' && i.publicTitle)!;
    const meeting = { ...councilMeeting, items: [secret] };
    const store = new MeetingStore(meeting, councilMeetingLog.events.slice(0, 1), { bodies });
    const open = (may: boolean) =>
      chairCommands(store.state, { authorize: () => undefined, mayViewConfidential: may }).find(
        (v) => v.command.type === 'open-item',
      )!;
    expect(JSON.stringify(open(false))).not.to.contain(secret.title.fi);
    expect(JSON.stringify(open(false))).to.contain(secret.publicTitle!.fi);
    expect(JSON.stringify(open(true))).to.contain(secret.title.fi);
  });

  it('shows who presides and announces a change once, politely (KL 102 §)', async () => {
    const store = new MeetingStore(councilMeeting, councilMeetingLog.events.slice(0, 60), { bodies, memberships });
    expect(store.state.status).to.equal('open');
    const nameOf = (id: string) => fullName(personById(id)!);
    const el = await fixture<DkChairConsole>(
      html`<dk-chair-console
        lang="fi"
        .viewer=${{ id: CHAIR, role: 'chair' }}
        .state=${store.state}
        .nameOf=${nameOf}
        .authorize=${dryRun(store)}
      ></dk-chair-console>`,
    );
    const line = () => root(el).querySelector('[part="presiding"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const status = () => root(el).querySelector('[role="status"]')!.textContent!.trim();
    expect(line()).to.equal(`Puhetta johtaa: puheenjohtaja ${nameOf(CHAIR)}`);
    // Shown, not announced, on the first render.
    expect(status()).to.equal('');
    const r = store.dispatch({
      type: 'change-presiding',
      personId: 'p013',
      reason: 'puheenjohtaja-esteellinen',
      actor: CHAIR,
      at: store.state.lastAt!,
    } as MeetingCommand);
    expect(isProcedureError(r)).to.equal(false);
    el.state = store.state;
    el.requestUpdate();
    await el.updateComplete;
    const vice = `varapuheenjohtaja ${nameOf('p013')} (puheenjohtaja on esteellinen)`;
    expect(line()).to.equal(`Puhetta johtaa: ${vice}`);
    expect(status()).to.equal(`Puhetta johtaa nyt ${vice}.`);
    expect(root(el).querySelector('[role="status"]')!.closest('[aria-live="off"], [aria-hidden="true"]')).to.equal(
      null,
    );
    // Later renders with the same presiding person do not put the change into the live region again.
    el.refusal = { code: 'x', message: { fi: 'Ei.', en: 'No.' } };
    await el.updateComplete;
    expect(status()).to.equal('');
    el.lang = 'sv';
    await tick();
    await el.updateComplete;
    expect(line()).to.equal(`Ordet förs av: vice ordförande ${nameOf('p013')} (ordföranden är jävig)`);
    expect(status()).to.equal('');
    await expect(el).to.be.accessible();
  });
});
