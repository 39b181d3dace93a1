// Makes test/fixtures/meeting-recording.webm, the small real video of the dk-recording tests: run once, the output is
// committed (no download or generation at test time). The system Chromium (the one the tests use) draws 12 seconds
// of frames on a canvas, one § title per 6 seconds and a running clock, and records them with
// canvas.captureStream + MediaRecorder (VP8, 160×90, 10 fps, ~40 kbit/s). Usage:
//   node packages/components/scripts/make-recording-fixture.mjs
// The captions (test/fixtures/meeting-recording.fi.vtt) are written by hand to the same timeline.
/* global document, MediaRecorder -- the function given to page.evaluate runs in the browser */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { findChromium } from '../../../scripts/find-chromium.mjs';

const out = fileURLToPath(new URL('../test/fixtures/meeting-recording.webm', import.meta.url));
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu'] });
const page = await browser.newPage();
const base64 = await page.evaluate(async () => {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 90;
  const g = canvas.getContext('2d');
  const stream = canvas.captureStream(10);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 40_000 });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const done = new Promise((resolve) => (recorder.onstop = resolve));
  const start = performance.now();
  const draw = () => {
    const t = (performance.now() - start) / 1000;
    g.fillStyle = t < 6 ? '#0b4f8a' : '#8a2b0b';
    g.fillRect(0, 0, 160, 90);
    g.fillStyle = '#ffffff';
    g.font = 'bold 20px sans-serif';
    g.fillText(t < 6 ? '§ 1' : '§ 2', 10, 35);
    g.font = '14px monospace';
    g.fillText(`${t.toFixed(1)} s`, 10, 70);
  };
  draw();
  recorder.start(1000);
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      draw();
      if (performance.now() - start >= 12_000) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
  });
  recorder.stop();
  await done;
  const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
});
await browser.close();
const bytes = Buffer.from(base64, 'base64');
writeFileSync(out, bytes);
console.log(`wrote ${out} (${bytes.length} bytes)`);
