-- Issue 10: every call to a help number, whether it reached an agent or not, and what became of it. A routed call
-- also has its call_attempt (who was rung, how it ended); a call nobody took has only this row.
CREATE TABLE incoming_call (
    id               BIGINT       NOT NULL PRIMARY KEY,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    instance         VARCHAR(100) NOT NULL,
    help_number      VARCHAR(64)  NOT NULL,
    -- NULL when no queue has this help number
    queue_name       VARCHAR(64),
    -- as the network gave it (at most 64 characters): a number, 'anonymous', or whatever a stranger wrote
    caller_id        VARCHAR(64)  NOT NULL,
    caller_verified  BOOLEAN      NOT NULL,
    disposition      VARCHAR(32)  NOT NULL,
    request_id       BIGINT       REFERENCES help_request (id),
    call_attempt_id  BIGINT       REFERENCES call_attempt (id)
);
CREATE SEQUENCE incoming_call_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX incoming_call_received ON incoming_call (received_at);
