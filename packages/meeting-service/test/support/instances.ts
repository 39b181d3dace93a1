import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { privateJwkOf, signingKey } from '../../src/auth/keys.js';
import { randomBytes } from 'node:crypto';
import type { JWK } from 'jose';

/** What every instance of one deployment shares: the token and audit keys and the CSRF secret. */
export interface SharedKeys {
  readonly keys: { readonly token: JWK; readonly audit: JWK };
  readonly csrfKey: Buffer;
}

export function sharedKeys(): SharedKeys {
  return {
    keys: { token: privateJwkOf(signingKey('meeting-token-1')), audit: privateJwkOf(signingKey('audit-1')) },
    csrfKey: randomBytes(32),
  };
}

const here = fileURLToPath(new URL('.', import.meta.url));
// Inside the package's node_modules: ignored by git, and the bundle's bare imports resolve from there.
const outDir = fileURLToPath(new URL('../../node_modules/.cache/meeting-service-test/', import.meta.url));
let bundled: Promise<string> | undefined;

function bundle(): Promise<string> {
  bundled ??= (async () => {
    mkdirSync(outDir, { recursive: true });
    const outfile = `${outDir}child-service.mjs`;
    await build({
      entryPoints: [`${here}child-service.ts`],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    return outfile;
  })();
  return bundled;
}

export interface ChildInstance {
  readonly base: string;
  /** SIGKILL: no graceful close, no flush, in-flight requests die with the process. */
  kill(): Promise<void>;
}

/** Starts the service as a child process on `databaseUrl` and waits until it listens. */
export async function startChild(options: {
  databaseUrl: string;
  meetingId: string;
  origin: string;
  shared: SharedKeys;
}): Promise<ChildInstance> {
  const file = await bundle();
  const child = spawn(process.execPath, [file], {
    env: {
      ...process.env,
      DK_CHILD: JSON.stringify({
        databaseUrl: options.databaseUrl,
        meetingId: options.meetingId,
        origin: options.origin,
        keys: options.shared.keys,
        csrfKey: options.shared.csrfKey.toString('base64'),
      }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the child service did not start in 60 s')), 60_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const m = /LISTENING (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child service exited (${code}) before listening`));
    });
  });
  return {
    base,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
