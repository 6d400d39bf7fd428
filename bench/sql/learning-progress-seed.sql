-- Seeds one organization with learning content and a history of graded answers, for bench/learning-progress.sh.
-- psql variables: org (the organization's id), learners (how many; 1% of them are heavy learners), courses.
-- Each course has 20 lessons of 5 trainings of 10 multiple-choice items. An ordinary learner gives 10-166 answers
-- (about 88) in one course, item after item, retrying a missed item until it is right and now and then reviewing one
-- already done; a heavy learner gives 1,200-1,400 and so finishes a course and goes on into the next. Answers come in
-- sessions at local day times, on consecutive days or with gaps, ending up to 80 days ago (a heavy learner's within the
-- last week), so the last ~120 days hold them. Local days hang on now(), so day counts vary a little from run to run.
--
-- Every table an answer over HTTP writes to (AttemptService) is then derived from learning_attempts alone, through
-- the views in schema bench (completions and achievements from the stored item completions, calendar and lesson and
-- course completions, as AttemptService reads them), so the totals agree with the attempts exactly; the script's
-- consistency check compares the same views with the tables again after answering over HTTP. Ids are small sequential numbers; the application draws
-- its own at random below 2^53, so the two do not meet.
\set ON_ERROR_STOP on
\set lessons_per_course 20
\set trainings_per_lesson 5
\set items_per_training 10
\set items_per_course 1000
\set seeded_tables '{courses,lessons,trainings,training_items,users,learning_attempts,enrollments,item_completions,training_completions,lesson_completions,course_completions,learner_achievements,learner_totals,learner_days,learner_weeks,learner_months,learner_skill_levels,learner_items}'

set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

create schema bench;

-- A uniform number in [0, 1) decided by (a, b, salt): the same seed gives the same data.
create function bench.r(a bigint, b bigint, salt int) returns double precision
    language sql immutable parallel safe
    as $$ select (hashint8(a * 1000003 + b * 7919 + salt)::bigint & 2147483647)::double precision / 2147483648 $$;

-- Bulk loading as PostgreSQL's "Populating a Database" advises: the seeded tables' foreign keys and plain indexes are
-- dropped here and made again, under the same names and definitions, once every row is in; making a foreign key
-- again checks every row against it in one pass, far faster than a check per inserted row.
create table bench.dropped (seeded regclass, name text, definition text, is_index boolean);

insert into bench.dropped
select c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid), false
from pg_constraint c
where c.contype = 'f' and c.conrelid = any (:'seeded_tables'::regclass[])
union all
select i.indrelid::regclass, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), true
from pg_index i
where i.indrelid = any (:'seeded_tables'::regclass[])
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);

do $$
declare d record;
begin
    for d in select * from bench.dropped order by is_index loop
        if d.is_index then
            execute format('drop index %s', d.name);
        else
            execute format('alter table %s drop constraint %I', d.seeded, d.name);
        end if;
    end loop;
end $$;

-- Content.

insert into courses (id, organization_id, slug, title, description, language, source_language, cefr_level, status,
                     published_at, created_at, updated_at, version)
select c, :org, 'bench-course-' || c, 'Bench course ' || c, 'English for Japanese speakers, part ' || c, 'en', 'ja',
       (array['A1', 'A2', 'B1', 'B2', 'C1', 'C2'])[1 + (c - 1) % 6], 'published',
       now() - interval '200 days', now() - interval '200 days', now() - interval '200 days', 1
from generate_series(1, :courses) c;

insert into lessons (id, organization_id, course_id, title, position, created_at, updated_at, version)
select (c - 1) * :lessons_per_course + l, :org, c, 'Lesson ' || l, l,
       now() - interval '200 days', now() - interval '200 days', 1
from generate_series(1, :courses) c, generate_series(1, :lessons_per_course) l;

insert into trainings (id, organization_id, lesson_id, title, kind, position, created_at, updated_at, version)
select (l - 1) * :trainings_per_lesson + t, :org, l, 'Training ' || t, 'practice', t,
       now() - interval '200 days', now() - interval '200 days', 1
