-- The first answer to each Idempotency-Key (or page form token) of a user, kept for
-- advisorydesk.idempotency.kept-for. The row is written in the same transaction as what the call
-- created: a retry finds both or neither. request_hash is the SHA-256 of the method, path and body.
CREATE TABLE idempotency_key (
    user_id       VARCHAR(64)  NOT NULL,
    key_value     VARCHAR(200) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status        INTEGER,
    location      VARCHAR(1000),
    content_type  VARCHAR(200),
    body          BYTEA,
    PRIMARY KEY (user_id, key_value)
);
CREATE INDEX idempotency_key_created ON idempotency_key (user_id, created_at);
