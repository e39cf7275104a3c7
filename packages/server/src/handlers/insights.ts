// Programme insights: for the programme's leads, org admins and its steering committee.
import { loadProgramme } from '../domain/access.js';
import { programmeInsights } from '../domain/insights.js';
import { callerOf } from '../http/context.js';
import { forbidden } from '../http/problem.js';
import type { Deps, Handler } from './types.js';

export function insightsHandlers({ db }: Deps) {
  const getProgrammeInsights: Handler<'getProgrammeInsights'> = async (request) => {
    const caller = callerOf(request);
    // 404 for anyone outside the programme (or organisation); 403 for its other participants.
    const { programme, isLead, steering } = await loadProgramme(
      db,
      caller,
      request.params.programmeId,
    );
    if (!isLead && !steering)
      throw forbidden(
        "A programme's insights are for its leads, organisation admins and steering committee.",
      );
    return programmeInsights(db, programme, new Date());
  };

  return { getProgrammeInsights };
}
