import type {
  AgendaItem,
  Body,
  BodyKind,
  ImportWarning,
  InteropDocument,
  Meeting,
  Person,
  Provenance,
  SourceSystem,
} from './model.js';
import { slug } from './input.js';

/** Guess the body kind from its Finnish name (KL 30 §: valtuusto, hallitus, lautakunnat, johtokunnat, jaostot, toimikunnat). */
export function bodyKindOf(name: string): BodyKind {
  const n = name.toLowerCase();
  if (/tarkastuslautakunta/.test(n)) return 'tarkastuslautakunta';
  if (/jaosto/.test(n)) return 'jaosto';
  if (/valtuusto/.test(n) && !/nuoriso/.test(n)) return 'valtuusto';
  if (/hallitus/.test(n)) return 'hallitus';
  if (/lautakunta/.test(n)) return 'lautakunta';
  if (/johtokunta/.test(n)) return 'johtokunta';
  if (/toimikunta/.test(n)) return 'toimikunta';
  if (/johtaja|päällikkö|sihteeri|viranhaltija/.test(n)) return 'viranhaltija';
  // Swedish names (bilingual and Swedish-speaking municipalities: Nykarleby's Tweb).
  if (/revisionsnämnd/.test(n)) return 'tarkastuslautakunta';
  if (/sektion/.test(n)) return 'jaosto';
  if (/fullmäktige/.test(n) && !/ungdom/.test(n)) return 'valtuusto';
  if (/styrelse/.test(n)) return 'hallitus';
  if (/nämnd/.test(n)) return 'lautakunta';
  if (/direktion/.test(n)) return 'johtokunta';
  if (/kommitté/.test(n)) return 'toimikunta';
  return 'muu';
}

/** Collects the records of one import; ids are stable for the same input. */
export class DocumentBuilder {
  readonly bodies = new Map<string, Body>();
  readonly persons = new Map<string, Person>();
  readonly meetings = new Map<string, Meeting>();
  readonly warnings: ImportWarning[] = [];

  constructor(readonly system: SourceSystem) {}

  body(id: string, name: string, provenance: Provenance): Body {
    let b = this.bodies.get(id);
    if (!b) {
      b = { id, name: { fi: name }, kind: bodyKindOf(name), provenance: [] };
      this.bodies.set(id, b);
    } else if (!b.name.fi && name) {
      b.name.fi = name;
      b.kind = bodyKindOf(name);
    }
    if (!b.provenance.some((p) => p.file === provenance.file)) b.provenance.push(provenance);
    return b;
  }

  person(name: string, title?: string): Person {
    const id = `person-${slug(name)}`;
    let p = this.persons.get(id);
    if (!p) {
      p = { id, name, titles: [] };
      this.persons.set(id, p);
    }
    if (title && !p.titles.includes(title)) p.titles.push(title);
    return p;
  }

  meeting(id: string, init: () => Meeting): Meeting {
    let m = this.meetings.get(id);
    if (!m) {
      m = init();
      this.meetings.set(id, m);
    }
    return m;
  }

  item(meeting: Meeting, id: string, init: () => AgendaItem): AgendaItem {
    let it = meeting.items.find((i) => i.id === id);
    if (!it) {
      it = init();
      meeting.items.push(it);
    }
    return it;
  }

  build(): InteropDocument {
    const meetings = [...this.meetings.values()].sort((a, b) =>
      a.date === b.date ? a.id.localeCompare(b.id) : a.date.localeCompare(b.date),
    );
    for (const m of meetings) {
      m.items.sort((a, b) => a.order - b.order);
      m.items.forEach((it, i) => (it.order = i));
    }
    return {
      format: 'digikokous-interop',
      version: 1,
      system: this.system,
      bodies: [...this.bodies.values()].sort((a, b) => a.id.localeCompare(b.id)),
      persons: [...this.persons.values()].sort((a, b) => a.id.localeCompare(b.id)),
      meetings,
      warnings: this.warnings,
    };
  }
}

export function emptyItem(id: string, order: number, title: string, provenance: Provenance): AgendaItem {
  return {
    id,
    order,
    title: { fi: title },
    preparers: [],
    sections: [],
    proposals: [],
    votes: [],
    disqualifications: [],
    dissents: [],
    attachments: [],
    history: [],
    provenance,
  };
}
