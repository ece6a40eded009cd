-- Who may log in to the agent desktop, the supervisor console and the operator API, with what role. Passwords are
-- stored as PBKDF2 hashes (Jakarta Security's Pbkdf2PasswordHash format, salt and parameters included).
CREATE TABLE account (
    login           VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash   VARCHAR(300) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    -- Failed logins in a row, and until when the account refuses every login after too many of them.
    failed_logins   INTEGER      NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);

-- The agent's phone (a JTAPI terminal name) and why they are not ready.
ALTER TABLE agent ADD COLUMN extension VARCHAR(64);
ALTER TABLE agent ADD COLUMN not_ready_reason VARCHAR(100);
