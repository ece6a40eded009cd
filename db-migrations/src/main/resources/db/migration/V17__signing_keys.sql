-- Keys the application signs with, made once by the first instance that starts (random, never configured) and
-- shared by every instance through this table. 'customer-secret' signs the secret a customer's browser gets with a
-- new help request (voice in the browser, co-browsing).
CREATE TABLE signing_key (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    key_base64 VARCHAR(128) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
