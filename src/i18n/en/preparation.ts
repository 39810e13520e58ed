import { plural } from '../catalog';

const count = plural('en');
const mentors = (n: number) => count(n, { one: '# mentor', other: '# mentors' });

/**
 * Preparing the mentors (PRODUCT.md §12.6): three short DMs for mentors, one for mentees, and the same texts as
 * `/reverse-mentor guide`. Written for a junior person who has never mentored anyone, let alone a senior leader.
 */
export const preparation = {
  helpGuide: '`/reverse-mentor guide [mentor | mentee]` — the short guide for your role',
  prepGotIt: 'Got it',
  prepRead: '✓ Got it. Thanks for reading.',
  prepPart: (p: { part: number; parts: number }) => `Your preparation as a mentor, part ${p.part} of ${p.parts}`,
  prepGuideHint: 'You can read it again any time with `/reverse-mentor guide`.',

  prepSessionTitle: 'How a reverse-mentoring session runs',
  prepSessionBody:
    "You've been paired with a senior leader, and you are the mentor. Nobody expects a strategy from you. You are there to show how you and people your age work, to say what you see from where you sit, and to be honest about it. In return you get rare time with a leader, which is good for your own career too.\n\n" +
    '*Your first meeting (45–60 minutes)*\n' +
    '1. *Get to know each other* (10 min): your roles, how you got here, one thing outside work.\n' +
    '2. *Agree how you work* (10 min): what is said stays between you, how often you meet, how you cancel.\n' +
    '3. *Their goals* (20 min): ask what they want to understand better by the end, and why now. Pick one or two to start with.\n' +
    '4. *A first taste* (10 min): show one thing you use every day: a tool, a channel, a habit.\n' +
    '5. *Next time* (5 min): agree on a topic and book the next meeting before you part.\n\n' +
    '*Every meeting after that:* start with what they tried since last time, spend most of it on one topic, and end with one thing they will try before you meet again.\n\n' +
    'Your mentee books the first meeting. If nothing has come in a few days, suggest a time yourself.',

  prepFeedbackTitle: 'How to give a senior leader honest feedback',
  prepFeedbackBody:
    'Your mentee signed up to hear what the people around them rarely say. Honesty is the most useful thing you bring, said kindly and concretely.\n\n' +
    '• *Ask first.* "Would it help if I told you how that comes across to people at my level?"\n' +
    '• *Describe what you saw, not who they are.* "At the town hall you answered the question about pay in a minute and moved on. Several of us read that as: not up for discussion." Not: "You\'re dismissive."\n' +
    '• *Say what it means from where you sit.* "When the update comes as a PDF attachment, most people my age never open it."\n' +
    '• *Offer one alternative, not a lecture.* "What if you posted a two-minute video in the channel instead?"\n' +
    '• *Check that it landed.* "Does that match what you see?"\n\n' +
    "You don't have to be sure you're right, only honest about what you see. If something feels too risky to raise, say that: \"This one is hard for me to bring up\" is feedback too.",

  prepConfidentialityTitle: 'What stays between you, and when to bring in the organizers',
  prepConfidentialityBody:
    '• *What you talk about stays between the two of you.* That you are a pair is no secret; what is said is. Keep it from your manager and colleagues, and expect the same of your mentee.\n' +
    "• *You don't have to share everything.* If a question is about your own manager or team and you'd rather not answer, say so. That is allowed.\n" +
    '• *Bring in the organizers* if you are asked to pass something on that puts you in an awkward spot, if you feel pressured or the relationship feels wrong, if meetings keep being cancelled, or if you hear something that must not stay between you (harassment, safety, anything unlawful). They handle it discreetly.\n' +
    '• *Want a new partner?* `/reverse-mentor rematch` asks the organizers privately. Your mentee is not told why.',

  prepMenteeTitle: 'What makes reverse mentoring work',
  prepMenteeBody:
    'Your mentor is newer in their career and has agreed to show you how things look from their part of the organisation. The mentees who get the most out of it:\n\n' +
    '• *Listen more than they talk.* Ask, then give the answer room.\n' +
    '• *Book the first meeting.* It is yours to book, and it shows the time matters to you.\n' +
    '• *Keep every appointment.* A cancellation from a senior leader says more than you think. If you must move one, do it early and rebook at once.\n' +
    '• *Ask for feedback on their own style,* and thank them for it, especially when it stings.\n' +
    '• *Try things between meetings,* the tool, the channel, the habit, and tell your mentor how it went.\n\n' +
    'What your mentor tells you stays between the two of you, as what you tell them does.',

  guideMentorHeader: 'The mentor guide',
  guideMenteeHeader: 'The mentee guide',
  guideSeeMentee: 'The mentee guide: `/reverse-mentor guide mentee`',
  guideSeeMentor: 'The mentor guide: `/reverse-mentor guide mentor`',
  homeCohortPreparation: (p: { session: number; feedback: number; confidentiality: number; mentee: number }) =>
    `Preparation read: part 1 by ${mentors(p.session)}, part 2 by ${mentors(p.feedback)}, part 3 by ${mentors(p.confidentiality)}; ` +
    `the mentee guide by ${count(p.mentee, { one: '# mentee', other: '# mentees' })}`,
};
