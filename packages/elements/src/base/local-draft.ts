// What a person has typed but not yet saved, kept on this device per element, person and pair,
// so that a reload or a crash loses nothing. Plain text in `localStorage` (docs/security.md);
// a browser that refuses storage keeps nothing, and the element still works.

/** The storage key of one person's draft in one kind of element, for one pair. */
export function localDraftKey(kind: string, personId: string, pairId: string): string {
  return `upward:${kind}-draft:${personId}:${pairId}`;
}

/** The stored value, parsed; undefined when there is none or it cannot be read. */
export function readLocalDraft(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Stores the value, or removes the draft when it is undefined. */
export function writeLocalDraft(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused (private mode): the draft lives only in the form.
  }
}
