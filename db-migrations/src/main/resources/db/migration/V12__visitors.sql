-- Page context for screen-pops (issue 5): per visitor of the customer's site only what the desk needs, the page
-- they read last and, once they have told us, their phone number. A row not touched for a day is deleted (retention
-- timer), so that we keep no browsing history.
CREATE TABLE visitor (
    -- the random token the visitor's browser keeps (16 to 64 of A-Z a-z 0-9 _ -)
    visitor_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    -- E.164; NULL until the visitor is identified (a help request, or the site reporting their login)
    phone           VARCHAR(16),
    page_url        VARCHAR(2048),
    page_title      VARCHAR(300),
    seen_at         TIMESTAMP WITH TIME ZONE,
    last_active_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The screen-pop asks: the most recent page of any visitor with this number.
CREATE INDEX visitor_phone_seen ON visitor (phone, seen_at);
-- The retention timer deletes by age.
CREATE INDEX visitor_last_active ON visitor (last_active_at);
