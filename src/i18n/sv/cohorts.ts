import type { Catalog } from '../catalog';
import type { cohorts as English } from '../en/cohorts';

export const cohorts: Catalog<typeof English> = {
  cohortUsage: 'Skriv `/reverse-mentor cohort new`, `cohort list` eller `cohort close <id>`.',
  cohortCloseUsage:
    'Skriv vilken kull du vill avsluta, till exempel `/reverse-mentor cohort close 3`. `/reverse-mentor cohort list` visar numren.',
  cohortEnrollingExists: (p) =>
    `*${p.name}* (#${p.id}) tar fortfarande emot anmälningar. Matcha den med \`/reverse-mentor match\` eller avsluta den med ` +
    `\`/reverse-mentor cohort close ${p.id}\` innan du startar en ny.`,
  cohortNotFound: (p) => `Det finns ingen kull #${p.id}. \`/reverse-mentor cohort list\` visar alla.`,
  cohortAlreadyCompleted: (p) => `*${p.name}* (#${p.id}) är redan avslutad.`,
  cohortModalTitle: 'Ny kull',
  cohortModalSubmit: 'Skapa',
  cohortModalIntro:
    'Alla som väntar på en kull anmäls så fort du skapar den, och de som går med senare läggs till tills du matchar.',
  cohortNameLabel: 'Namn',
  cohortNamePlaceholder: 't.ex. Våren 2027',
  cohortStartLabel: 'Startdatum',
  cohortWeeksLabel: 'Längd i veckor',
  cohortWeeksHint: (p) => `Från ${p.min} till ${p.max} veckor.`,
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
  cohortNudgeTimeHint: 'I kullens tidszon. Varje par får sitt utskick när klockan är minst så mycket för båda.',
  cohortTimezoneLabel: 'Kullens tidszon',
  cohortTimezoneHint: 'Gäller datumen ovan, och alla vars egen tidszon vi inte känner till.',
  cohortChannelLabel: 'Kanal för sammanfattningar',
  cohortChannelHint: 'Bjud in mig till kanalen så att jag kan skriva där.',
  cohortCapacityLabel: 'Adepter per mentor',
  cohortCapacityOption: (p) => (p.count === 1 ? '1 adept' : `${p.count} adepter`),
  errorCohortNameRequired: 'Ge kullen ett namn.',
  errorCohortStartRequired: 'Välj ett startdatum.',
  errorCohortStartInvalid: 'Det datumet finns inte i kalendern. Välj ett i datumväljaren.',
  errorCohortStartPast: 'Det datumet har redan passerat i kullens tidszon. Välj i dag eller senare.',
  errorCohortWeeks: (p) => `Ange ett helt antal veckor, från ${p.min} till ${p.max}.`,
  errorCohortWeeksBiweekly: (p) => `Med utskick varannan vecka behöver kullen minst ${p.min} veckor.`,
  errorCohortTime: 'Välj en tid.',
  errorCohortTimezone: 'Välj en tidszon i listan.',
  errorCohortChannelRequired: 'Välj en kanal för sammanfattningarna.',
  errorCohortChannelInvalid: 'Välj en öppen eller privat kanal, inte ett direktmeddelande.',
  errorCohortCapacity: (p) => `Välj mellan ${p.min} och ${p.max} adepter per mentor.`,
  errorCohortEnrollingExists: (p) =>
    `${p.name} (#${p.id}) tar fortfarande emot anmälningar. Matcha eller avsluta den innan du startar en ny.`,
  cohortCreated: (p) =>
    `*${p.name}* tar nu emot anmälningar. ` +
    (p.enrolled === 0
      ? 'Ingen väntade, så den börjar tom – de som går med nu läggs till.'
      : p.enrolled === 1
        ? '1 person som väntade är anmäld.'
        : `${p.enrolled} personer som väntade är anmälda.`),
  cohortDetails: (p) =>
    `*Start:* ${p.start}\n*Längd:* ${p.weeks} veckor\n*Hur ofta:* ${p.cadence}\n*Utskick:* ${p.day} kl. ${p.time} (${p.timezone})\n` +
    `*Sammanfattningar:* ${p.channel}\n*Adepter per mentor:* ${p.capacity}`,
  cohortCreatedNext: (p) =>
    `Bjud in mig till ${p.channel} så att jag kan posta sammanfattningar där. När anmälan är klar kör du \`/reverse-mentor match\`.`,
  cohortListHeader: 'Kullar',
  cohortListLine: (p) =>
    `*#${p.id} ${p.name}* – ${p.status}\nStartar ${p.start} · ${p.weeks} veckor · ${p.cadence} · ${p.enrolled} anmälda · sammanfattningar i ${p.channel}`,
  cohortListMore: (p) => `Visar de ${p.shown} senaste av ${p.total} kullar.`,
  cohortCloseQuestionEnrolling: (p) =>
    `Avsluta *${p.name}* (#${p.id})? Den är inte matchad än, så alla anmälda (${p.enrolled}) får vänta på nästa kull.`,
  cohortCloseQuestionActive: (p) =>
    `Avsluta *${p.name}* (#${p.id})? Den markeras som avslutad och paren får inga fler utskick.`,
  cohortCloseConfirm: 'Avsluta kullen',
  cohortCloseKeep: 'Behåll den',
  cohortClosedEnrolling: (p) =>
    `*${p.name}* är avslutad. Alla som var anmälda (${p.enrolled}) kommer med i nästa kull du skapar.`,
  cohortClosedActive: (p) => `*${p.name}* är avslutad och markerad som klar.`,
  cohortCloseKept: 'Inget ändrades. Kullen är kvar som den var.',
};
