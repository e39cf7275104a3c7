// `custom-elements.json`, from the JSDoc of each element (@tagname, @summary, @slot, @csspart,
// @cssprop, @fires): editors, Storybook and the React types read it.
export default {
  globs: ['src/base/upward-element.ts', 'src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also guesses an event from every `dispatchEvent(new X(...))`; the events an
      // element fires are the ones its JSDoc documents with `@fires`.
      name: 'upward:documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.description);
          }
        }
      },
    },
  ],
};
