/// <reference types="vite/client" />
import { describe, it } from 'vitest';
import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { exampleBrandCss, hdsThemeCss, hdsTokenMap, themeCss } from '../src/themes/themes.js';
// The Helsinki Design System's published tokens (dev dependency only: the theme does not load HDS at runtime).
import hdsCss from 'hds-design-tokens/lib/all.css?raw';
import { DkAgenda } from '../src/agenda/agenda.js';
import { DkAgendaItem } from '../src/agenda-item/agenda-item.js';
import { DkAttendance } from '../src/attendance/attendance.js';
import { DkConfidential } from '../src/confidential/confidential.js';
import { DkQuorumStatus } from '../src/quorum-status/quorum-status.js';
import { DkSpeakerQueue } from '../src/speaker-queue/speaker-queue.js';
import { DkVotePanel } from '../src/vote-panel/vote-panel.js';
import { DkVoteResult } from '../src/vote-result/vote-result.js';

const classes = [
  DkAgenda,
  DkAgendaItem,
  DkAttendance,
  DkConfidential,
  DkQuorumStatus,
  DkSpeakerQueue,
  DkVotePanel,
  DkVoteResult,
];

function cssText(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map((s) => cssText(s as CSSResultGroup)).join('\n');
  return (styles as { cssText: string }).cssText;
}

/** The token values of one theme block, e.g. `[data-dk-theme='dark'] { … }`; `var(--x, v)` reads as `v`. */
function theme(name: string, css = themeCss + hdsThemeCss): Record<string, string> {
  const block = new RegExp(`\\[data-dk-theme='${name}'\\]\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/(--dk-[\w-]+):\s*([^;]+);/g)].map((m) => [
      m[1]!,
      m[2]!.trim().replace(/^var\(--[\w-]+,\s*(.*)\)$/, '$1'),
    ]),
  );
}

/** The custom properties the HDS package defines, name → value. */
const hds = Object.fromEntries(
  [...hdsCss.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.replace(/\/\*.*?\*\//g, '').trim()]),
);

function luminance(hex: string): number {
  const n = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(n.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('design tokens', () => {
  it('every colour token a component uses is defined in the light, dark and high-contrast themes', () => {
    const used = new Set(
      classes.flatMap((c) => [...cssText(c.styles).matchAll(/var\((--dk-color-[\w-]+)/g)].map((m) => m[1]!)),
    );
    expect(used.size).to.be.greaterThan(8);
    for (const name of ['light', 'dark', 'high-contrast', 'hds']) {
      const defined = theme(name);
      for (const token of used) expect(defined, `${token} in ${name}`).to.have.property(token);
    }
  });

  for (const [name, textRatio] of [
    ['light', 4.5],
    ['dark', 4.5],
    ['high-contrast', 7],
    ['hds', 4.5],
  ] as const) {
    it(`${name}: text ${textRatio}:1 on surfaces (WCAG 1.4.3/1.4.6), focus and bars 3:1 (1.4.11)`, () => {
      const t = theme(name);
      for (const bg of ['--dk-color-surface', '--dk-color-bg', '--dk-color-surface-alt', '--dk-color-current-bg']) {
        for (const fg of ['--dk-color-text', '--dk-color-text-muted', '--dk-color-accent-text']) {
          expect(contrast(t[fg]!, t[bg]!), `${fg} on ${bg}`).to.be.at.least(textRatio);
        }
      }
      expect(contrast(t['--dk-color-on-accent']!, t['--dk-color-accent']!), 'button text').to.be.at.least(textRatio);
      for (const ui of [
        '--dk-color-focus',
        '--dk-color-border',
        '--dk-color-jaa',
        '--dk-color-ei',
        '--dk-color-tyhja',
      ]) {
        expect(contrast(t[ui]!, t['--dk-color-surface']!), ui).to.be.at.least(3);
      }
    });
  }

  it('the example brand keeps the light theme contrast', () => {
    const light = theme('light');
    const brand = Object.fromEntries(
      [...exampleBrandCss.matchAll(/(--dk-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
    );
    const t = { ...light, ...brand };
    expect(contrast(t['--dk-color-accent-text']!, t['--dk-color-surface']!)).to.be.at.least(4.5);
    expect(contrast(t['--dk-color-on-accent']!, t['--dk-color-accent']!)).to.be.at.least(4.5);
    expect(contrast(t['--dk-color-text']!, t['--dk-color-current-bg']!)).to.be.at.least(4.5);
    expect(contrast(t['--dk-color-focus']!, t['--dk-color-surface']!)).to.be.at.least(3);
  });

  it('hds: every kit token maps to a token the Helsinki Design System publishes, with its value as fallback', () => {
    expect(Object.keys(hds).length, 'HDS tokens read').to.be.greaterThan(100);
    const norm = (v: string) =>
      v
        .replace(/\s+/g, '')
        .replace(/\.0rem$/, 'rem')
        .toLowerCase();
    for (const [kit, [name, value]] of Object.entries(hdsTokenMap)) {
      expect(hds, `${kit} → ${name}`).to.have.property(name);
      expect(norm(value), `${kit}: fallback = HDS value of ${name}`).to.equal(norm(hds[name]!));
    }
    // One-to-one: each kit token once, and the theme block sets exactly the mapped ones (plus the radius).
    const block = theme('hds');
    for (const kit of Object.keys(hdsTokenMap)) expect(block, kit).to.have.property(kit);
    expect(hdsThemeCss).to.contain('--dk-color-accent: var(--color-bus, #0000bf);');
  });
});
