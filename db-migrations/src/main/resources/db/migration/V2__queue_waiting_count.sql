-- How many requests of each queue wait to be called (status QUEUED). A new request's place in line is this count,
-- read under the queue row's lock, instead of a count of the rows ahead (which grows with the queue). Every change
-- of a request into or out of QUEUED updates it in the same transaction; a periodic check recounts and corrects it.
ALTER TABLE call_queue ADD COLUMN waiting BIGINT DEFAULT 0 NOT NULL;

UPDATE call_queue SET waiting = (
    SELECT COUNT(*) FROM help_request r WHERE r.queue_name = call_queue.name AND r.status = 'QUEUED');
