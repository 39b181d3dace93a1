// Creates a package skeleton: node scripts/new-package.mjs <folder> "<description>"
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
const [folder, description] = process.argv.slice(2);
if (!folder || !description) {
  console.error('usage: node scripts/new-package.mjs <folder> "<description>"');
  process.exit(2);
}
const dir = new URL(`../packages/${folder}/`, import.meta.url);
if (existsSync(dir)) {
  console.error(`packages/${folder} exists already`);
  process.exit(1);
}
mkdirSync(new URL('src/', dir), { recursive: true });
mkdirSync(new URL('test/', dir), { recursive: true });
const write = (path, text) => writeFileSync(new URL(path, dir), text);
const json = (v) => JSON.stringify(v, null, 2) + '\n';
write(
  'package.json',
  json({
    name: `@digikokous/${folder}`,
    version: '0.0.0',
    description,
    license: 'MIT',
    type: 'module',
    repository: {
      type: 'git',
      url: 'git+https://github.com/digikokous/digikokous-kit.git',
      directory: `packages/${folder}`,
    },
    keywords: ['digikokous', 'kuntalaki', 'municipality', 'finland'],
    engines: { node: '>=20.19.0' },
    sideEffects: false,
    exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
    files: ['dist', 'README.md'],
    scripts: {
      build: 'tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json --noEmit',
      lint: 'eslint .',
      test: 'vitest run',
      'package-check': 'publint --strict && attw --pack . --profile esm-only',
    },
    publishConfig: { access: 'public' },
  }),
);
write(
  'tsconfig.json',
  json({
    extends: '../../tsconfig.base.json',
    compilerOptions: { rootDir: '.', noEmit: true, types: ['node'] },
    include: ['src', 'test', '*.ts'],
  }),
);
write(
  'tsconfig.build.json',
  json({
    extends: '../../tsconfig.base.json',
    compilerOptions: { rootDir: 'src', outDir: 'dist', types: ['node'] },
    include: ['src'],
    exclude: ['src/**/*.test.ts'],
  }),
);
write(
  'vitest.config.ts',
  `import { defineProject } from 'vitest/config';\n\nexport default defineProject({\n  test: { name: '${folder}', include: ['test/**/*.test.ts'], environment: 'node' },\n});\n`,
);
write('src/index.ts', `/** @packageDocumentation ${description} */\nexport {};\n`);
write('README.md', `# @digikokous/${folder}\n\n${description}\n`);
console.log(`created packages/${folder}`);
