import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from './support/backends.js';
import { harness, type Harness } from './support/service.js';

// The built app is served from memory next to the API; routing only, so PGlite alone.
describe('the app next to the API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-app-'));
  let h: Harness;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kokous</title>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
    h = await harness((await freshDatabase('pglite')).db, { appDir: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html for app routes and the listed assets, immutable', async () => {
    const page = await h.service.app.inject({ url: '/kokous/kv-1' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Kokous</title>');
    const asset = await h.service.app.inject({ url: '/assets/app.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await h.service.app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
  });

  it('an unknown API path is the bilingual 404 refusal, never the app page with 200', async () => {
    // (`…/election-box` was the example of an optional route until the service took the ballot box in.)
    for (const url of ['/api', '/api/nothing', `/api/meetings/${h.meetingId}/no-such-route`]) {
      const r = await h.service.app.inject({ url });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type'], url).toMatch(/json/);
      expect(r.body, url).not.toContain('<title>');
      expect(r.json(), url).toMatchObject({ code: 'not-found' });
    }
  });
});
