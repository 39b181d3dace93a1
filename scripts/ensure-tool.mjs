// Finds a system tool the tests need (Chromium, xmllint) and, where there is none, installs it from
// Debian's packages when running as root with apt-get; otherwise stops with one line naming what to
// install. Nothing is ever downloaded from anywhere else (no browser downloads).
import { spawnSync } from 'node:child_process';
import { findOnPath } from './find-chromium.mjs';

/**
 * @param {{ label: string, envVar: string, names: string[], debianPackage: string }} tool
 * @returns {string} the executable path (also set in process.env[tool.envVar])
 */
export function ensureTool({ label, envVar, names, debianPackage }) {
  const given = process.env[envVar];
  if (given) return given;
  let found = findOnPath(names);
  if (!found) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const apt = findOnPath(['apt-get']);
    if (!isRoot || !apt) {
      console.error(
        `npm test needs ${label}: install the Debian package '${debianPackage}' (or set ${envVar} to its path).`,
      );
      process.exit(1);
    }
    console.log(`${label} not found: installing Debian's '${debianPackage}' with apt-get (runs once per machine).`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', debianPackage]]) {
      const run = spawnSync(apt, args, { stdio: 'inherit', env });
      if (run.status !== 0) {
        console.error(`apt-get ${args.join(' ')} failed; install '${debianPackage}' by hand.`);
        process.exit(1);
      }
    }
    found = findOnPath(names);
    if (!found) {
      console.error(`'${debianPackage}' was installed but none of ${names.join(', ')} is on the PATH.`);
      process.exit(1);
    }
  }
  process.env[envVar] = found;
  return found;
}
