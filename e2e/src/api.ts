// The demo API as one person sees it, for checks behind the pages (plain fetch on loopback).

export async function demoToken(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/demo/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`POST /demo/tokens for ${email}: ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  return token;
}

/** GET `path` as `email`; the parsed JSON body. */
export async function getAs<T>(origin: string, email: string, path: string): Promise<T> {
  const token = await demoToken(origin, email);
  const response = await fetch(`${origin}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`GET ${path} as ${email}: ${response.status}`);
  return (await response.json()) as T;
}
