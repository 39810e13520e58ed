/** Svenska, ett rum per del av programmet. Samma nycklar och parametrar som ../en; skrivet som en svensk skulle skriva det, med orden i ../GLOSSARY.md. */
import type { Messages } from '../en';
import { common } from './common';
import { help } from './help';
import { join } from './join';
import { participation } from './participation';
import { home } from './home';
import { cohorts } from './cohorts';
import { organizers } from './organizers';
import { topics } from './topics';
import { matching } from './matching';
import { pairs } from './pairs';
import { prompts } from './prompts';
import { reflections } from './reflections';
import { atRisk } from './at-risk';
import { forgetMe } from './forget-me';
import { summaries } from './summaries';
import { csvExport } from './csv-export';
import { digest } from './digest';
import { summaryChannel } from './summary-channel';
import { finalReport } from './final-report';
import { organizerHome } from './organizer-home';
import { meetings } from './meetings';
import { preparation } from './preparation';

export const sv: Messages = {
  ...common,
  ...help,
  ...join,
  ...participation,
  ...home,
  ...cohorts,
  ...organizers,
  ...topics,
  ...matching,
  ...pairs,
  ...prompts,
  ...reflections,
  ...atRisk,
  ...forgetMe,
  ...summaries,
  ...csvExport,
  ...digest,
  ...summaryChannel,
  ...finalReport,
  ...organizerHome,
  ...meetings,
  ...preparation,
};
