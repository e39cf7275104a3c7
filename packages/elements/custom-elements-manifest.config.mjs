// `custom-elements.json`, from the JSDoc of each element (@tagname, @summary, @slot, @csspart,
// @cssprop, @fires): editors, Storybook and the React types read it.

/** `Class.field` of every `state: true` entry of a `static properties` block. */
const states = new Set();

export default {
  globs: ['src/base/upward-element.ts', 'src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer reads `static properties` but not Lit's `state: true`, so it would list
      // internal state (`draft`, `errors`, …) as attributes: it has none, as with `@state()`.
      name: 'upward:state-is-no-attribute',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
          if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
          for (const entry of member.initializer.properties) {
            const options = ts.isPropertyAssignment(entry) ? entry.initializer : undefined;
            const isState =
              options &&
              ts.isObjectLiteralExpression(options) &&
              options.properties.some(
                (option) =>
                  ts.isPropertyAssignment(option) &&
                  option.name.getText() === 'state' &&
                  option.initializer.kind === ts.SyntaxKind.TrueKeyword,
              );
            if (isState) states.add(`${node.name.getText()}.${entry.name.getText()}`);
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const isState = (item) =>
              states.has(
                `${item.inheritedFrom?.name ?? declaration.name}.${item.fieldName ?? item.name}`,
              );
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter(
                (attribute) => !isState(attribute),
              );
            for (const member of declaration.members ?? []) {
              if (isState(member)) delete member.attribute;
            }
          }
        }
      },
    },
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
