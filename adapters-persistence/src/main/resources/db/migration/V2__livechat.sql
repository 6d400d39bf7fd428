-- Live chat: rooms, their message history and counters, polls and votes.

create table rooms (
    id                   uuid        primary key,
    organization_id      bigint      not null references organizations (id),
    name                 text        not null,
    max_clients          int         not null,
    disable_username     boolean     not null,
    embeddable_domains   text[]      not null,
    show_clients_count   boolean     not null,
    custom_styles        text        not null,
    profanities          text[]      not null,
    profanities_method   text        not null check (profanities_method in ('replace', 'reject', 'sender_only')),
    blacklist_ipv4       text[]      not null,
    cooldown_seconds     int         not null,
    allow_client_deletes boolean     not null,
    allow_repeated_posts boolean     not null,
    allow_post_links     boolean     not null,
    status               text        not null check (status in ('open', 'close')),
    signing_key          text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null,
    -- Lets other tables require that a referenced room belongs to the same organization.
    unique (organization_id, id)
);

create index rooms_by_created on rooms (organization_id, created_at, id);

create table chat_messages (
    id              uuid        primary key,
    room_id         uuid        not null,
    organization_id bigint      not null,
    userid          text        not null,
    username        text,
    message         text        not null,
    moderator       boolean     not null,
    visibility      text        not null check (visibility in ('all', 'sender_only')),
    posted_at       timestamptz not null,
    foreign key (organization_id, room_id) references rooms (organization_id, id) on delete cascade
);

create index chat_messages_by_posted on chat_messages (room_id, posted_at, id);
create index chat_messages_last_by_sender on chat_messages (room_id, userid, posted_at desc);

-- Messages posted per second and per minute; clearing the history keeps them, deleting the room does not.

create table chat_message_counts_second (
    room_id uuid        not null references rooms (id) on delete cascade,
    second  timestamptz not null,
    count   bigint      not null,
    primary key (room_id, second)
);

create table chat_message_counts_minute (
    room_id uuid        not null references rooms (id) on delete cascade,
    minute  timestamptz not null,
    count   bigint      not null,
    primary key (room_id, minute)
);

create table polls (
    id               uuid        primary key,
    room_id          uuid        not null,
    organization_id  bigint      not null,
    query            text        not null,
    time_to_answer   int,
    publish_result   boolean     not null,
    time_for_result  int         not null,
    display_format   text        not null check (display_format in ('percent', 'number', 'number_percent')),
    show_correctness boolean     not null,
    state            text        not null check (state in ('created', 'open', 'closed')),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    opened_at        timestamptz,
    closed_at        timestamptz,
    -- opened_at + time_to_answer while the poll is open with a time limit; null otherwise.
    closes_at        timestamptz,
    version          bigint      not null,
    foreign key (organization_id, room_id) references rooms (organization_id, id) on delete cascade,
    check (closes_at is null or state = 'open')
);

create index polls_by_room on polls (organization_id, room_id, created_at, id);
-- The database's guarantee that a room has at most one open poll, whatever the race.
create unique index polls_one_open_per_room on polls (room_id) where state = 'open';
create index polls_due_for_closing on polls (closes_at) where state = 'open' and closes_at is not null;

create table poll_options (
    id         uuid    primary key,
    poll_id    uuid    not null references polls (id) on delete cascade,
    position   int     not null,
    text       text    not null,
    is_correct boolean not null,
    unique (poll_id, position),
    -- Lets a vote require an option of its own poll.
    unique (poll_id, id)
);

create table poll_votes (
    poll_id   uuid        not null references polls (id) on delete cascade,
    userid    text        not null,
    option_id uuid        not null,
    voted_at  timestamptz not null,
    primary key (poll_id, userid),
    foreign key (poll_id, option_id) references poll_options (poll_id, id) on delete cascade
);
