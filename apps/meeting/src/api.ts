/** The browser's side of the meeting service API: session, commands with idempotency keys, the live stream. */
import type { MeetingEvent } from '@digikokous/meeting-schema';

export interface SessionInfo {
  personId: string;
  role: string;
  name: string;
  csrf: string;
  expiresIn: number;
  development: boolean;
  /** Level of assurance of the identification (`low` for the development identity provider). */
  loa?: string;
  /** `dev` or `oidc`. */
  idp?: string;
}

export interface MeetingInfo {
  id: string;
  title: { fi: string; sv?: string; en?: string };
  startsAt?: string;
  public?: boolean;
  login: { development: boolean; oidc: boolean };
  participants: { personId: string; role: string; name: string }[];
}

export interface Refusal {
  code: string;
  message: { fi: string; sv: string; en: string };
}

export type LiveEvent = MeetingEvent | { id: string; seq: number; at: string; type: string; redacted: true };

export interface BoxElection {
  electionId: string;
  itemId: string;
  title: { fi: string; sv?: string };
  seatsToFill: number;
  secretBallot: boolean;
  candidates: { id: string; name: string; personId?: string }[];
}

/** The ballot box as the viewer may see it: the number of ballots and whether the viewer has voted, never a choice. */
export type ElectionBoxView =
  | { open: false; closed?: undefined; ballotSecrecyEnsured: boolean }
  | {
      open: boolean;
      closed: boolean;
      election: BoxElection;
      ballotsCast: number;
      voted: boolean;
      ballotSecrecyEnsured: boolean;
    };

export interface ElectionToCount {
  electionId: string;
  title: { fi: string; sv?: string };
  seatsToFill: number;
  secretBallot: boolean;
  candidates: { id: string; name: string; personId?: string }[];
  ballots: { id: string; candidateId?: string }[];
}

const json = async <T>(r: Response): Promise<T> => (await r.json()) as T;

export class MeetingClient {
  session: SessionInfo | undefined;
  #source: EventSource | undefined;
  #refresh: number | undefined;
  #heartbeat: number | undefined;

  constructor(readonly meetingId: string) {}

  get base(): string {
    return `/api/meetings/${encodeURIComponent(this.meetingId)}`;
  }

  async info(): Promise<MeetingInfo | Refusal> {
    return json(await fetch(this.base));
  }

  /** The current session from the httpOnly cookie, if any. */
  async resume(): Promise<SessionInfo | undefined> {
    const r = await fetch(`${this.base}/session`);
    if (r.status !== 200) return undefined;
    this.#started(await json<SessionInfo>(r));
    return this.session;
  }

