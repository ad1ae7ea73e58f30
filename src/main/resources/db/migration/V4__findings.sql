-- Findings of a legislative review: per provision of the ICRMW (an article, or a whole Part) and
-- per agency, the assessment of national law, the national provision concerned and a comment.
CREATE TABLE finding (
    request_id          BIGINT        NOT NULL REFERENCES assistance_request (id),
    provision           VARCHAR(10)   NOT NULL,
    agency              VARCHAR(10)   NOT NULL,
    assessment          VARCHAR(20)   NOT NULL,
    national_provision  VARCHAR(1000),
    comment             VARCHAR(4000),
    recorded_by         VARCHAR(64)   NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (request_id, provision, agency)
);
