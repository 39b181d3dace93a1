/**
 * TOS XML in the JHS 191 schema `Skeema_TOS_kooste.xsd` (namespace http://skeemat.jhs-suositukset.fi/tos/2015/01/15).
 * fast-xml-parser builds and reads the XML; the element order follows the XSD sequences exactly, so the output
 * validates against the schema (checked in the tests with xmllint).
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { issue, type ValidationIssue, type ValidationResult } from './issues.js';
import type {
  HandlingRules,
  Keywords,
  Retention,
  Title,
  TosAction,
  TosClass,
  TosPartMeta,
  TosPlan,
  TosProcess,
  TosRecord,
  UsageRestrictions,
} from './tos.js';
import { validateTosPlan } from './tos.js';

export const TOS_NAMESPACE = 'http://skeemat.jhs-suositukset.fi/tos/2015/01/15';
const P = 'tos:';
/** Input larger than this is refused before parsing (hostile-input guard). */
export const MAX_TOS_XML_LENGTH = 50_000_000;

type XNode = Record<string, unknown>;

const META_ORDER: [keyof TosPartMeta, string][] = [
  ['organisation', 'OrganisaatioNimi'],
  ['author', 'LaatijaNimi'],
  ['created', 'LaadittuPvm'],
  ['modifier', 'MuokkaajaNimi'],
  ['modified', 'MuokattuPvm'],
  ['approver', 'HyvaksyjaNimi'],
  ['approved', 'HyvaksyttyPvm'],
  ['validFrom', 'VoimassaoloAlkaaPvm'],
  ['validUntil', 'VoimassaoloPaattyyPvm'],
];

function put(node: XNode, name: string, value: unknown): void {
  if (value === undefined) return;
  node[P + name] = typeof value === 'number' ? String(value) : value;
}

function putMeta(node: XNode, meta: TosPartMeta | undefined): void {
  if (!meta) return;
  for (const [k, el] of META_ORDER) put(node, el, meta[k]);
}

function titleNode(t: Title): XNode {
  if (typeof t === 'string') return { [P + 'NimekeTeksti']: t };
  return {
    [P + 'NimekeKielella']: Object.entries(t).map(([lang, text]) => ({
      [P + 'NimekeTeksti']: text,
      '@_tos:kieliKoodi': lang,
    })),
  };
}

function restrictionsNode(r: UsageRestrictions): XNode {
  const n: XNode = {};
  put(n, 'JulkisuusluokkaKoodi', r.publicityClass);
  put(n, 'SuojaustasoKoodi', r.protectionLevel);
  put(n, 'TurvallisuusluokkaKoodi', r.securityClass);
  put(n, 'HenkilotietoluonneKoodi', r.personalData);
  put(n, 'SalassapitoAikaArvo', r.secrecyPeriod);
  put(n, 'SalassapitoPerusteTeksti', r.secrecyReason);
  put(n, 'SalassapidonLaskentaperusteTeksti', r.secrecyPeriodStart);
  return n;
}

function retentionNode(r: Retention): XNode {
  const n: XNode = {};
  put(n, 'SailytysajanPituusArvo', r.period);
  put(n, 'SailytysajanPerusteTeksti', r.basis);
  put(n, 'SailytysajanLaskentaperusteTeksti', r.start);
  return n;
}

function keywordsNodes(k: Keywords[] | undefined): XNode[] | undefined {
  if (!k) return undefined;
  return k.map((x) => {
    const n: XNode = {};
    if (x.vocabularies) n[P + 'AsiasanastoTeksti'] = x.vocabularies;
    if (x.keywords) n[P + 'AsiasanaTeksti'] = x.keywords;
    return n;
  });
}

function handlingNode(h: HandlingRules): XNode {
  const n: XNode = {};
  put(n, 'JulkisuusluokkaMuutosTeksti', h.publicityClassChange);
  put(n, 'AiempienVersioidenPoistoTeksti', h.previousVersionsRemoval);
  put(n, 'TallennuspaikkaTeksti', h.storageLocation);
  put(n, 'SailytyspaikkaTeksti', h.archiveLocation);
  return n;
}