  async devLogin(personId: string): Promise<SessionInfo | Refusal> {
    const r = await fetch(`${this.base}/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId }),
    });
    const body = await json<SessionInfo | Refusal>(r);
    if (r.status === 200) this.#started(body as SessionInfo);
    return body;
  }

  async logout(): Promise<void> {
    await fetch(`${this.base}/logout`, { method: 'POST' });
    this.session = undefined;
    window.clearInterval(this.#refresh);
    window.clearInterval(this.#heartbeat);
  }

  #started(session: SessionInfo): void {
    this.session = session;
    window.clearInterval(this.#refresh);
    // Refresh well before the short meeting token expires (≤ 15 min).
    this.#refresh = window.setInterval(() => void this.#refreshNow(), Math.max(5, session.expiresIn / 3) * 1000);
    window.clearInterval(this.#heartbeat);
    // KL 99 §: remote participants report that their connection is alive.
    this.#heartbeat = window.setInterval(() => void this.heartbeat(), 10_000);
  }

  async #refreshNow(): Promise<void> {
    if (!this.session) return;
    const r = await fetch(`${this.base}/session/refresh`, {
      method: 'POST',
      headers: { 'x-csrf-token': this.session.csrf },
    });
    if (r.status === 200) this.session = await json<SessionInfo>(r);
  }

  async heartbeat(): Promise<void> {
    if (!this.session) return;
    await fetch(`${this.base}/heartbeat`, { method: 'POST', headers: { 'x-csrf-token': this.session.csrf } }).catch(
      () => {},
    );
  }

  /**
   * Sends a command. The idempotency key is made once per user action, so a retry after a network error or a
   * 503 can never record the action twice.
   */
  async command(body: Record<string, unknown>): Promise<{ ok: true } | { ok: false; refusal: Refusal }> {
    const key = `${Date.now().toString(36)}-${crypto.randomUUID()}`;
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await fetch(`${this.base}/commands`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': key,
            'x-csrf-token': this.session?.csrf ?? '',
          },
          body: JSON.stringify(body),
        });
        if (r.status === 200) return { ok: true };
        if (r.status === 401 && attempt === 0 && (await this.resume())) continue;
        if (r.status >= 500 && attempt < 4) {
          await new Promise((res) => setTimeout(res, 300 * (attempt + 1)));
          continue;
        }
        return { ok: false, refusal: await json<Refusal>(r) };
      } catch (error) {
        if (attempt >= 4) throw error;
        await new Promise((res) => setTimeout(res, 300 * (attempt + 1)));
      }
    }
  }

  /**
   * The election ballot box of the current item (KL 105 §) from the meeting service (durable, on every instance);
   * `undefined` when the service answers without one (the app then offers no election ballot).
   */
  async electionBox(): Promise<ElectionBoxView | undefined> {
    if (!this.session) return undefined;
    const r = await fetch(`${this.base}/election-box`).catch(() => undefined);
    // A service without the box answers its bilingual 404 (or, an older one, the app's page): not a box.
    const isJson = r?.headers.get('content-type')?.startsWith('application/json') === true;
    return r?.status === 200 && isJson ? json<ElectionBoxView>(r) : undefined;
  }

  /** A state change of the ballot box: open (the presiding chair), ballot (a member), close (the presiding chair). */
  async electionBoxAct(
    act: 'open' | 'ballot' | 'close',
    body: Record<string, unknown> = {},
  ): Promise<{ ok: true; box: ElectionBoxView } | { ok: false; refusal: Refusal }> {
    const r = await fetch(`${this.base}/election-box/${act}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': this.session?.csrf ?? '' },
      body: JSON.stringify(body),
    });
    return r.status === 200 ? { ok: true, box: await json<ElectionBoxView>(r) } : { ok: false, refusal: await json(r) };
  }

  /** The closed box's ballots without voters, in random order, for `count-election` (the presiding chair). */
  async electionBallots(): Promise<ElectionToCount | undefined> {
    const r = await fetch(`${this.base}/election-box/ballots`);
    return r.status === 200 ? json<ElectionToCount>(r) : undefined;
  }

  async snapshot(): Promise<{ seq: number; meeting: unknown; state: { body: { kind: string; seats: number } } }> {
    return json(await fetch(`${this.base}/state`));
  }

  /** The minutes draft as a meeting-schema `Minutes` document (chair and secretary). */
  async minutesDraft(lang: 'fi' | 'sv'): Promise<unknown> {
    const r = await fetch(`${this.base}/minutes-draft?lang=${lang}&format=document`);
    return r.status === 200 ? json(r) : undefined;
  }

  async checkpoints(): Promise<{
    keys: { keys: JsonWebKey[] };
    checkpoints: { size: number; reason: string; jws: string }[];
  }> {
    return json(await fetch(`${this.base}/audit/checkpoints`));
  }

  /** Remote participants whose connection the service found lost (KL 99 §; chair and secretary). */
  async connections(): Promise<{ lost: string[] } | undefined> {
    const r = await fetch(`${this.base}/connections`);
    return r.status === 200 ? json(r) : undefined;
  }

  /**
   * Follows the live stream; EventSource resumes by itself with Last-Event-ID after a drop. When the browser gives
   * up (`CLOSED`) the status is `lost`; `follow` again with the last applied seq resumes from there.
   */
  follow(
    onEvent: (e: LiveEvent) => void,
    onStatus: (status: 'live' | 'reconnecting' | 'lost') => void,
    afterSeq?: number,
  ): void {
    this.#source?.close();
    const query = afterSeq === undefined || afterSeq < 0 ? '' : `?lastEventId=${afterSeq}`;
    const source = new EventSource(`${this.base}/events${query}`);
    source.addEventListener('meeting-event', (m) => onEvent(JSON.parse((m as MessageEvent<string>).data) as LiveEvent));
    source.addEventListener('open', () => onStatus('live'));
    source.addEventListener('error', () =>
      onStatus(source.readyState === EventSource.CLOSED ? 'lost' : 'reconnecting'),
    );
    this.#source = source;
  }

  close(): void {
    this.#source?.close();
  }
}

const b64url = (s: string): Uint8Array<ArrayBuffer> => {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
};

/** Verifies a checkpoint's EdDSA signature in the browser (WebCrypto Ed25519) against the published keys. */
export async function verifyCheckpoint(
  jws: string,
  keys: JsonWebKey[],
): Promise<{ valid: boolean; size?: number; root?: string }> {
  const [h, p, s] = jws.split('.');
  if (!h || !p || !s) return { valid: false };
  const header = JSON.parse(new TextDecoder().decode(b64url(h))) as { alg?: string; kid?: string; typ?: string };
  const jwk = keys.find((k) => (k as { kid?: string }).kid === header.kid);
  if (!jwk || header.alg !== 'EdDSA' || header.typ !== 'audit-checkpoint+jws') return { valid: false };
  const key = await crypto.subtle.importKey('jwk', jwk, { name: 'Ed25519' }, false, ['verify']);
  const valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, b64url(s), new TextEncoder().encode(`${h}.${p}`));
  const payload = JSON.parse(new TextDecoder().decode(b64url(p))) as { size: number; root: string };
  return { valid, size: payload.size, root: payload.root };
}
