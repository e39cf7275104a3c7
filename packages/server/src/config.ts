import path from 'node:path';
import { installedAssetDirs } from './http/assets.js';
/** Server configuration, read once from the environment. Documented in README.md and docs/server.md. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; absent means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database (`memory://` keeps it in memory, for tests). */
  dataDir: string;
  demo: boolean;
  /** HS256 secret that signs demo tokens (demo mode only). */
  demoSecret: string;
  jwksUrl: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  /** Browser origins allowed by CORS; empty means no cross-origin browser access. */
  corsOrigins: string[];
  /** Requests per minute per caller (token subject, or address when anonymous). */
  rateLimit: number;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  logLevel: string;
  /** Folder served at `/` in demo mode (the example pages), if any. */
  staticDir: string | undefined;
  /** Folders holding the drop-in files (`upward.js`, `upward-sdk.js`, ...) served at `/`. */
  assetDirs: string[];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const demo = env.UPWARD_DEMO === '1' || env.UPWARD_DEMO === 'true';
  const config: Config = {
    port: integer(env.PORT, 8080, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.UPWARD_DATA_DIR ?? '.upward-data',
    demo,
    demoSecret: env.UPWARD_DEMO_SECRET ?? 'upward-demo-secret-not-for-production',
    jwksUrl: env.UPWARD_JWKS_URL || undefined,
    issuer: env.UPWARD_JWT_ISSUER || undefined,
    audience: env.UPWARD_JWT_AUDIENCE || undefined,
    corsOrigins: (env.UPWARD_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    rateLimit: integer(env.UPWARD_RATE_LIMIT, 600, 'UPWARD_RATE_LIMIT'),
    bodyLimit: integer(env.UPWARD_BODY_LIMIT, 1024 * 1024, 'UPWARD_BODY_LIMIT'),
    logLevel: env.LOG_LEVEL ?? 'info',
    staticDir: env.UPWARD_STATIC_DIR || undefined,
    assetDirs: env.UPWARD_ASSET_DIRS
      ? env.UPWARD_ASSET_DIRS.split(path.delimiter).filter(Boolean)
      : installedAssetDirs(),
  };
  if (!config.demo && !config.jwksUrl) {
    throw new Error('Set UPWARD_JWKS_URL (production tokens) or UPWARD_DEMO=1 (demo mode).');
  }
  // A JWKS may sign tokens for other applications too: only this issuer's, for this audience.
  if (config.jwksUrl && (!config.issuer || !config.audience)) {
    throw new Error('With UPWARD_JWKS_URL, set UPWARD_JWT_ISSUER and UPWARD_JWT_AUDIENCE too.');
  }
  return config;
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, not "${value}"`);
  return parsed;
}
