import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await esbuild.build({ entryPoints: ['dist/drop-in.js'], bundle: true, minify: true, format: 'esm', write: false, metafile: true, target: 'es2022' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [k.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, 'nm:'), v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
let tot = 0; for (const [k, b] of rows) { tot += b; console.log(String(b).padStart(7), k); }
const code = r.outputFiles[0].contents;
console.log('total', code.byteLength, 'gzip', gzipSync(code, { level: 9 }).byteLength);
