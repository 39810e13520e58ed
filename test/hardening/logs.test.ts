import { BOT_TOKEN, SIGNING_SECRET, startRig } from './rig';
import { everythingSentToSlack, runWholeProgramme, type ProgrammeTexts } from './programme';

/**
 * PRODUCT.md §9: "tokens, secrets, reflection and goal texts never logged". A whole programme is run at debug
 * level (Bolt's and the Web API client's own debug lines included) with a unique marker planted in every text a
 * person types; the log must carry none of the personal ones, no token and no signing secret.
 */

const TEXTS: ProgrammeTexts = {
  cohortName: 'Cohort PLANTED-COHORT-a81',
  personName: 'PLANTED-NAME-5d0 Person',
  department: 'PLANTED-DEPT-91c2',
  goals: 'PLANTED-GOAL-7f3a my private ambition',
  commandSuggestion: 'PLANTED-CMDSUGGEST-44e topic by command',
  suggestionTitle: 'PLANTED-SUGGEST-0b1 title',
  suggestionDescription: 'PLANTED-SUGGESTDESC-9aa why it matters',
  approvedTitle: 'PLANTED-TOPIC-63f approved',
  approvedDescription: 'PLANTED-TOPICDESC-2c7 description',
  question: 'PLANTED-QUESTION-d34 what would you ask?',
  privateReflection: 'PLANTED-PRIVATE-REFLECTION-e52 nobody may read this',
  anonymousReflection: 'PLANTED-ANON-REFLECTION-7b9 shared without a name',
  namedReflection: 'PLANTED-NAMED-REFLECTION-c40 shared with my name',
  nextStep: 'PLANTED-NEXTSTEP-f11 my next step',
  rematchReason: 'PLANTED-REMATCH-8e6 we never find time',
};

/** Texts only their author (and for rematches, organizers in a DM) may ever see. */
const PERSONAL = [TEXTS.goals, TEXTS.privateReflection, TEXTS.anonymousReflection, TEXTS.namedReflection, TEXTS.nextStep, TEXTS.rematchReason];

describe('logs of a whole programme at debug level', () => {
  it('hold no token, no signing secret, and none of the texts people typed', async () => {
    const rig = await startRig({ organizers: ['U0ORG00001'] });
    try {
      await runWholeProgramme(rig, TEXTS);
    } finally {
      await rig.close();
    }

    // The run did log a lot, at debug level, including Bolt's and the Web API client's own lines.
    expect(rig.logs.length).toBeGreaterThan(200);
    expect(rig.logs.some((line) => line.includes('"level":20') && line.includes('"area":"bolt"'))).toBe(true);
    const all = rig.logs.join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toMatch(/xox[abposr]-/);
    for (const text of PERSONAL) expect(all).not.toContain(text.split(' ')[0]);
    // Nor any other planted text: names, departments, cohort and topic texts are not the log's business either.
    expect(all).not.toMatch(/PLANTED-/);

    // The texts really went through the app (so the checks above mean something) ...
    const sent = everythingSentToSlack(rig);
    for (const text of [TEXTS.department, TEXTS.cohortName, TEXTS.approvedTitle, TEXTS.question, TEXTS.rematchReason, TEXTS.namedReflection, TEXTS.anonymousReflection]) {
      expect(sent).toContain(text.split(' ')[0]);
    }
    // ... and what is private stayed out of every message: goals and the private reflection reach no one.
    expect(sent).not.toContain('PLANTED-GOAL');
    expect(sent.replace(/"initial_value":"[^"]*"/g, '')).not.toContain('PLANTED-PRIVATE-REFLECTION');
  });
});