from generate_series(1, :courses * :lessons_per_course) l, generate_series(1, :trainings_per_lesson) t;

-- Item g + 1 is the (g % 1000)-th item of course g / 1000 + 1 in lesson, training and item order; the right choice is
-- its id modulo 4. The item's level is its course's, one lower or one higher now and then.
insert into training_items (id, organization_id, training_id, type, skill, cefr_level, xp, position, content, solution,
                            created_at, updated_at, version)
select i.id, :org, i.training, 'multiple_choice',
       (array['listening', 'reading', 'speaking', 'writing', 'vocabulary', 'grammar'])[1 + floor(bench.r(i.id, 0, 1) * 6)::int],
       (array['A1', 'A2', 'B1', 'B2', 'C1', 'C2'])[least(6, greatest(1, 1 + i.course_level
           + case when bench.r(i.id, 0, 2) < 0.2 then -1 when bench.r(i.id, 0, 2) > 0.8 then 1 else 0 end))],
       case when i.position = :items_per_training then 20 else 10 end, i.position,
       jsonb_build_object('prompt', 'Bench item ' || i.id || ': which word is meant?',
                          'choices', jsonb_build_array('alpha', 'bravo', 'charlie', 'delta')),
       jsonb_build_object('correct_index', i.id % 4),
       now() - interval '200 days', now() - interval '200 days', 1
from (select (t - 1) * :items_per_training + p as id, t as training, p as position,
             ((t - 1) / (:trainings_per_lesson * :lessons_per_course)) % 6 as course_level
      from generate_series(1, :courses * :lessons_per_course * :trainings_per_lesson) t,
           generate_series(1, :items_per_training) p) i;

-- Learners: who they are and how they study.

create table bench.learners as
select u, 100000 + u as user_id,
       (array['UTC', 'Europe/Berlin', 'Asia/Tokyo', 'America/New_York'])[1 + u % 4] as tz,
       u % 100 = 0 as heavy,
       case when u % 100 = 0 then 1200 + floor(bench.r(u, 0, 1) * 201)::int else 10 + floor(bench.r(u, 0, 1) * 157)::int end as n,
       case when u % 100 = 0 then 0.9 + 0.09 * bench.r(u, 0, 2) else 0.7 + 0.29 * bench.r(u, 0, 2) end as accuracy,
       case when u % 100 = 0 then 0.95 else 0.5 + 0.45 * bench.r(u, 0, 3) end as daily,
       case when u % 100 = 0 or bench.r(u, 0, 4) < 0.4 then floor(bench.r(u, 0, 5) * 7)::int
            else 7 + floor(bench.r(u, 0, 5) * 74)::int end as end_ago,
       (u * 37 + u / 100) % :courses as start_course
from generate_series(1, :learners) u;

alter table bench.learners add column per_session int;
update bench.learners set per_session = greatest(8, ceil(n / 60.0)::int);
alter table bench.learners add primary key (user_id);

insert into users (id, organization_id, email, email_normalized, name, role, password_hash, created_at, time_zone)
select user_id, :org, 'learner' || u || '@bench.example', 'learner' || u || '@bench.example', 'Learner ' || u, 'learner',
       null, now() - interval '200 days', tz
from bench.learners;

analyze courses, lessons, trainings, training_items, users, bench.learners;

-- Sessions: the next one a day later with the learner's daily probability, else 2-5 days later; the last one end_ago
-- days before the learner's today, each starting between 07:00 and 20:59 local time.
create unlogged table bench.sessions as
with gaps as (
    select l.user_id, j,
           case when j = 0 then 0 when bench.r(l.u, j, 6) < l.daily then 1 else 2 + floor(bench.r(l.u, j, 7) * 4)::int end as gap
    from bench.learners l, generate_series(0, (l.n - 1) / l.per_session) j
), offsets as (
    select user_id, j, sum(gap) over (partition by user_id order by j) as day_offset from gaps
)
select o.user_id, o.j,
       ((now() at time zone l.tz)::date - l.end_ago - (max(o.day_offset) over (partition by o.user_id) - o.day_offset)::int)
           + make_interval(hours => 7 + floor(bench.r(l.u, o.j, 8) * 14)::int, mins => floor(bench.r(l.u, o.j, 9) * 60)::int)
           as local_start
