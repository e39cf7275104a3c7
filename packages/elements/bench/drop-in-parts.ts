// Where the drop-in file's gzip bytes go. Each part's figure is what the file would lose if that
// part's code were not in it (gzip of the whole, less gzip of the whole without the part's
// characters, found through the source map): gzip shares repeats across parts, so the parts do
// not add up to the whole.
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';

export interface Part {
  name: string;
  /** Minified characters of the file that come from this part. */
  chars: number;
  /** What the gzip file would lose without them. */
  gzip: number;
}

/** The part a source file belongs to, or undefined for a file that counts only in the whole. */
export type Grouping = (source: string) => string | undefined;

/** Lit, @lit/context, openapi-fetch, the SDK, each element, and what the elements share. */
export const byPackageAndElement: Grouping = (source) => {
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source))
    return 'Lit';
  if (source.includes('/node_modules/@lit/context/')) return '@lit/context';
  if (source.includes('/node_modules/openapi-fetch/')) return 'openapi-fetch';
  if (source.includes('/packages/sdk/')) return '@upward/sdk (its own code)';
  const element = /\/components\/([^/]+)\//.exec(source)?.[1];
  if (element) return `<upward-${element}>`;
  return 'shared by the elements (base, i18n, styles, events)';
};

/** Each module of the elements, by its path in `src/` (Lit and the SDK left out). */
export const byElementModule: Grouping = (source) =>
  /\/packages\/elements\/(?:dist|src)\/(.+)\.[jt]s$/.exec(source)?.[1];

/** The elements' styles and their English copy, the two kinds of module that are not code. */
export const stylesAndCopy: Grouping = (source) =>
  /\.styles\.[jt]s$/.test(source)
    ? 'every *.styles module (CSS)'
    : /\.strings\.[jt]s$/.test(source)
      ? 'every *.strings module (English copy)'
      : undefined;

const gzipSize = (text: string) => gzipSync(text, { level: 9 }).byteLength;

/** The file's parts by `grouping`, largest first; `joined` adds a row for all of them at once. */
export function dropInParts(
  code: string,
  map: { text: string; path: string },
  grouping: Grouping,
  joined?: string,
) {
  const trace = new TraceMap(map.text, map.path);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const starts: { at: number; part: string | undefined }[] = [];
  eachMapping(trace, (mapping) => {
    const at = (lineStarts[mapping.generatedLine - 1] ?? 0) + mapping.generatedColumn;
    starts.push({ at, part: mapping.source === null ? undefined : grouping(mapping.source) });
  });
  starts.sort((a, b) => a.at - b.at);
  // Each character belongs to the part of the mapping it follows.
  const owner: (string | undefined)[] = new Array(code.length);
  starts.forEach(({ at, part }, index) => {
    owner.fill(part, at, starts[index + 1]?.at ?? code.length);
  });
  const whole = gzipSize(code);
  const without = (drop: (part: string | undefined) => boolean) => {
    let rest = '';
    let chars = 0;
    for (let i = 0; i < code.length; i++) {
      if (drop(owner[i])) chars++;
      else rest += code[i];
    }
    return { chars, gzip: whole - gzipSize(rest) };
  };
  const names = [...new Set(owner)].filter((part): part is string => part !== undefined);
  const parts: Part[] = names.map((name) => ({ name, ...without((part) => part === name) }));
  parts.sort((a, b) => b.gzip - a.gzip);
  if (joined) parts.push({ name: joined, ...without((part) => part !== undefined) });
  return { whole, parts };
}
