import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KitTestRef, VitestReport } from '../src/index.js';

/** The repository root (tests name kit test files relative to it). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A deep copy to mutate in a test. */
export const clone = <T>(x: T): T => structuredClone(x);

/** A Vitest JSON report (the reporter's shape) in which the given tests have the given statuses. */
export function reportOf(
  entries: readonly (readonly [KitTestRef, string])[],
  startTime = Date.UTC(2026, 2, 2, 8),
): VitestReport {
  const files = new Map<string, VitestReport['testResults'][number]>();
  for (const [ref, status] of entries) {
    const name = join(repoRoot, ref.file);
    if (!files.has(name)) files.set(name, { name, assertionResults: [] });
    files.get(name)!.assertionResults.push({
      ancestorTitles: ref.describe === undefined ? [] : [ref.describe],
      title: ref.test,
      status,
    });
  }
  return { startTime, success: true, testResults: [...files.values()] };
}

export const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);