function recordNode(r: TosRecord): XNode {
  const n: XNode = {};
  n['@_tos:id'] = r.id;
  n[P + 'Kayttorajoitustiedot'] = restrictionsNode(r.restrictions);
  n[P + 'Sailytysaikatiedot'] = retentionNode(r.retention);
  putMeta(n, r.meta);
  put(n, 'AsiakirjaluokkaTeksti', r.recordClass);
  put(n, 'AsiakirjaluokkaTarkenneTeksti', r.recordClassSpecifier);
  put(n, 'TietojarjestelmaNimi', r.informationSystem);
  if (r.handlingRules) n[P + 'Kasittelysaannot'] = handlingNode(r.handlingRules);
  put(n, 'Asiasanat', keywordsNodes(r.keywords));
  put(n, 'PaatietoryhmatTeksti', r.mainDataGroups);
  return n;
}

function actionNode(a: TosAction): XNode {
  const n: XNode = {};
  n['@_tos:id'] = a.id;
  put(n, 'ToimenpideluokkaTeksti', a.actionClass);
  put(n, 'ToimenpiteenKuvausTeksti', a.description);
  put(n, 'KasittelyprosessinTilaTeksti', a.processState);
  put(n, 'TietojarjestelmaNimi', a.informationSystem);
  putMeta(n, a.meta);
  if (a.records) n[P + 'Asiakirjatieto'] = a.records.map(recordNode);
  else if (a.actions) n[P + 'Toimenpidetiedot'] = a.actions.map(actionNode);
  return n;
}

function processNode(p: TosProcess): XNode {
  const n: XNode = {};
  n['@_tos:id'] = p.id;
  put(n, 'TietojarjestelmaNimi', p.informationSystem);
  n[P + 'Kayttorajoitustiedot'] = restrictionsNode(p.restrictions);
  n[P + 'Sailytysaikatiedot'] = retentionNode(p.retention);
  n[P + 'Toimenpidetiedot'] = p.actions.map(actionNode);
  putMeta(n, p.meta);
  put(n, 'Asiasanat', keywordsNodes(p.keywords));
  put(n, 'PaatietoryhmatTeksti', p.mainDataGroups);
  put(n, 'ProsessinOmistajaNimi', p.owner);
  put(n, 'KokoavanProsessitunnuksenLahdeTeksti', p.aggregateProcessIdSource);
  return n;
}

function classNode(c: TosClass): XNode {
  const n: XNode = {};
  n['@_tos:id'] = c.id;
  putMeta(n, c.meta);
  put(n, 'Luokitustunnus', c.code);
  put(n, 'TilaKoodi', c.status);
  put(n, 'OsaVersio', c.partVersion);
  n[P + 'Nimeke'] = titleNode(c.title);
  put(n, 'LuokitusKuvausTeksti', c.description);
  n[P + 'KasittelyprosessiTiedot'] = processNode(c.process);
  return n;
}

/** Serialises a plan as JHS 191 TOS XML (UTF-8, `tos:` prefix). */
export function toTosXml(plan: TosPlan): string {
  const info: XNode = { '@_tos:id': plan.id };
  info[P + 'Nimeke'] = titleNode(plan.name);
  put(info, 'YhteyshenkiloNimi', plan.contactPerson);
  put(info, 'TosVersio', plan.version);
  put(info, 'TilaKoodi', plan.status);
  putMeta(info, plan.meta);
  put(info, 'LisatiedotTeksti', plan.additionalInfo);
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    [P + 'Tos']: {
      '@_xmlns:tos': TOS_NAMESPACE,
      [P + 'TosTiedot']: info,
      [P + 'Luokka']: plan.classes.map(classNode),
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: false,
  });
  return builder.build(doc) as string;
}

// ---------------------------------------------------------------- reading

const REPEATED = new Set([
  'Luokka',
  'NimekeKielella',
  'Toimenpidetiedot',
  'Asiakirjatieto',
  'Asiasanat',
  'AsiasanastoTeksti',
  'AsiasanaTeksti',
  'Laajennos',
]);

type Path = (string | number)[];

class Reader {
  readonly issues: ValidationIssue[] = [];
  constructor(private readonly prefix: string) {}

  private key(name: string): string {
    return this.prefix + name;
  }

