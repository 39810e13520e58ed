-- Seed the topic catalogue: reverse-mentoring themes for the weekly prompts (PRODUCT.md §6, §7).
-- One topics row per theme and one topic_texts row per supported locale (en, sv). Ids are stable slugs used as
-- option values in Slack, so they never change. sort_order sets the catalogue order (10, 20, ...) and leaves
-- room for topics added later. questions is a JSON array of 3-4 discussion questions for a 45-60 minute
-- meeting: "you" is whoever the question names, "your mentee" / "din adept" is the senior leader.

-- 1. Digital tools and new ways of working
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('digital-tools', 'approved', 'catalogue', 10, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'digital-tools', 'en',
  'Digital tools and new ways of working',
  'The apps, shortcuts and habits that make work smoother, shown by someone who uses them every day.',
  '[
    "Which tool do you use every day that your mentee has never opened? Open it together and do one real task.",
    "Walk through a normal week of your mentee''s work: where do emails, meetings or manual steps eat up the most time?",
    "How does your mentor find information and ask for help: search, chat, video, colleagues? How is that different from the way you do it?",
    "Pick one small change your mentee can try before your next meeting, and agree how you will know whether it helped."
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'digital-tools', 'sv',
  'Digitala verktyg och nya arbetssätt',
  'Apparna, genvägarna och vanorna som gör jobbet smidigare – visade av någon som använder dem varje dag.',
  '[
    "Vilket verktyg använder du varje dag som din adept aldrig har öppnat? Öppna det tillsammans och gör en riktig uppgift.",
    "Gå igenom en vanlig vecka för din adept: var äter mejl, möten eller manuella moment upp mest tid?",
    "Hur letar din mentor upp information och ber om hjälp – sök, chatt, video, kollegor? Vad skiljer sig från hur du gör?",
    "Välj en liten förändring som din adept kan testa före ert nästa möte, och bestäm hur ni ska märka om den hjälpte."
  ]'
);

-- 2. How the younger generation sees work
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('next-generation', 'approved', 'catalogue', 20, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'next-generation', 'en',
  'How the younger generation sees work',
  'What people early in their careers expect from a job, a manager and a workplace, and why.',
  '[
    "What made you say yes to your current job, and what would make you start looking elsewhere? Compare your answers.",
    "Think of the best manager you or your friends have had. What did they do that others didn''t?",
    "Which unwritten rules here puzzled you most in your first months? Which of them does your mentee still think make sense?",
    "What did you expect from working life at your mentor''s age? What has changed since then, and what is still the same?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'next-generation', 'sv',
  'Hur den yngre generationen ser på arbete',
  'Vad folk i början av karriären förväntar sig av ett jobb, en chef och en arbetsplats – och varför.',
  '[
    "Vad fick dig att tacka ja till ditt nuvarande jobb, och vad skulle få dig att börja se dig om efter något annat? Jämför era svar.",
    "Tänk på den bästa chef du eller dina vänner har haft. Vad gjorde hen som andra inte gjorde?",
    "Vilka oskrivna regler här förbryllade dig mest de första månaderna? Vilka av dem tycker din adept fortfarande är vettiga?",
    "Vad förväntade du dig av arbetslivet när du var i din mentors ålder? Vad har förändrats sedan dess, och vad är sig likt?"
  ]'
);

-- 3. Challenging assumptions about the world
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('challenging-assumptions', 'approved', 'catalogue', 30, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'challenging-assumptions', 'en',
  'Challenging assumptions about the world',
  'What you take for granted about customers, technology and society, tested against a different point of view.',
  '[
    "Your mentee names three things they believe about how people under 30 live, shop or use media. Which hold up, and which don''t?",
    "Which news sources, creators or communities shape how you see the world? Show your mentee one they have never heard of.",
    "What does the company take for granted about its market that your mentor would question? Let them explain why.",
    "Which belief has each of you changed in the last few years, and what made you change it?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'challenging-assumptions', 'sv',
  'Att utmana antaganden om omvärlden',
  'Det du tar för givet om kunder, teknik och samhälle, prövat mot ett annat perspektiv.',
  '[
    "Din adept nämner tre saker hen tror om hur folk under 30 lever, handlar eller använder medier. Vilka stämmer och vilka gör det inte?",
    "Vilka nyhetskällor, kreatörer eller communities formar din bild av världen? Visa din adept en som hen aldrig har hört talas om.",
    "Vad tar företaget för givet om sin marknad som din mentor skulle ifrågasätta? Låt hen förklara varför.",
    "Vilken uppfattning har ni var och en ändrat på de senaste åren, och vad fick er att ändra den?"
  ]'
);

