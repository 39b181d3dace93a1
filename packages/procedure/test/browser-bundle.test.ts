import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('browser safety', () => {
  it('bundles for the browser without zod, jose or Node built-ins', async () => {
    const result = await build({
      entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => /node_modules\/(zod|jose)\//.test(p))).toBe(false);
    expect(inputs.some((p) => p.includes('meeting-schema/dist/codes.js'))).toBe(true);
    expect(inputs.some((p) => /meeting-schema\/dist\/(index|events|proceedings)\.js/.test(p))).toBe(false);
    const bytes = result.outputFiles[0]!.contents.byteLength;
    expect(bytes).toBeLessThan(400_000);
  });
});
