-- Identity: tenants, their people and their API tokens.

create table organizations (
    id         bigint      primary key,
    slug       text        not null unique,
    name       text        not null,
    created_at timestamptz not null
);

create table users (
    id               bigint      primary key,
    organization_id  bigint      not null references organizations (id),
    email            text        not null,
    -- Sign-in has no tenant, so an address is unique across Parley.
    email_normalized text        not null unique,
    name             text        not null,
    role             text        not null check (role in ('admin', 'instructor', 'agent', 'learner')),
    password_hash    text,
    created_at       timestamptz not null,
    -- Lets other tables require that a referenced user belongs to the same organization.
    unique (organization_id, id)
);

create table api_tokens (
    id                    bigint      primary key,
    organization_id       bigint      not null references organizations (id),
    user_id               bigint,
    name                  text        not null,
    token_hash            char(64)    not null unique,
    abilities             text[]      not null,
    rate_limit_per_minute int         not null default 300,
    created_at            timestamptz not null,
    expires_at            timestamptz,
    last_used_at          timestamptz,
    revoked_at            timestamptz,
    foreign key (organization_id, user_id) references users (organization_id, id)
);

create index api_tokens_active_by_organization on api_tokens (organization_id, created_at desc, id desc)
    where revoked_at is null;

-- Helpdesk: tickets and their conversation.

create table tickets (
    id                uuid        primary key,
    organization_id   bigint      not null references organizations (id),
    channel           text        not null check (channel in ('widget', 'email', 'telegram', 'api')),
    status            text        not null check (status in ('open', 'pending', 'resolved')),
    subject           text        not null,
    customer_name     text        not null,
    customer_email    text        not null,
    customer_user_id  text,
    assignee_id       bigint,
    tags              text[]      not null default '{}',
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    first_response_at timestamptz,
    version           bigint      not null,
    foreign key (organization_id, assignee_id) references users (organization_id, id)
);

create index tickets_by_created on tickets (organization_id, created_at desc, id desc);
create index tickets_by_updated on tickets (organization_id, updated_at desc, id desc);
create index tickets_by_tag on tickets using gin (tags);

create table ticket_messages (
    id              uuid        primary key,
    ticket_id       uuid        not null references tickets (id) on delete cascade,
    organization_id bigint      not null references organizations (id),
    position        int         not null,
    role            text        not null check (role in ('customer', 'agent')),
    text            text        not null,
    agent_name      text,
    internal        boolean     not null,
    created_at      timestamptz not null,
    unique (ticket_id, position),
    check (not internal or role = 'agent')
);

-- Shared: events awaiting publication, rate-limit windows and idempotent responses.

create table outbox_events (
    id              uuid        primary key default gen_random_uuid(),
    -- Orders events that share a transaction (and so a recorded_at) for in-order publication.
    sequence        bigint      generated always as identity unique,
    organization_id bigint      not null,
    type            text        not null,
    payload         jsonb       not null,
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null default now(),
    published_at    timestamptz
);

create index outbox_events_unpublished on outbox_events (sequence) where published_at is null;

create table rate_limit_windows (
    key        text        primary key,
    -- Epoch milliseconds of the requests admitted within the current window.
    admitted   bigint[]    not null,
    updated_at timestamptz not null
);

create table idempotency_records (
    organization_id bigint      not null,
    scope           text        not null,
    key             text        not null,
    request_hash    text        not null,
    status          int,
    body            text,
    created_at      timestamptz not null,
    primary key (organization_id, scope, key)
);
