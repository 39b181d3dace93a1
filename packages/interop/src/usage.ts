/** The command line's usage text: its own module, so that `digikokous --help` loads nothing else. */
export const USAGE = `Käyttö / usage:
  digikokous import <auto|dynasty|tweb|casem> <kansio|folder> [--out tiedosto|file] [--format dataset|interop]
  digikokous export <oparl|6aika|ical> <tiedosto|file> [--out tiedosto|file] [--base-url url] [--meeting id]
`;

/** The error of a call without arguments, as `main` prints it. */
export const MISSING_ARGUMENT = { fi: 'Puuttuva tai ylimääräinen argumentti.', en: 'Missing or extra argument.' };
