import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  actionClasses,
  codesOf,
  personalDataClassCodes,
  processStates,
  protectionLevelCodes,
  publicityClassCodes,
  recommendedRetentionPeriods,
  recommendedSecrecyPeriods,
  recordClasses,
  retentionPeriodStarts,
  secrecyPeriodStarts,
  securityClassCodes,
  statusCodes,
} from '../src/index.js';
import { readFixture } from './helpers.js';

type Node = Record<string, unknown>;
const xsd = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (n) => ['xs:simpleType', 'xs:enumeration'].includes(n),
}).parse(readFixture('jhs191/Skeema_TOS_atomaariset.xsd')) as { 'xs:schema': { 'xs:simpleType': Node[] } };
const types = new Map(xsd['xs:schema']['xs:simpleType'].map((t) => [t['@_name'] as string, t]));

function enumeration(name: string): { code: number; label: string }[] {
  const t = types.get(name);
  const r = t?.['xs:restriction'] as Node;
  return (r['xs:enumeration'] as Node[]).map((e) => ({
    code: Number(e['@_value']),
    label: String(((e['xs:annotation'] as Node)['xs:documentation'] as string) ?? '')
      .replace(/\.$/, '')
      .trim(),
  }));
}

function documentation(name: string): string {
  const t = types.get(name) as Node;
  const ann = (t['xs:annotation'] ?? (t['xs:restriction'] as Node)['xs:annotation']) as Node;
  return String(ann['xs:documentation']).replace(/\s+/g, ' ').trim();
}

/** The recommended values listed after "Suositeltav…:" in an xs:documentation text. */
function recommended(doc: string, after = ':'): string[] {
  const tail = doc.slice(doc.indexOf(after) + after.length);
  return tail
    .split(/\.\s|\.$/)[0]!
    .split(/,| tai /)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter(Boolean);
}

describe('JHS 191 code lists equal the XSD (Skeema_TOS_atomaariset.xsd)', () => {
  it.each([
    ['tilaKoodiTyyppi', statusCodes],
    ['julkisuusluokkaKoodiTyyppi', publicityClassCodes],
    ['suojaustasoKoodiTyyppi', protectionLevelCodes],
    ['turvallisuusluokkaKoodiTyyppi', securityClassCodes],
    ['henkilotietoluonneKoodiTyyppi', personalDataClassCodes],
  ] as const)('%s enumeration codes and Finnish labels', (type, list) => {
    expect(list.map((e) => ({ code: e.code, label: e.fi }))).toEqual(enumeration(type));
  });

  it('action classes (ToimenpideluokkaTeksti)', () => {
    expect(codesOf(actionClasses)).toEqual(recommended(documentation('toimenpideluokkaTekstiTyyppi')));
  });
  it('record classes (AsiakirjaluokkaTeksti)', () => {
    expect(codesOf(recordClasses)).toEqual(recommended(documentation('asiakirjaLuokkaTekstiTyyppi')));
  });
  it('process states (KasittelyprosessinTilaTeksti)', () => {
    expect(codesOf(processStates)).toEqual(recommended(documentation('kasittelyprosessinTilaTekstiTyyppi')));
  });
  it('secrecy period starts (SalassapidonLaskentaperusteTeksti, record-level list)', () => {
    expect(codesOf(secrecyPeriodStarts)).toEqual(
      recommended(documentation('salassapidonLaskentaperusteTekstiTyyppi'), 'asiakirjalle:'),
    );
  });
  it('retention starts (SailytysajanLaskentaperusteTeksti, record-level list)', () => {
    expect(codesOf(retentionPeriodStarts)).toEqual(
      recommended(documentation('sailytysajanLaskentaperusteTekstiTyyppi'), 'asiakirjalle:'),
    );
  });
  it('recommended retention and secrecy periods', () => {
    expect([...recommendedRetentionPeriods].map(String)).toEqual(
      recommended(documentation('sailytysajanPituusArvoTyyppi')).map((s) => s.replace(/\s*\(.*\)$/, '')),
    );
    expect([...recommendedSecrecyPeriods].map(String)).toEqual(recommended(documentation('salassapitoAikaArvoTyyppi')));
  });
});
