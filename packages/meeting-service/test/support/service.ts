import type { Meeting } from '@digikokous/meeting-schema';
import { createMeetingService, type MeetingService } from '../../src/http/server.js';
import type { ServiceConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { esimerkkilaCouncil } from '../../src/demo.js';

export const ORIGIN = 'http://localhost:8080';
let counter = 0;

export interface TestSession {
  readonly cookie: string;
  readonly csrf: string;
  readonly personId: string;
}

export interface Harness {
  readonly service: MeetingService;
  readonly meetingId: string;
  login(personId: string): Promise<TestSession>;
  command(
    session: TestSession,
    body: Record<string, unknown>,
    key?: string,
  ): Promise<{ status: number; json: Record<string, unknown> }>;
  ok(session: TestSession, body: Record<string, unknown>): Promise<Record<string, unknown>>;
  state(session?: TestSession): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** The service with the Esimerkkilä council under a fresh meeting id, on the given database. */
export async function harness(
  database: Database,
  options: Partial<ServiceConfig> & { meeting?: Partial<Meeting>; meetingId?: string } = {},
): Promise<Harness> {
  const { meeting, meetingId: fixedId, ...rest } = options;
  // Letters between the numbers: an id must never look like a henkilötunnus (the audit chain refuses those).
  const meetingId = fixedId ?? `kv-t${counter++}x${Date.now().toString(36)}`;
  const definition = esimerkkilaCouncil({ id: meetingId, ...meeting });
  const service = await createMeetingService({
    mode: 'development',
    developmentLogin: true,
    database,
    meetings: [definition],
    publicOrigin: ORIGIN,
    ...rest,
  });
  let n = 0;
  const h: Harness = {
    service,
    meetingId,
    async login(personId) {
      const r = await service.app.inject({
        method: 'POST',
        url: `/api/meetings/${meetingId}/dev-login`,
        payload: { personId },
      });
      if (r.statusCode !== 200) throw new Error(`login ${personId}: ${r.statusCode} ${r.body}`);
      const cookie = String(r.headers['set-cookie']).split(';')[0] as string;
      return { cookie, csrf: (r.json() as { csrf: string }).csrf, personId };
    },
    async command(session, body, key) {
      const r = await service.app.inject({
        method: 'POST',
        url: `/api/meetings/${meetingId}/commands`,
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'idempotency-key': key ?? `k-${Date.now()}-${n++}`,
          origin: ORIGIN,
        },
        payload: body,
      });
      return { status: r.statusCode, json: r.json() as Record<string, unknown> };
    },
    async ok(session, body) {
      const r = await h.command(session, body);
      if (r.status !== 200)
        throw new Error(`${String(body.type)} by ${session.personId}: ${r.status} ${JSON.stringify(r.json)}`);
      return r.json;
    },
    async state(session) {
      const r = await service.app.inject({
        method: 'GET',
        url: `/api/meetings/${meetingId}/state`,
        headers: session ? { cookie: session.cookie } : {},
      });
      return r.json() as Record<string, unknown>;
    },
    close: () => service.close(),
  };
  return h;
}

export const CHAIR = 'p001';
export const SECRETARY = 'hallintojohtaja';
export const item = (n: number): string => `kv-2026-5-${n}`;
/** Councillors p002…p030 and the chair: 30 present, the council's quorum is 29 of 43 (KL 103 § 1 mom). */
export const PRESENT = Array.from({ length: 30 }, (_, i) => `p${String(i + 1).padStart(3, '0')}`);

/**
 * The opening of the meeting: open, 30 councillors present (remote), legality stated in § 45 ("Voidaanko
 * yksimielisesti hyväksyä?": a unanimous decision closes the discussion). Each command with who gives it.
 */
export function openingCommands(): { by: 'chair' | 'secretary'; body: Record<string, unknown> }[] {
  return [
    { by: 'chair', body: { type: 'open-meeting', chairId: CHAIR, secretaryId: SECRETARY, mode: 'hybridi' } },
    ...PRESENT.map((p) => ({
      by: 'secretary' as const,
      body: {
        type: 'change-attendance',
        personId: p,
        status: 'lasna',
        mode: 'etana',
        role: p === CHAIR ? 'puheenjohtaja' : 'jasen',
        votingRight: true,
      },
    })),
    { by: 'chair', body: { type: 'open-item', itemId: item(1), sectionNumber: 45 } },
    { by: 'chair', body: { type: 'make-proposal', kind: 'pohjaehdotus', text: { fi: 'Todetaan laillisuus.' } } },
    { by: 'chair', body: { type: 'state-legality', lawfullyConvened: true } },
    { by: 'chair', body: { type: 'record-decision', unanimous: true } },
    { by: 'chair', body: { type: 'close-item' } },
  ];
}

/** Opens the meeting with 30 councillors present (remote), legality stated in § 45. */
export async function openMeeting(h: Harness): Promise<{ chair: TestSession; secretary: TestSession }> {
  const chair = await h.login(CHAIR);
  const secretary = await h.login(SECRETARY);
  for (const c of openingCommands()) await h.ok(c.by === 'chair' ? chair : secretary, c.body);
  return { chair, secretary };
}
