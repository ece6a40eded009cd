-- How a call ended, as the agent recorded it at wrap-up, and their notes.
ALTER TABLE help_request ADD COLUMN outcome VARCHAR(32);
ALTER TABLE help_request ADD COLUMN outcome_notes VARCHAR(1000);
