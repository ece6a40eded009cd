-- What supervisors and administrators did, and who did it: cancelling or moving a customer's request, changing or
-- ending an agent's state. Append-only.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id        BIGINT        NOT NULL PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(64)   NOT NULL,
    action    VARCHAR(40)   NOT NULL,
    subject   VARCHAR(100)  NOT NULL,
    detail    VARCHAR(500)
);

CREATE INDEX audit_entry_at ON audit_entry (at);
