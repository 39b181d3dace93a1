import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digikokous/components/connection-status/define.js';
import type { ConnectionState, IdentityView } from '@digikokous/components';

type Args = { identity?: IdentityView; connection: ConnectionState; now: number };
const NOW = Date.parse('2026-06-15T18:00:00+03:00');
const identity: IdentityView = {
  name: 'Aino Virtanen',
  loa: 'high',
  method: 'Suomi.fi',
  expiresAt: '2026-06-15T20:00:00+03:00',
};

const meta: Meta<Args> = {
  title: 'Meeting/Connection status (yhteys ja tunnistus)',
  component: 'dk-connection-status',
  tags: ['autodocs'],
  args: { identity, connection: 'live', now: NOW },
  argTypes: { connection: { control: 'inline-radio', options: ['live', 'reconnecting', 'lost'] } },
  render: ({ identity, connection, now }) =>
    html`<dk-connection-status
      .identity=${identity}
      connection=${connection}
      .now=${() => now}
    ></dk-connection-status>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Live: Story = {};
export const Reconnecting: Story = { args: { connection: 'reconnecting' } };
export const Lost: Story = { args: { connection: 'lost' } };
export const ExpiresSoon: Story = { args: { now: Date.parse('2026-06-15T19:57:00+03:00') } };
export const Expired: Story = { args: { now: Date.parse('2026-06-15T20:01:00+03:00') } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { args: { connection: 'lost' }, globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
