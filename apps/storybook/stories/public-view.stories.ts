import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/public-view/define.js';
import { publicView, type PublicMeetingView } from '@digikokous/components';
import { councilItems, itemOpened, nameOf, stateAfter } from './meeting-data.js';

type Args = { view: PublicMeetingView };
const title = { fi: 'Kaupunginvaltuusto 5/2026', sv: 'Stadsfullmäktige 5/2026', en: 'City council 5/2026' };
const at = (match: Parameters<typeof stateAfter>[0]) => publicView(stateAfter(match), councilItems, nameOf, title);
const secret = councilItems.find((i) => i.publicity.status !== 'julkinen')!;

const meta: Meta<Args> = {
  title: 'Meeting/Public view (yleisönäkymä)',
  component: 'dk-public-view',
  tags: ['autodocs'],
  args: { view: at((e) => e.type === 'speaker-granted') },
  render: ({ view }) => html`<dk-public-view .view=${view}></dk-public-view>`,
};
export default meta;
type Story = StoryObj<Args>;

export const NotStarted: Story = { args: { view: at(() => false) } };
export const Speaking: Story = {};
export const VoteOpen: Story = { args: { view: at((e) => e.type === 'vote-opened') } };
export const VoteClosed: Story = { args: { view: at((e) => e.type === 'vote-closed') } };
/** A confidential item: its public title only, nothing else. */
export const ConfidentialItem: Story = {
  args: { view: at((e) => e.type === 'item-opened' && (e.payload as { itemId: string }).itemId === secret.id) },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dk-public-view')!;
    await expect(el.shadowRoot!.textContent).not.toContain(secret.title.fi);
  },
};
export const Closed: Story = { args: { view: at(undefined) } };
export const Swedish: Story = { args: { view: at(itemOpened(50)) }, globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
