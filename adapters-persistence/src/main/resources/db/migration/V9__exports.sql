-- Asynchronous CSV exports. A worker claims a job by taking it FOR UPDATE SKIP LOCKED and stamping a lease; a job
-- still running when its lease ran out is claimed again and rerun from scratch (its file is only ever published
-- whole). `run` counts the claims, so a late run cannot overwrite the outcome of a newer one. "expired" is never
-- stored: a succeeded job reads as expired once expires_at has passed.
create table export_jobs (
    id              bigint      primary key,
    organization_id bigint      not null references organizations (id),
    type            text        not null check (type in ('learner_progress', 'completions', 'activity', 'tickets')),
    status          text        not null check (status in ('queued', 'running', 'succeeded', 'failed')),
    filter_from     date,
    filter_to       date,
    filter_course_id bigint,
    run             int         not null default 0 check (run >= 0),
    lease_until     timestamptz,
    created_at      timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    row_count       bigint      check (row_count >= 0),
    size_bytes      bigint      check (size_bytes >= 0),
    sha256          char(64),
    expires_at      timestamptz,
    failure_reason  text,
    check (filter_from is null or filter_to is null or filter_from <= filter_to),
    check (filter_course_id is null or type <> 'tickets'),
    check ((status = 'succeeded') = (row_count is not null and size_bytes is not null and sha256 is not null and expires_at is not null)),
    check ((status = 'failed') = (failure_reason is not null)),
    check (status <> 'running' or lease_until is not null)
);

create index export_jobs_newest_first on export_jobs (organization_id, created_at desc, id desc);
create index export_jobs_waiting on export_jobs (created_at, id) where status in ('queued', 'running');
