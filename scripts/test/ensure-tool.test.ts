import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findChromium, findOnPath } from '../find-chromium.mjs';

function fakeExecutable(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, 0o755);
  return path;
}

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH over the PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-chromium-'));
    fakeExecutable(dir, 'chromium');
    expect(findChromium({ CHROMIUM_PATH: '/opt/my/chrome', PATH: dir })).toBe('/opt/my/chrome');
  });

  it('takes chromium, chromium-browser and google-chrome from the PATH in that order', () => {
    const a = mkdtempSync(join(tmpdir(), 'dk-a-'));
    const b = mkdtempSync(join(tmpdir(), 'dk-b-'));
    const chrome = fakeExecutable(a, 'google-chrome');
    expect(findChromium({ PATH: `${a}:${b}` })).toBe(chrome);
    const browser = fakeExecutable(b, 'chromium-browser');
    expect(findChromium({ PATH: `${a}:${b}` })).toBe(browser);
    const chromium = fakeExecutable(b, 'chromium');
    expect(findChromium({ PATH: `${a}:${b}` })).toBe(chromium);
  });

  it('ignores files that are not executable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-noexec-'));
    writeFileSync(join(dir, 'chromium'), '');
    expect(findOnPath(['chromium'], { PATH: dir })).toBeUndefined();
  });
});

describe('ensureTool', () => {
  const scripts = fileURLToPath(new URL('..', import.meta.url));

  it('stops with one line naming the Debian package when there is no browser and it may not install one', () => {
    const empty = mkdtempSync(join(tmpdir(), 'dk-empty-'));
    // Pretend to be an ordinary user, so that ensureTool must not try apt-get.
    const preload = join(empty, 'not-root.mjs');
    writeFileSync(preload, 'process.getuid = () => 1000;\n');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        preload,
        '--input-type=module',
        '-e',
        `const { ensureTool } = await import(${JSON.stringify(join(scripts, 'ensure-tool.mjs'))});
         ensureTool({ label: 'Chromium', envVar: 'CHROMIUM_PATH', names: ['chromium'], debianPackage: 'chromium' });
         console.log('not reached');`,
      ],
      { env: { PATH: empty }, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('not reached');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("install the Debian package 'chromium'");
  });

  it('returns the tool it finds and exports its path for the tests', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-found-'));
    const xmllint = fakeExecutable(dir, 'xmllint');
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { ensureTool } = await import(${JSON.stringify(join(scripts, 'ensure-tool.mjs'))});
         const path = ensureTool({ label: 'xmllint', envVar: 'XMLLINT_PATH', names: ['xmllint'], debianPackage: 'libxml2-utils' });
         console.log(path === process.env.XMLLINT_PATH ? path : 'mismatch');`,
      ],
      { env: { PATH: dir }, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(xmllint);
  });
});
