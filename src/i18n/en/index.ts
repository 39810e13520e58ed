/**
 * English messages, one room per part of the programme. Every string a person reads lives here and in ../sv
 * (same keys, same parameters). Parameters that carry user text arrive already escaped for mrkdwn (see
 * views/mrkdwn.ts). Voice: warm, brief, second person, one idea per message (PRODUCT.md §11); the words for
 * each concept are fixed in ../GLOSSARY.md.
 */
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
import type { Catalog } from '../catalog';

export const en = {
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

/** The shape every language must fill in: the same keys with the same parameters. */
export type Messages = Catalog<typeof en>;