-- 4. Feedback on leadership style
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('leadership-feedback', 'approved', 'catalogue', 40, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'leadership-feedback', 'en',
  'Feedback on leadership style',
  'Honest, kind feedback on how a leader''s words, emails and meetings land with people further from the top.',
  '[
    "Bring an email or post you sent recently, or something you said at a town hall, and ask your mentor: how would their colleagues take it?",
    "What do people in your part of the company say about leaders when no leader is in the room? Share what you can without naming anyone.",
    "When did a leader here last make you feel listened to, and when did one leave you feeling overlooked? What made the difference?",
    "Ask your mentor for one thing to start doing and one thing to stop doing. Which will you try first?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'leadership-feedback', 'sv',
  'Feedback på ledarskapet',
  'Ärlig och vänlig återkoppling på hur en ledares ord, mejl och möten landar hos dem som står längre från toppen.',
  '[
    "Ta fram ett mejl eller inlägg du nyligen skickat, eller något du sa på ett stormöte, och fråga din mentor: hur skulle hens kollegor ta emot det?",
    "Vad säger folk i din del av företaget om cheferna när ingen chef är i rummet? Berätta det du kan utan att nämna namn.",
    "När fick en chef här dig senast att känna dig lyssnad på, och när kände du dig förbisedd? Vad gjorde skillnaden?",
    "Be din mentor om en sak att börja göra och en sak att sluta göra. Vilken testar du först?"
  ]'
);

-- 5. Attracting and keeping talent
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('attracting-talent', 'approved', 'catalogue', 50, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'attracting-talent', 'en',
  'Attracting and keeping talent',
  'What makes talented people choose a company, stay and grow there, or quietly leave.',
  '[
    "Read one of your current job ads together. What would make your mentor apply, and what would make them scroll straight past?",
    "Think of someone good who left recently. What do you think made them go, and could anything have made them stay?",
    "What made your first weeks here good, and what made them hard? What would you change for the next person who starts?",
    "What would make you stay another five years? Which of those things can your mentee actually influence?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'attracting-talent', 'sv',
  'Att locka och behålla talanger',
  'Vad som får duktiga människor att välja ett företag, stanna och växa där – eller tyst försvinna.',
  '[
    "Läs en av era aktuella jobbannonser tillsammans. Vad skulle få din mentor att söka, och vad skulle få hen att scrolla förbi?",
    "Tänk på någon duktig som slutat nyligen. Vad tror ni fick hen att gå, och hade något kunnat få hen att stanna?",
    "Vad gjorde dina första veckor här bra, och vad gjorde dem tunga? Vad skulle du ändra för nästa person som börjar?",
    "Vad skulle få dig att stanna fem år till? Vilka av de sakerna kan din adept faktiskt påverka?"
  ]'
);

-- 6. AI at work
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('ai-at-work', 'approved', 'catalogue', 60, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'ai-at-work', 'en',
  'AI at work',
  'How AI tools are already changing everyday work, and where they help, get in the way or need clear rules.',
  '[
    "Show your mentee how you use an AI tool on a real task, then let them try it on something from their own inbox.",
    "Which tasks would you happily hand over to AI, and which never? Compare your lists.",
    "What worries your mentor''s colleagues about AI: their jobs, mistakes, privacy? What do they wish leaders would say about it?",
    "If you could set the rules for AI in the company tomorrow, what would the first three be?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'ai-at-work', 'sv',
  'AI på jobbet',
  'Hur AI-verktyg redan förändrar vardagen på jobbet, och var de hjälper, stjälper eller behöver tydliga regler.',
  '[
    "Visa din adept hur du använder ett AI-verktyg i en riktig uppgift, och låt hen sedan testa på något från sin egen inkorg.",
    "Vilka uppgifter skulle ni gärna lämna över till AI, och vilka aldrig? Jämför era listor.",
    "Vad oroar din mentors kollegor när det gäller AI – jobben, felen, integriteten? Vad önskar de att ledningen sa om det?",
    "Om ni fick bestämma reglerna för AI i företaget i morgon, vilka skulle de tre första vara?"
  ]'
);

