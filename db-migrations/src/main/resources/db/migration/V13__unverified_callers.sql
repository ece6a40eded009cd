-- Issue 10: a call to a help number whose caller ID no trusted SIP peer vouched for becomes a request of its own,
-- marked here. Such a request holds no open place for its number (open_key NULL): it neither takes over nor blocks
-- the requests of whoever really owns the number, it is not that number's history, and it is never called back.
ALTER TABLE help_request ADD COLUMN phone_verified BOOLEAN DEFAULT TRUE NOT NULL;
