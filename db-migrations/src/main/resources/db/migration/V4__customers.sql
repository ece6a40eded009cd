-- The customer database: who is calling, found by the number they call from (caller ID, screen-pops). Portable
-- SQL: the same file runs on H2 2.x and PostgreSQL 15.

-- Blocks of 50 ids per round trip (EclipseLink reads each value as the last of its block, so the first is 50).
CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE customer (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    account     VARCHAR(64),
    tier        VARCHAR(32),
    notes       VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The list is paged in name order.
CREATE INDEX customer_name_order ON customer (name, id);

-- A number belongs to one customer at most, so that a caller-ID look-up is never ambiguous. E.164, at most 16
-- characters with the "+".
CREATE TABLE customer_phone (
    customer_id  BIGINT       NOT NULL REFERENCES customer (id),
    phone        VARCHAR(16)  NOT NULL,
    CONSTRAINT customer_phone_unique UNIQUE (phone)
);

CREATE INDEX customer_phone_customer ON customer_phone (customer_id);
