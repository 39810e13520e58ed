export const help = {
  helpIntro:
    'Reverse Mentor pairs people who are newer in their careers (mentors) with senior leaders (mentees). ' +
    'Every week or two each pair gets a prompt with a topic and a few questions, and a quiet place to reflect.',
  helpParticipantHeader: '*What you can do*',
  helpJoin: '`/reverse-mentor join` — join, or edit your profile',
  helpStatus: '`/reverse-mentor status` — your role, cohort, mentor or mentee, and next prompt',
  helpPause: '`/reverse-mentor pause [weeks]` — no prompts for a while (1–12 weeks)',
  helpResume: '`/reverse-mentor resume` — prompts again',
  helpReflect: '`/reverse-mentor reflect` — reflect on your latest session',
  helpSuggest: '`/reverse-mentor suggest [text]` — suggest a topic',
  helpTopics: '`/reverse-mentor topics` — see topics and vote',
  helpRematch: '`/reverse-mentor rematch` — ask the organizers, privately, for a new match',
  helpLeave: '`/reverse-mentor leave` — leave the programme',
  helpForgetMe: '`/reverse-mentor forget-me` — delete your personal data',
  helpOrganizerHeader: '*For organizers*',
  helpCohort: '`/reverse-mentor cohort new | list | close <number>` — run cohorts',
  helpMatch: '`/reverse-mentor match [cohort]` — preview and confirm pairs',
  helpPair: '`/reverse-mentor pair @mentor @mentee`, `unpair @person` — change pairs by hand',
  helpSummary: '`/reverse-mentor summary [cohort]` — post the cohort summary here',
  helpExport: '`/reverse-mentor export [cohort]` — a spreadsheet (CSV) in your direct messages',
  helpTopicsReview: '`/reverse-mentor topics review` — approve or reject suggestions',
  helpOrganizers: '`/reverse-mentor organizers add @person | remove @person | list` — who else runs the programme',
  unknownCommand: (p: { input: string; suggestion: string }) =>
    `I don't know \`${p.input}\`. Did you mean \`/reverse-mentor ${p.suggestion}\`?`,
};
