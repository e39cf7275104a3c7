// The review checklist a programme gets when it names none, drawn from the source documents on
// reverse mentoring: what keeps a pair from falling back into hierarchy.
export const defaultChecklist = [
  { id: 'purpose-clear', label: 'The purpose is clear to both of us' },
  { id: 'both-trained', label: 'Both of us were trained for our role' },
  { id: 'meeting-on-cadence', label: 'We meet at the agreed cadence' },
  { id: 'junior-sets-agenda', label: 'The junior mentor sets the agenda' },
  { id: 'senior-learning', label: 'The senior is learning something new' },
  { id: 'junior-can-challenge', label: 'The junior can challenge safely' },
  { id: 'concerns-followed-up', label: 'Concerns raised are followed up' },
];
