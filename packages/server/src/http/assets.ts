// The drop-in files (`/upward.js`, its locales, `/upward-sdk.js`, and their source maps): read
// once at start, compressed once when first asked for, and served to any origin (a module script
// from another origin needs CORS). `/upward.js` is revalidated on every load (ETag);
// `/v/<version>/upward.js` never changes, so browsers keep it for a year.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The files a drop-in folder may hold; nothing else in it is served. */
export const dropInFiles = ['upward.js', 'upward-de.js', 'upward-ar.js', 'upward-sdk.js'];

interface Asset {
  version: string;
  type: string;
  etag: string;
  body: Buffer;
  /** Compressed on first request, then kept: start-up does not pay for files nobody asks for. */
  encoded: Partial<Record<'br' | 'gzip', Buffer>>;
}

function encode(asset: Asset, coding: 'br' | 'gzip'): Buffer {
  asset.encoded[coding] ??=
    coding === 'br' ? brotliCompressSync(asset.body) : gzipSync(asset.body, { level: 9 });
  return asset.encoded[coding];
}

const require = createRequire(import.meta.url);

/** The `dist/` folders of @upward/elements and @upward/sdk, when they are installed. */
export function installedAssetDirs(): string[] {
  const dirs: string[] = [];
  for (const name of ['@upward/elements', '@upward/sdk']) {
    try {
      dirs.push(path.join(path.dirname(require.resolve(`${name}/package.json`)), 'dist'));
    } catch {
      // not installed next to the server: its files are not served
    }
  }
  return dirs;
}

function load(file: string, version: string): Asset {
  const body = readFileSync(file);
  return {
    version,
    type: file.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    body,
    encoded: {},
  };
}

/** Every drop-in file (and map) found in `dirs`, by name; the first folder holding a name wins. */
export function loadAssets(dirs: string[]): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const dir of dirs) {
    const manifest = path.join(dir, '..', 'package.json');
    const version = existsSync(manifest)
      ? String(JSON.parse(readFileSync(manifest, 'utf8')).version ?? '0.0.0')
      : '0.0.0';
    for (const name of dropInFiles.flatMap((file) => [file, `${file}.map`])) {
      const file = path.join(dir, name);
      if (!assets.has(name) && existsSync(file)) assets.set(name, load(file, version));
    }
  }
  return assets;
}

/** Whether the request's Accept-Encoding takes `coding` (absent, or with a q above 0). */
function accepts(header: string, coding: string): boolean {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== coding) return false;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function send(request: FastifyRequest, reply: FastifyReply, asset: Asset, immutable: boolean) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const coding = accepts(accepted, 'br') ? 'br' : accepts(accepted, 'gzip') ? 'gzip' : undefined;
  // Each encoding is its own representation, with its own validator.
  const etag = coding ? `${asset.etag.slice(0, -1)}-${coding}"` : asset.etag;
  reply
    .header('content-type', asset.type)
    .header('etag', etag)
    .header('vary', 'accept-encoding')
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin')
    .header('x-content-type-options', 'nosniff')
    .header(
      'cache-control',
      immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    );
  const match = request.headers['if-none-match'];
  if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
    return reply.code(304).send();
  if (!coding) return reply.send(asset.body);
  return reply.header('content-encoding', coding).send(encode(asset, coding));
}

/** Routes for the drop-in files found (not API routes: no token, no rate limit). */
export function registerAssets(app: FastifyInstance, assets: Map<string, Asset>) {
  for (const [name, asset] of assets) {
    app.get(`/${name}`, async (request, reply) => send(request, reply, asset, false));
    app.get<{ Params: { version: string } }>(`/v/:version/${name}`, async (request, reply) =>
      request.params.version === asset.version
        ? send(request, reply, asset, true)
        : reply.callNotFound(),
    );
  }
}
