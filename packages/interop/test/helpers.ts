import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ajvModule from 'ajv';
import formatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { readFolder } from '../src/cliMain.js';
import type { InputFile } from '../src/model.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const SYSTEMS = {
  dynasty: `${FIXTURES}systems/dynasty-espoo`,
  tweb: `${FIXTURES}systems/tweb-oulu`,
  casem: `${FIXTURES}systems/casem-mikkeli`,
  nykarleby: `${FIXTURES}systems/tweb-nykarleby`,
  dynasty10: `${FIXTURES}systems/dynasty10-constructed`,
} as const;

const cache = new Map<string, InputFile[]>();
export async function fixtureFiles(system: keyof typeof SYSTEMS): Promise<InputFile[]> {
  let files = cache.get(system);
  if (!files) {
    files = await readFolder(SYSTEMS[system]);
    cache.set(system, files);
  }
  // Fresh byte arrays for every caller, so no test can disturb another.
  return files.map((f) => ({
    name: f.name,
    content: f.content instanceof Uint8Array ? new Uint8Array(f.content) : f.content,
  }));
}

export async function fixtureText(path: string, encoding: 'utf-8' | 'windows-1252' = 'utf-8'): Promise<string> {
  return new TextDecoder(encoding).decode(await readFile(`${FIXTURES}${path}`));
}

export async function fixtureJson<T = unknown>(path: string): Promise<T> {
  return JSON.parse(await fixtureText(path)) as T;
}

// ajv and ajv-formats are CommonJS; under NodeNext their default import is the module, whose
// `default` property is the class / plugin.
const Ajv = ajvModule.default;
const addFormats = formatsModule.default;
type AjvInstance = InstanceType<typeof Ajv>;

export const OPARL_TYPES = [
  'System',
  'Body',
  'Organization',
  'Person',
  'Membership',
  'Meeting',
  'AgendaItem',
  'Paper',
  'Consultation',
  'File',
  'Location',
  'LegislativeTerm',
] as const;

/** ajv (draft-07) with the official OParl 1.1 schemas; their extra keywords are declared, not ignored. */
export async function oparlValidator(): Promise<AjvInstance> {
  // strictTypes is off because the official files put `items` next to `type: "string"` (System.body).
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addVocabulary(['references', 'backreference', 'cardinality', 'schema']);
  for (const t of OPARL_TYPES) {
    const schema = await fixtureJson<Record<string, unknown>>(`oparl/schema/${t}.json`);
    ajv.addSchema(schema);
    // The files reference each other both as "Location.json" and as "Organization" relative to their
    // $id (https://schema.oparl.org/1.1/<Type>), so the file-name form is registered as an alias.
    ajv.addSchema(
      { $id: `https://schema.oparl.org/1.1/${t}.json`, $ref: `https://schema.oparl.org/1.1/${t}` },
      `${t}.json`,
    );
  }
  return ajv;
}

/**
 * The 6Aika Swagger 2.0 `definitions` as JSON Schema (draft-07): `$ref`s rewritten to `#/definitions`,
 * Swagger-only keys dropped. With `closed`, every object also forbids properties the definition does
 * not name, so the export can only use the API's own fields.
 */
export async function openDecisionValidator(closed = true): Promise<{ ajv: AjvInstance; definitions: string[] }> {
  const swagger = parseYaml(await fixtureText('6aika/paatos.swagger.yaml')) as { definitions: Record<string, unknown> };
  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (
        k === 'example' ||
        k === 'x-nullable' ||
        k === 'readOnly' ||
        k === 'discriminator' ||
        k === 'xml' ||
        k === 'externalDocs'
      )
        continue;
      out[k] = convert(v);
    }
    if (out.type === 'object' && out.properties && closed && out.additionalProperties === undefined)
      out.additionalProperties = false;
    // Swagger "format: int64" on a number is not a JSON Schema format.
    if (out.format === 'int64' || out.format === 'int32') delete out.format;
    return out;
  };
  const definitions = convert(swagger.definitions) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'paatos', definitions }, 'paatos');
  return { ajv, definitions: Object.keys(definitions) };
}

/** The 6Aika Open Decision API resource collections and their Swagger definition names. */
export const OPEN_DECISION_KINDS = {
  organizations: 'Organization',
  events: 'Event',
  cases: 'case',
  actions: 'action',
  vote_events: 'Vote_event',
  persons: 'Person',
  memberships: 'Membership',
} as const;
