/** A route of the API: the schemas Fastify validates with, and what the OpenAPI document says about it. */
export interface RouteDoc {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly schema: {
    readonly params?: Record<string, unknown>;
    readonly querystring?: Record<string, unknown>;
    readonly headers?: Record<string, unknown>;
    readonly body?: Record<string, unknown>;
  };
  readonly responses: Readonly<Record<string, { description: string; content?: string; schema?: unknown }>>;
  /** `cookie` (meeting session) or none. */
  readonly security?: 'session' | 'optional-session';
}

type Obj = { properties?: Record<string, unknown>; required?: string[] };

function parameters(where: 'path' | 'query' | 'header', schema: unknown): unknown[] {
  const s = (schema ?? {}) as Obj;
  return Object.entries(s.properties ?? {}).map(([name, sub]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: sub,
  }));
}

/** OpenAPI 3.1 from the route table: the very schema objects the routes validate with. */
export function openApiDocument(routes: readonly RouteDoc[], info: { title: string; version: string }): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const operation: Record<string, unknown> = {
      operationId: r.operationId,
      summary: r.summary,
      tags: r.tags,
      parameters: [
        ...parameters('path', r.schema.params),
        ...parameters('query', r.schema.querystring),
        ...parameters('header', r.schema.headers),
      ],
      responses: Object.fromEntries(
        Object.entries(r.responses).map(([status, res]) => [
          status,
          {
            description: res.description,
            ...(res.content || res.schema
              ? { content: { [res.content ?? 'application/json']: res.schema ? { schema: res.schema } : {} } }
              : {}),
          },
        ]),
      ),
    };
    if (r.schema.body)
      operation.requestBody = { required: true, content: { 'application/json': { schema: r.schema.body } } };
    if (r.security === 'session') operation.security = [{ meetingSession: [] }];
    if (r.security === 'optional-session') operation.security = [{ meetingSession: [] }, {}];
    (paths[path] ??= {})[r.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'Digikokous meeting service: identification, commands checked by the procedure rules, a live per-viewer ' +
        'event stream, viewer-filtered snapshots, the minutes draft and signed audit checkpoints (KL 98–99 §).',
    },
    components: {
      securitySchemes: {
        meetingSession: {
          type: 'apiKey',
          in: 'cookie',
          name: '__Host-dk-{meetingId}',
          description:
            'A meeting participation token (EdDSA JWT, typ meeting-participation+jwt) in an httpOnly, Secure, ' +
            'SameSite=Strict cookie; state-changing requests also need the X-CSRF-Token header from the login answer.',
        },
      },
    },
    paths,
  };
}
