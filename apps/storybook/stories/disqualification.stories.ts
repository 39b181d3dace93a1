import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/disqualification/define.js';
import type { DisqualificationView } from '@digikokous/components';

type Args = {
  mode: 'declare' | 'decide';
  bodyKind: string;
  disqualifications: DisqualificationView[];
  onDisqualification: (e: Event) => void;
};
const members = [
  { id: 'p003', name: 'Aino Virtanen' },
  { id: 'p004', name: 'Eero Korhonen' },
  { id: 'p005', name: 'Liisa Mäkinen' },
];

const meta: Meta<Args> = {
  title: 'Meeting/Disqualification (esteellisyys)',
  component: 'dk-disqualification',
  tags: ['autodocs'],
  args: { mode: 'declare', bodyKind: 'lautakunta', disqualifications: [], onDisqualification: fn() },
  render: ({ mode, bodyKind, disqualifications, onDisqualification }) =>
    html`<dk-disqualification
      mode=${mode}
      body-kind=${bodyKind}
      .viewer=${{ id: 'p003' }}
      .members=${members}
      .disqualifications=${disqualifications}
      @dk-disqualification=${onDisqualification}
    ></dk-disqualification>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Declare: Story = {
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('dk-disqualification')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await expect(args.onDisqualification).toHaveBeenCalledOnce();
  },
};
/** KL 97 § 1 mom: a councillor in the council only on personal grounds. */
export const DeclareInCouncil: Story = { args: { bodyKind: 'valtuusto' } };
export const Decide: Story = {
  args: {
    mode: 'decide',
    disqualifications: [
      { personId: 'p004', name: 'Eero Korhonen', ground: 'johtoasema', declaredBy: 'muu' },
      { personId: 'p005', name: 'Liisa Mäkinen', ground: 'asianosainen', declaredBy: 'itse', disqualified: true },
    ],
  },
};
export const Swedish: Story = { args: { mode: 'decide' }, globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
