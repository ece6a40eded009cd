-- The supervisor console's chart counts today's requests per 15 minutes: read them by arrival time.
CREATE INDEX help_request_created ON help_request (created_at);