from offsets o join bench.learners l using (user_id);

alter table bench.sessions add primary key (user_id, j);
analyze bench.sessions;

-- Steps: the k-th answer of a learner; a review (5%) goes to an item done before, any other to the next item not yet
-- done, which is the one after the items answered right so far; the first answer is always right.
create unlogged table bench.steps as
select s.user_id, s.k, s.review, s.correct,
       (l.start_course * :items_per_course
           + case when s.review then s.done - 1 - floor(bench.r(l.u, s.k, 12) * least(s.done, 30))::int else s.done end)
           % (:courses * :items_per_course) + 1 as item_id,
       ((se.local_start + make_interval(secs => (s.k - (s.k / l.per_session) * l.per_session) * 50 + floor(bench.r(l.u, s.k, 13) * 20)))
           at time zone l.tz) as answered_at
from (
    select user_id, k, review, correct,
           coalesce(count(*) filter (where correct and not review)
               over (partition by user_id order by k rows between unbounded preceding and 1 preceding), 0)::int as done
    from (
        select l.user_id, k, k > 0 and bench.r(l.u, k, 10) < 0.05 as review,
               k = 0 or bench.r(l.u, k, 11) < case when k > 0 and bench.r(l.u, k, 10) < 0.05 then 0.9 else l.accuracy end as correct
        from bench.learners l, generate_series(0, l.n - 1) k
    ) raw
) s
join bench.learners l using (user_id)
join bench.sessions se on se.user_id = s.user_id and se.j = s.k / l.per_session;

analyze bench.steps;

-- A learner whose last session would end after now has the whole history moved back, so every answer is in the past.
insert into learning_attempts (id, organization_id, user_id, item_id, skill, cefr_level, correct, score, xp_awarded,
                               duration_ms, completed_item, answer, attempted_at)
select s.user_id * 10000 + s.k, :org, s.user_id, s.item_id, ti.skill, ti.cefr_level, s.correct,
       case when s.correct then 1 else 0 end,
       case when s.correct and not s.review then ti.xp else 0 end,
       2000 + floor(bench.r(s.user_id, s.k, 14) * 28000)::bigint,
       s.correct and not s.review,
       jsonb_build_object('choice_index', case when s.correct then s.item_id % 4
                                               else (s.item_id + 1 + floor(bench.r(s.user_id, s.k, 15) * 3)::int) % 4 end),
       s.answered_at - greatest(interval '0', max(s.answered_at) over (partition by s.user_id) - (now() - interval '1 minute'))
from bench.steps s
join training_items ti on ti.id = s.item_id
order by s.user_id, s.k;

analyze learning_attempts;

drop table bench.steps, bench.sessions;

-- What the application keeps up attempt by attempt, derived from the attempts alone.

create view bench.local_attempts as
select a.*, a.attempted_at at time zone u.time_zone as local_at
from learning_attempts a join users u on u.organization_id = a.organization_id and u.id = a.user_id;

create view bench.totals as
select organization_id, user_id, sum(xp_awarded)::bigint as xp, count(*) as attempts,
       count(*) filter (where correct) as correct_attempts, count(*) filter (where completed_item) as items_completed,
       sum(duration_ms)::bigint as duration_ms, min(attempted_at) as first_activity_at, max(attempted_at) as last_activity_at
from learning_attempts group by organization_id, user_id;

