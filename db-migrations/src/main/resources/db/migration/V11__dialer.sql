-- The automated dialer (issue 5): per-queue wrap-up time and help number, and one row per call attempt.
ALTER TABLE call_queue ADD COLUMN wrap_up_seconds INTEGER DEFAULT 30 NOT NULL;
-- E.164; customers call it (a tel: link on the help pages) and it is the queue's JTAPI route address.
ALTER TABLE call_queue ADD COLUMN help_number VARCHAR(16);
CREATE UNIQUE INDEX call_queue_help_number ON call_queue (help_number);

-- One call the dialer placed (or an inbound call it routed) for a help request: who was rung, what each party did,
-- and how it ended. live_phone holds the customer's number while the call is in flight and is NULL once it ended:
-- its unique index is what keeps two calls to one customer from being up at once, across server instances.
CREATE TABLE call_attempt (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    request_id            BIGINT       NOT NULL REFERENCES help_request (id),
    attempt_no            INTEGER      NOT NULL,
    direction             VARCHAR(16)  NOT NULL,
    dial_mode             VARCHAR(16),
    agent_login           VARCHAR(64)  NOT NULL,
    extension             VARCHAR(64)  NOT NULL,
    instance              VARCHAR(100) NOT NULL,
    live_phone            VARCHAR(16),
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    agent_alerted_at      TIMESTAMP WITH TIME ZONE,
    agent_connected_at    TIMESTAMP WITH TIME ZONE,
    customer_alerted_at   TIMESTAMP WITH TIME ZONE,
    customer_connected_at TIMESTAMP WITH TIME ZONE,
    ended_at              TIMESTAMP WITH TIME ZONE,
    end_cause             VARCHAR(32),
    version               BIGINT       NOT NULL
);
CREATE SEQUENCE call_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE UNIQUE INDEX call_attempt_live_phone ON call_attempt (live_phone);
CREATE INDEX call_attempt_request ON call_attempt (request_id);
-- Start-up reconciliation looks for this instance's calls still in flight; handle times read recent ended calls.
CREATE INDEX call_attempt_in_flight ON call_attempt (instance, ended_at);

-- After a dialled call the agent wraps up until this time, then the dialer makes them ready (unless they chose
-- otherwise); NULL for every other state.
ALTER TABLE agent ADD COLUMN wrap_up_until TIMESTAMP WITH TIME ZONE;
-- Measured handle time (talk time of recent dialled calls), which replaces the configured one in wait estimates.
ALTER TABLE call_queue ADD COLUMN measured_handle_seconds INTEGER;
