import { plural, type Catalog } from '../catalog';
import type { join as English } from '../en/join';

const count = plural('sv');
const tecken = (n: number) => count(n, { other: '# tecken' });

export const join: Catalog<typeof English> = {
  joinTitle: 'Gå med i Reverse Mentor',
  joinEditTitle: 'Ändra din profil',
  joinSubmit: 'Gå med',
  joinSave: 'Spara',
  cancel: 'Avbryt',
  joinIntro:
    'I omvänt mentorskap är rollerna ombytta: den som är ny i arbetslivet blir mentor åt en erfaren ledare. ' +
    'Berätta lite om dig själv så hittar vi en bra matchning.',
  roleLabel: 'Jag vill vara med som',
  roleMentorDescription: 'Ny i arbetslivet: du delar ditt perspektiv med en erfaren ledare.',
  roleMenteeDescription: 'Erfaren ledare: du lär dig av någon som är ny i arbetslivet.',
  departmentLabel: 'Avdelning',
  departmentPlaceholder: 't.ex. Marknad',
  seniorityLabel: 'År i arbetslivet',
  topicsLabel: 'Ämnen som intresserar dig',
  topicsHint: (p) => `Välj ${p.min} till ${p.max}.`,
  managerLabel: 'Din chef',
  managerHint: 'Så att du aldrig paras ihop med din chef eller med någon av dina medarbetare.',
  goalsLabel: 'Vad hoppas du få ut av det?',
  goalsHint: (p) => `Bara du ser det här. Högst ${tecken(p.max)}.`,
  meetingLabel: 'Hur vill du helst ses?',
  confidentialityLabel: 'Spelregler',
  confidentialityText: 'Det vi pratar om stannar mellan oss två.',
  confidentialityDescription: 'Att vi är ihopparade är ingen hemlighet.',

  howItWorksHeader: '*Så går det till*',
  howItWorksCohort: (p) =>
    `Ett samtal på 45–60 minuter ${p.cadence === 'weekly' ? 'varje vecka' : 'varannan vecka'}: ` +
    `${count(p.sessions, { one: '# träff', other: '# träffar' })} under ${count(p.weeks, { one: '# vecka', other: '# veckor' })} ` +
    `i omgången *${p.cohort}*, med start ${p.start}. Adepten bokar det första mötet.`,
  howItWorksGeneral:
    'Ett samtal på 45–60 minuter varje eller varannan vecka, så länge omgången pågår (ofta ungefär tre månader). ' +
    'Adepten bokar det första mötet.',
  howItWorksNextEnrolling: (p) =>
    'Sedan: när anmälan stänger sätter de programansvariga ihop paren, och varje par får en presentation i ett gemensamt ' +
    `direktmeddelande före ${p.start}. Därefter kommer ett utskick med ämne och frågor inför varje träff.`,
  howItWorksNextWaiting:
    'Sedan: du kommer med i nästa omgång så snart en programansvarig öppnar den. När paren är klara får varje par en ' +
    'presentation i ett gemensamt direktmeddelande, och därefter ett utskick med ämne och frågor inför varje träff.',
  howItWorksNextMatched: 'Sedan: adepten bokar det första mötet, och inför varje träff kommer ett utskick i ert gemensamma direktmeddelande.',

  errorRoleRequired: 'Välj om du vill vara med som mentor eller adept.',
  errorDepartmentRequired: 'Skriv vilken avdelning du jobbar på.',
  errorTooLong: (p) => `Håll det till högst ${tecken(p.max)}.`,
  errorSeniorityRequired: 'Välj hur många år du har jobbat.',
  errorTopicsCount: (p) => `Välj mellan ${p.min} och ${count(p.max, { one: '# ämne', other: '# ämnen' })}.`,
  errorTopicUnknown: 'Ett av ämnena finns inte längre. Välj igen.',
  errorManagerSelf: 'Du kan inte vara din egen chef.',
  errorConfidentiality: 'Godkänn spelreglerna för att gå med.',
  errorInvalidChoice: 'Välj ett av alternativen.',

  welcomeMentor:
    'Välkommen! :wave: Ingen väntar sig en femårsstrategi av dig. Du är här för att guida en ledare i den digitala ' +
    'världen, berätta hur din generation ser på arbetslivet, utmana invanda föreställningar och ge ärlig återkoppling på ' +
    'ledarskapet. I gengäld får du värdefull tid med en erfaren ledare – bra för din egen karriär också.',
  welcomeMentee:
    'Välkommen! :wave: Så blir det bra: lyssna mer än du pratar, boka det första mötet, håll varje tid ' +
    'och be om återkoppling på ditt eget ledarskap.',
  profileUpdated: 'Din profil är uppdaterad. :white_check_mark:',
  profileSummary: (p) => `*Roll:* ${p.role}\n*Avdelning:* ${p.department}\n*Ämnen:* ${p.topics}`,
  enrolledIn: (p) => `Du är med i omgången *${p.cohort}*.`,
  waitingForCohort: 'Ingen omgång tar emot anmälningar just nu. Du kommer med i nästa omgång automatiskt.',
};
