import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digikokous/components/decision/define.js';
import type { Decision } from '@digikokous/meeting-schema';
import { appealDeadlines } from '@digikokous/procedure';
import { councilMinutes, executiveMinutes } from '@digikokous/meeting-schema/fixtures';

type Args = { decision: Decision; heading?: string; minutesPublishedOn?: string };
const withAppeal =
  councilMinutes.items.find((i) => i.decision.appeal?.kind === 'kunnallisvalitus') ?? councilMinutes.items[0]!;
const rectification = executiveMinutes.items.find((i) => i.decision.appeal?.kind === 'oikaisuvaatimus');

const meta: Meta<Args> = {
  title: 'Meeting/Decision (päätös)',
  component: 'dk-decision',
  tags: ['autodocs'],
  args: {
    decision: withAppeal.decision,
    heading: `§ ${withAppeal.sectionNumber} ${withAppeal.title.fi}`,
    minutesPublishedOn: '2026-06-19',
  },
  // The host computes the deadlines with the engine (holidays included) and hands them to the component.
  render: ({ decision, heading, minutesPublishedOn }) =>
    html`<dk-decision
      .decision=${decision}
      .heading=${heading}
      .deadlines=${minutesPublishedOn ? appealDeadlines({ minutesPublishedOn }) : undefined}
    ></dk-decision>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Published on Midsummer Eve 2026: the appeal's last day falls on a Sunday and moves to Monday. */
export const MunicipalAppeal: Story = {};
export const BeforePublication: Story = { args: { minutesPublishedOn: undefined } };
export const Rectification: Story = rectification
  ? {
      args: {
        decision: rectification.decision,
        heading: `§ ${rectification.sectionNumber}`,
        minutesPublishedOn: '2026-03-02',
      },
    }
  : {};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
