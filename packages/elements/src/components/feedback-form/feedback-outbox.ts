// Feedback on its way to the server, kept on this device until the server has it. Each entry
// holds the exact body and its own Idempotency-Key, written BEFORE the first attempt: a retry,
// even after a reload or a crash, is the same request, so the server creates the feedback once.
import { isUpwardError } from '@upward/sdk';
import type { FeedbackCreate } from './feedback-draft.js';

export interface OutboxEntry {
  /** The Idempotency-Key sent with every attempt. */
  key: string;
  pairId: string;
  personId: string;
  body: FeedbackCreate;
  /** When the user sent it. */
  createdAt: string;
  /** Attempts that failed so far. */
  attempts: number;
}

/** The storage key of one person's outbox for one pair. */
export function outboxKey(personId: string, pairId: string): string {
  return `upward:feedback-outbox:v1:${personId}:${pairId}`;
}

/** The entries waiting, oldest first (unreadable storage reads as none). */
export function readOutbox(storage: Storage, personId: string, pairId: string): OutboxEntry[] {
  try {
    const raw = storage.getItem(outboxKey(personId, pairId));
    const entries: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(entries) ? entries.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Adds an entry at the end, or replaces it (by key) where it is. False when storage refused it. */
export function putEntry(storage: Storage, entry: OutboxEntry): boolean {
  const entries = readOutbox(storage, entry.personId, entry.pairId);
  const at = entries.findIndex((each) => each.key === entry.key);
  if (at === -1) entries.push(entry);
  else entries[at] = entry;
  return write(storage, entry.personId, entry.pairId, entries);
}

/** Removes an entry (it reached the server, or it went back into the form). */
export function removeEntry(storage: Storage, entry: OutboxEntry): void {
  const entries = readOutbox(storage, entry.personId, entry.pairId).filter(
    (each) => each.key !== entry.key,
  );
  write(storage, entry.personId, entry.pairId, entries);
}

/** A new entry with a fresh key. */
export function newEntry(
  personId: string,
  pairId: string,
  body: FeedbackCreate,
  now = new Date(),
): OutboxEntry {
  return {
    key: crypto.randomUUID(),
    pairId,
    personId,
    body,
    createdAt: now.toISOString(),
    attempts: 0,
  };
}

/**
 * Whether a failed attempt may succeed later unchanged: no answer at all (the network), a server
 * that is busy or down (408, 429, 5xx), or the first attempt with this key still running (409
 * `request-in-progress`). Anything else is an answer about the feedback itself.
 */
export function isTransient(error: unknown): boolean {
  if (!isUpwardError(error)) return true;
  const { status } = error;
  return (
    status === 0 ||
    status === 408 ||
    status === 429 ||
    status >= 500 ||
    (status === 409 && error.type.endsWith('/request-in-progress'))
  );
}

/**
 * How long to wait before the next attempt after `attempt` failures: exponential and capped
 * (`base` × 2^attempt, at most `max`), jittered between half and all of that so that many
 * devices coming back online together do not retry in step.
 */
export function backoff(attempt: number, base: number, max: number, random = Math.random): number {
  const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function write(storage: Storage, personId: string, pairId: string, entries: OutboxEntry[]) {
  try {
    const key = outboxKey(personId, pairId);
    if (entries.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<OutboxEntry>;
  return (
    typeof entry.key === 'string' &&
    typeof entry.pairId === 'string' &&
    typeof entry.personId === 'string' &&
    typeof entry.createdAt === 'string' &&
    typeof entry.attempts === 'number' &&
    !!entry.body &&
    typeof entry.body === 'object' &&
    !!entry.body.ratings
  );
}
