-- Assigning a waiting request to an agent (the screen-pop issue; the dialer will assign through the same service).
-- assigned_agent: the login of the agent the request was last given to (no foreign key: an agent's record may be
-- retired while their past requests stay). attempts: call attempts made for the request, the current one included.
ALTER TABLE help_request ADD COLUMN assigned_agent VARCHAR(64);
ALTER TABLE help_request ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;

-- The agent desktop asks "what is this agent working on?" on every screen-pop.
CREATE INDEX help_request_assigned ON help_request (assigned_agent, status);
