#!/usr/bin/env bash
# Benchmark: PostgreSQL's own cost per webhook delivery, without the server, the receiver or the JIT in the way.
# Replays the write set of the delivery loop with pgbench on a throw-away database built from the migrations: a
# producer appends BATCH outbox events; a dispatch takes them (the server's take, by row address) and stores one
# delivery each, already claimed, in a synchronously committed transaction; a record settles those deliveries and logs
# their attempts (the server's record statement, asynchronous commit). A loop vacuums the queue tables every second,
# as the server does where autovacuum is off. Prints PostgreSQL's CPU per delivery (every postgres process on the
# machine, so run it on a quiet machine) and each statement's latency.
# Usage: bench/webhook-queue-sql.sh [batches, default 300]   BATCH=n events per batch (default 100);
#        WARMUP=n warm-up batches (default 100); VARIANT=file.sql applies that SQL after the migrations (to try a schema).
set -euo pipefail
cd "$(dirname "$0")/.."
batches=${1:-300}
batch=${BATCH:-100}
warmup=${WARMUP:-100}
[[ $batches =~ ^[0-9]+$ && $batches -ge 1 && $batch =~ ^[0-9]+$ && $batch -ge 1 && $warmup =~ ^[0-9]+$ ]] \
  || { echo "usage: bench/webhook-queue-sql.sh [batches >= 1]  (BATCH >= 1, WARMUP >= 0)" >&2; exit 2; }
pgbench=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)
db=parley_bench_sql_$$
work=$(mktemp -d)
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -qAt -v ON_ERROR_STOP=1 "$@"; }
vacuum_pid=
cleanup() {
  [ -n "$vacuum_pid" ] && kill "$vacuum_pid" 2>/dev/null; wait 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)"; rm -rf "$work"
}
trap cleanup EXIT
psql -h 127.0.0.1 -U postgres -qc "create database $db"
export PGOPTIONS="-c client_min_messages=warning"
while IFS= read -r migration; do sql --single-transaction -f "$migration"; done \
  < <(find adapters-persistence/src/main/resources/db/migration -name 'V*__*.sql' | sort -V)
[ -n "${VARIANT:-}" ] && sql --single-transaction -f "$VARIANT"
sql <<'SQL'
insert into organizations values (1, 'bench', 'Bench', now());
insert into webhooks (id, organization_id, url, events, active, secret_sealed, created_at, updated_at, version)
values (1, 1, 'http://127.0.0.1:9/hook', '{ticket.created}', true, '\x00', now(), now(), 1);
-- A ticket.created event and delivery body of the sizes the server stores (about 0.6 and 0.9 kB).
create table bench_template (payload jsonb, body bytea);
insert into bench_template select
  jsonb_build_object('ticket', jsonb_build_object('id', gen_random_uuid(), 'subject', 'bench', 'status', 'open',
    'priority', 'normal', 'channel', 'api', 'tags', jsonb_build_array('bench'), 'assigneeId', null,
    'customer', jsonb_build_object('name', 'Alice Johnson', 'email', 'alice@example.com'),
    'createdAt', now(), 'updatedAt', now(), 'firstResponseAt', null, 'messageCount', 1,
    'lastMessage', jsonb_build_object('id', gen_random_uuid(), 'body', repeat('It broke. ', 20)))),
  convert_to(repeat('{"id":"0193b2c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d","type":"ticket.created"}', 13), 'UTF8');
create function bench_uuid7() returns uuid language sql as $$
  select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
         placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
$$;
SQL
cat >"$work/produce.sql" <<SQL
insert into outbox_events (organization_id, type, payload, occurred_at)
select 1, 'ticket.created', payload, now() from bench_template, generate_series(1, $batch);
SQL
cat >"$work/dispatch.sql" <<SQL
begin;
with taken as (
  update outbox_events set published_at = now()
   where ctid = any(array(select ctid from outbox_events where published_at is null order by sequence limit $batch
                          for update skip locked))
  returning id)
