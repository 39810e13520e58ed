export const organizers = {
  organizersUsage: 'Use `/reverse-mentor organizers add @person`, `organizers remove @person` or `organizers list`.',
  organizersMentionNeeded: 'Mention exactly one person with @, for example `/reverse-mentor organizers add @ada`.',
  organizerAdded: (p: { user: string }) => `${p.user} is now an organizer.`,
  organizerAlready: (p: { user: string }) => `${p.user} is already an organizer.`,
  organizerUnknownUser: "I can't find that person in this workspace.",
  organizerNotAPerson: 'Apps and deactivated accounts cannot be organizers.',
  organizerRemoved: (p: { user: string }) => `${p.user} is no longer an organizer.`,
  organizerNotInList: (p: { user: string }) => `${p.user} isn't an organizer, so there's nothing to remove.`,
  organizerConfigured: (p: { user: string }) =>
    `${p.user} is an organizer through the app's own settings, so that can't be changed in Slack. Ask whoever runs the app to change it there.`,
  organizerLastOne: "You're the only organizer, so you can't step down yet. Add someone else first.",
  organizersListHeader: 'Organizers',
  organizerFromSettings: (p: { user: string }) => `${p.user} — from the app's settings`,
  organizerAddedBy: (p: { user: string; by: string; date: string }) => `${p.user} — added by ${p.by} on ${p.date}`,
  organizerWelcome: (p: { by: string }) =>
    `${p.by} made you an organizer of Reverse Mentor. Type \`/reverse-mentor help\` to see what you can do.`,
  organizerRemovedNotice: (p: { by: string }) => `${p.by} removed your organizer rights in Reverse Mentor.`,
};
