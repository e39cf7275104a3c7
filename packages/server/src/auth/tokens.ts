// Bearer tokens: verified once, then cached until they expire (verifying a JWT costs far more
// than a request's own work). Demo mode signs and accepts HS256 tokens with its own secret;
// production verifies RS256/ES256 tokens against the identity provider's JWKS.
import { createSecretKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { Config } from '../config.js';

export interface Claims {
  personId: string;
  orgId: string;
  roles: ('admin' | 'lead')[];
  name?: string | undefined;
  email?: string | undefined;
  orgName?: string | undefined;
  expiresAt: number;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const demoIssuer = 'upward-demo';
const demoAudience = 'upward';

export class TokenVerifier {
  private readonly cache = new Map<string, Claims>();
  private readonly demoKey: KeyObject | undefined;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(private readonly config: Config) {
    // Imported once: handing jose raw bytes would re-import the key on every verify.
    this.demoKey = config.demo ? createSecretKey(Buffer.from(config.demoSecret)) : undefined;
    this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  }

  async verify(token: string): Promise<Claims> {
    const cached = this.cache.get(token);
    if (cached && cached.expiresAt > Date.now()) return cached;
    if (cached) this.cache.delete(token);
    const payload = await this.verifySignature(token);
    const claims = toClaims(payload);
    if (this.cache.size >= 10_000) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(token, claims);
    return claims;
  }

  private async verifySignature(token: string): Promise<JWTPayload> {
    const errors: unknown[] = [];
    if (this.jwks) {
      try {
        const options: Parameters<typeof jwtVerify>[2] = {
          algorithms: ['RS256', 'ES256'],
          requiredClaims: ['exp'],
        };
        if (this.config.issuer) options.issuer = this.config.issuer;
        if (this.config.audience) options.audience = this.config.audience;
        return (await jwtVerify(token, this.jwks, options)).payload;
      } catch (error) {
        errors.push(error);
      }
    }
    if (this.demoKey) {
      try {
        const options = {
          algorithms: ['HS256'],
          issuer: demoIssuer,
          audience: demoAudience,
          requiredClaims: ['exp'],
        };
        return (await jwtVerify(token, this.demoKey, options)).payload;
      } catch (error) {
        errors.push(error);
      }
    }
    throw errors[0] ?? new Error('no key to verify tokens with');
  }

  /** Signs a demo token (demo mode only). */
  async signDemo(claims: {
    sub: string;
    org: string;
    roles: string[];
    name: string;
    email: string;
    orgName: string;
    /** Lifetime; eight hours when not given. */
    expiresInSeconds?: number;
  }) {
    if (!this.demoKey) throw new Error('demo tokens exist only in demo mode');
    const expiresAt = new Date(Date.now() + (claims.expiresInSeconds ?? 8 * 3600) * 1000);
    const token = await new SignJWT({
      org: claims.org,
      roles: claims.roles,
      name: claims.name,
      email: claims.email,
      org_name: claims.orgName,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(demoIssuer)
      .setAudience(demoAudience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.demoKey);
    return { token, expiresAt };
  }
}

function toClaims(payload: JWTPayload): Claims {
  const org = payload.org;
  if (typeof payload.sub !== 'string' || !uuid.test(payload.sub))
    throw new Error('sub must be a person id (UUID)');
  if (typeof org !== 'string' || !uuid.test(org))
    throw new Error('org must be an organisation id (UUID)');
  const roles = Array.isArray(payload.roles)
    ? payload.roles.filter((role): role is 'admin' | 'lead' => role === 'admin' || role === 'lead')
    : [];
  const text = (value: unknown) =>
    typeof value === 'string' && value.length <= 254 ? value : undefined;
  return {
    personId: payload.sub.toLowerCase(),
    orgId: org.toLowerCase(),
    roles,
    name: text(payload.name),
    email: text(payload.email),
    orgName: text(payload.org_name),
    expiresAt: (payload.exp ?? 0) * 1000,
  };
}
