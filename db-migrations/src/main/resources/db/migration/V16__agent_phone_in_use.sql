-- Two customers on one agent's phone (issue 10): a call in flight also holds its agent's phone. live_extension is the
-- agent's extension while the call is up and NULL once it ended; its unique index keeps a second call from being
-- offered to a phone that is on one, on this instance or another. Calls in flight before this migration keep NULL:
-- the restart that applies it ends them (start-up reconciliation).
ALTER TABLE call_attempt ADD COLUMN live_extension VARCHAR(64);
CREATE UNIQUE INDEX call_attempt_live_extension ON call_attempt (live_extension);
-- The desk shows an agent's current or last call.
CREATE INDEX call_attempt_agent ON call_attempt (agent_login, started_at);