create view bench.days as
select organization_id, user_id, local_at::date as day, sum(xp_awarded)::bigint as xp, count(*) as attempts,
       count(*) filter (where correct) as correct_attempts, count(*) filter (where completed_item) as items_completed,
       sum(duration_ms)::bigint as duration_ms, min(attempted_at) as first_activity_at
from bench.local_attempts group by organization_id, user_id, local_at::date;

create view bench.weeks as
select organization_id, user_id, date_trunc('week', local_at)::date as week, sum(xp_awarded)::bigint as xp,
       count(*) as attempts, count(*) filter (where correct) as correct_attempts,
       count(*) filter (where completed_item) as items_completed, sum(duration_ms)::bigint as duration_ms,
       min(attempted_at) as first_activity_at
from bench.local_attempts group by organization_id, user_id, date_trunc('week', local_at)::date;

create view bench.months as
select organization_id, user_id, date_trunc('month', local_at)::date as month, sum(xp_awarded)::bigint as xp,
       count(*) as attempts, count(*) filter (where correct) as correct_attempts,
       count(*) filter (where completed_item) as items_completed, sum(duration_ms)::bigint as duration_ms,
       min(attempted_at) as first_activity_at
from bench.local_attempts group by organization_id, user_id, date_trunc('month', local_at)::date;

create view bench.skill_levels as
select organization_id, user_id, skill, cefr_level, count(*)::int as attempts, (count(*) filter (where correct))::int as correct
from learning_attempts group by organization_id, user_id, skill, cefr_level;

create view bench.items as
select a.organization_id, a.user_id, a.item_id, count(*)::int as attempts, (count(*) filter (where not a.correct))::int as misses,
       max(a.attempted_at) as last_attempted_at
from learning_attempts a
where exists (select 1 from training_items ti where ti.organization_id = a.organization_id and ti.id = a.item_id)
group by a.organization_id, a.user_id, a.item_id;

create view bench.item_places as
select ti.organization_id, ti.id as item_id, ti.training_id, t.lesson_id, l.course_id
from training_items ti
join trainings t on t.organization_id = ti.organization_id and t.id = ti.training_id
join lessons l on l.organization_id = t.organization_id and l.id = t.lesson_id;

create view bench.enrollments as
select a.organization_id, a.user_id, p.course_id, min(a.attempted_at) as enrolled_at, max(a.attempted_at) as last_activity_at
from learning_attempts a join bench.item_places p on p.organization_id = a.organization_id and p.item_id = a.item_id
group by a.organization_id, a.user_id, p.course_id;

-- An item is completed by the attempt that completed it; at the first try when no attempt at it came before.
create view bench.item_completions as
select organization_id, user_id, item_id, first_try, attempted_at as completed_at
from (select a.*, row_number() over (partition by a.user_id, a.item_id order by a.attempted_at, a.id) = 1 as first_try
      from learning_attempts a) a
where completed_item;

-- A training, lesson or course is completed, by the answer that completed its last item, once all its items are. Like
-- AttemptService, these read the item completions (and achievements the calendar and completions) as stored; each of
-- those tables is held to its own view over the attempts.
create view bench.training_completions as
with sizes as (select organization_id, training_id, count(*) as items from bench.item_places group by organization_id, training_id)
select c.organization_id, c.user_id, p.training_id, max(c.completed_at) as completed_at
from item_completions c
join bench.item_places p on p.organization_id = c.organization_id and p.item_id = c.item_id
join sizes s on s.organization_id = p.organization_id and s.training_id = p.training_id
group by c.organization_id, c.user_id, p.training_id, s.items
having count(*) = s.items;

create view bench.lesson_completions as
with sizes as (select organization_id, lesson_id, count(*) as items from bench.item_places group by organization_id, lesson_id)
select c.organization_id, c.user_id, p.lesson_id, bool_and(c.first_try) as perfect, max(c.completed_at) as completed_at
from item_completions c
join bench.item_places p on p.organization_id = c.organization_id and p.item_id = c.item_id
join sizes s on s.organization_id = p.organization_id and s.lesson_id = p.lesson_id
group by c.organization_id, c.user_id, p.lesson_id, s.items
having count(*) = s.items;

