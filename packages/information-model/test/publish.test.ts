import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exampleModel, toMarkdown, validateModel } from '../src/index.js';

const clone = <T>(v: T): T => structuredClone(v);

describe('toMarkdown (public description, Tiedonhallintalaki 28 §)', () => {
  it('renders disclosure authority, systems, data groups, query criteria and open API', () => {
    const md = toMarkdown(exampleModel);
    expect(md).toContain('# Tiedonhallintamallin julkinen kuvaus: Esimerkkikunta');
    expect(md).toContain('kirjaamo@esimerkkikunta.example');
    expect(md).toContain('### Sähköinen kokousjärjestelmä');
    expect(md).toContain('Osallistujat, läsnäolo ja äänestykset');
    expect(md).toContain('Hakuperusteet: toimielin, kokouspäivä, asiatunnus, otsikko');
    expect(md).toContain('<https://paatokset.esimerkkikunta.example/api>');
    expect(toMarkdown(exampleModel, { lang: 'en' })).toContain('## Information systems');
  });

  it('never contains the text of a confidential field', () => {
    const md = toMarkdown(exampleModel);
    expect(md).not.toContain('SALAINEN-YKSITYISKOHTA');
    expect(md).not.toContain('10.20.0.0');
    expect(md).not.toContain('Verkon segmentointi');
    expect(md).not.toContain('Sosiaalihuollon asiakastiedot');
    expect(md).not.toContain('Salassa pidettävät liitteet');
    expect(md).toMatch(/2 salassa pidettävää kohtaa on jätetty pois/);
  });

  it('leaves out confidential systems everywhere, including links from resources', () => {
    const m = clone(exampleModel);
    m.systems[2]!.confidential = true;
    m.systems[2]!.name = 'Piilotettu videopalvelu';
    const md = toMarkdown(m);
    expect(validateModel(m).ok).toBe(true);
    expect(md).not.toContain('Piilotettu videopalvelu');
  });

  it('redacts a henkilötunnus and escapes Markdown in user text', () => {
    const m = clone(exampleModel);
    m.processes[0]!.purpose = 'Yhteys 131052-308T <script>alert(1)</script> [linkki](javascript:x)';
    const md = toMarkdown(m);
    expect(md).not.toContain('131052-308T');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](javascript');
    expect(escapeMarkdown('# otsikko\n- lista')).toBe('\\# otsikko - lista');
  });

  it('throws a TypeError for an invalid model', () => {
    expect(() => toMarkdown({} as never)).toThrow(TypeError);
  });
});
