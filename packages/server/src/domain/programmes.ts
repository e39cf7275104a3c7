// Programmes and enrolments in their API shapes, and the checks on a programme's own lists.
import type { FieldError, Participant, PersonSummary, Programme } from '@upward/api';
import type { participants } from '../db/schema.js';
import { ruleViolated } from '../http/problem.js';
import type { ProgrammeRow } from './access.js';

export type ParticipantRow = typeof participants.$inferSelect;
type Phase = ProgrammeRow['phase'];

export function toProgramme(row: ProgrammeRow): Programme {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    focus: row.focus as Programme['focus'],
    successMeasures: row.successMeasures,
    phase: row.phase,
    reviewCadenceDays: row.reviewCadenceDays,
    checklistTemplate: row.checklistTemplate,
    concernThemes: row.concernThemes,
    training: row.training,
    requireTrainingBeforePairing: row.requireTrainingBeforePairing,
    anonymityThreshold: row.anonymityThreshold,
    allowPeers: row.allowPeers,
    allowDownwardFeedback: row.allowDownwardFeedback,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toParticipant(row: ParticipantRow, person: PersonSummary): Participant {
  return {
    programmeId: row.programmeId,
    person,
    role: row.role,
    capacity: row.capacity,
    trainingCompleted: row.trainingCompleted,
    steering: row.steering,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const phases: Phase[] = ['pilot', 'active', 'closed'];

/** True when the phase would move back (pilot → active → closed only). */
export const movesBack = (from: Phase, to: Phase) => phases.indexOf(to) < phases.indexOf(from);

type Lists = Partial<Pick<Programme, 'checklistTemplate' | 'concernThemes' | 'training'>>;

/** 422 when a checklist item, concern theme or training module id appears twice in its list. */
export function checkUniqueIds(lists: Lists) {
  const errors: FieldError[] = [];
  for (const name of ['checklistTemplate', 'concernThemes', 'training'] as const) {
    const seen = new Set<string>();
    lists[name]?.forEach((item, index) => {
      if (seen.has(item.id))
        errors.push({ field: `/${name}/${index}/id`, reason: `repeats the id ${item.id}` });
      seen.add(item.id);
    });
  }
  if (errors.length > 0) throw ruleViolated('Ids must be unique within each list.', errors);
}

/** 422 for completed-training ids that are not the programme's training for this role. */
export function checkTraining(
  programme: Pick<ProgrammeRow, 'training'>,
  role: ParticipantRow['role'],
  completed: string[] | undefined,
) {
  if (!completed) return;
  const known = new Set(programme.training.filter((t) => t.role === role).map((t) => t.id));
  const errors: FieldError[] = completed.flatMap((id, index) =>
    known.has(id)
      ? []
      : [
          {
            field: `/trainingCompleted/${index}`,
            reason: `is not a training module of this programme for the ${role} role`,
          },
        ],
  );
  if (errors.length > 0)
    throw ruleViolated(
      `Completed training must be the programme's ${role} training: ${[...known].join(', ') || 'none'}.`,
      errors,
    );
}
