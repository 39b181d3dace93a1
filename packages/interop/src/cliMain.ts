import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { ParseError } from '@digikokous/meeting-schema';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { importCaseM } from './casem.js';
import { MEETING_DATASET_FORMAT, parseMeetingDataset } from './dataset.js';
import { importDynasty } from './dynasty.js';
import { fromMeetingDataset } from './fromDataset.js';
import { toICalendar } from './ical.js';
import type { InputFile, InteropDocument } from './model.js';
import { toOParl } from './oparl.js';
import { toOpenDecisionApi } from './openDecision.js';
import { importTweb } from './tweb.js';
import { describeCounts, detectSystem } from './detect.js';
import { MISSING_ARGUMENT, USAGE } from './usage.js';

/** Where the command line writes; injected so tests need no process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The clock for iCalendar DTSTAMP; injected, never read inside the exporters. */
  now: () => Date;
}

/** What {@link readFolder} left unread, and why: nothing is skipped silently. */
export interface SkippedFile {
  /** The path relative to the folder, `/`-separated. */
  path: string;
  reason: 'too-deep' | 'too-large' | 'too-many' | 'not-a-file';
}

/** The limits of {@link readFolder}: a publication is a few thousand files at most; more is a mistake or an attack. */
export const READ_FOLDER_LIMITS = Object.freeze({ depth: 8, files: 5000, bytes: 50 * 1024 * 1024 });

/**
 * Read every file under a folder (recursively, at most 8 folders deep, 5,000 files, 50 MB each). What the limits
 * leave out is passed to `onSkip`, so that the command line can say so.
 */
export async function readFolder(
  folder: string,
  onSkip: (skipped: SkippedFile) => void = () => {},
): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const rel = (p: string): string => relative(folder, p).split('\\').join('/');
  const walk = async (dir: string, depth: number): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const p = join(dir, name);
      const s = await stat(p);
      if (s.isDirectory()) {
        if (depth < READ_FOLDER_LIMITS.depth) await walk(p, depth + 1);
        else onSkip({ path: rel(p), reason: 'too-deep' });
      } else if (!s.isFile()) onSkip({ path: rel(p), reason: 'not-a-file' });
      else if (s.size > READ_FOLDER_LIMITS.bytes) onSkip({ path: rel(p), reason: 'too-large' });
      else if (out.length >= READ_FOLDER_LIMITS.files) onSkip({ path: rel(p), reason: 'too-many' });
      else out.push({ name: rel(p), content: new Uint8Array(await readFile(p)) });
    }
  };
  await walk(folder, 0);
  return out;
}

const SKIP_REASON: Record<SkippedFile['reason'], { fi: string; en: string }> = {
  'too-deep': { fi: 'kansio on yli 8 tason syvyydessä', en: 'the folder is more than 8 levels deep' },
  'too-large': { fi: 'tiedosto on yli 50 Mt', en: 'the file is over 50 MB' },
  'too-many': { fi: 'kansiossa on yli 5 000 tiedostoa', en: 'the folder has more than 5,000 files' },
  'not-a-file': { fi: 'ei tavallinen tiedosto', en: 'not a regular file' },
};

class CliError extends Error {
  constructor(
    readonly fi: string,
    readonly en: string,
    readonly code = 2,
  ) {
    super(en);
  }
}

function isInteropDocument(v: unknown): v is InteropDocument {
  const d = v as Partial<InteropDocument> | null;
  return (
    !!d &&
    typeof d === 'object' &&
    d.format === 'digikokous-interop' &&
    Array.isArray(d.meetings) &&
    Array.isArray(d.bodies) &&
    Array.isArray(d.persons)
  );
}

function isDatasetFile(v: unknown): v is { format: string; interop?: unknown } {
  return !!v && typeof v === 'object' && (v as { format?: unknown }).format === MEETING_DATASET_FORMAT;
}