-- 7. Social media and the employer brand
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('social-media', 'approved', 'catalogue', 70, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'social-media', 'en',
  'Social media and the employer brand',
  'How the company comes across online to the people it wants to hire, and what a leader''s own voice can add.',
  '[
    "Search for the company on the platforms your mentor actually uses. What would someone their age conclude?",
    "Which companies or leaders do you follow because they feel genuine? What do they do that others don''t?",
    "Look at your mentee''s LinkedIn or other public profile together. What would make a post from them worth reading?",
    "What would you be proud to post about your work here, and what would hold you back?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'social-media', 'sv',
  'Sociala medier och arbetsgivarvarumärket',
  'Hur företaget uppfattas på nätet av dem det vill anställa, och vad en ledares egen röst kan tillföra.',
  '[
    "Sök på företaget i de kanaler din mentor faktiskt använder. Vilken bild skulle någon i hens ålder få?",
    "Vilka företag eller ledare följer du för att de känns äkta? Vad gör de som andra inte gör?",
    "Titta tillsammans på din adepts profil på LinkedIn eller någon annanstans. Vad skulle göra ett inlägg från hen värt att läsa?",
    "Vad skulle du vara stolt över att lägga upp om ditt jobb här, och vad skulle hålla dig tillbaka?"
  ]'
);

-- 8. Hybrid and flexible work
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('hybrid-work', 'approved', 'catalogue', 80, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'hybrid-work', 'en',
  'Hybrid and flexible work',
  'What makes time in the office worth the trip, and how a team stays close when people work apart.',
  '[
    "Compare a typical week: when is each of you in the office, and what do you do there that you couldn''t do from home?",
    "What makes a day in the office worth the trip for you, and what makes it feel wasted?",
    "How do you find out what is going on when you''re not in the office? Where do newer colleagues miss out?",
    "Which leadership habits quietly leave remote colleagues out, like decisions made in the corridor? Does your mentee recognise any of them?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'hybrid-work', 'sv',
  'Hybridarbete och flexibilitet',
  'Vad som gör en dag på kontoret värd resan, och hur ett team håller ihop när alla inte sitter på samma plats.',
  '[
    "Jämför en vanlig vecka: när är ni på kontoret, och vad gör ni där som ni inte kan göra hemifrån?",
    "Vad gör en kontorsdag värd resan för dig, och vad får den att kännas bortkastad?",
    "Hur får du veta vad som händer när du inte är på kontoret? Var går nyare kollegor miste om saker?",
    "Vilka ledarvanor stänger tyst ute kollegor på distans, som beslut som tas i korridoren? Känner din adept igen någon hos sig själv?"
  ]'
);

-- 9. Diversity and inclusion
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('diversity-inclusion', 'approved', 'catalogue', 90, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'diversity-inclusion', 'en',
  'Diversity and inclusion',
  'Who feels they belong here, who doesn''t, and which everyday choices make the difference.',
  '[
    "When have you felt like an outsider at work, and what helped, or would have helped? Each of you share one moment.",
    "Look at who speaks, who decides and who gets promoted around your mentee. Whose voices are missing?",
    "Which words, jokes or routines here might make someone feel they don''t fit in, even when nobody means any harm?",
    "What is one concrete thing your mentee could do in the next month to make their team more inclusive?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'diversity-inclusion', 'sv',
  'Mångfald och inkludering',
  'Vem som känner sig hemma här, vem som inte gör det, och vilka vardagliga val som gör skillnaden.',
  '[
    "När har du känt dig utanför på jobbet, och vad hjälpte eller hade kunnat hjälpa? Berätta om ett tillfälle var.",
    "Titta på vem som pratar, vem som bestämmer och vem som befordras runt din adept. Vems röster saknas?",
    "Vilka ord, skämt eller rutiner här kan få någon att känna att hen inte passar in, även om ingen menar något illa?",
    "Vad är en konkret sak som din adept kan göra den närmaste månaden för att göra sitt team mer inkluderande?"
  ]'
);

-- 10. Sustainability
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('sustainability', 'approved', 'catalogue', 100, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'sustainability', 'en',
  'Sustainability',
  'How the company''s climate and social promises look from the inside, and what it would take to believe them.',
  '[
    "Read the company''s sustainability goals together. Which does your mentor find convincing, and which sound like marketing?",
    "How much does an employer''s stance on climate and fairness matter to you and your friends when you choose a job?",
    "Where in your daily work do you see a gap between what the company says about sustainability and what it does?",
    "Which decision on your mentee''s desk in the coming months has a sustainability angle? Talk it through together."
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'sustainability', 'sv',
  'Hållbarhet',
  'Hur företagets löften om klimat och socialt ansvar ser ut inifrån, och vad som krävs för att man ska tro på dem.',
  '[
    "Läs företagets hållbarhetsmål tillsammans. Vilka tycker din mentor är övertygande, och vilka låter som marknadsföring?",
    "Hur mycket spelar en arbetsgivares hållning i klimat- och rättvisefrågor roll för dig och dina vänner när ni väljer jobb?",
    "Var i ditt dagliga arbete ser du ett glapp mellan vad företaget säger om hållbarhet och vad det faktiskt gör?",
    "Vilket beslut på din adepts bord de kommande månaderna har en hållbarhetsaspekt? Prata igenom det tillsammans."
  ]'
);

