import { plural } from '../catalog';
import type { Catalog } from '../catalog';
import type { preparation as English } from '../en/preparation';

const count = plural('sv');
const mentors = (n: number) => count(n, { one: '# mentor', other: '# mentorer' });

export const preparation: Catalog<typeof English> = {
  helpGuide: '`/reverse-mentor guide [mentor | mentee]` – en kort guide för din roll',
  prepGotIt: 'Uppfattat',
  prepRead: '✓ Uppfattat. Tack för att du läste.',
  prepPart: (p) => `Förberedelse för dig som mentor, del ${p.part} av ${p.parts}`,
  prepGuideHint: 'Du kan läsa det igen när du vill med `/reverse-mentor guide`.',

  prepSessionTitle: 'Så går ett möte i omvänt mentorskap till',
  prepSessionBody:
    'Du har parats ihop med en erfaren chef, och du är mentorn. Ingen väntar sig en strategi av dig. Du är där för att visa hur du och andra i din generation arbetar, berätta vad du ser från din plats i organisationen och vara ärlig om det. I gengäld får du tid med en ledare som få får, och det gynnar din egen karriär också.\n\n' +
    '*Ert första möte (45–60 minuter)*\n' +
    '1. *Lär känna varandra* (10 min): era roller, hur ni hamnade där ni är, något utanför jobbet.\n' +
    '2. *Kom överens om formerna* (10 min): det som sägs stannar mellan er, hur ofta ni ses, hur ni gör om någon måste ställa in.\n' +
    '3. *Adeptens mål* (20 min): fråga vad hen vill förstå bättre när programmet är slut, och varför just nu. Välj ett eller två att börja med.\n' +
    '4. *Ett första smakprov* (10 min): visa något du använder varje dag, ett verktyg, en kanal, ett arbetssätt.\n' +
    '5. *Nästa gång* (5 min): bestäm ämne och boka nästa möte innan ni skiljs åt.\n\n' +
    '*Varje möte därefter:* börja med vad adepten har testat sedan sist, lägg det mesta av tiden på ett ämne och avsluta med en sak hen ska prova till nästa gång.\n\n' +
    'Det är adepten som bokar det första mötet. Har inget kommit efter några dagar kan du föreslå en tid själv.',

  prepFeedbackTitle: 'Så ger du en chef ärlig feedback',
  prepFeedbackBody:
    'Din adept har anmält sig för att höra det som människor runt hen sällan säger. Ärlighet är det mest värdefulla du har att ge, sagt vänligt och konkret.\n\n' +
    '• *Fråga först.* ”Vill du höra hur det där uppfattas av oss som är nya i organisationen?”\n' +
    '• *Beskriv vad du såg, inte hur hen är.* ”På stormötet svarade du på frågan om lönerna på en minut och gick vidare. Flera av oss tolkade det som att det inte fanns något att diskutera.” Inte: ”Du är avfärdande.”\n' +
    '• *Säg vad det betyder där du sitter.* ”När informationen kommer som en bifogad pdf är det få i min ålder som öppnar den.”\n' +
    '• *Ge ett alternativ, inte en föreläsning.* ”Tänk om du lade upp en tvåminutersvideo i kanalen i stället?”\n' +
    '• *Kolla att det gick fram.* ”Stämmer det med hur du själv ser det?”\n\n' +
    'Du behöver inte vara säker på att du har rätt, bara ärlig med vad du ser. Känns något för riskabelt att ta upp kan du säga just det: ”Det här är svårt för mig att ta upp” är också feedback.',

  prepConfidentialityTitle: 'Vad som stannar mellan er, och när du tar in programansvariga',
  prepConfidentialityBody:
    '• *Det ni pratar om stannar mellan er två.* Att ni är ett par är ingen hemlighet, men det som sägs är det. Berätta det inte för din chef eller dina kollegor, och räkna med att din adept gör likadant.\n' +
    '• *Du behöver inte dela allt.* Gäller en fråga din egen chef eller ditt team och du hellre avstår från att svara, så säg det. Det är helt i sin ordning.\n' +
    '• *Ta in programansvariga* om du blir ombedd att föra något vidare som sätter dig i en besvärlig sits, om du känner dig pressad eller relationen känns fel, om möten ställs in gång på gång, eller om du får höra något som inte får stanna mellan er (trakasserier, säkerhet, något olagligt). De hanterar det diskret.\n' +
    '• *Vill du byta?* `/reverse-mentor rematch` frågar programansvariga i förtroende. Din adept får inte veta varför.',

  prepMenteeTitle: 'Det här får omvänt mentorskap att fungera',
  prepMenteeBody:
    'Din mentor är ny i arbetslivet och har ställt upp för att visa dig hur saker ser ut från hens del av organisationen. De adepter som får ut mest av det:\n\n' +
    '• *Lyssnar mer än de pratar.* Fråga, och ge svaret utrymme.\n' +
    '• *Bokar det första mötet.* Det är ditt att boka, och det visar att tiden är viktig för dig.\n' +
    '• *Håller varje tid.* En chef som ställer in säger mer än man tror. Måste du flytta ett möte, gör det i god tid och boka om direkt.\n' +
    '• *Ber om feedback på sin egen ledarstil,* och tackar för den, särskilt när den svider.\n' +
    '• *Provar saker mellan mötena,* verktyget, kanalen, vanan, och berättar för sin mentor hur det gick.\n\n' +
    'Det din mentor berättar stannar mellan er två, precis som det du berättar.',

  guideMentorHeader: 'Guide för mentorer',
  guideMenteeHeader: 'Guide för adepter',
  guideSeeMentee: 'Guiden för adepter: `/reverse-mentor guide mentee`',
  guideSeeMentor: 'Guiden för mentorer: `/reverse-mentor guide mentor`',
  homeCohortPreparation: (p) =>
    `Förberedelser lästa: del 1 av ${mentors(p.session)}, del 2 av ${mentors(p.feedback)}, del 3 av ${mentors(p.confidentiality)}; ` +
    `adepternas guide av ${count(p.mentee, { one: '# adept', other: '# adepter' })}`,
};
