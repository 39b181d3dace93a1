// Settings and a small clean-up plugin for the custom-elements manifest (the kit's API contract, used by
// Storybook's controls and docs and by editors).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'dk-clean-manifest',
      packageLinkPhase({ customElementsManifest }) {
        const tags = new Map();
        for (const mod of customElementsManifest.modules) {
          if (mod.path === 'src/shared/define.ts') {
            // The generic defineElement(tag, ctor) helper is not a component.
            mod.declarations = mod.declarations.filter((d) => !d.customElement);
            mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
          }
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name);
            if (d.customElement && d.tagName) tags.set(d.tagName, { name: d.name, module: mod.path });
          }
        }
        // Each define.ts registers its tag through defineElement(); record that as the definition export.
        for (const mod of customElementsManifest.modules) {
          if (!mod.path.endsWith('/define.ts') || mod.path === 'src/shared/define.ts') continue;
          const folder = mod.path.split('/')[1];
          const tag = `dk-${folder}`;
          const decl = tags.get(tag);
          if (decl)
            mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: decl }];
        }
      },
    },
  ],
};