create view bench.course_completions as
with sizes as (select organization_id, course_id, count(*) as items from bench.item_places group by organization_id, course_id)
select c.organization_id, c.user_id, p.course_id, max(c.completed_at) as completed_at
from item_completions c
join bench.item_places p on p.organization_id = c.organization_id and p.item_id = c.item_id
join sizes s on s.organization_id = p.organization_id and s.course_id = p.course_id
group by c.organization_id, c.user_id, p.course_id, s.items
having count(*) = s.items;

-- Achievements at the instant their condition first held (Achievements): a streak of n days at the first activity of
-- the day that made the first run of n consecutive local days with activity.
create view bench.achievements as
with islands as (
    select organization_id, user_id, day, first_activity_at,
           day - (row_number() over (partition by user_id order by day))::int as island
    from learner_days
), runs as (
    select organization_id, user_id, first_activity_at,
           row_number() over (partition by user_id, island order by day) as run_length
    from islands
), items as (
    select organization_id, user_id, completed_at,
           row_number() over (partition by user_id order by completed_at) as nth
    from item_completions
)
select organization_id, user_id, 'first_lesson' as achievement, min(completed_at) as unlocked_at
from lesson_completions group by organization_id, user_id
union all
select organization_id, user_id, 'perfect_lesson', min(completed_at)
from lesson_completions where perfect group by organization_id, user_id
union all
select organization_id, user_id, 'first_course', min(completed_at)
from course_completions group by organization_id, user_id
union all
select organization_id, user_id, 'items_100', completed_at from items where nth = 100
union all
select organization_id, user_id, 'streak_7', min(first_activity_at) from runs where run_length >= 7 group by organization_id, user_id
union all
select organization_id, user_id, 'streak_30', min(first_activity_at) from runs where run_length >= 30 group by organization_id, user_id;

insert into learner_totals (organization_id, user_id, xp, attempts, correct_attempts, items_completed, duration_ms,
                            first_activity_at, last_activity_at)
select * from bench.totals;
insert into learner_days (organization_id, user_id, day, xp, attempts, correct_attempts, items_completed, duration_ms, first_activity_at)
select * from bench.days;
analyze learner_days;
insert into learner_weeks (organization_id, user_id, week, xp, attempts, correct_attempts, items_completed, duration_ms, first_activity_at)
select * from bench.weeks;
insert into learner_months (organization_id, user_id, month, xp, attempts, correct_attempts, items_completed, duration_ms, first_activity_at)
select * from bench.months;
insert into learner_skill_levels (organization_id, user_id, skill, cefr_level, attempts, correct)
select * from bench.skill_levels;
insert into learner_items (organization_id, user_id, item_id, attempts, misses, last_attempted_at)
select * from bench.items;
insert into enrollments (organization_id, user_id, course_id, enrolled_at, last_activity_at)
select * from bench.enrollments;
insert into item_completions (organization_id, user_id, item_id, first_try, completed_at)
select * from bench.item_completions;
analyze item_completions;
insert into training_completions (organization_id, user_id, training_id, completed_at)
select * from bench.training_completions;
insert into lesson_completions (organization_id, user_id, lesson_id, perfect, completed_at)
select * from bench.lesson_completions;
insert into course_completions (organization_id, user_id, course_id, completed_at)
select * from bench.course_completions;
analyze lesson_completions, course_completions;
insert into learner_achievements (organization_id, user_id, achievement, unlocked_at)
select * from bench.achievements;

do $$
declare d record;
begin
    for d in select * from bench.dropped order by is_index desc loop
        if d.is_index then
            execute d.definition;
        else
            execute format('alter table %s add constraint %I %s', d.seeded, d.name, d.definition);
        end if;
    end loop;
end $$;

-- As autovacuum would leave a table that has been up a while: statistics, and a visibility map for index-only scans.
vacuum analyze;
