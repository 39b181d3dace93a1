import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/electronic-procedure/define.js';
import { electronicItemView, type ElectronicItemView } from '@digikokous/components';

type Matter = Omit<ElectronicItemView, 'outcome'>;
type Args = { items: Matter[]; now: string; publicMeeting: boolean; onPosition: (e: Event) => void };
const members = ['p002', 'p003', 'p004', 'p005', 'p006', 'p007', 'p008'];
const items: Matter[] = [
  {
    id: 'e1',
    sectionNumber: 12,
    title: {
      fi: 'Lausunto maakuntakaavaehdotuksesta',
      sv: 'Utlåtande om förslaget till landskapsplan',
      en: 'Statement on the regional plan',
    },
    proposal: {
      fi: 'Kunnanhallitus antaa liitteen mukaisen lausunnon.',
      sv: 'Kommunstyrelsen ger ett utlåtande enligt bilagan.',
    },
    deadline: '2026-06-12T16:00:00+03:00',
    members,
    answers: ['p002', 'p004', 'p005'],
    demands: [],
  },
  {
    id: 'e2',
    sectionNumber: 13,
    title: { fi: 'Edustajan nimeäminen yhtiökokoukseen', sv: 'Utseende av ombud till bolagsstämman' },
    deadline: '2026-06-12T16:00:00+03:00',
    members,
    answers: members,
    demands: [],
    position: 'puoltaa',
  },
];
const BEFORE = '2026-06-10T12:00:00+03:00';
const AFTER = '2026-06-13T12:00:00+03:00';

const meta: Meta<Args> = {
  title: 'Meeting/Electronic procedure (sähköinen päätöksentekomenettely)',
  component: 'dk-electronic-procedure',
  tags: ['autodocs'],
  args: { items, now: BEFORE, publicMeeting: false, onPosition: fn() },
  // The host computes each matter's state with the engine and its clock (KL 100 §).
  render: ({ items, now, publicMeeting, onPosition }) =>
    html`<dk-electronic-procedure
      .items=${items.map((i) => electronicItemView(i, { now, publicMeeting }))}
      .viewer=${{ id: 'p003' }}
      @dk-position=${onPosition}
    ></dk-electronic-procedure>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Open: Story = {
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('dk-electronic-procedure')!;
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[value="puoltaa"]')!.click();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await expect(args.onPosition).toHaveBeenCalledOnce();
  },
};
/** After the deadline: one matter decided, one moved to a meeting for missing answers (KL 100 §). */
export const AfterDeadline: Story = { args: { now: AFTER } };
export const DemandedMeeting: Story = { args: { items: [{ ...items[0]!, demands: ['p006'] }] } };
export const PublicMeetingNotAllowed: Story = { args: { publicMeeting: true } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
