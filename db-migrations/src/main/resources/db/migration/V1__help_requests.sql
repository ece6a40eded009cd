-- Help requests and the queues they wait in. Portable SQL: the same file runs on H2 2.x and PostgreSQL 15.

CREATE TABLE call_queue (
    name                    VARCHAR(64)  NOT NULL PRIMARY KEY,
    average_handle_seconds  INTEGER      NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO call_queue (name, average_handle_seconds, created_at) VALUES ('default', 300, CURRENT_TIMESTAMP);

-- EclipseLink reads each value as the last of a block of 500 ids it hands out without asking again (fewer round
-- trips and less lock waiting under load), so the first value is 500.
CREATE SEQUENCE help_request_seq START WITH 500 INCREMENT BY 500;

CREATE TABLE help_request (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    public_id               VARCHAR(32)   NOT NULL,
    version                 BIGINT        NOT NULL,
    queue_name              VARCHAR(64)   NOT NULL REFERENCES call_queue (name),
    phone                   VARCHAR(16)   NOT NULL,
    customer_name           VARCHAR(200),
    page_url                VARCHAR(2048),
    page_title              VARCHAR(300),
    note                    VARCHAR(1000),
    source                  VARCHAR(16)   NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    -- 0: a promised call-back time that has come due; 1: an immediate request. Lower is called first.
    call_priority           SMALLINT      NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    preferred_time          TIMESTAMP WITH TIME ZONE,
    -- When the request may be called: its arrival, or the preferred time. Orders the queue within a priority.
    due_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    status_changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- "queue|phone" while the request is open, NULL once closed: a unique index on it allows one open request
    -- per phone and queue, on every database, without partial indexes.
    open_key                VARCHAR(100),
    idempotency_key         VARCHAR(200),
    idempotency_fingerprint VARCHAR(64),
    client_address          VARCHAR(64),
    CONSTRAINT help_request_public_id_unique UNIQUE (public_id),
    CONSTRAINT help_request_open_key_unique UNIQUE (open_key),
    CONSTRAINT help_request_idempotency_unique UNIQUE (idempotency_key)
);

CREATE INDEX help_request_queue_order ON help_request (queue_name, status, call_priority, due_at, id);
CREATE INDEX help_request_status_due ON help_request (status, due_at);
CREATE INDEX help_request_phone_created ON help_request (phone, created_at);

-- Agents as far as the wait estimate needs them: who is ready for which queue. The agent desktop extends this.
CREATE TABLE agent (
    login          VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name   VARCHAR(200) NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    state_since    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL
);

CREATE TABLE agent_queue (
    agent_login  VARCHAR(64) NOT NULL REFERENCES agent (login),
    queue_name   VARCHAR(64) NOT NULL REFERENCES call_queue (name),
    PRIMARY KEY (agent_login, queue_name)
);
