import type { Catalog } from '../catalog';
import type { kickoff as English } from '../en/kickoff';

export const kickoff: Catalog<typeof English> = {
  kickoffIntroduction: (p) =>
    `*Börja med en överenskommelse.* Ni skriver var sin del: ${p.mentee}, dina mål; ${p.mentor}, vad du hoppas få ut av mentorskapet; ` +
    'båda två, hur ofta ni tänker ses och vilka spelregler ni vill ha. Den syns här när ni båda har skrivit er del.',
  kickoffButton: 'Skriv din del',
  kickoffPromptNone: '*Er överenskommelse* är inte skriven än. Ni skriver var sin del, och den syns här när ni båda har gjort det.',
  kickoffPromptWaiting: (p) => `*Er överenskommelse:* ${p.answered} har skrivit sin del. Vi väntar på ${p.waiting}.`,
  kickoffPromptButton: 'Skriv din del',

  kickoffTitle: 'Vår överenskommelse',
  kickoffSave: 'Spara min del',
  kickoffSaveChanges: 'Spara ändringar',
  kickoffModalIntroMentee: (p) =>
    `Din del av överenskommelsen med ${p.partner}: vad du vill lära dig, hur ofta ni tänker ses och vilka spelregler du ställer dig bakom.`,
  kickoffModalIntroMentor: (p) =>
    `Din del av överenskommelsen med ${p.partner}: vad du hoppas få ut av mentorskapet, hur ofta ni tänker ses och vilka spelregler du ställer dig bakom.`,
  kickoffModalPrivacy: (p) => `Bara du och ${p.partner} ser överenskommelsen. De programansvariga får bara veta att ni har en.`,
  kickoffModalPartnerDone: (p) => `${p.partner} har skrivit sin del.`,
  kickoffModalPartnerWaiting: (p) => `${p.partner} har inte skrivit sin del än.`,
  kickoffGoalsLabel: 'Dina mål med mentorskapet',
  kickoffGoalsHint: (p) => `Ett till ${p.max} mål, ett per rad, högst ${p.chars} tecken sammanlagt.`,
  kickoffHopesLabel: 'Vad hoppas du få ut av det?',
  kickoffHopesHint: (p) => `Frivilligt. Högst ${p.chars} tecken.`,
  kickoffCadenceLabel: 'Hur ofta tänker ni ses?',
  kickoffCadenceWeekly: 'Varje vecka',
  kickoffCadenceBiweekly: 'Varannan vecka',
  kickoffCadenceMonthly: 'En gång i månaden',
  kickoffNormsLabel: 'Våra spelregler',
  kickoffNormsHint: 'Den första hör till programmet; de andra väljer ni själva.',
  kickoffNormConfidential: 'Det vi säger stannar mellan oss',
  kickoffNormNotice: 'Vi avbokar minst 24 timmar i förväg',
  kickoffNormCandour: 'Ärlig återkoppling är välkommen, åt båda hållen',
  kickoffErrorGoalsRequired: 'Skriv minst ett mål.',
  kickoffErrorGoalsTooMany: (p) => `Högst ${p.max} mål, ett per rad.`,
  kickoffErrorConfidential: 'Att det ni säger stannar mellan er hör till programmet.',
  kickoffSavedWaiting: (p) =>
    `Din del av överenskommelsen är sparad. Den syns i ert gemensamma direktmeddelande när ${p.partner} har skrivit sin del.`,
  kickoffSavedComplete: (p) => `Din del är sparad, och överenskommelsen med ${p.partner} finns nu i ert gemensamma direktmeddelande.`,
  kickoffSavedUpdated: 'Din del är uppdaterad, och överenskommelsen i ert gemensamma direktmeddelande har ändrats med den.',
  kickoffNotYours: 'Den här överenskommelsen hör till två andra, så du kan inte öppna den.',
  kickoffPairEnded: 'Mentorskapet har avslutats, så överenskommelsen är stängd.',
  kickoffCohortEnded: 'Programmet är slut, så överenskommelsen är stängd.',

  agreementHeader: 'Vår överenskommelse',
  agreementFallback: (p) => `Överenskommelsen mellan ${p.mentor} och ${p.mentee}`,
  agreementGoals: (p) => `*Målen för ${p.mentee}*`,
  agreementHopes: (p) => `*Det här hoppas ${p.mentor} få ut av mentorskapet*`,
  agreementNoHopes: '_Inget skrivet än._',
  agreementTextRemoved: '_Inte längre sparat: texter raderas efter en tid._',
  agreementCadenceSame: (p) => `*Så ofta ses vi:* ${p.cadence}`,
  agreementCadenceDiffer: (p) =>
    `*Så ofta ses vi:* ${p.mentor} säger ${p.mentorCadence}, ${p.mentee} ${p.menteeCadence}. Bra att bestämma nästa gång ni ses.`,
  agreementNormsHeader: '*Våra spelregler*',
  agreementNormBoth: (p) => `✓ ${p.rule}`,
  agreementNormOne: (p) => `• ${p.rule} (önskemål från ${p.who})`,
  agreementFooter: 'Bara ni två ser det här. Ändra din del när du vill, så ändras överenskommelsen här också.',
  agreementEdit: 'Ändra min del',
  agreementWithdrawn: 'Överenskommelsen är borttagen: en av er bad Reverse Mentor att radera sina personuppgifter.',

  homeAgreementNone: (p) => `*Din överenskommelse med ${p.partner}:* inte skriven än.`,
  homeAgreementMine: (p) => `*Din överenskommelse med ${p.partner}:* din del är klar. Vi väntar på ${p.partner}.`,
  homeAgreementTheirs: (p) => `*Din överenskommelse med ${p.partner}:* ${p.partner} har skrivit sin del. Nu är det din tur.`,
  homeAgreementComplete: (p) => `*Din överenskommelse med ${p.partner}*`,
  homeAgreementWrite: 'Skriv min del',
  homeAgreementEdit: 'Ändra min del',

  outcomeClose: 'Stäng',
  outcomeRoleMentor: 'mentor',
  outcomeRoleMentee: 'adept',
  outcomeGone: 'Det finns inte kvar längre.',
  outcomeChoose: 'Välj ett av alternativen.',
};