/** Run the command line; returns the exit code (0 ok, 1 bad input, 2 usage). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        'base-url': { type: 'string' },
        meeting: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const [command, kind, path] = positionals;
    if (!command || !kind || !path || positionals.length > 3)
      throw new CliError(MISSING_ARGUMENT.fi, MISSING_ARGUMENT.en);
    let output: string;
    const format = values.format ?? 'dataset';
    if (format !== 'dataset' && format !== 'interop')
      throw new CliError(`Tuntematon tallennusmuoto "${format}".`, `Unknown output format "${format}".`);
    if (command === 'import') {
      if (kind !== 'auto' && kind !== 'dynasty' && kind !== 'tweb' && kind !== 'casem')
        throw new CliError(`Tuntematon järjestelmä "${kind}".`, `Unknown system "${kind}".`);
      let files: InputFile[];
      try {
        files = await readFolder(path, (skipped) => {
          const why = SKIP_REASON[skipped.reason];
          io.stderr(`varoitus/warning skipped-file ${skipped.path}: ${why.fi} / ${why.en}\n`);
        });
      } catch (e) {
        throw new CliError(
          `Kansiota ${path} ei voi lukea: ${(e as Error).message}`,
          `Cannot read the folder ${path}: ${(e as Error).message}`,
          1,
        );
      }
      if (files.length === 0)
        throw new CliError(`Kansiossa ${path} ei ole tiedostoja.`, `The folder ${path} has no files.`, 1);
      const found = detectSystem(files);
      const what = describeCounts(found.counts);
      const system = kind === 'auto' ? found.system : kind;
      if (!system)
        throw new CliError(
          `Kansiosta ${path} ei tunnistettu minkään järjestelmän julkaisua (löytyi: ${what.fi}).`,
          `Nothing in ${path} was recognised as the publication of any system (found: ${what.en}).`,
          1,
        );
      if (kind === 'auto') io.stderr(`järjestelmä/system: ${system}\n`);
      const doc =
        system === 'dynasty' ? importDynasty(files) : system === 'casem' ? importCaseM(files) : await importTweb(files);
      if (doc.meetings.length === 0 && doc.bodies.length === 0) {
        const other = found.system && found.system !== system ? found.system : undefined;
        throw new CliError(
          `Kansiosta ${path} ei löytynyt mitään, minkä ${system}-tuonti tunnistaa (löytyi: ${what.fi})${other ? `; tiedostot näyttävät ${other}-julkaisulta: kokeile digikokous import ${other} tai auto` : ''}.`,
          `Nothing in ${path} is recognised by the ${system} importer (found: ${what.en})${other ? `; these look like a ${other} publication: try digikokous import ${other} or auto` : ''}.`,
          1,
        );
      }
      for (const w of doc.warnings)
        io.stderr(`varoitus/warning ${w.code} ${w.file}${w.location ? ` (${w.location})` : ''}: ${w.message.en}\n`);
      const { dataset, ...interop } = doc;
      // The meeting-schema dataset, carrying the interop document so that `export` can read it.
      output = JSON.stringify(format === 'interop' ? interop : { ...dataset, interop }, null, 2) + '\n';
    } else if (command === 'export') {
      if (kind !== 'oparl' && kind !== '6aika' && kind !== 'ical')
        throw new CliError(`Tuntematon vientimuoto "${kind}".`, `Unknown export format "${kind}".`);
      let doc: unknown;
      try {
        doc = JSON.parse(await readFile(path, 'utf8'));
      } catch (e) {
        throw new CliError(
          `Tiedostoa ${path} ei voi lukea JSONina: ${(e as Error).message}`,
          `Cannot read ${path} as JSON: ${(e as Error).message}`,
          1,
        );
      }
      if (isDatasetFile(doc)) {
        const invalid = (e: ParseError | undefined): CliError =>
          new CliError(
            `Tiedosto ei ole kelvollinen kokousaineisto: ${e?.path ?? ''} ${e?.message.fi ?? ''}`,
            `The file is not a valid meeting dataset: ${e?.path ?? ''} ${e?.message.en ?? ''}`,
            1,
          );
        if (doc.interop === undefined) {
          // A bare meeting-schema dataset (a vendor's records): its interop view is built from the records.
          const built = fromMeetingDataset(doc, { file: path });
          if (!built.success) throw invalid(built.errors[0]);
          for (const w of built.warnings)
            io.stderr(`varoitus/warning ${w.code} ${w.file}${w.location ? ` (${w.location})` : ''}: ${w.message.en}\n`);
          doc = built.document;
        } else {
          const checked = parseMeetingDataset(doc);
          if (!checked.success) throw invalid(checked.errors[0]);
          doc = doc.interop;
          if (!isInteropDocument(doc))
            throw new CliError(
              'Kokousaineiston interop-asiakirja on virheellinen (kirjoita se digikokous import -komennolla).',
              'The interop document of the meeting dataset is invalid (write it with digikokous import).',
              1,
            );
        }
      }
      if (!isInteropDocument(doc))
        throw new CliError(
          'Tiedosto ei ole digikokous import -komennon tuottama asiakirja.',
          'The file is not a document written by digikokous import.',
          1,
        );
      const baseUrl = values['base-url'];
      if (kind === 'oparl') output = JSON.stringify(toOParl(doc, baseUrl ? { baseUrl } : {}), null, 2) + '\n';
      else if (kind === '6aika')
        output = JSON.stringify(toOpenDecisionApi(doc, baseUrl ? { baseUrl } : {}), null, 2) + '\n';
      else {
        const candidates = doc.meetings.filter((m) => m.date && (!values.meeting || m.id === values.meeting));
        const meeting = values.meeting ? candidates[0] : (candidates.find((m) => m.items.length > 0) ?? candidates[0]);
        if (!meeting)
          throw new CliError(
            'Asiakirjassa ei ole päivättyä kokousta (tai --meeting ei löytynyt).',
            'The document has no dated meeting (or --meeting was not found).',
            1,
          );
        const body = doc.bodies.find((b) => b.id === meeting.bodyId);
        const agendaUrl = meeting.provenance.url;
        output = toICalendar(meeting, {
          dtstamp: io.now().toISOString(),
          ...(agendaUrl ? { agendaUrl } : {}),
          ...(body?.name.fi ? { bodyName: body.name.fi } : {}),
        });
      }
    } else {
      throw new CliError(`Tuntematon komento "${command}".`, `Unknown command "${command}".`);
    }
    if (values.out) await writeFile(values.out, output);
    else io.stdout(output);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`virhe: ${e.fi}\nerror: ${e.en}\n${e.code === 2 ? USAGE : ''}`);
      return e.code;
    }
    const msg = (e as Error).message ?? String(e);
    io.stderr(`virhe: ${msg}\nerror: ${msg}\n${/Unknown option|Unexpected argument|argument/i.test(msg) ? USAGE : ''}`);
    return /Unknown option|Unexpected argument|argument/i.test(msg) ? 2 : 1;
  }
}