  /** Reports children that the mapping does not know (nothing is dropped silently). */
  known(node: XNode, names: readonly string[], path: Path): void {
    for (const k of Object.keys(node)) {
      if (k.startsWith('@_') || k === '#text') continue;
      const local = k.startsWith(this.prefix) ? k.slice(this.prefix.length) : k;
      if (local === 'Laajennos' && k.startsWith(this.prefix)) {
        this.issues.push(
          issue(
            [...path, 'Laajennos'],
            'tos.xml.extensionIgnored',
            {
              fi: 'Laajennos-elementin organisaatiokohtaisia tietoja ei lueta malliin.',
              en: 'Organisation-specific Laajennos content is not read into the model.',
            },
            'warning',
          ),
        );
      } else if (!names.includes(local) || !k.startsWith(this.prefix)) {
        this.issues.push(
          issue([...path, k], 'tos.xml.unknownElement', {
            fi: `Tuntematon elementti ${k}.`,
            en: `Unknown element ${k}.`,
          }),
        );
      }
    }
  }

  one(node: XNode, name: string, path: Path): unknown {
    const v = node[this.key(name)];
    if (Array.isArray(v)) {
      this.issues.push(
        issue([...path, name], 'tos.xml.repeated', {
          fi: `Elementti ${name} saa esiintyä vain kerran.`,
          en: `Element ${name} may occur only once.`,
        }),
      );
      return v[0];
    }
    return v;
  }

  many(node: XNode, name: string): unknown[] | undefined {
    const v = node[this.key(name)];
    if (v === undefined) return undefined;
    return Array.isArray(v) ? v : [v];
  }

  text(node: XNode, name: string, path: Path): string | undefined {
    const v = this.one(node, name, path);
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && typeof (v as XNode)['#text'] === 'string') return (v as XNode)['#text'] as string;
    this.issues.push(
      issue([...path, name], 'tos.xml.notText', {
        fi: `Elementin ${name} on sisällettävä vain tekstiä.`,
        en: `Element ${name} must contain text only.`,
      }),
    );
    return undefined;
  }

  /** Integers stay strings when malformed so that the schema reports them with their path. */
  int(node: XNode, name: string, path: Path): number | string | undefined {
    const t = this.text(node, name, path);
    if (t === undefined) return undefined;
    return /^[+-]?\d{1,9}$/.test(t.trim()) ? Number(t.trim()) : t;
  }

  /** A TOS attribute (qualified, as the XSD's global attributes are; unqualified accepted leniently). */
  attr(node: XNode, name: string): string | undefined {
    const v = node['@_' + this.key(name)] ?? node['@_' + name];
    return typeof v === 'string' ? v : undefined;
  }

  id(node: XNode): string | undefined {
    return this.attr(node, 'id');
  }

  obj(v: unknown, name: string, path: Path): XNode | undefined {
    if (v === undefined) return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as XNode;
    if (v === '') return {};
    this.issues.push(
      issue(path, 'tos.xml.notElement', {
        fi: `Elementin ${name} on sisällettävä alielementtejä.`,
        en: `Element ${name} must contain child elements.`,
      }),
    );
    return undefined;
  }
}

const META_NAMES = META_ORDER.map(([, el]) => el);

function stripUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

function readMeta(r: Reader, n: XNode, path: Path): TosPartMeta | undefined {
  const m: Record<string, unknown> = {};
  for (const [k, el] of META_ORDER) {
    const t = r.text(n, el, path);
    if (t !== undefined) m[k] = t;
  }
  return Object.keys(m).length ? (m as TosPartMeta) : undefined;
}

function readTitle(r: Reader, v: unknown, path: Path): unknown {
  const n = r.obj(v, 'Nimeke', path);
  if (!n) return undefined;
  r.known(n, ['NimekeTeksti', 'NimekeKielella'], path);
  const single = r.text(n, 'NimekeTeksti', path);
  if (single !== undefined) return single;
  const byLang: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  (r.many(n, 'NimekeKielella') ?? []).forEach((x, i) => {
    const e = r.obj(x, 'NimekeKielella', [...path, i]);
    if (!e) return;
    const lang = r.attr(e, 'kieliKoodi');
    const t = r.text(e, 'NimekeTeksti', [...path, i]);
    if (typeof lang === 'string' && t !== undefined) byLang[lang] = t;
    else
      r.issues.push(
        issue([...path, i], 'tos.xml.title', {
          fi: 'Kielikohtaiselta nimekkeeltä puuttuu kielikoodi tai teksti.',
          en: 'A language-specific title lacks its language code or text.',
        }),
      );
  });
  return { ...byLang };
}

