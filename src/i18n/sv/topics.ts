import { plural, type Catalog } from '../catalog';
import type { topics as English } from '../en/topics';

const count = plural('sv');
const tecken = (n: number) => count(n, { other: '# tecken' });

export const topics: Catalog<typeof English> = {
  topicSuggestModalTitle: 'Föreslå ett ämne',
  topicSuggestModalSubmit: 'Skicka förslaget',
  topicSuggestModalIntro: 'Vad vill du att paren ska prata om? De programansvariga går igenom varje förslag innan det läggs till.',
  topicTitleLabel: 'Samtalsämne',
  topicTitlePlaceholder: 't.ex. Att arbeta med AI-assistenter',
  topicTitleHint: (p) => `En kort rubrik, högst ${tecken(p.max)}.`,
  topicDescriptionLabel: 'Varför är det värt att prata om?',
  topicDescriptionHint: (p) => `Högst ${tecken(p.max)}.`,
  topicErrorTitleRequired: 'Ge ämnet en rubrik.',
  topicErrorDuplicate: 'Det ämnet finns redan i listan eller väntar på granskning.',
  topicErrorTooManyPending: (p) =>
    `Du har redan ${count(p.max, { other: '# förslag' })} som väntar på granskning. Vänta tills de programansvariga har tittat på dem.`,
  topicSuggestTooLong: (p) =>
    `Håll ämnet till högst ${tecken(p.max)}. Vill du förklara mer? Skriv bara \`/reverse-mentor suggest\` så öppnas ett formulär med plats för det.`,
  topicSuggestThanks: (p) => `Tack! *${p.title}* ligger nu hos de programansvariga. Du hör av mig när de har tittat på det.`,
  topicSuggestThanksTitle: 'Tack!',
  topicModalClose: 'Stäng',
  topicSuggestionNotice: (p) => `${p.user} har föreslagit ett nytt samtalsämne: *${p.title}*. Granska det med \`/reverse-mentor topics review\`.`,
  topicsHeader: 'Samtalsämnen',
  topicsIntro: 'Rösta på de ämnen du helst vill prata om. Rösterna påverkar vilka ämnen som dyker upp i utskicken.',
  topicsEmpty: 'Det finns inga samtalsämnen än. Föreslå ett med `/reverse-mentor suggest`.',
  topicsSuggestHint: 'Saknar du något? Föreslå ett ämne med `/reverse-mentor suggest`.',
  topicVoteCount: (p) => (p.count === 0 ? 'Inga röster än' : count(p.count, { one: '# röst', other: '# röster' })),
  topicVoteButton: 'Rösta',
  topicUnvoteButton: 'Ta tillbaka rösten',
  topicsPageOf: (p) => `Sida ${p.page} av ${p.pages}`,
  topicsNextPage: 'Fler ämnen',
  topicsFirstPage: 'Tillbaka till första sidan',
  topicsUsage: 'Skriv `/reverse-mentor topics` för att se ämnena och rösta.',
  topicVoteNotOpen: 'Det ämnet går inte att rösta på.',
  topicReviewHeader: 'Förslag på samtalsämnen',
  topicReviewEmpty: 'Inga förslag väntar på granskning. :sparkles:',
  topicReviewSuggestedBy: (p) => `Föreslaget av ${p.user} den ${p.date}`,
  topicReviewSuggestedByFormer: (p) => `Föreslaget av en tidigare deltagare den ${p.date}`,
  topicReviewMore: (p) => `Visar de ${p.shown} äldsta av ${count(p.total, { other: '# förslag' })}. Ta ställning till dem så ser du resten.`,
  topicApproveButton: 'Godkänn',
  topicRejectButton: 'Avslå',
  topicRejectConfirmTitle: 'Avslå ämnet?',
  topicRejectConfirmText: 'Ämnet läggs inte till, och den som föreslog det får ett tack och besked. Det går inte att ångra.',
  topicRejectConfirmYes: 'Avslå',
  topicRejectConfirmNo: 'Behåll förslaget',
  topicRejected: (p) => `*${p.title}* är avslaget. Den som föreslog det har fått ett tack och besked.`,
  topicAlreadyApproved: (p) => `*${p.title}* var redan godkänt, så inget ändrades.`,
  topicAlreadyRejected: (p) => `*${p.title}* var redan avslaget, så inget ändrades.`,
  topicSuggestionNotFound: 'Det förslaget finns inte.',
  topicApproveModalTitle: 'Godkänn samtalsämne',
  topicApproveModalIntro:
    'Se över formuleringen och skriv sedan två eller tre frågor som paren kan prata om. De följer med ämnet i utskicken.',
  topicQuestionLabel: (p) => `Fråga ${p.number}`,
  topicQuestionsHint: (p) => `På ${p.language}, som förslaget. Högst ${tecken(p.max)}.`,
  topicLanguageEn: 'engelska',
  topicLanguageSv: 'svenska',
  topicErrorQuestionRequired: (p) => `Skriv en fråga här. Varje ämne behöver minst ${count(p.min, { one: '# fråga', other: '# frågor' })}.`,
  topicApprovedTitle: 'Ämnet är godkänt',
  topicApproved: (p) =>
    `*${p.title}* är godkänt. Nu går det att välja ämnet och rösta på det, det kan dyka upp i utskicken, och den som föreslog det har fått veta.`,
  topicNotDecidedTitle: 'Inget ändrades',
  topicSuggesterApproved: (p) =>
    `Roliga nyheter! Ditt förslag *${p.title}* är godkänt. Nu går det att välja ämnet när man går med, och det kan dyka upp i ett utskick. Tack! :tada:`,
  topicSuggesterRejected: (p) =>
    `Tack för att du föreslog *${p.title}*. De programansvariga har valt att inte lägga till det den här gången. Dina idéer är alltid välkomna – föreslå gärna något annat med \`/reverse-mentor suggest\`.`,
};
