import { plural } from '../catalog';

const count = plural('en');

export const topics = {
  topicSuggestModalTitle: 'Suggest a topic',
  topicSuggestModalSubmit: 'Send suggestion',
  topicSuggestModalIntro: 'What would you like pairs to talk about? The organizers look at every suggestion before it is added.',
  topicTitleLabel: 'Topic',
  topicTitlePlaceholder: 'e.g. Working with AI assistants',
  topicTitleHint: (p: { max: number }) => `A short title, up to ${count(p.max, { one: '# character', other: '# characters' })}.`,
  topicDescriptionLabel: 'Why is it worth talking about?',
  topicDescriptionHint: (p: { max: number }) => `Up to ${count(p.max, { one: '# character', other: '# characters' })}.`,
  topicErrorTitleRequired: 'Give the topic a title.',
  topicErrorDuplicate: 'That topic is already in the list or waiting for review.',
  topicErrorTooManyPending: (p: { max: number }) =>
    `You already have ${count(p.max, { one: '# suggestion', other: '# suggestions' })} waiting for review. Please wait until the organizers have looked at them.`,
  topicSuggestTooLong: (p: { max: number }) =>
    `Please keep the topic to ${count(p.max, { one: '# character', other: '# characters' })} or fewer. Want to explain more? Type \`/reverse-mentor suggest\` on its own to open a form with room for that.`,
  topicSuggestThanks: (p: { title: string }) => `Thanks! *${p.title}* is with the organizers now. We'll let you know when they have looked at it.`,
  topicSuggestThanksTitle: 'Thank you!',
  topicModalClose: 'Close',
  topicSuggestionNotice: (p: { user: string; title: string }) =>
    `${p.user} suggested a new topic: *${p.title}*. Review it with \`/reverse-mentor topics review\`.`,
  topicsHeader: 'Topics',
  topicsIntro: 'Vote for the topics you would most like to talk about. Votes help decide what comes up in the prompts.',
  topicsEmpty: 'There are no topics yet. Suggest one with `/reverse-mentor suggest`.',
  topicsSuggestHint: 'Missing something? Suggest a topic with `/reverse-mentor suggest`.',
  topicVoteCount: (p: { count: number }) => (p.count === 0 ? 'No votes yet' : count(p.count, { one: '# vote', other: '# votes' })),
  topicVoteButton: 'Vote',
  topicUnvoteButton: 'Take back vote',
  topicsPageOf: (p: { page: number; pages: number }) => `Page ${p.page} of ${p.pages}`,
  topicsNextPage: 'More topics',
  topicsFirstPage: 'Back to the first page',
  topicsUsage: 'Type `/reverse-mentor topics` to see the topics and vote.',
  topicVoteNotOpen: 'That topic is not open for votes.',
  topicReviewHeader: 'Topic suggestions',
  topicReviewEmpty: 'No suggestions are waiting for review. :sparkles:',
  topicReviewSuggestedBy: (p: { user: string; date: string }) => `Suggested by ${p.user} on ${p.date}`,
  topicReviewSuggestedByFormer: (p: { date: string }) => `Suggested by a former participant on ${p.date}`,
  topicReviewMore: (p: { shown: number; total: number }) =>
    `Showing the ${p.shown} oldest of ${count(p.total, { one: '# suggestion', other: '# suggestions' })}. Decide on these to see the rest.`,
  topicApproveButton: 'Approve',
  topicRejectButton: 'Reject',
  /** The confirmation dialog before a rejection (plain text: title up to 100 characters, text up to 300). */
  topicRejectConfirmTitle: 'Reject this topic?',
  topicRejectConfirmText: 'This topic will not be added, and the person who suggested it is thanked and told. This cannot be undone.',
  topicRejectConfirmYes: 'Reject it',
  topicRejectConfirmNo: 'Keep it',
  topicRejected: (p: { title: string }) => `*${p.title}* is rejected. The person who suggested it has been thanked and told.`,
  topicAlreadyApproved: (p: { title: string }) => `*${p.title}* was already approved, so nothing changed.`,
  topicAlreadyRejected: (p: { title: string }) => `*${p.title}* was already rejected, so nothing changed.`,
  topicSuggestionNotFound: 'That suggestion does not exist.',
  topicApproveModalTitle: 'Approve topic',
  topicApproveModalIntro:
    'Check the wording, then write two or three questions for pairs to talk about. They come with the topic in the prompts.',
  topicQuestionLabel: (p: { number: number }) => `Question ${p.number}`,
  topicQuestionsHint: (p: { language: string; max: number }) =>
    `In ${p.language}, like the suggestion. Up to ${count(p.max, { one: '# character', other: '# characters' })}.`,
  topicLanguageEn: 'English',
  topicLanguageSv: 'Swedish',
  topicErrorQuestionRequired: (p: { min: number }) => `Write a question here. Each topic needs at least ${count(p.min, { one: '# question', other: '# questions' })}.`,
  topicApprovedTitle: 'Topic approved',
  topicApproved: (p: { title: string }) =>
    `*${p.title}* is approved. People can now choose it and vote for it, it can come up in the prompts, and the person who suggested it has been told.`,
  topicNotDecidedTitle: 'Nothing changed',
  topicSuggesterApproved: (p: { title: string }) =>
    `Good news! Your topic suggestion *${p.title}* has been approved. People can now choose it when they join, and it may come up in a prompt. Thank you! :tada:`,
  topicSuggesterRejected: (p: { title: string }) =>
    `Thank you for suggesting *${p.title}*. The organizers have decided not to add it this time. Your ideas are always welcome: suggest another any time with \`/reverse-mentor suggest\`.`,
};
