import type { Person } from '@upward/api';
import type { PersonRow } from './people.js';

/** The full record for leads, admins and the person; display name and department for others. */
export function toPerson(row: PersonRow, full: boolean): Person {
  const person: Person = {
    id: row.id,
    displayName: row.displayName,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  if (row.department) person.department = row.department;
  if (!full) return person;
  if (row.email) person.email = row.email;
  if (row.level !== null) person.level = row.level;
  if (row.managerId) person.managerId = row.managerId;
  person.expertise = row.expertise;
  person.interests = row.interests;
  if (row.locale) person.locale = row.locale;
  return person;
}
