import type { Catalog } from '../catalog';
import type { forgetMe as English } from '../en/forget-me';
import { dinRoll } from './common';

export const forgetMe: Catalog<typeof English> = {
  formerParticipant: 'en tidigare deltagare',
  forgetMeQuestion:
    'Vill du att vi raderar dina personuppgifter i Reverse Mentor? Din profil, dina ämnen, dina mål, dina röster och allt du har ' +
    'skrivit i reflektioner raderas, och ett pågående mentorskap avslutas. I statistiken (till exempel hur många par som har träffats) ' +
    'räknas du fortfarande, som tidigare deltagare och utan namn. Meddelanden som redan har skickats i Slack ligger kvar. Det går inte att ångra.',
  forgetMeConfirm: 'Radera mina uppgifter',
  forgetMeKeep: 'Behåll mina uppgifter',
  forgetMeKept: 'Inget har raderats. Du kan be om det när du vill med `/reverse-mentor forget-me`.',
  forgetMeDone:
    'Klart. Dina personuppgifter är raderade ur Reverse Mentor, och i statistiken är du nu en tidigare deltagare utan namn. ' +
    'Tack för tiden du har gett. Du är alltid välkommen tillbaka med `/reverse-mentor join`.',
  forgetMePartnerNotice: (p) => {
    const role = dinRoll(p.role);
    return (
      `${role.charAt(0).toUpperCase()}${role.slice(1)} i *${p.cohort}* har lämnat Reverse Mentor, så ert mentorskap är avslutat. Det är ingens fel. ` +
      'De programansvariga hör av sig om en ny matchning.'
    );
  },
  forgetMeOrganizerNotice: (p) =>
    `Mentorskapet för ${p.partner} i *${p.cohort}* är avslutat eftersom den andra personen har lämnat programmet. ` +
    `${p.partner} kan behöva en ny matchning: \`/reverse-mentor pair @mentor @adept\`.`,
};
