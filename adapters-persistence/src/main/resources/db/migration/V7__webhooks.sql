-- Webhooks: where an organization's events are delivered, which ones, and the secret that signs them. Secrets are
-- stored only sealed (AES-256-GCM under PARLEY_SECRET_KEY, done before the row is written), never in clear. After a
-- rotation the replaced secret stays, sealed too, and keeps signing until previous_secret_valid_until.

create table webhooks (
    id                          bigint      primary key,
    organization_id             bigint      not null references organizations (id),
    url                         text        not null check (char_length(url) between 1 and 2048),
    -- Catalog event types in the order the customer gave them, or exactly {'*'} for every type.
    events                      text[]      not null check (cardinality(events) >= 1),
    description                 text        check (char_length(description) between 1 and 500),
    active                      boolean     not null,
    -- Why the platform switched the webhook off (such as 'gone' after a 410); null when the customer did.
    deactivated_reason          text,
    secret_sealed               bytea       not null,
    previous_secret_sealed      bytea,
    previous_secret_valid_until timestamptz,
    secret_rotated_at           timestamptz,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    version                     bigint      not null,
    -- Lets delivery rows require a webhook of their own organization.
    unique (organization_id, id),
    check (not active or deactivated_reason is null),
    check ((previous_secret_sealed is null) = (previous_secret_valid_until is null)),
    check (previous_secret_sealed is null or secret_rotated_at is not null)
);

create index webhooks_newest_first on webhooks (organization_id, created_at desc, id desc);
