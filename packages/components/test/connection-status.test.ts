import { describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/connection-status/define.js';
import type { DkConnectionStatus } from '../src/connection-status/connection-status.js';

const NOW = Date.parse('2026-06-15T18:00:00+03:00');
const identity = {
  name: 'Aino Virtanen',
  loa: 'high' as const,
  method: 'Suomi.fi',
  expiresAt: '2026-06-15T20:00:00+03:00',
};
const root = (el: DkConnectionStatus) => el.shadowRoot!;

describe('dk-connection-status', () => {
  it('shows the identification level and the expiry time', async () => {
    const el = await fixture<DkConnectionStatus>(
      html`<dk-connection-status lang="fi" .now=${() => NOW} .identity=${identity}></dk-connection-status>`,
    );
    const t = root(el).textContent!;
    expect(t).to.contain('Tunnistus: vahva (eIDAS) · Suomi.fi');
    expect(t).to.contain('Istunto päättyy klo 20.00');
    expect(t).to.contain('Yhteys kokoukseen toimii');
    expect(root(el).querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('announces reconnecting and lost politely, and offers reconnecting with the keyboard', async () => {
    const el = await fixture<DkConnectionStatus>(
      html`<dk-connection-status lang="en" .now=${() => NOW} .identity=${identity}></dk-connection-status>`,
    );
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('');
    el.connection = 'reconnecting';
    await el.updateComplete;
    expect(status.textContent).to.equal('Connection lost, reconnecting…');
    el.connection = 'lost';
    await el.updateComplete;
    expect(status.textContent).to.equal('Disconnected from the meeting');
    expect(el.getAttribute('connection')).to.equal('lost');
    await expect(el).to.be.accessible();
    await userEvent.tab();
    const pending = oneEvent(el, 'dk-reconnect');
    await userEvent.keyboard('{Enter}');
    await pending;
  });

  it('warns before the session expires and offers identifying again when it has', async () => {
    let now = Date.parse('2026-06-15T19:57:00+03:00');
    const el = await fixture<DkConnectionStatus>(
      html`<dk-connection-status lang="sv" .now=${() => now} .identity=${identity}></dk-connection-status>`,
    );
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Sessionen går ut om 3 minuter.');
    now = Date.parse('2026-06-15T20:00:01+03:00');
    el.requestUpdate();
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Sessionen har gått ut.');
    const pending = oneEvent(el, 'dk-reauthenticate');
    root(el).querySelector<HTMLButtonElement>('#reauth')!.click();
    await pending;
    await expect(el).to.be.accessible();
  });
});
