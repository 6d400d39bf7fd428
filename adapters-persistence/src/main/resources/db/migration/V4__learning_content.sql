-- Learning content: courses, their lessons, the trainings in a lesson and the exercises (items) in a training.
-- Every row carries its organization, and every child references its parent through (organization_id, id), so a
-- lesson can only ever belong to a course of its own organization. Deleting a parent deletes its children.

create table courses (
    id              bigint      primary key,
    organization_id bigint      not null references organizations (id),
    slug            text        not null,
    title           text        not null,
    description     text,
    language        text        not null,
    source_language text        not null,
    cefr_level      text        not null check (cefr_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    status          text        not null check (status in ('draft', 'published', 'archived')),
    published_at    timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    constraint courses_slug_per_organization unique (organization_id, slug),
    -- Lets lessons require a course of the same organization.
    unique (organization_id, id),
    -- A draft has never been published; a published course always has been.
    check (status <> 'draft' or published_at is null),
    check (status <> 'published' or published_at is not null)
);

create index courses_by_created on courses (organization_id, created_at, id);

create table lessons (
    id              bigint      primary key,
    organization_id bigint      not null,
    course_id       bigint      not null,
    title           text        not null,
    position        int         not null check (position >= 1),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    foreign key (organization_id, course_id) references courses (organization_id, id) on delete cascade,
    unique (organization_id, id)
);

create index lessons_in_order on lessons (organization_id, course_id, position, created_at, id);

create table trainings (
    id              bigint      primary key,
    organization_id bigint      not null,
    lesson_id       bigint      not null,
    title           text        not null,
    kind            text        not null,
    position        int         not null check (position >= 1),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    foreign key (organization_id, lesson_id) references lessons (organization_id, id) on delete cascade,
    unique (organization_id, id)
);

create index trainings_in_order on trainings (organization_id, lesson_id, position, created_at, id);

create table training_items (
    id              bigint      primary key,
    organization_id bigint      not null,
    training_id     bigint      not null,
    type            text        not null check (type in ('multiple_choice', 'fill_blank', 'translate', 'match_pairs',
                                                         'listen_select', 'flashcard', 'speak_repeat', 'free_text')),
    skill           text        not null check (skill in ('listening', 'reading', 'speaking', 'writing', 'vocabulary', 'grammar')),
    cefr_level      text        not null check (cefr_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    xp              int         not null check (xp between 1 and 1000),
    position        int         not null check (position >= 1),
    -- The exercise as plain JSON in the shape the API shows; its type decides which keys it has.
    content         jsonb       not null,
    solution        jsonb,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    foreign key (organization_id, training_id) references trainings (organization_id, id) on delete cascade,
    check ((solution is null) = (type in ('flashcard', 'speak_repeat', 'free_text')))
);

create index training_items_in_order on training_items (organization_id, training_id, position, created_at, id);
create index training_items_by_type on training_items (organization_id, type);
