-- How each queue is worked: the dialer's mode and retries, the service-level target, and when the queue is open.
-- Existing queues get the defaults (agent first, 3 attempts 5 minutes apart, 60-second target, always open, UTC).
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15 (one column per statement, which both accept).

ALTER TABLE call_queue ADD COLUMN dial_mode VARCHAR(16) DEFAULT 'AGENT_FIRST' NOT NULL;
ALTER TABLE call_queue ADD COLUMN max_attempts INTEGER DEFAULT 3 NOT NULL;
ALTER TABLE call_queue ADD COLUMN retry_delay_seconds INTEGER DEFAULT 300 NOT NULL;
ALTER TABLE call_queue ADD COLUMN service_level_seconds INTEGER DEFAULT 60 NOT NULL;
-- The weekly opening hours in their text form ("Mon-Fri 08:00-18:00; Sat 09:00-13:00"), read in time_zone.
-- NULL: the queue is always open.
ALTER TABLE call_queue ADD COLUMN business_hours VARCHAR(1000);
ALTER TABLE call_queue ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
