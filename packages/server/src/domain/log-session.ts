// Logging sessions with group commit. Concurrent session logs are gathered while the previous
// batch is at the database and written together in one statement, which also checks each
// caller's membership and the pair's status and fetches the logger's name. The embedded
// database runs one statement at a time, so a busy programme's writes share that cost instead
// of queueing behind one another; on PostgreSQL it saves round trips. A single log is simply a
// batch of one. When a batch fails as a whole, each log in it is tried alone, so one bad write
// never fails the others.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import type { ActionItem } from '../db/schema.js';
import type { RequestBody } from '../handlers/types.js';
import type { Caller } from '../http/context.js';
import type { SessionRow } from './sessions.js';

type Logged = {
  session: SessionRow;
  people: Map<string, { id: string; displayName: string; department?: string }>;
};

interface Pending {
  input: Record<string, unknown>;
  resolve: (logged: Logged | undefined) => void;
  reject: (error: unknown) => void;
}

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

const maxBatch = 200;

export function createSessionLogger(db: Db) {
  let queue: Pending[] = [];
  let writing = false;

  async function write(batch: Pending[]) {
    const result = await db.execute(sql`
      with input as (
        select * from jsonb_to_recordset(${JSON.stringify(batch.map((p) => p.input))}::jsonb) as x(
          id uuid, org_id uuid, pair_id uuid, person_id uuid, held_at timestamptz, duration_minutes int,
          format text, topics text[], learnings text, agenda_set_by text, actions jsonb,
          shared_notes text, private_note text, cancelled_by text)
      ), inserted as (
        insert into sessions (id, org_id, pair_id, held_at, duration_minutes, format, topics, learnings,
          agenda_set_by, actions, shared_notes, private_note, cancelled_by, logged_by)
        select input.id, input.org_id, input.pair_id, input.held_at, input.duration_minutes, input.format,
          input.topics, input.learnings, input.agenda_set_by, input.actions, input.shared_notes,
          input.private_note, input.cancelled_by, input.person_id
        from input join pairs on pairs.org_id = input.org_id and pairs.id = input.pair_id
          and (pairs.mentor_id = input.person_id or pairs.mentee_id = input.person_id)
          and pairs.status in ('active', 'paused')
        returning *
      )
      select inserted.*, people.display_name as logger_name, people.department as logger_department
      from inserted left join people on people.id = inserted.logged_by`);
    const rows = new Map(
      (result as unknown as { rows: Inserted[] }).rows.map((row) => [row.id, row]),
    );
    for (const pending of batch) {
      const row = rows.get(pending.input.id as string);
      pending.resolve(row ? toLogged(row) : undefined);
    }
  }

  // Let the requests that arrived in this turn of the event loop join the batch first: a
  // statement on the embedded database holds the loop while it runs, and the requests that came
  // in meanwhile are only read in the next turn.
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

  async function drain() {
    writing = true;
    await nextTurn();
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(maxBatch);
      try {
        await write(batch);
      } catch (error) {
        if (batch.length === 1) batch[0]?.reject(error);
        else for (const pending of batch) await write([pending]).catch(pending.reject);
      }
      await nextTurn();
    }
    writing = false;
  }

  /** The new session and its logger, or undefined when the caller may not log one in this pair now. */
  return function logSession(
    caller: Caller,
    pairId: string,
    body: RequestBody<'logSession'>,
    heldAt: Date,
  ) {
    return new Promise<Logged | undefined>((resolve, reject) => {
      queue.push({
        input: {
          id: randomUUID(),
          org_id: caller.orgId,
          pair_id: pairId,
          person_id: caller.personId,
          held_at: heldAt.toISOString(),
          duration_minutes: body.durationMinutes,
          format: body.format,
          topics: body.topics ?? [],
          learnings: body.learnings ?? '',
          agenda_set_by: body.agendaSetBy,
          actions: body.actions ?? [],
          shared_notes: body.sharedNotes ?? '',
          private_note: body.privateNote ?? null,
          cancelled_by: body.cancelledBy ?? null,
        },
        resolve,
        reject,
      });
      if (!writing) void drain();
    });
  };
}

function toLogged(row: Inserted): Logged {
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
