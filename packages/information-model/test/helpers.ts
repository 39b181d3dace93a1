import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const readFixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
export const TOS_XSD = join(fixtures, 'jhs191', 'Skeema_TOS_kooste.xsd');

/** xmllint from XMLLINT_PATH or the PATH; throws a clear error when missing (the test must fail, not skip). */
export function findXmllint(): string {
  const fromEnv = process.env['XMLLINT_PATH'];
  const candidates = fromEnv
    ? [fromEnv]
    : (process.env['PATH'] ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((d) => join(d, 'xmllint'));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    'xmllint not found: install Debian libxml2-utils (apt-get install libxml2-utils) or set XMLLINT_PATH. The TOS XML tests validate against the JHS 191 XSD and cannot run without it.',
  );
}

let dir: string | undefined;
let counter = 0;
/** Validates XML against an XSD with xmllint; returns { ok, output }. */
export function xmllintValidate(xml: string, xsd = TOS_XSD): { ok: boolean; output: string } {
  const bin = findXmllint();
  dir ??= mkdtempSync(join(tmpdir(), 'im-xmllint-'));
  const file = join(dir, `doc-${++counter}.xml`);
  writeFileSync(file, xml, 'utf8');
  const r = spawnSync(bin, ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
