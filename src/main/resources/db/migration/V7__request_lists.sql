-- Lists of requests are paged most recently changed first, per State or for everyone.
CREATE INDEX assistance_request_updated ON assistance_request (updated_at DESC, id DESC);
CREATE INDEX assistance_request_state_updated ON assistance_request (requesting_state, updated_at DESC, id DESC);
