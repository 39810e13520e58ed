/** Whether the app can post in a cohort's summary channel: checked at creation, reported when it fails later. */
export const summaryChannel = {
  channelHello: (p: { cohort: string }) =>
    `Summaries for *${p.cohort}* will appear here: one after each session, and a closing summary when the cohort ends.`,
  channelCheckNotIn: (p: { button: string }) =>
    `Reverse Mentor is not in this channel yet. Type /invite @Reverse Mentor in that channel, then press ${p.button} again.`,
  channelCheckGone: 'Reverse Mentor cannot see this channel. Invite it with /invite @Reverse Mentor, or choose another channel.',
  channelCheckArchived: 'This channel is archived. Choose another one.',
  channelProblemNotIn: (p: { channel: string }) =>
    `:warning: The last summary could not be posted in ${p.channel}: Reverse Mentor isn't in that channel. ` +
    'Type `/invite @Reverse Mentor` there and the next summary will go through.',
  channelProblemGone: (p: { channel: string }) =>
    `:warning: The last summary could not be posted in ${p.channel}: Reverse Mentor cannot see that channel. ` +
    'Invite it there with `/invite @Reverse Mentor`, or post the summary in another channel from the Home tab.',
  channelProblemArchived: (p: { channel: string }) =>
    `:warning: The last summary could not be posted in ${p.channel}: the channel is archived. Post the summary in another channel from the Home tab.`,
  channelLateProblem: (p: { channel: string }) =>
    `Reverse Mentor could not post in ${p.channel}. Type \`/invite @Reverse Mentor\` there before the first summary is due.`,
};