-- 11. Learning and growth
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('learning-and-growth', 'approved', 'catalogue', 110, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'learning-and-growth', 'en',
  'Learning and growth',
  'How each of you learns new things today, and what the company could do to help people grow faster.',
  '[
    "How did you learn the last new skill you picked up: a course, a video, a colleague, trial and error? Compare your answers.",
    "What would your mentee like to learn this year, and how would your mentor go about learning it?",
    "What does your mentor want to get better at, and which doors could you open for them?",
    "What does the company do to help people grow that actually works, and what is mostly for show?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'learning-and-growth', 'sv',
  'Lärande och utveckling',
  'Hur ni var för sig lär er nya saker i dag, och vad företaget kunde göra för att hjälpa folk att växa snabbare.',
  '[
    "Hur lärde du dig det senaste nya du kan – en kurs, en video, en kollega, genom att testa dig fram? Jämför era svar.",
    "Vad vill din adept lära sig i år, och hur skulle din mentor gå till väga för att lära sig det?",
    "Vad vill din mentor bli bättre på, och vilka dörrar kan du öppna för hen?",
    "Vad gör företaget för att hjälpa folk att utvecklas som faktiskt fungerar, och vad är mest för syns skull?"
  ]'
);

-- 12. Customers of tomorrow
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('customers-of-tomorrow', 'approved', 'catalogue', 120, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'customers-of-tomorrow', 'en',
  'Customers of tomorrow',
  'How the next generation of customers discovers, chooses and talks about products like yours.',
  '[
    "How did you last discover and choose a new product or service? Walk your mentee through every step, from first glimpse to purchase.",
    "Try to buy from or contact your own company the way your mentor would, on a phone. Where do you get stuck?",
    "Which brands does your mentor''s generation love or avoid, and why? What could the company learn from them?",
    "If a competitor were started tomorrow by people your mentor''s age, what would they do differently?"
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'customers-of-tomorrow', 'sv',
  'Morgondagens kunder',
  'Hur nästa generations kunder hittar, väljer och pratar om produkter som era.',
  '[
    "Hur hittade och valde du senast en ny produkt eller tjänst? Ta din adept genom varje steg, från första intrycket till köpet.",
    "Försök köpa från eller kontakta ert eget företag så som din mentor skulle göra det, i mobilen. Var tar det stopp?",
    "Vilka varumärken älskar eller undviker din mentors generation, och varför? Vad kan företaget lära sig av dem?",
    "Om en konkurrent startades i morgon av folk i din mentors ålder, vad skulle de göra annorlunda?"
  ]'
);

-- 13. Wellbeing and work-life balance
INSERT INTO topics (id, status, source, sort_order, created_at)
  VALUES ('wellbeing-and-balance', 'approved', 'catalogue', 130, '2026-11-27T00:00:00.000Z');
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'wellbeing-and-balance', 'en',
  'Wellbeing and work-life balance',
  'What a sustainable pace looks like, and how leaders set it for everyone else, often without meaning to.',
  '[
    "What does a good working day look like for each of you, and what tends to knock it off course?",
    "Which signals does your mentee send without meaning to, like late-night emails or back-to-back meetings? How do they land?",
    "How do people your age talk about stress, boundaries and burnout? What would you want a leader to understand?",
    "Agree on one habit each of you will change to protect your own time, and check in on it at your next meeting."
  ]'
);
INSERT INTO topic_texts (topic_id, locale, title, description, questions) VALUES (
  'wellbeing-and-balance', 'sv',
  'Välmående och balans mellan jobb och fritid',
  'Hur ett hållbart tempo ser ut, och hur ledare sätter tempot för alla andra, ofta utan att mena det.',
  '[
    "Hur ser en bra arbetsdag ut för er var och en, och vad brukar få den att spåra ur?",
    "Vilka signaler skickar din adept utan att mena det, som mejl sent på kvällen eller möte efter möte utan paus? Hur tas de emot?",
    "Hur pratar folk i din ålder om stress, gränser och utbrändhet? Vad skulle du vilja att en ledare förstod?",
    "Bestäm en vana var som ni ska ändra för att skydda er egen tid, och följ upp den på nästa möte."
  ]'
);
