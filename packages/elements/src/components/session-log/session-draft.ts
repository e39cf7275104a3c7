// The session form's values as typed (strings, as inputs hold them), and the way to and from
// the API's session: validation with the contract's limits, and server field errors mapped
// back onto the form's fields.
import type { components, FieldError } from '@upward/sdk';
import type { SessionLogStrings } from './session-log.strings.js';

type Session = components['schemas']['Session'];
type SessionCreate = components['schemas']['SessionCreate'];
type Format = components['schemas']['SessionFormat'];
type AgendaSetter = components['schemas']['AgendaSetter'];

export interface ActionDraft {
  text: string;
  owner: AgendaSetter;
  done: boolean;
}

export interface SessionDraft {
  /** `YYYY-MM-DDTHH:mm`, local time, as `<input type="datetime-local">` holds it. */
  heldAt: string;
  durationMinutes: string;
  format: Format;
  topics: string;
  learnings: string;
  agendaSetBy: AgendaSetter;
  actions: ActionDraft[];
  sharedNotes: string;
  privateNote: string;
  /** `''` when the session took place. */
  cancelledBy: '' | 'mentor' | 'mentee';
}

export type DraftField =
  | 'heldAt'
  | 'durationMinutes'
  | 'format'
  | 'topics'
  | 'learnings'
  | 'agendaSetBy'
  | 'actions'
  | 'sharedNotes'
  | 'privateNote'
  | 'cancelledBy';

export type DraftErrors = Partial<Record<DraftField | 'form', string>>;

const fields: readonly DraftField[] = [
  'heldAt',
  'durationMinutes',
  'format',
  'topics',
  'learnings',
  'agendaSetBy',
  'actions',
  'sharedNotes',
  'privateNote',
  'cancelledBy',
];

/** The contract's limits (packages/api/openapi.yaml). */
export const limits = { text: 4000, notes: 10000, topic: 80, topics: 20, action: 200, actions: 20 };

export function emptyDraft(now = new Date()): SessionDraft {
  return {
    heldAt: toLocalInput(now),
    durationMinutes: '60',
    format: 'video',
    topics: '',
    learnings: '',
    // The junior mentor owns the agenda by default.
    agendaSetBy: 'mentor',
    actions: [],
    sharedNotes: '',
    privateNote: '',
    cancelledBy: '',
  };
}

/** Whether nothing was typed yet (the date, duration and choices have defaults). */
export function isBlank(draft: SessionDraft): boolean {
  return (
    !draft.topics.trim() &&
    !draft.learnings.trim() &&
    !draft.sharedNotes.trim() &&
    !draft.privateNote.trim() &&
    draft.actions.every((action) => !action.text.trim())
  );
}

const formats: readonly string[] = ['in-person', 'video', 'phone', 'chat'];
const setters: readonly string[] = ['mentor', 'mentee', 'both'];

/** A draft read back from this device, kept only where it has the right shape. */
export function storedDraft(raw: unknown): SessionDraft | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const value = raw as Record<string, unknown>;
  const draft = emptyDraft();
  for (const field of [
    'heldAt',
    'durationMinutes',
    'topics',
    'learnings',
    'sharedNotes',
    'privateNote',
  ] as const) {
    if (typeof value[field] === 'string') draft[field] = value[field] as string;
  }
  if (formats.includes(value.format as string)) draft.format = value.format as Format;
  if (setters.includes(value.agendaSetBy as string))
    draft.agendaSetBy = value.agendaSetBy as AgendaSetter;
  if (value.cancelledBy === 'mentor' || value.cancelledBy === 'mentee')
    draft.cancelledBy = value.cancelledBy;
  if (Array.isArray(value.actions))
    draft.actions = value.actions
      .filter((action) => action && typeof action.text === 'string')
      .map((action) => ({
        text: action.text,
        owner: setters.includes(action.owner) ? action.owner : 'mentee',
        done: action.done === true,
      }));
  return isBlank(draft) ? undefined : draft;
}

export function draftFromSession(session: Session): SessionDraft {
  return {
    heldAt: toLocalInput(new Date(session.heldAt)),
    durationMinutes: String(session.durationMinutes),
    format: session.format,
    topics: session.topics.join(', '),
    learnings: session.learnings,
    agendaSetBy: session.agendaSetBy,
    actions: session.actions.map((action) => ({ ...action })),
    sharedNotes: session.sharedNotes,
    privateNote: session.privateNote ?? '',
    cancelledBy: session.cancelledBy ?? '',
  };
}

export function topicsOf(draft: SessionDraft): string[] {
  const topics = draft.topics
    .split(',')
    .map((topic) => topic.trim())
    .filter(Boolean);
  return [...new Set(topics)];
}

/** What is wrong with the draft, by field, in the reader's language; empty when it can be sent. */
export function validateDraft(
  draft: SessionDraft,
  t: SessionLogStrings,
  lang: string,
): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.heldAt || Number.isNaN(new Date(draft.heldAt).getTime())) errors.heldAt = t.required;
  const minutes = Number(draft.durationMinutes);
  if (
    draft.durationMinutes.trim() === '' ||
    !Number.isInteger(minutes) ||
    minutes < 1 ||
    minutes > 600
  )
    errors.durationMinutes = t.durationRange;
  const topics = topicsOf(draft);
  if (topics.length > limits.topics) errors.topics = t.tooManyTopics;
  else if (topics.some((topic) => topic.length > limits.topic)) errors.topics = t.topicTooLong;
  const tooLong = (value: string, max: number) =>
    value.length > max ? t.tooLong(max, value.length, lang) : undefined;
  const learnings = tooLong(draft.learnings, limits.text);
  if (learnings) errors.learnings = learnings;
  const shared = tooLong(draft.sharedNotes, limits.notes);
  if (shared) errors.sharedNotes = shared;
  const own = tooLong(draft.privateNote, limits.notes);
  if (own) errors.privateNote = own;
  const action = draft.actions.find((each) => each.text.trim().length > limits.action);
  if (action) errors.actions = t.tooLong(limits.action, action.text.trim().length, lang);
  return errors;
}

/** The body to send. Empty action rows are dropped. */
export function toSessionBody(draft: SessionDraft): SessionCreate {
  return {
    heldAt: new Date(draft.heldAt).toISOString(),
    durationMinutes: Number(draft.durationMinutes),
    format: draft.format,
    topics: topicsOf(draft),
    learnings: draft.learnings,
    agendaSetBy: draft.agendaSetBy,
    actions: draft.actions
      .map((action) => ({ ...action, text: action.text.trim() }))
      .filter((action) => action.text !== ''),
    sharedNotes: draft.sharedNotes,
    privateNote: draft.privateNote,
    cancelledBy: draft.cancelledBy === '' ? null : draft.cancelledBy,
  };
}

/** The server's field errors (JSON Pointers into the body), placed on the form's fields. */
export function errorsFromServer(
  fieldErrors: readonly FieldError[],
  fallback: string,
): DraftErrors {
  const errors: DraftErrors = {};
  for (const { field, reason } of fieldErrors) {
    const name = field.split('/')[1] as DraftField | undefined;
    const key = name && fields.includes(name) ? name : 'form';
    errors[key] = errors[key] ? `${errors[key]} ${reason}` : reason;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}

function toLocalInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
