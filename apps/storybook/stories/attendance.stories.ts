import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@digikokous/components/attendance/define.js';
import '@digikokous/components/quorum-status/define.js';
import type { ParticipantView } from '@digikokous/components';
import { participants } from './data.js';

type Args = { participants: ParticipantView[] };

const meta: Meta<Args> = {
  title: 'Components/Attendance (läsnäolo)',
  component: 'dk-attendance',
  tags: ['autodocs'],
  args: { participants },
  render: ({ participants }) => html`<dk-attendance .participants=${participants}></dk-attendance>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const EnglishDark: Story = { globals: { locale: 'en', theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
/** Attendance with the quorum it gives a five-member committee (KL 103 § 2 mom). */
export const WithQuorum: Story = {
  render: ({ participants }) =>
    html`<dk-quorum-status seats="5" body-kind="lautakunta" .participants=${participants}></dk-quorum-status>
      <dk-attendance .participants=${participants}></dk-attendance>`,
};
