// Logging a session in one statement: the membership and status check, the insert and the
// logger's name travel to the database together. This is the write path a busy programme hits
// most, and the embedded database runs one statement at a time, so one round trip instead of
// three is most of its cost. When nothing is inserted, the caller learns why from memberPair.

import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import type { ActionItem } from '../db/schema.js';
import type { RequestBody } from '../handlers/types.js';
import type { Caller } from '../http/context.js';
import type { SessionRow } from './sessions.js';

interface Inserted {
  id: string;
  org_id: string;
  pair_id: string;
  held_at: Date | string;
  duration_minutes: number;
  format: SessionRow['format'];
  topics: string[];
  learnings: string;
  agenda_set_by: SessionRow['agendaSetBy'];
  actions: ActionItem[];
  shared_notes: string;
  private_note: string | null;
  cancelled_by: SessionRow['cancelledBy'];
  logged_by: string;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  logger_name: string | null;
  logger_department: string | null;
}

const textArray = (values: string[]) =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))::text[]`;

/** The new session and its logger, or undefined when the caller may not log one in this pair now. */
export async function insertSessionAsMember(
  db: Db,
  caller: Caller,
  pairId: string,
  body: RequestBody<'logSession'>,
  heldAt: Date,
) {
  const result = await db.execute(sql`
    with pair as (
      select id from pairs
      where org_id = ${caller.orgId}::uuid and id = ${pairId}::uuid
        and (mentor_id = ${caller.personId}::uuid or mentee_id = ${caller.personId}::uuid)
        and status in ('active', 'paused')
    ), inserted as (
      insert into sessions (org_id, pair_id, held_at, duration_minutes, format, topics, learnings,
        agenda_set_by, actions, shared_notes, private_note, cancelled_by, logged_by)
      select ${caller.orgId}::uuid, pair.id, ${heldAt.toISOString()}::timestamptz,
        ${body.durationMinutes}::int, ${body.format}::text, ${textArray(body.topics ?? [])},
        ${body.learnings ?? ''}::text, ${body.agendaSetBy}::text,
        ${JSON.stringify(body.actions ?? [])}::jsonb, ${body.sharedNotes ?? ''}::text,
        ${body.privateNote ?? null}::text, ${body.cancelledBy ?? null}::text, ${caller.personId}::uuid
      from pair
      returning *
    )
    select inserted.*, people.display_name as logger_name, people.department as logger_department
    from inserted left join people on people.id = inserted.logged_by`);
  const [row] = (result as unknown as { rows: Inserted[] }).rows;
  if (!row) return undefined;
  const session: SessionRow = {
    id: row.id,
    orgId: row.org_id,
    pairId: row.pair_id,
    heldAt: new Date(row.held_at),
    durationMinutes: row.duration_minutes,
    format: row.format,
    topics: row.topics,
    learnings: row.learnings,
    agendaSetBy: row.agenda_set_by,
    actions: row.actions,
    sharedNotes: row.shared_notes,
    privateNote: row.private_note,
    cancelledBy: row.cancelled_by,
    loggedBy: row.logged_by,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
  const logger = {
    id: row.logged_by,
    displayName: row.logger_name ?? 'Former participant',
    ...(row.logger_department ? { department: row.logger_department } : {}),
  };
  return { session, people: new Map([[row.logged_by, logger]]) };
}
