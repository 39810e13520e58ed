import { plural, type Catalog } from '../catalog';
import type { cohorts as English } from '../en/cohorts';

const count = plural('sv');
const veckor = (n: number) => count(n, { one: '# vecka', other: '# veckor' });
const personer = (n: number) => count(n, { one: '# person', other: '# personer' });

export const cohorts: Catalog<typeof English> = {
  cohortUsage: 'Skriv `/reverse-mentor cohort new`, `cohort list` eller `cohort close <nummer>`.',
  cohortCloseUsage:
    'Skriv vilken omgång du vill avsluta, till exempel `/reverse-mentor cohort close 3`. `/reverse-mentor cohort list` visar numren.',
  cohortEnrollingExists: (p) =>
    `*${p.name}* (#${p.id}) tar fortfarande emot anmälningar. Matcha den med \`/reverse-mentor match\` eller avsluta den med ` +
    `\`/reverse-mentor cohort close ${p.id}\` innan du startar en ny.`,
  cohortNotFound: (p) => `Det finns ingen omgång #${p.id}. \`/reverse-mentor cohort list\` visar alla.`,
  cohortAlreadyCompleted: (p) => `*${p.name}* (#${p.id}) är redan avslutad.`,
  cohortModalTitle: 'Ny omgång',
  cohortModalSubmit: 'Skapa',
  cohortModalIntro:
    'Alla som väntar på en omgång anmäls så fort du skapar den, och de som går med senare läggs till tills du matchar.',
  cohortNameLabel: 'Namn',
  cohortNamePlaceholder: 't.ex. Våren 2027',
  cohortStartLabel: 'Startdatum',
  cohortWeeksLabel: 'Längd i veckor',
  cohortWeeksHint: (p) => `Från ${p.min} till ${veckor(p.max)}.`,
  cohortCadenceLabel: 'Hur ofta paren får ett utskick',
  cadenceWeekly: 'Varje vecka',
  cadenceBiweekly: 'Varannan vecka',
  cohortNudgeDayLabel: 'Utskicksdag',
  weekdayMon: 'måndag',
  weekdayTue: 'tisdag',
  weekdayWed: 'onsdag',
  weekdayThu: 'torsdag',
  weekdayFri: 'fredag',
  cohortNudgeTimeLabel: 'Utskickstid',
  cohortNudgeTimeHint: 'I omgångens tidszon. Varje par får sitt utskick när klockan har passerat den här tiden för båda.',
  cohortTimezoneLabel: 'Omgångens tidszon',
  cohortTimezoneHint: 'Gäller datumen ovan, och alla vars egen tidszon vi inte känner till.',
  cohortChannelLabel: 'Kanal för sammanfattningar',
  cohortChannelHint:
    'Här publiceras sammanfattningarna, och de citerar reflektioner som deltagarna väljer att dela. Välj därför en kanal där ' +
    'alla medlemmar får läsa dem, och bjud in mig dit så att jag kan publicera där.',
  cohortCapacityLabel: 'Adepter per mentor',
  cohortCapacityOption: (p) => count(p.count, { one: '# adept', other: '# adepter' }),
  errorCohortNameRequired: 'Ge omgången ett namn.',
  errorCohortStartRequired: 'Välj ett startdatum.',
  errorCohortStartInvalid: 'Det datumet finns inte i kalendern. Välj ett i datumväljaren.',
  errorCohortStartPast: 'Det datumet har redan passerat i omgångens tidszon. Välj i dag eller senare.',
  errorCohortWeeks: (p) => `Ange ett helt antal veckor, från ${p.min} till ${p.max}.`,
  errorCohortWeeksBiweekly: (p) => `Med utskick varannan vecka behöver omgången minst ${veckor(p.min)}.`,
  errorCohortTime: 'Välj en tid.',
  errorCohortTimezone: 'Välj en tidszon i listan.',
  errorCohortChannelRequired: 'Välj en kanal för sammanfattningarna.',
  errorCohortChannelInvalid: 'Välj en öppen eller privat kanal, inte ett direktmeddelande.',
  errorCohortCapacity: (p) => `Välj mellan ${p.min} och ${count(p.max, { one: '# adept', other: '# adepter' })} per mentor.`,
  errorCohortEnrollingExists: (p) =>
    `${p.name} (#${p.id}) tar fortfarande emot anmälningar. Matcha eller avsluta den innan du startar en ny.`,
  cohortCreated: (p) =>
    `*${p.name}* tar nu emot anmälningar. ` +
    (p.enrolled === 0
      ? 'Ingen väntade, så den börjar tom – de som går med nu läggs till.'
      : `${count(p.enrolled, { one: '# person som väntade är anmäld', other: '# personer som väntade är anmälda' })}.`),
  cohortDetails: (p) =>
    `*Start:* ${p.start}\n*Längd:* ${veckor(p.weeks)}, ${count(p.sessions, { one: '# träff', other: '# träffar' })}\n` +
    `*Hur ofta:* ${p.cadence}\n*Utskick:* ${p.day} kl. ${p.time} (${p.timezone})\n` +
    `*Sammanfattningar:* ${p.channel}\n*Adepter per mentor:* ${p.capacity}`,
  cohortCreatedNext: (p) =>
    `Bjud in mig till ${p.channel} med \`/invite @Reverse Mentor\` så att jag kan publicera sammanfattningar där. När anmälan är klar kör du \`/reverse-mentor match\`.`,
  cohortListHeader: 'Omgångar',
  cohortListLine: (p) =>
    `*#${p.id} ${p.name}* – ${p.status}\nStartar ${p.start} · ${veckor(p.weeks)} · ${p.cadence} · ` +
    `${count(p.enrolled, { one: '# anmäld', other: '# anmälda' })} · sammanfattningar i ${p.channel}`,
  cohortListMore: (p) => `Visar de ${p.shown} senaste av ${count(p.total, { one: '# omgång', other: '# omgångar' })}.`,
  cohortCloseQuestionEnrolling: (p) =>
    `Avsluta *${p.name}* (#${p.id})? Den är inte matchad än, så alla anmälda (${personer(p.enrolled)}) får vänta på nästa omgång.`,
  cohortCloseQuestionActive: (p) =>
    `Avsluta *${p.name}* (#${p.id})? Den markeras som avslutad och paren får inga fler utskick.`,
  cohortCloseConfirm: 'Avsluta omgången',
  cohortCloseKeep: 'Behåll den',
  cohortClosedEnrolling: (p) =>
    `*${p.name}* är avslutad. Alla som var anmälda (${personer(p.enrolled)}) kommer med i nästa omgång du skapar.`,
  cohortClosedActive: (p) => `*${p.name}* är avslutad.`,
  cohortCloseKept: 'Inget ändrades. Omgången är kvar som den var.',
};
