import { request } from 'node:http';

export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

export interface SseClient {
  readonly events: SseEvent[];
  /** Everything received, byte for byte (to search for leaked text). */
  raw(): string;
  close(): void;
  closed: Promise<void>;
}

/** A minimal EventSource for tests: parses `id`/`event`/`data` frames as they arrive. */
export function follow(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    let raw = '';
    let buffer = '';
    const events: SseEvent[] = [];
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`SSE ${url}: ${res.statusCode}`));
        res.resume();
        return;
      }
      res.setEncoding('utf8');
      let done: () => void = () => {};
      const closed = new Promise<void>((r) => (done = r));
      res.on('data', (chunk: string) => {
        raw += chunk;
        buffer += chunk;
        let i: number;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          const e: SseEvent = { data: '' };
          let hasData = false;
          for (const line of frame.split('\n')) {
            if (line.startsWith('id: ')) e.id = line.slice(4);
            else if (line.startsWith('event: ')) e.event = line.slice(7);
            else if (line.startsWith('data: ')) {
              e.data += line.slice(6);
              hasData = true;
            }
          }
          if (hasData) events.push(e);
        }
      });
      // A killed instance resets the connection: the stream simply ends (the test reconnects).
      res.on('error', () => {});
      res.on('close', () => done());
      resolve({ events, raw: () => raw, close: () => req.destroy(), closed });
    });
    req.on('error', (error) => {
      if ((error as { code?: string }).code !== 'ECONNRESET') reject(error);
    });
    req.end();
  });
}
