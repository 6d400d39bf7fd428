-- Learner progress: graded attempts, enrolments, completions and achievements, plus totals kept up attempt by attempt
-- (per learner, per local day, week and month, per skill and level, per item) so that progress, gamification and
-- reports read a handful of rows however long a learner's history is. Every row carries its organization and refers to
-- the learner through (organization_id, user_id), so it can only belong to a person of its own organization.

-- The learner's IANA time zone: their local days, weeks and months (streaks, daily goal, history) are counted in it.
alter table users add column time_zone text not null default 'UTC';

-- Lets completions and per-item totals require an item of the same organization.
alter table training_items add constraint training_items_organization_id_id_key unique (organization_id, id);

create table learning_attempts (
    id              bigint           primary key,
    organization_id bigint           not null,
    user_id         bigint           not null,
    -- No foreign key: an attempt, and the XP it earned, outlive the item it answered.
    item_id         bigint           not null,
    -- The item's skill and level when it was answered, the evidence the CEFR estimate counts.
    skill           text             not null check (skill in ('listening', 'reading', 'speaking', 'writing', 'vocabulary', 'grammar')),
    cefr_level      text             not null check (cefr_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    correct         boolean          not null,
    score           double precision not null check (score between 0 and 1),
    xp_awarded      int              not null check (xp_awarded between 0 and 10000),
    duration_ms     bigint           not null check (duration_ms between 0 and 86400000),
    completed_item  boolean          not null,
    -- The answer as given, in the API's shape for the item's type.
    answer          jsonb            not null,
    attempted_at    timestamptz      not null,
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade,
    check (xp_awarded = 0 or completed_item)
);

create index learning_attempts_by_learner on learning_attempts (organization_id, user_id, attempted_at);

create table enrollments (
    organization_id  bigint      not null,
    user_id          bigint      not null,
    course_id        bigint      not null,
    enrolled_at      timestamptz not null,
    last_activity_at timestamptz not null,
    primary key (user_id, course_id),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade,
    foreign key (organization_id, course_id) references courses (organization_id, id) on delete cascade
);

create index enrollments_by_activity on enrollments (organization_id, user_id, last_activity_at);

create table item_completions (
    organization_id bigint      not null,
    user_id         bigint      not null,
    item_id         bigint      not null,
    -- Completed by the learner's first attempt at the item.
    first_try       boolean     not null,
    completed_at    timestamptz not null,
    primary key (user_id, item_id),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade,
    foreign key (organization_id, item_id) references training_items (organization_id, id) on delete cascade
);

create index item_completions_by_time on item_completions (organization_id, user_id, completed_at);

create table training_completions (
    organization_id bigint      not null,
    user_id         bigint      not null,
    training_id     bigint      not null,
    completed_at    timestamptz not null,
    primary key (user_id, training_id),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade,
    foreign key (organization_id, training_id) references trainings (organization_id, id) on delete cascade
);

create table lesson_completions (
    organization_id bigint      not null,
    user_id         bigint      not null,
    lesson_id       bigint      not null,
    -- Every item of the lesson was completed at the first attempt.
    perfect         boolean     not null,
    completed_at    timestamptz not null,
    primary key (user_id, lesson_id),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade,
    foreign key (organization_id, lesson_id) references lessons (organization_id, id) on delete cascade
);

create table course_completions (
    organization_id bigint      not null,
    user_id         bigint      not null,
    course_id       bigint      not null,
    completed_at    timestamptz not null,
    primary key (user_id, course_id),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade,
    foreign key (organization_id, course_id) references courses (organization_id, id) on delete cascade
);

create index course_completions_by_organization on course_completions (organization_id);

create table learner_achievements (
    organization_id bigint      not null,
    user_id         bigint      not null,
    achievement     text        not null check (achievement in ('first_lesson', 'streak_7', 'streak_30', 'items_100',
                                                                'perfect_lesson', 'first_course')),
    -- When the achievement's condition first held.
    unlocked_at     timestamptz not null,
    primary key (user_id, achievement),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade
);

-- One row per learner with activity; every attempt locks it first, so one learner's attempts are recorded one at a time.
create table learner_totals (
    organization_id   bigint      not null,
    user_id           bigint      primary key,
    xp                bigint      not null check (xp >= 0),
    attempts          bigint      not null check (attempts >= 0),
    correct_attempts  bigint      not null check (correct_attempts between 0 and attempts),
    items_completed   bigint      not null check (items_completed >= 0),
    duration_ms       bigint      not null check (duration_ms >= 0),
    first_activity_at timestamptz,
    last_activity_at  timestamptz,
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade
);

create index learner_totals_by_xp on learner_totals (organization_id, xp desc);
create index learner_totals_by_activity on learner_totals (organization_id, last_activity_at);

-- The same totals per local day, ISO week (dated by its Monday) and month (dated by its first day) in the learner's
-- zone; rebuilt from the attempts when the zone changes.
create table learner_days (
    organization_id   bigint      not null,
    user_id           bigint      not null,
    day               date        not null,
    xp                bigint      not null check (xp >= 0),
    attempts          bigint      not null check (attempts >= 1),
    correct_attempts  bigint      not null check (correct_attempts between 0 and attempts),
    items_completed   bigint      not null check (items_completed >= 0),
    duration_ms       bigint      not null check (duration_ms >= 0),
    first_activity_at timestamptz not null,
    primary key (user_id, day),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade
);

create table learner_weeks (
    organization_id   bigint      not null,
    user_id           bigint      not null,
    week              date        not null check (extract(isodow from week) = 1),
    xp                bigint      not null check (xp >= 0),
    attempts          bigint      not null check (attempts >= 1),
    correct_attempts  bigint      not null check (correct_attempts between 0 and attempts),
    items_completed   bigint      not null check (items_completed >= 0),
    duration_ms       bigint      not null check (duration_ms >= 0),
    first_activity_at timestamptz not null,
    primary key (user_id, week),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade
);

create index learner_weeks_by_xp on learner_weeks (organization_id, week, xp desc);

create table learner_months (
    organization_id   bigint      not null,
    user_id           bigint      not null,
    month             date        not null check (extract(day from month) = 1),
    xp                bigint      not null check (xp >= 0),
    attempts          bigint      not null check (attempts >= 1),
    correct_attempts  bigint      not null check (correct_attempts between 0 and attempts),
    items_completed   bigint      not null check (items_completed >= 0),
    duration_ms       bigint      not null check (duration_ms >= 0),
    first_activity_at timestamptz not null,
    primary key (user_id, month),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade
);

create index learner_months_by_xp on learner_months (organization_id, month, xp desc);

-- Attempts and correct answers per skill and level: the CEFR estimate's evidence.
create table learner_skill_levels (
    organization_id bigint not null,
    user_id         bigint not null,
    skill           text   not null check (skill in ('listening', 'reading', 'speaking', 'writing', 'vocabulary', 'grammar')),
    cefr_level      text   not null check (cefr_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    attempts        int    not null check (attempts >= 1),
    correct         int    not null check (correct between 0 and attempts),
    primary key (user_id, skill, cefr_level),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade
);

-- Attempts and misses per item: whether an attempt is the learner's first at the item, and the most-missed items.
create table learner_items (
    organization_id   bigint      not null,
    user_id           bigint      not null,
    item_id           bigint      not null,
    attempts          int         not null check (attempts >= 1),
    misses            int         not null check (misses between 0 and attempts),
    last_attempted_at timestamptz not null,
    primary key (user_id, item_id),
    foreign key (organization_id, user_id) references users (organization_id, id) on delete cascade,
    foreign key (organization_id, item_id) references training_items (organization_id, id) on delete cascade
);

create index learner_items_most_missed on learner_items (user_id, misses desc) where misses > 0;
