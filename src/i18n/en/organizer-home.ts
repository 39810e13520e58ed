/** The organizer's part of App Home, and `/reverse-mentor status` for organizers: the programme at a glance. */
export const organizerHome = {
  sessionRateSoFar: (p: { rate: string }) => `${p.rate} so far`,
};
