// Drift signals: signs that a pair is falling back into hierarchy, computed from session metadata
// and feedback ratings only. No query here selects notes, learnings, topics or comments.
import type { ReviewOutcome } from '@upward/api';
import { and, desc, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { type DriftSignalRow, feedback, sessions } from '../db/schema.js';
import type { PairRow } from './access.js';

const day = 24 * 3600 * 1000;
const window = 5;
const defaultCadenceDays = 14;

export interface SessionFacts {
  agendaSetBy: 'mentor' | 'mentee' | 'both';
  cancelledBy: 'mentor' | 'mentee' | null;
}

export interface DriftFacts {
  now: Date;
  /** The last (up to) five sessions held, newest first, cancelled ones included. */
  lastSessions: SessionFacts[];
  /** The last (up to) five sessions that took place, newest first. */
  lastHeld: SessionFacts[];
  /** When the latest session that took place was held; null when none has. */
  lastHeldAt: Date | null;
  /** When the pair started (or was created), for a pair that has never met. */
  since: Date;
  cadenceDays: number | undefined;
  /** The latest upward "could challenge" rating that may be shown one by one. */
  latestChallengeRating: number | null;
}

export function driftSignals(facts: DriftFacts): DriftSignalRow[] {
  const signals: DriftSignalRow[] = [];
  const held = facts.lastHeld.length;
  const menteeAgendas = facts.lastHeld.filter((s) => s.agendaSetBy === 'mentee').length;
  if (held > 0 && menteeAgendas * 2 > held) {
    signals.push({
      code: 'senior-sets-agenda',
      detail:
        held === 1
          ? 'The mentee set the agenda of the only session.'
          : `The mentee set ${menteeAgendas} of the last ${held} agendas.`,
    });
  }
  const cancelled = facts.lastSessions.filter((s) => s.cancelledBy === 'mentee').length;
  if (cancelled >= 2) {
    signals.push({
      code: 'senior-cancels',
      detail: `The mentee cancelled ${cancelled} of the last ${facts.lastSessions.length} sessions.`,
    });
  }
  const cadence = facts.cadenceDays ?? defaultCadenceDays;
  const gap = facts.now.getTime() - (facts.lastHeldAt ?? facts.since).getTime();
  if (gap > 2 * cadence * day) {
    const days = Math.floor(gap / day);
    signals.push({
      code: 'long-gap',
      detail: facts.lastHeldAt
        ? `No session for ${days} days; the agreement says every ${cadence}.`
        : `No session in the ${days} days since the pair started; the agreement says every ${cadence}.`,
    });
  }
  const rating = facts.latestChallengeRating;
  if (rating !== null && rating <= 2) {
    signals.push({
      code: 'low-challenge-rating',
      detail: `The latest "could challenge" rating was ${rating} of 5.`,
    });
  }
  return signals;
}

export function suggestedOutcome(signals: DriftSignalRow[]): ReviewOutcome {
  if (signals.length === 0) return 'on-track';
  return signals.length === 1 ? 'needs-attention' : 'at-risk';
}

/** The facts drift is computed from: a few metadata columns and one rating, nothing else. */
export async function loadDriftFacts(db: Db, pair: PairRow, now: Date): Promise<DriftFacts> {
  const ofPair = and(
    eq(sessions.orgId, pair.orgId),
    eq(sessions.pairId, pair.id),
    lte(sessions.heldAt, now),
  );
  const columns = {
    heldAt: sessions.heldAt,
    agendaSetBy: sessions.agendaSetBy,
    cancelledBy: sessions.cancelledBy,
  };
  const newest = [desc(sessions.heldAt), desc(sessions.id)];
  const lastSessions = await db
    .select(columns)
    .from(sessions)
    .where(ofPair)
    .orderBy(...newest)
    .limit(window);
  const lastHeld = await db
    .select(columns)
    .from(sessions)
    .where(and(ofPair, isNull(sessions.cancelledBy)))
    .orderBy(...newest)
    .limit(window);
  // Anonymous feedback is aggregate-only: its rating never surfaces in one pair's review.
  const [rating] = await db
    .select({ couldChallenge: feedback.couldChallenge })
    .from(feedback)
    .where(
      and(
        eq(feedback.orgId, pair.orgId),
        eq(feedback.pairId, pair.id),
        eq(feedback.direction, 'upward'),
        // Reviews are read by leads: only ratings given for the programme's eyes may show there.
        eq(feedback.visibility, 'programme'),
        isNotNull(feedback.couldChallenge),
      ),
    )
    .orderBy(desc(feedback.createdAt), desc(feedback.id))
    .limit(1);
  return {
    now,
    lastSessions,
    lastHeld,
    lastHeldAt: lastHeld[0]?.heldAt ?? null,
    since: pair.startedAt ?? pair.createdAt,
    cadenceDays: pair.agreement.cadenceDays,
    latestChallengeRating: rating?.couldChallenge ?? null,
  };
}
