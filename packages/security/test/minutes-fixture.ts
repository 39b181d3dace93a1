/** A synthetic minutes document of `items` items (fictional data, no personal identity codes). */
export function makeMinutes(items: number): Record<string, unknown> {
  return {
    id: 'pk-kv-2026-3',
    body: 'Kaupunginvaltuusto',
    meeting: { number: 3, year: 2026, mode: 'hybrid', start: '2026-03-10T18:00:00+02:00' },
    legalityAndQuorum: { present: 41, seats: 43 },
    items: Array.from({ length: items }, (_, i) => ({
      section: i + 1,
      title: { fi: `Asia ${i + 1}: talousarvion muutos`, sv: `Ärende ${i + 1}: ändring av budgeten` },
      publicity: 'public',
      proposal: 'Valtuusto hyväksyy muutoksen esityksen mukaisesti.',
      proceedings: 'Keskustelun kuluessa tehtiin yksi muutosehdotus, jota kannatettiin. Suoritettiin äänestys.',
      decision: 'Valtuusto hyväksyi muutoksen äänin 30–11.',
      votes: { yes: 30, no: 11, blank: 0, absent: 2 },
      appeal: 'kunnallisvalitus',
    })),
    checkedOn: '2026-03-17',
  };
}