function readRestrictions(r: Reader, v: unknown, path: Path): unknown {
  const n = r.obj(v, 'Kayttorajoitustiedot', path);
  if (!n) return undefined;
  r.known(
    n,
    [
      'JulkisuusluokkaKoodi',
      'SuojaustasoKoodi',
      'TurvallisuusluokkaKoodi',
      'HenkilotietoluonneKoodi',
      'SalassapitoAikaArvo',
      'SalassapitoPerusteTeksti',
      'SalassapidonLaskentaperusteTeksti',
    ],
    path,
  );
  return stripUndefined({
    publicityClass: r.int(n, 'JulkisuusluokkaKoodi', path),
    protectionLevel: r.int(n, 'SuojaustasoKoodi', path),
    securityClass: r.int(n, 'TurvallisuusluokkaKoodi', path),
    personalData: r.int(n, 'HenkilotietoluonneKoodi', path),
    secrecyPeriod: r.int(n, 'SalassapitoAikaArvo', path),
    secrecyReason: r.text(n, 'SalassapitoPerusteTeksti', path),
    secrecyPeriodStart: r.text(n, 'SalassapidonLaskentaperusteTeksti', path),
  });
}

function readRetention(r: Reader, v: unknown, path: Path): unknown {
  const n = r.obj(v, 'Sailytysaikatiedot', path);
  if (!n) return undefined;
  r.known(n, ['SailytysajanPituusArvo', 'SailytysajanPerusteTeksti', 'SailytysajanLaskentaperusteTeksti'], path);
  return stripUndefined({
    period: r.int(n, 'SailytysajanPituusArvo', path),
    basis: r.text(n, 'SailytysajanPerusteTeksti', path),
    start: r.text(n, 'SailytysajanLaskentaperusteTeksti', path),
  });
}

function readKeywords(r: Reader, n: XNode, path: Path): unknown {
  const list = r.many(n, 'Asiasanat');
  if (!list) return undefined;
  return list.map((x, i) => {
    const e = r.obj(x, 'Asiasanat', [...path, i]) ?? {};
    r.known(e, ['AsiasanastoTeksti', 'AsiasanaTeksti'], [...path, i]);
    return stripUndefined({ vocabularies: r.many(e, 'AsiasanastoTeksti'), keywords: r.many(e, 'AsiasanaTeksti') });
  });
}

function readRecord(r: Reader, v: unknown, path: Path): unknown {
  const n = r.obj(v, 'Asiakirjatieto', path) ?? {};
  r.known(
    n,
    [
      'Kayttorajoitustiedot',
      'Sailytysaikatiedot',
      ...META_NAMES,
      'AsiakirjaluokkaTeksti',
      'AsiakirjaluokkaTarkenneTeksti',
      'TietojarjestelmaNimi',
      'Kasittelysaannot',
      'Asiasanat',
      'PaatietoryhmatTeksti',
    ],
    path,
  );
  const h = r.obj(r.one(n, 'Kasittelysaannot', path), 'Kasittelysaannot', [...path, 'handlingRules']);
  if (h)
    r.known(
      h,
      [
        'JulkisuusluokkaMuutosTeksti',
        'AiempienVersioidenPoistoTeksti',
        'TallennuspaikkaTeksti',
        'SailytyspaikkaTeksti',
      ],
      [...path, 'handlingRules'],
    );
  return stripUndefined({
    id: r.id(n),
    restrictions: readRestrictions(r, r.one(n, 'Kayttorajoitustiedot', path), [...path, 'restrictions']),
    retention: readRetention(r, r.one(n, 'Sailytysaikatiedot', path), [...path, 'retention']),
    meta: readMeta(r, n, path),
    recordClass: r.text(n, 'AsiakirjaluokkaTeksti', path),
    recordClassSpecifier: r.text(n, 'AsiakirjaluokkaTarkenneTeksti', path),
    informationSystem: r.text(n, 'TietojarjestelmaNimi', path),
    handlingRules: h
      ? stripUndefined({
          publicityClassChange: r.text(h, 'JulkisuusluokkaMuutosTeksti', path),
          previousVersionsRemoval: r.text(h, 'AiempienVersioidenPoistoTeksti', path),
          storageLocation: r.text(h, 'TallennuspaikkaTeksti', path),
          archiveLocation: r.text(h, 'SailytyspaikkaTeksti', path),
        })
      : undefined,
    keywords: readKeywords(r, n, [...path, 'keywords']),
    mainDataGroups: r.text(n, 'PaatietoryhmatTeksti', path),
  });
}

