-- An account no longer locks itself after failed logins: anyone could lock anyone out by guessing. Guessing is now
-- throttled per login and client address, in memory (helpdesk-web LoginThrottle), so these columns are unused.
ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN locked_until;
