-- When the request was first called (given to an agent or dialled): the service level measures it against due_at.
ALTER TABLE help_request ADD COLUMN first_called_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX help_request_first_called ON help_request (first_called_at);
