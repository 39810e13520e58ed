import type { Catalog } from '../catalog';
import type { summaryChannel as English } from '../en/summary-channel';

export const summaryChannel: Catalog<typeof English> = {
  channelHello: (p) =>
    `Sammanfattningar för *${p.cohort}* kommer att publiceras här: en efter varje träff och en avslutande sammanfattning när omgången är slut.`,
  channelCheckNotIn: (p) => `Reverse Mentor är inte med i kanalen än. Skriv /invite @Reverse Mentor i kanalen och tryck sedan på ${p.button} igen.`,
  channelCheckGone: 'Reverse Mentor ser inte den här kanalen. Bjud in appen med /invite @Reverse Mentor eller välj en annan kanal.',
  channelCheckArchived: 'Kanalen är arkiverad. Välj en annan.',
  channelProblemNotIn: (p) =>
    `:warning: Den senaste sammanfattningen kunde inte publiceras i ${p.channel}: Reverse Mentor är inte med i kanalen. ` +
    'Skriv `/invite @Reverse Mentor` där, så går nästa sammanfattning fram.',
  channelProblemGone: (p) =>
    `:warning: Den senaste sammanfattningen kunde inte publiceras i ${p.channel}: Reverse Mentor ser inte kanalen. ` +
    'Bjud in appen med `/invite @Reverse Mentor`, eller publicera sammanfattningen i en annan kanal från fliken Hem.',
  channelProblemArchived: (p) =>
    `:warning: Den senaste sammanfattningen kunde inte publiceras i ${p.channel}: kanalen är arkiverad. Publicera sammanfattningen i en annan kanal från fliken Hem.`,
  channelLateProblem: (p) =>
    `Reverse Mentor kunde inte publicera i ${p.channel}. Skriv \`/invite @Reverse Mentor\` där innan den första sammanfattningen ska ut.`,
};
