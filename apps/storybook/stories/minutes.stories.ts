import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn } from 'storybook/test';
import { html } from 'lit';
import '@digikokous/components/minutes/define.js';
import type { Minutes } from '@digikokous/meeting-schema';
import { councilMinutes } from '@digikokous/meeting-schema/fixtures';

type Args = {
  minutes: Minutes;
  language?: 'fi' | 'sv';
  viewerId?: string;
  mayViewConfidential?: boolean;
  onApprove: (e: Event) => void;
};
const unchecked = {
  ...councilMinutes,
  checkedOn: undefined,
  signatures: councilMinutes.signatures.map((s) =>
    s.role === 'poytakirjantarkastaja' ? { ...s, signedAt: undefined } : s,
  ),
} as Minutes;

const meta: Meta<Args> = {
  title: 'Meeting/Minutes (pöytäkirja)',
  component: 'dk-minutes',
  tags: ['autodocs'],
  args: { minutes: councilMinutes, onApprove: fn() },
  render: ({ minutes, language, viewerId, mayViewConfidential, onApprove }) =>
    html`<dk-minutes
      .minutes=${minutes}
      language=${language ?? ''}
      .viewer=${viewerId ? { id: viewerId, mayViewConfidential: mayViewConfidential === true } : undefined}
      @dk-minutes-approve=${onApprove}
    ></dk-minutes>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Checked minutes as published: a confidential § by its public title only. */
export const Checked: Story = {};
/** A minutes checker approves the drafted minutes. */
export const Checking: Story = {
  args: { minutes: unchecked, viewerId: 'p012' },
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('dk-minutes')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#approve')!.click();
    await expect(args.onApprove).toHaveBeenCalledOnce();
  },
};
export const ForMembers: Story = { args: { viewerId: 'p003', mayViewConfidential: true } };
export const Swedish: Story = { args: { language: 'sv' }, globals: { locale: 'sv' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