function readAction(r: Reader, v: unknown, path: Path, depth: number): unknown {
  const n = r.obj(v, 'Toimenpidetiedot', path) ?? {};
  r.known(
    n,
    [
      'ToimenpideluokkaTeksti',
      'ToimenpiteenKuvausTeksti',
      'KasittelyprosessinTilaTeksti',
      'TietojarjestelmaNimi',
      ...META_NAMES,
      'Asiakirjatieto',
      'Toimenpidetiedot',
    ],
    path,
  );
  const records = r.many(n, 'Asiakirjatieto');
  const actions = depth > 100 ? undefined : r.many(n, 'Toimenpidetiedot');
  if (depth > 100)
    r.issues.push(
      issue(path, 'tos.xml.tooDeep', {
        fi: 'Toimenpiteet ovat liian syvällä sisäkkäin (yli 100 tasoa).',
        en: 'Actions are nested too deeply (over 100 levels).',
      }),
    );
  return stripUndefined({
    id: r.id(n),
    actionClass: r.text(n, 'ToimenpideluokkaTeksti', path),
    description: r.text(n, 'ToimenpiteenKuvausTeksti', path),
    processState: r.text(n, 'KasittelyprosessinTilaTeksti', path),
    informationSystem: r.text(n, 'TietojarjestelmaNimi', path),
    meta: readMeta(r, n, path),
    records: records?.map((x, i) => readRecord(r, x, [...path, 'records', i])),
    actions: actions?.map((x, i) => readAction(r, x, [...path, 'actions', i], depth + 1)),
  });
}

function readProcess(r: Reader, v: unknown, path: Path): unknown {
  const n = r.obj(v, 'KasittelyprosessiTiedot', path) ?? {};
  r.known(
    n,
    [
      'TietojarjestelmaNimi',
      'Kayttorajoitustiedot',
      'Sailytysaikatiedot',
      'Toimenpidetiedot',
      ...META_NAMES,
      'Asiasanat',
      'PaatietoryhmatTeksti',
      'ProsessinOmistajaNimi',
      'KokoavanProsessitunnuksenLahdeTeksti',
    ],
    path,
  );
  return stripUndefined({
    id: r.id(n),
    informationSystem: r.text(n, 'TietojarjestelmaNimi', path),
    restrictions: readRestrictions(r, r.one(n, 'Kayttorajoitustiedot', path), [...path, 'restrictions']),
    retention: readRetention(r, r.one(n, 'Sailytysaikatiedot', path), [...path, 'retention']),
    actions: (r.many(n, 'Toimenpidetiedot') ?? []).map((x, i) => readAction(r, x, [...path, 'actions', i], 0)),
    meta: readMeta(r, n, path),
    keywords: readKeywords(r, n, [...path, 'keywords']),
    mainDataGroups: r.text(n, 'PaatietoryhmatTeksti', path),
    owner: r.text(n, 'ProsessinOmistajaNimi', path),
    aggregateProcessIdSource: r.text(n, 'KokoavanProsessitunnuksenLahdeTeksti', path),
  });
}

function readClass(r: Reader, v: unknown, path: Path): unknown {
  const n = r.obj(v, 'Luokka', path) ?? {};
  r.known(
    n,
    [
      ...META_NAMES,
      'Luokitustunnus',
      'TilaKoodi',
      'OsaVersio',
      'Nimeke',
      'LuokitusKuvausTeksti',
      'KasittelyprosessiTiedot',
    ],
    path,
  );
  return stripUndefined({
    id: r.id(n),
    meta: readMeta(r, n, path),
    code: r.text(n, 'Luokitustunnus', path),
    status: r.int(n, 'TilaKoodi', path),
    partVersion: r.text(n, 'OsaVersio', path),
    title: readTitle(r, r.one(n, 'Nimeke', path), [...path, 'title']),
    description: r.text(n, 'LuokitusKuvausTeksti', path),
    process: readProcess(r, r.one(n, 'KasittelyprosessiTiedot', path), [...path, 'process']),
  });
}

