// A throw-away PostgreSQL server for the tests: finds the server binaries (Debian's
// /usr/lib/postgresql/<n>/bin, or POSTGRES_BIN), or as root installs Debian's 'postgresql' with apt-get,
// then runs initdb and postgres on a temporary directory and a free loopback port. PostgreSQL refuses to
// run as root, so as root both run as the unprivileged 'postgres' system user (created by the Debian
// package) through runuser. `stop()` removes everything again.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath } from './find-chromium.mjs';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The directory holding initdb and postgres, or undefined. */
export function findPostgresBin() {
  const given = process.env.POSTGRES_BIN;
  if (given && existsSync(join(given, 'postgres'))) return given;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'postgres')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(base, versions[0], 'bin');
  }
  const initdb = findOnPath(['initdb']);
  return initdb ? initdb.replace(/\/initdb$/, '') : undefined;
}

/** Finds the binaries, installing Debian's 'postgresql' as root when they are missing (says so). */
export function ensurePostgresBin(log = console.log) {
  let bin = findPostgresBin();
  if (bin) return bin;
  const apt = findOnPath(['apt-get']);
  if (!isRoot() || !apt) {
    throw new Error("The service tests need PostgreSQL: install Debian's 'postgresql' (or set POSTGRES_BIN).");
  }
  log("PostgreSQL not found: installing Debian's 'postgresql' with apt-get (runs once per machine).");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'postgresql']]) {
    const run = spawnSync(apt, args, { stdio: 'inherit', env });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed; install 'postgresql' by hand.`);
  }
  bin = findPostgresBin();
  if (!bin) throw new Error("'postgresql' was installed but no server binaries were found.");
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts a server; resolves to `{ url, port, stop }`. Listens on 127.0.0.1 only, trust authentication
 * (loopback, throw-away data), fsync off (the data is deleted afterwards).
 * @returns {Promise<{ url: string, port: number, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startPostgres({ log = console.log } = {}) {
  const bin = ensurePostgresBin(log);
  const dir = mkdtempSync(join(tmpdir(), 'digikokous-pg-'));
  const dataDir = join(dir, 'data');
  const asUser = isRoot() ? 'postgres' : undefined;
  if (asUser) {
    const id = spawnSync('id', ['-u', asUser], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', asUser], { encoding: 'utf8' });
    if (id.status !== 0) throw new Error("Running as root, but there is no 'postgres' user to run PostgreSQL as.");
    chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
    chmodSync(dir, 0o700);
  }
  const wrap = (cmd, args) => (asUser ? ['runuser', ['-u', asUser, '--', cmd, ...args]] : [cmd, args]);
  const [initCmd, initArgs] = wrap(join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const port = await freePort();
  const [pgCmd, pgArgs] = wrap(join(bin, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    dir,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ]);
  const child = spawn(pgCmd, pgArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const isReady = join(bin, 'pg_isready');
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited: ${stderr}`);
    const ready = spawnSync(isReady, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'], { stdio: 'ignore' });
    if (ready.status === 0) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`postgres did not become ready: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      // pg_ctl as the same user: a signal to runuser is not passed on to the server.
      const [ctlCmd, ctlArgs] = wrap(join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w']);
      spawnSync(ctlCmd, ctlArgs, { stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dataDir, stop };
}
