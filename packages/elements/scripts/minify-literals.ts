// A Vite plugin for the drop-in file: minifies the static text of Lit's `css` and `html` tagged
// templates, which a JS minifier must leave as they are. CSS loses comments and the spaces no
// rule needs; HTML only has each line break and its indentation folded into one space, which
// renders the same outside `<pre>` and `<textarea>` (our templates put no literal text there).
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

export function minifyHtml(text: string): string {
  return text.replace(/\n\s*/g, ' ');
}

/** One static part of a `css` or `html` template; `first`/`last`: it opens or ends it. */
export function minifyQuasi(tag: string, raw: string, first: boolean, last: boolean): string {
  let text = raw;
  // A template's own first and last line breaks go; a plain space there is text
  // (`html\` · ${department}\``) and stays.
  if (first) text = text.replace(/^\s*\n\s*/, '');
  if (last) text = text.replace(/\s*\n\s*$/, '');
  if (tag !== 'css') return minifyHtml(text);
  text = minifyCss(text);
  // Around a CSS template's ends, space is never meaningful.
  if (first) text = text.trimStart();
  if (last) text = text.trimEnd();
  return text;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
interface Quasi extends Node {
  value: { raw: string };
}

function* taggedTemplates(node: unknown): Generator<{ tag: string; quasis: Quasi[] }> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  const n = node as Node;
  if (n.type === 'TaggedTemplateExpression') {
    const tag = n.tag as Node & { name?: string };
    const quasi = n.quasi as Node & { quasis: Quasi[] };
    if (tag.type === 'Identifier' && (tag.name === 'css' || tag.name === 'html'))
      yield { tag: tag.name, quasis: quasi.quasis };
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'type') yield* taggedTemplates(value);
}

/** Minifies `css` and `html` templates in the files whose id `include` matches. */
export function minifyLiterals(include: RegExp): Plugin {
  return {
    name: 'upward:minify-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
      const output = new MagicString(code);
      for (const { tag, quasis } of taggedTemplates(this.parse(code))) {
        for (const [index, quasi] of quasis.entries()) {
          const raw = quasi.value.raw;
          const text = minifyQuasi(tag, raw, index === 0, index === quasis.length - 1);
          if (text !== raw) output.overwrite(quasi.start, quasi.end, text);
        }
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
