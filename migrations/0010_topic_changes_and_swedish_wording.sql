-- Who last picked a new topic for a prompt (nudge_new_topic), and when: the prompt shows it to both members, as it
-- shows who pressed "We met" or "Skip". A Slack user id, replaced by the `former:<n>` placeholder on forget-me.
ALTER TABLE prompts ADD COLUMN topic_changed_by TEXT;
ALTER TABLE prompts ADD COLUMN topic_changed_at TEXT;

-- The Swedish topic catalogue (0002), where it read as translated English. Each replace() touches only the text as it
-- was seeded, so a topic an organizer has since reworded keeps their words.
UPDATE topic_texts
   SET description = replace(description, 'Vad folk i början av karriären förväntar sig', 'Vad den som är i början av sin karriär förväntar sig')
 WHERE topic_id = 'next-generation' AND locale = 'sv';
UPDATE topic_texts
   SET questions = replace(questions, 'kreatörer eller communities formar', 'kreatörer eller nätverk formar')
 WHERE topic_id = 'challenging-assumptions' AND locale = 'sv';
UPDATE topic_texts
   SET description = replace(description, 'ord, mejl och möten landar hos dem som står', 'ord, mejl och möten tas emot av dem som står')
 WHERE topic_id = 'leadership-feedback' AND locale = 'sv';
UPDATE topic_texts
   SET questions = replace(questions, 'Vad gör en kontorsdag värd resan för dig, och vad får den', 'Vad gör att en dag på kontoret är värd resan för dig, och vad får den')
 WHERE topic_id = 'hybrid-work' AND locale = 'sv';
UPDATE topic_texts
   SET description = replace(description, 'pratar om produkter som era.', 'pratar om produkter som era egna.')
 WHERE topic_id = 'customers-of-tomorrow' AND locale = 'sv';
