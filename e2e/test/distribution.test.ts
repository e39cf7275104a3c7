// What a bundler or a page gets from @upward/elements as built: the drop-in file stands alone,
// `sideEffects` lets a bundler drop what is not imported, and the manifest lists every element.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@upward/elements/package.json'));
const tags = [
  'upward-provider',
  'upward-pair-card',
  'upward-session-log',
  'upward-feedback-form',
  'upward-review-checklist',
];

/** What a bundler makes of `source` importing the built package (minified, tree-shaken). */
async function bundle(source: string): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('the built @upward/elements', () => {
  it('has a drop-in file that imports nothing and registers every tag', async () => {
    const dropIn = await readFile(path.join(packageDir, 'dist/upward.js'), 'utf8');
    assert.doesNotMatch(dropIn, /(^|[;}\s])import\s*[{*\w'"]/, 'no static import left');
    assert.doesNotMatch(dropIn, /\bimport\(/, 'no dynamic import either');
    for (const tag of tags)
      assert.ok(dropIn.includes(`"${tag}"`) || dropIn.includes(`\`${tag}\``), tag);
    assert.match(dropIn, /\/\/# sourceMappingURL=upward\.js\.map\s*$/);
    const map = JSON.parse(await readFile(path.join(packageDir, 'dist/upward.js.map'), 'utf8'));
    assert.ok(map.sources.some((source: string) => source.includes('pair-card.component')));
  });

  it('keeps the registrations a bundle imports (sideEffects), and only the code it uses', async () => {
    const cardOnly = await bundle(
      "import { UpwardPairCard } from '@upward/elements'; console.log(UpwardPairCard);",
    );
    // The class alone: no tag registered, no other element's code.
    assert.doesNotMatch(cardOnly, /upward-pair-card/);
    assert.doesNotMatch(cardOnly, /Relationship review/);
    assert.doesNotMatch(cardOnly, /Send feedback/);
    const everything = await bundle("import '@upward/elements/define';");
    for (const tag of tags) assert.match(everything, new RegExp(tag), tag);
    assert.ok(everything.length > cardOnly.length * 2);
  });

  it('links a manifest that documents every element', async () => {
    const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8'));
    assert.equal(manifest.customElements, 'custom-elements.json');
    const elements = JSON.parse(
      await readFile(path.join(packageDir, manifest.customElements), 'utf8'),
    );
    const declared = elements.modules
      .flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? [])
      .filter((declaration: { tagName?: string }) => declaration.tagName);
    assert.deepEqual(
      declared.map((each: { tagName: string }) => each.tagName).sort(),
      [...tags].sort(),
    );
    const checklist = declared.find(
      (each: { tagName: string }) => each.tagName === 'upward-review-checklist',
    );
    assert.ok(checklist.attributes.some((each: { name: string }) => each.name === 'pair-id'));
    assert.ok(
      checklist.events.some((each: { name: string }) => each.name === 'upward-review-completed'),
    );
    assert.ok(checklist.cssParts.length > 10);
  });
});

describe('the drop-in build’s template minifier', () => {
  it('folds line breaks and indentation, and keeps a space that is text', async () => {
    // The build script of @upward/elements, outside this package's sources: imported by path.
    const script = '../../packages/elements/scripts/minify-literals.ts';
    const { minifyQuasi } = (await import(script)) as {
      minifyQuasi: (tag: string, raw: string, first: boolean, last: boolean) => string;
    };
    assert.equal(minifyQuasi('html', '\n  <p>\n    Hello\n  </p>\n', true, true), '<p> Hello </p>');
    assert.equal(minifyQuasi('html', ' · ', true, false), ' · ');
    assert.equal(minifyQuasi('html', ' <strong>(', true, false), ' <strong>(');
    assert.equal(minifyQuasi('html', ')</strong> ', false, true), ')</strong> ');
    assert.equal(
      minifyQuasi(
        'css',
        "\n  /* why */\n  .a > .b {\n    font: 1rem 'Segoe UI';\n  }\n",
        true,
        true,
      ),
      ".a>.b{font:1rem 'Segoe UI'}",
    );
  });
});
