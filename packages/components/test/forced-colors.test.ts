import { afterEach, describe, it } from 'vitest';
import { commands } from 'vitest/browser';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/vote-panel/define.js';
import '../src/vote-result/define.js';
import type { DkVotePanel, VoteView } from '../src/vote-panel/vote-panel.js';
import type { DkVoteResult, VoteResultView } from '../src/vote-result/vote-result.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

/** The computed value of a system colour (CanvasText, Highlight…) in the current mode. */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const vote: VoteView = {
  id: 'v1',
  title: { fi: 'Äänestys 1', sv: 'Omröstning 1', en: 'Vote 1' },
  jaa: { label: { fi: 'Esittelijän ehdotus', sv: 'Föredragandens förslag', en: "The presenter's proposal" } },
  ei: { label: { fi: 'Virtasen vastaehdotus', sv: 'Virtanens motförslag', en: "Virtanen's counter-proposal" } },
  state: 'open',
  allowChange: true,
};

afterEach(() => commands.emulateForcedColors(false));

describe('forced colors (Windows high contrast), emulated in Chromium', () => {
  it('the emulation really switches the media query on and off', async () => {
    await commands.emulateForcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await commands.emulateForcedColors(false);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });

  it('dk-vote-panel: every option has a system-colour border and the chosen one a thicker one (not colour alone)', async () => {
    const el = await fixture<DkVotePanel>(html`<dk-vote-panel lang="fi" .vote=${vote}></dk-vote-panel>`);
    await commands.emulateForcedColors(true);
    const options = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.target')];
    expect(options.length).to.be.greaterThan(1); // jaa, ei (and tyhjä)
    options[1]!.querySelector('input')!.click();
    await el.updateComplete;
    const [plain, chosen] = [options[0]!, options[1]!].map((o) => getComputedStyle(o));
    const canvasText = systemColour('CanvasText');
    for (const s of [plain!, chosen!]) {
      expect(s.borderTopStyle).to.equal('solid');
      expect(s.borderTopColor).to.equal(canvasText);
    }
    expect(parseFloat(chosen!.borderTopWidth)).to.be.greaterThan(parseFloat(plain!.borderTopWidth));
    await expect(el).to.be.accessible();
  });

  it('dk-vote-result: the bars are drawn in CanvasText, so they stay visible on any high-contrast theme', async () => {
    const result: VoteResultView = {
      voteId: 'v1',
      title: { fi: 'Äänestys 1', sv: 'Omröstning 1', en: 'Vote 1' },
      jaa: { label: { fi: 'Esittelijän ehdotus', sv: 'Föredragandens förslag', en: "The presenter's proposal" } },
      ei: { label: { fi: 'Virtasen vastaehdotus', sv: 'Virtanens motförslag', en: "Virtanen's counter-proposal" } },
      counts: { jaa: 29, ei: 13, tyhja: 1 },
    };
    const el = await fixture<DkVoteResult>(html`<dk-vote-result lang="fi" .result=${result}></dk-vote-result>`);
    const bars = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('svg rect')];
    expect(bars.length).to.be.greaterThan(0);
    const before = getComputedStyle(bars[0]!).fill;
    await commands.emulateForcedColors(true);
    const canvasText = systemColour('CanvasText');
    for (const bar of bars) expect(getComputedStyle(bar).fill).to.equal(canvasText);
    expect(getComputedStyle(bars[0]!).fill).not.to.equal(before);
    await expect(el).to.be.accessible();
  });
});
