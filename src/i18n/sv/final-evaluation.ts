import { plural, type Catalog } from '../catalog';
import type { finalEvaluation as English } from '../en/final-evaluation';

const count = plural('sv');

export const finalEvaluation: Catalog<typeof English> = {
  finalInvitationFallback: (p) => `Sista träffen i ${p.cohort}: din slututvärdering.`,
  finalInvitation: (p) =>
    `*Det här är sista träffen i ${p.cohort}.* Innan den är slut: hur gick det med ${p.partner}, och vad tar du med dig? ` +
    'Slututvärderingen tar tre minuter.',
  finalInvitationClose: (p) => `Den är öppen till ${p.date}, då programmet avslutas.`,
  finalButton: 'Slututvärdering',

  finalTitle: 'Slututvärdering',
  finalSave: 'Skicka',
  finalModalIntroMentee: (p) => `Se tillbaka på träffarna med ${p.partner}: vad har de förändrat för dig?`,
  finalModalIntroMentor: (p) => `Se tillbaka på träffarna med ${p.partner}: vad såg du förändras, och vad lärde du dig?`,
  finalModalPrivacy: (p) =>
    `Den andra i mentorskapet ser aldrig dina svar. Siffrorna når ${p.channel} bara som summor (från 3 svar, rekommendationen från 5). ` +
    'Det du skriver stannar hos dig om du inte väljer att dela det nedan.',
  finalModalEditable: (p) => `Du kan ändra den till ${p.date}.`,
  finalGoalsLabelMentee: 'Hur långt kom du med dina mål?',
  finalGoalsLabelMentor: 'Hur långt kom din adept med sina mål?',
  finalGoals1: '1 – Inte alls',
  finalGoals2: '2 – En liten bit',
  finalGoals3: '3 – En del av vägen',
  finalGoals4: '4 – Större delen av vägen',
  finalGoals5: '5 – Hela vägen',
  finalChangedLabelMentee: 'Vad kommer du att göra annorlunda från och med nu?',
  finalChangedLabelMentor: 'Vad lärde du dig om ledarskap?',
  finalChangedHintMentee: (p) => `Högst ${count(p.max, { one: '# tecken', other: '# tecken' })}. Om trettio dagar skickar vi dina egna ord till dig, för att höra hur det gick.`,
  finalChangedHintMentor: (p) => `Högst ${count(p.max, { one: '# tecken', other: '# tecken' })}.`,
  finalSharingLabel: 'Vem får läsa det du skrev?',
  finalSharingPrivate: 'Bara jag',
  finalSharingPrivateHint: 'Ingen annan läser det; de programansvariga ser bara att du har svarat.',
  finalSharingAnonymous: 'Slutrapporten, utan mitt namn',
  finalSharingAnonymousHint: 'Kan citeras i slutrapporten, utan namn.',
  finalSharingNamed: 'Slutrapporten, med mitt namn',
  finalSharingNamedHint: 'Kan citeras i slutrapporten, med ditt namn.',
  finalRecommendLabel: 'Skulle du rekommendera programmet till en kollega?',
  finalRecommendHint: '0 betyder inte alls troligt, 10 mycket troligt.',
  finalRecommend0: '0 – Inte alls troligt',
  finalRecommend10: '10 – Mycket troligt',
  finalAgainLabel: 'Vill du vara med igen?',
  finalAgainHint: 'Frivilligt. Väljer du mentor eller adept anmäler vi dig till nästa omgång i den rollen.',
  finalAgainMentor: 'Ja, som mentor',
  finalAgainMentee: 'Ja, som adept',
  finalAgainNo: 'Nej, inte nu',
  finalErrorRequired: 'Svara på den här frågan.',
  finalErrorChanged: 'Skriv några ord.',

  finalSaved: 'Tack för din slututvärdering, och för att du var med.',
  finalUpdated: 'Din slututvärdering är uppdaterad.',
  finalSavedPrivate: 'Bara du kan läsa det du skrev.',
  finalSavedAnonymous: 'Det du skrev kan citeras i slutrapporten, utan ditt namn.',
  finalSavedNamed: 'Det du skrev kan citeras i slutrapporten, med ditt namn.',
  finalSavedWaitingList: (p) =>
    `Du står på väntelistan till nästa omgång, som ${p.role}: du anmäls när den öppnar, och får veta det. \`/reverse-mentor leave\` tar bort dig från listan.`,
  finalSavedNotAgain: 'Du anmäls inte till nästa omgång. Ändrar du dig kan du gå med igen när du vill med `/reverse-mentor join`.',
  finalSavedFollowup: 'Om trettio dagar skickar vi det du skrev att du ska göra annorlunda, för att höra hur det gick.',
  finalSavedEditable: (p) => `Du kan ändra den till ${p.date}: tryck på Slututvärdering igen.`,
  finalNotAsked: 'Slututvärderingen öppnar med sista träffens utskick.',
  finalClosed: 'Slututvärderingen är stängd nu när programmet är slut. Tack för att du var med!',
  finalNotYours: 'Den här slututvärderingen hör till två andra, så du kan inte öppna den.',
  finalPairEnded: 'Mentorskapet har avslutats, så slututvärderingen är stängd.',

  followupFallback: (p) => `Trettio dagar efter ${p.cohort}: hur gick det?`,
  followupIntro: (p) =>
    `Det har gått trettio dagar sedan *${p.cohort}* avslutades. I din slututvärdering skrev du vad du skulle göra annorlunda från och med då:`,
  followupQuestion: 'Hur har det gått?',
  followupDone: 'Gjort',
  followupPartly: 'Delvis',
  followupNotYet: 'Inte än',
  followupAnswered: (p) => `Du svarade *${p.answer}*. Tack! Tryck på en annan knapp om du vill ändra.`,
  followupPrivacy: (p) =>
    `Bara du ser dina ord. De programansvariga får bara veta hur många som svarade vad. Du kan svara till ${p.date}.`,
  followupClosed: 'Uppföljningen är stängd. Tack!',
  followupClosedAnswered: (p) => `Du svarade *${p.answer}*. Uppföljningen är stängd: tack!`,
  followupNotYours: 'Den här uppföljningen hör till någon annan.',

  nextCohortEnrolled: (p) =>
    `Du är anmäld till *${p.cohort}* som ${p.role}, som du bad om i din slututvärdering. Du får veta vem du paras ihop med ` +
    'när de programansvariga har matchat alla. Har du ändrat dig? `/reverse-mentor leave`.',
};
