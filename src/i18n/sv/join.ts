import type { Catalog } from '../catalog';
import type { join as English } from '../en/join';

export const join: Catalog<typeof English> = {
  joinTitle: 'Gå med i Reverse Mentor',
  joinEditTitle: 'Ändra din profil',
  joinSubmit: 'Gå med',
  joinSave: 'Spara',
  cancel: 'Avbryt',
  joinIntro:
    'I omvänd mentorskap är rollerna ombytta: någon som är ny i arbetslivet blir mentor åt en erfaren ledare. ' +
    'Berätta lite om dig själv så hittar vi en bra matchning.',
  roleLabel: 'Jag vill vara med som',
  roleMentorDescription: 'Ny i arbetslivet: du delar ditt perspektiv med en erfaren ledare.',
  roleMenteeDescription: 'Erfaren ledare: du vill lära dig av någon som är ny i arbetslivet.',
  departmentLabel: 'Avdelning',
  departmentPlaceholder: 't.ex. Marknad',
  seniorityLabel: 'År i arbetslivet',
  topicsLabel: 'Ämnen som intresserar dig',
  topicsHint: (p) => `Välj ${p.min} till ${p.max}.`,
  managerLabel: 'Din chef',
  managerHint: 'Så att du aldrig hamnar ihop med din chef eller någon som rapporterar till dig.',
  goalsLabel: 'Vad hoppas du få ut av det?',
  goalsHint: (p) => `Bara du ser det här. Högst ${p.max} tecken.`,
  meetingLabel: 'Hur vill du helst ses?',
  confidentialityLabel: 'Spelregler',
  confidentialityText: 'Det vi pratar om stannar mellan oss två. Att vi är ett par är däremot känt.',

  errorRoleRequired: 'Välj om du vill vara med som mentor eller adept.',
  errorDepartmentRequired: 'Skriv vilken avdelning du jobbar på.',
  errorTooLong: (p) => `Håll det till högst ${p.max} tecken.`,
  errorSeniorityRequired: 'Välj hur många år du har jobbat.',
  errorTopicsCount: (p) => `Välj mellan ${p.min} och ${p.max} ämnen.`,
  errorTopicUnknown: 'Ett av ämnena finns inte längre. Välj igen.',
  errorManagerSelf: 'Du kan inte vara din egen chef.',
  errorConfidentiality: 'Godkänn spelreglerna för att gå med.',
  errorInvalidChoice: 'Välj ett av alternativen.',

  welcomeMentor:
    'Välkommen! :wave: Ingen väntar sig en femårsstrategi av dig. Du är här för att guida en ledare i den digitala ' +
    'världen, berätta hur din generation ser på jobbet, utmana invanda antaganden och ge ärlig feedback på ledarskapet. ' +
    'I gengäld får du värdefull tid med en erfaren ledare – bra för din egen karriär också.',
  welcomeMentee:
    'Välkommen! :wave: Så blir det bra: lyssna mer än du pratar, boka det första mötet, håll varje tid ' +
    'och be om feedback på din egen ledarstil.',
  profileUpdated: 'Din profil är uppdaterad. :white_check_mark:',
  profileSummary: (p) => `*Roll:* ${p.role}\n*Avdelning:* ${p.department}\n*Ämnen:* ${p.topics}`,
  enrolledIn: (p) => `Du är med i kullen *${p.cohort}*. Vi presenterar dig för din partner när paren är klara.`,
  waitingForCohort: 'Ingen kull tar emot deltagare just nu. Du läggs till i nästa kull automatiskt.',
};