select array_agg(id)::text as events from taken
\gset
with added as (
  insert into webhook_deliveries (id, organization_id, webhook_id, event_id, event_type, message_id, body, status, attempts,
                                  next_attempt_at, lease_owner, lease_until, created_at)
  select id, 1, 1, event_id, 'ticket.created', 'msg_' || replace(id::text, '-', ''), body, 'pending', 1, now() + interval '60 s', 'bench',
         now() + interval '60 s', now()
    from (select bench_uuid7() as id, event_id from unnest(cast(':events' as uuid[])) as event_id) fresh, bench_template
  returning id)
select array_agg(id)::text as deliveries from added
\gset
commit;
with asynchronous_commit as (select set_config('synchronous_commit', 'off', true)),
result as (
    select id, 'bench'::text as owner, 1 as attempt_no, 'succeeded'::text as status, null::timestamptz as retry_at,
           now() as finished_at, now() as started_at, 204 as status_code, null::text as error_class, 2 as latency_ms,
           ''::text as response_excerpt, false as test
      from unnest(cast(':deliveries' as uuid[])) as id),
settled as (
    update webhook_deliveries delivery
       set status = result.status, lease_owner = null, lease_until = null,
           next_attempt_at = coalesce(result.retry_at, delivery.next_attempt_at), finished_at = result.finished_at
      from result, asynchronous_commit
     where delivery.id = result.id and delivery.status = 'pending' and delivery.lease_owner = result.owner
       and delivery.attempts = result.attempt_no
    returning delivery.id, delivery.organization_id, delivery.webhook_id, delivery.message_id, delivery.event_type,
              result.attempt_no, result.started_at, result.status_code, result.error_class, result.latency_ms,
              result.response_excerpt, result.test)
insert into webhook_attempts (delivery_id, attempt_no, organization_id, webhook_id, message_id, event_type, started_at,
                              status_code, error_class, latency_ms, response_excerpt, test)
select id, attempt_no, organization_id, webhook_id, message_id, event_type, started_at,
       status_code, error_class, latency_ms, response_excerpt, test
  from settled
 order by started_at;
SQL
run() { "$pgbench" -h 127.0.0.1 -U postgres -n -c 1 -t "$1" -r -f "$2" "$db"; }
pg_ticks() { { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk '$2 == "(postgres)" {sum += $14 + $15; if ($4 == 1) sum += $16 + $17} END {print sum + 0}'; }
( while sleep 1; do sql -c "vacuum outbox_events, webhook_deliveries" || true; done ) &
vacuum_pid=$!
# The events of a round are produced first and then delivered, as the server bench enqueues them.
if [ "$warmup" -gt 0 ]; then run "$warmup" "$work/produce.sql" >/dev/null; run "$warmup" "$work/dispatch.sql" >/dev/null; fi
before=$(pg_ticks); start=$(date +%s.%N)
run "$batches" "$work/produce.sql" >"$work/produce.out"
run "$batches" "$work/dispatch.sql" >"$work/dispatch.out"
end=$(date +%s.%N)
# A backend that has just exited shows no CPU time until the postmaster reaps it and adds it to its children's time.
sleep 1; after=$(pg_ticks)
delivered=$(sql -c "select count(*) from webhook_attempts")
expected=$(( (batches + warmup) * batch ))
[ "$delivered" -eq "$expected" ] || { echo "recorded $delivered attempts, expected $expected" >&2; exit 1; }
python3 - "$before" "$after" "$(getconf CLK_TCK)" "$start" "$end" "$(( batches * batch ))" <<'PY'
import sys
before, after, tck, start, end, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
print(f"{n} deliveries in {end - start:.1f} s: PostgreSQL CPU {(after - before) / tck / n * 1e6:.0f} µs per delivery")
PY
echo "statement latencies (ms, per batch of $batch):"
grep -A20 "statement latencies" "$work/produce.out" "$work/dispatch.out" | grep -E "^\S+-\s+[0-9]" | sed 's/^.*out-//' | cut -c1-140
