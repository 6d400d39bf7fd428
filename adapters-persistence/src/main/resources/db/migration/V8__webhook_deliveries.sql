-- Webhook deliveries: one row per (event, webhook), holding the exact bytes every attempt sends, and one log row per
-- attempt. Workers claim due rows with FOR UPDATE SKIP LOCKED and a lease (next_attempt_at moves to the lease's end,
-- so a worker that dies leaves its delivery due again), post with no transaction open, and record the attempt only
-- while lease_owner and attempts are still theirs.

create table webhook_deliveries (
    id              uuid        primary key,
    organization_id bigint      not null,
    webhook_id      bigint      not null,
    event_id        uuid        not null,
    event_type      text        not null,
    -- The webhook-id header, the same on every attempt and redelivery.
    message_id      text        not null unique,
    body            bytea       not null,
    status          text        not null check (status in ('pending', 'succeeded', 'failed', 'abandoned')),
    -- Attempts claimed so far; the latest claim's attempt number.
    attempts        int         not null default 0 check (attempts >= 0),
    -- When a pending delivery is next due: its retry time, or the end of its current lease.
    next_attempt_at timestamptz not null,
    lease_owner     text,
    lease_until     timestamptz,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    foreign key (organization_id, webhook_id) references webhooks (organization_id, id) on delete cascade,
    unique (webhook_id, event_id),
    check ((status = 'pending') = (finished_at is null)),
    check ((lease_owner is null) = (lease_until is null))
);

create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_pending_per_webhook on webhook_deliveries (webhook_id) where status = 'pending';

create table webhook_attempts (
    -- Orders attempts that started in the same microsecond, for the newest-first log.
    id               bigint      generated always as identity primary key,
    delivery_id      uuid        not null references webhook_deliveries (id) on delete cascade,
    attempt_no       int         not null check (attempt_no >= 1),
    organization_id  bigint      not null,
    webhook_id       bigint      not null,
    message_id       text        not null,
    event_type       text        not null,
    started_at       timestamptz not null,
    status_code      int         check (status_code between 100 and 599),
    -- timeout, connection_refused, blocked_destination, tls, too_large or connection_error.
    error_class      text,
    latency_ms       int         not null check (latency_ms >= 0),
    -- At most 4 KiB of the receiver's answer.
    response_excerpt text        not null check (octet_length(response_excerpt) <= 4096),
    test             boolean     not null,
    unique (delivery_id, attempt_no),
    check (status_code is not null or error_class is not null)
);

create index webhook_attempts_log on webhook_attempts (webhook_id, started_at desc, id desc);

-- Wake-up calls for the workers' LISTEN connection, sent on commit only. A new event wakes the dispatcher; a new
-- delivery, or a finished one made pending again (a redelivery), wakes the delivery workers. Retries scheduled for
-- later and leases that run out are found by polling.
create function notify_parley_outbox() returns trigger language plpgsql as $$
begin
    perform pg_notify('parley_outbox', '');
    return null;
end
$$;

create function notify_parley_deliveries() returns trigger language plpgsql as $$
begin
    perform pg_notify('parley_deliveries', '');
    return null;
end
$$;

create trigger outbox_events_wake_dispatcher after insert on outbox_events
    for each statement execute function notify_parley_outbox();

create trigger webhook_deliveries_wake_workers after insert on webhook_deliveries
    for each statement execute function notify_parley_deliveries();

create trigger webhook_deliveries_wake_workers_on_redelivery after update of status on webhook_deliveries
    for each row when (old.status <> 'pending' and new.status = 'pending') execute function notify_parley_deliveries();