function fail(code: string, message: { fi: string; en: string }): ValidationResult<TosPlan> {
  return { ok: false, issues: [issue([], code, message)] };
}

/**
 * Reads JHS 191 TOS XML into a plan and validates it ({@link validateTosPlan}). Refuses DTDs (entity
 * expansion attacks) and oversized input; unknown elements are reported, never silently dropped. Never throws.
 */
export function fromTosXml(xml: unknown): ValidationResult<TosPlan> {
  if (typeof xml !== 'string')
    return fail('tos.xml.notString', {
      fi: 'Syötteen on oltava XML-merkkijono.',
      en: 'The input must be an XML string.',
    });
  if (xml.length > MAX_TOS_XML_LENGTH)
    return fail('tos.xml.tooLarge', { fi: 'XML on liian suuri.', en: 'The XML is too large.' });
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    return fail('tos.xml.doctype', {
      fi: 'DTD- ja ENTITY-määrittelyjä ei sallita.',
      en: 'DTD and ENTITY declarations are not allowed.',
    });
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return fail('tos.xml.malformed', {
      fi: `XML ei ole hyvin muodostettu (rivi ${valid.err.line}, sarake ${valid.err.col}): ${valid.err.msg}`,
      en: `The XML is not well-formed (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`,
    });
  let doc: XNode;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      parseAttributeValue: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      trimValues: true,
      isArray: (name) => REPEATED.has(name.includes(':') ? name.slice(name.indexOf(':') + 1) : name),
    });
    doc = parser.parse(xml) as XNode;
  } catch (e) {
    return fail('tos.xml.malformed', {
      fi: `XML:ää ei voitu lukea: ${String(e)}`,
      en: `The XML could not be read: ${String(e)}`,
    });
  }
  const rootKey = Object.keys(doc).find((k) => k === 'Tos' || k.endsWith(':Tos'));
  if (!rootKey)
    return fail('tos.xml.root', { fi: 'Juurielementin on oltava Tos.', en: 'The root element must be Tos.' });
  const prefix = rootKey.includes(':') ? rootKey.slice(0, rootKey.indexOf(':') + 1) : '';
  const root = doc[rootKey] as XNode;
  const nsAttr = prefix ? `@_xmlns:${prefix.slice(0, -1)}` : '@_xmlns';
  if (typeof root !== 'object' || root[nsAttr] !== TOS_NAMESPACE)
    return fail('tos.xml.namespace', {
      fi: `Juurielementin nimiavaruuden on oltava ${TOS_NAMESPACE}.`,
      en: `The root element must be in namespace ${TOS_NAMESPACE}.`,
    });
  const r = new Reader(prefix);
  r.known(root, ['TosTiedot', 'Luokka'], []);
  const info = r.obj(r.one(root, 'TosTiedot', []), 'TosTiedot', []) ?? {};
  r.known(info, ['Nimeke', 'YhteyshenkiloNimi', 'TosVersio', 'TilaKoodi', ...META_NAMES, 'LisatiedotTeksti'], []);
  const plan = stripUndefined({
    id: r.id(info),
    name: readTitle(r, r.one(info, 'Nimeke', []), ['name']),
    contactPerson: r.text(info, 'YhteyshenkiloNimi', []),
    version: r.text(info, 'TosVersio', []),
    status: r.int(info, 'TilaKoodi', []),
    meta: readMeta(r, info, []),
    additionalInfo: r.text(info, 'LisatiedotTeksti', []),
    classes: (r.many(root, 'Luokka') ?? []).map((x, i) => readClass(r, x, ['classes', i])),
  });
  const result = validateTosPlan(plan);
  const issues = [...r.issues, ...result.issues];
  if (result.ok && !issues.some((i) => i.severity === 'error')) return { ok: true, value: result.value, issues };
  return { ok: false, issues };
}
