// The database schema: one definition for PGlite and PostgreSQL. Every row carries its tenant
// (`org_id`), and every query filters on it. Migrations are generated from this file by
// drizzle-kit (`pnpm --filter @upward/server db:generate`) into ../../drizzle.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Millisecond precision on both databases (PGlite has no more), so values round-trip exactly.
const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
const created = () => at('created_at').notNull().defaultNow();
const updated = () => at('updated_at').notNull().defaultNow();
const version = () => integer('version').notNull().default(1);
const org = () => uuid('org_id').notNull();

export interface Agreement {
  goals?: string[];
  cadenceDays?: number;
  confidentiality?: string;
  agendaOwner?: 'mentor' | 'mentee' | 'both';
}
export interface ActionItem {
  text: string;
  owner: 'mentor' | 'mentee' | 'both';
  done: boolean;
}
export interface ReviewItemRow {
  id: string;
  label: string;
  checked: boolean;
  note?: string;
}
export interface DriftSignalRow {
  code: 'senior-sets-agenda' | 'senior-cancels' | 'long-gap' | 'low-challenge-rating';
  detail: string;
}

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: created(),
});

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: org(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    level: integer('level'),
    department: text('department'),
    managerId: uuid('manager_id'),
    expertise: text('expertise').array().notNull().default(sql`'{}'::text[]`),
    interests: text('interests').array().notNull().default(sql`'{}'::text[]`),
    locale: text('locale'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('people_org_email').on(t.orgId, t.email),
    index('people_org_name').on(t.orgId, t.displayName, t.id),
  ],
);

export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: org(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    focus: text('focus').array().notNull(),
    successMeasures: text('success_measures').array().notNull().default(sql`'{}'::text[]`),
    phase: text('phase', { enum: ['pilot', 'active', 'closed'] })
      .notNull()
      .default('pilot'),
    reviewCadenceDays: integer('review_cadence_days').notNull().default(42),
    checklistTemplate: jsonb('checklist_template')
      .$type<{ id: string; label: string }[]>()
      .notNull(),
    concernThemes: jsonb('concern_themes').$type<{ id: string; label: string }[]>().notNull(),
    training: jsonb('training')
      .$type<{ id: string; role: 'mentor' | 'mentee' | 'lead'; title: string; url?: string }[]>()
      .notNull(),
    requireTrainingBeforePairing: boolean('require_training_before_pairing')
      .notNull()
      .default(false),
    anonymityThreshold: integer('anonymity_threshold').notNull().default(5),
    allowPeers: boolean('allow_peers').notNull().default(false),
    allowDownwardFeedback: boolean('allow_downward_feedback').notNull().default(true),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('programmes_org_created').on(t.orgId, t.createdAt, t.id)],
);

export const participants = pgTable(
  'participants',
  {
    orgId: org(),
    programmeId: uuid('programme_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role', { enum: ['mentor', 'mentee', 'lead'] }).notNull(),
    capacity: integer('capacity').notNull().default(1),
    trainingCompleted: text('training_completed').array().notNull().default(sql`'{}'::text[]`),
    steering: boolean('steering').notNull().default(false),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.personId] }),
    index('participants_person').on(t.orgId, t.personId),
  ],
);

export const pairs = pgTable(
  'pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: org(),
    programmeId: uuid('programme_id').notNull(),
    mentorId: uuid('mentor_id').notNull(),
    menteeId: uuid('mentee_id').notNull(),
    focusAreas: text('focus_areas').array().notNull().default(sql`'{}'::text[]`),
    agreement: jsonb('agreement').$type<Agreement>().notNull(),
    status: text('status', { enum: ['proposed', 'active', 'paused', 'completed', 'ended'] })
      .notNull()
      .default('proposed'),
    startedAt: at('started_at'),
    endedAt: at('ended_at'),
    endReason: text('end_reason'),
    endedBy: uuid('ended_by'),
    nextSessionAt: at('next_session_at'),
    reviewDueAt: at('review_due_at'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('pairs_org_programme').on(t.orgId, t.programmeId, t.createdAt, t.id),
    index('pairs_org_mentor').on(t.orgId, t.mentorId),
    index('pairs_org_mentee').on(t.orgId, t.menteeId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: org(),
    pairId: uuid('pair_id').notNull(),
    heldAt: at('held_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    format: text('format', { enum: ['in-person', 'video', 'phone', 'chat'] }).notNull(),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    learnings: text('learnings').notNull().default(''),
    agendaSetBy: text('agenda_set_by', { enum: ['mentor', 'mentee', 'both'] }).notNull(),
    actions: jsonb('actions').$type<ActionItem[]>().notNull(),
    sharedNotes: text('shared_notes').notNull().default(''),
    privateNote: text('private_note'),
    cancelledBy: text('cancelled_by', { enum: ['mentor', 'mentee'] }),
    loggedBy: uuid('logged_by').notNull(),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('sessions_pair_held').on(t.orgId, t.pairId, t.heldAt, t.id)],
);

export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: org(),
    programmeId: uuid('programme_id').notNull(),
    pairId: uuid('pair_id').notNull(),
    authorId: uuid('author_id').notNull(),
    direction: text('direction', { enum: ['upward', 'downward'] }).notNull(),
    safety: integer('safety').notNull(),
    learning: integer('learning').notNull(),
    statusFree: integer('status_free').notNull(),
    couldChallenge: integer('could_challenge'),
    comment: text('comment'),
    concernThemes: text('concern_themes').array().notNull().default(sql`'{}'::text[]`),
    visibility: text('visibility', { enum: ['anonymous', 'partner', 'programme'] }).notNull(),
    createdAt: created(),
  },
  (t) => [
    index('feedback_pair_created').on(t.orgId, t.pairId, t.createdAt, t.id),
    index('feedback_programme').on(t.orgId, t.programmeId),
  ],
);

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: org(),
    pairId: uuid('pair_id').notNull(),
    dueAt: at('due_at').notNull(),
    items: jsonb('items').$type<ReviewItemRow[]>().notNull(),
    suggestedOutcome: text('suggested_outcome', {
      enum: ['on-track', 'needs-attention', 'at-risk'],
    }).notNull(),
    outcome: text('outcome', { enum: ['on-track', 'needs-attention', 'at-risk'] }),
    driftSignals: jsonb('drift_signals').$type<DriftSignalRow[]>().notNull(),
    completedBy: uuid('completed_by'),
    completedAt: at('completed_at'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('reviews_pair_created').on(t.orgId, t.pairId, t.createdAt, t.id)],
);

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: org(),
    pairId: uuid('pair_id').notNull(),
    actorId: uuid('actor_id').notNull(),
    action: text('action', {
      enum: ['pair.read', 'pairs.list', 'feedback.list', 'reviews.list', 'review.read'],
    }).notNull(),
    resourceType: text('resource_type', { enum: ['pair', 'feedback', 'review'] }).notNull(),
    resourceId: uuid('resource_id').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('audit_pair_at').on(t.orgId, t.pairId, t.at, t.id)],
);

/** Stored responses of creating POSTs, replayed for a retried `Idempotency-Key`. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    orgId: org(),
    personId: uuid('person_id').notNull(),
    key: text('key').notNull(),
    route: text('route').notNull(),
    bodyHash: text('body_hash').notNull(),
    status: integer('status'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    body: text('body'),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.personId, t.key] }),
    index('idempotency_created').on(t.createdAt),
  ],
);
