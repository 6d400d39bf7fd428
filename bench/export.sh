#!/usr/bin/env bash
# Benchmark: an asynchronous CSV export of a million tickets (research notes B7).
# Goals: the export job's rows/s at least 50 % of psql's \copy of the same query, with the server's heap capped at
# 256 MB (-Xmx256m) and its peak use recorded.
# Starts the packaged jar with -Xmx256m and a GC log on a throw-away database on the local PostgreSQL and seeds one
# organization with tickets in SQL (default 1,000,000; subjects with commas, quotes and a leading "=" now and then, so
# quoting and formula neutralising do work, 0-3 tags, a year of creation times). The tickets type is the export whose
# query is a plain ordered scan of one wide table, the shape most exports take; the SQL below is the one
# JooqExportRowSource runs for it. It then requests the export over the API, polls until it succeeds while sampling the
# heap with jcmd GC.heap_info, downloads the file and checks its row count and SHA-256 against the job's, and times
# psql's \copy of the same SELECT to a file in the same directory (after an untimed \copy to /dev/null that warms the
# cache for both). Job rows/s = row_count / (completed_at - started_at) as the API reports them; the job's time
# includes writing, hashing and fsyncing its file, psql's its writing.
# Usage: bench/export.sh [tickets, default 1000000]   (KEEP=1 leaves the server and database up; PARLEY_JAR=path runs
#        another build of the jar; SERVER_OPTS adds JVM options to the server, e.g. a JFR recording)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="$(bin/java-home)"
tickets=${1:-1000000}
[[ $tickets =~ ^[0-9]+$ && $tickets -ge 1000 && $tickets -le 20000000 ]] || { echo "usage: bench/export.sh [tickets, 1000 to 20000000]" >&2; exit 2; }
source bench/throwaway.sh
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -qAt -v ON_ERROR_STOP=1 "$@"; }
now_us() { python3 -c 'import time; print(time.time_ns() // 1000)'; }

export PARLEY_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$db PARLEY_HTTP_PORT=$port PARLEY_DATA_DIR=$work/data
"$JAVA_HOME/bin/java" -Xmx256m "-Xlog:gc:file=$work/gc.log" ${SERVER_OPTS:-} -jar "$jar" serve >"$work/server.log" 2>&1 &
pid=$!; bench_processes+=("$pid")
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break; sleep 1; done
token=$("$JAVA_HOME/bin/java" -jar "$jar" tokens create --org default --name bench --abilities '*' --rate-limit 100000 2>/dev/null)
api() { curl -fsS "http://127.0.0.1:$port$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "${@:2}"; }
org=$(sql -c "select id from organizations where slug = 'default'")

echo "seeding $tickets tickets..."
started=$(date +%s)
sql <<SQL
set synchronous_commit = off;
insert into tickets (id, organization_id, channel, status, subject, customer_name, customer_email, tags, created_at, updated_at, version)
select gen_random_uuid(), $org,
       (array['widget', 'email', 'telegram', 'api'])[1 + i % 4],
       (array['open', 'pending', 'resolved'])[1 + i % 3],
       case when i % 97 = 0 then '=HYPERLINK("http://example.com", "click")'
            when i % 13 = 0 then 'Refund, "please", for order ' || i
            else 'Printer on fire in room ' || i % 1000 || ' since the update' end,
       'Customer ' || i % 50000,
       'customer' || i % 50000 || '@example.com',
       case i % 4 when 0 then '{}'::text[] when 1 then '{vip}' when 2 then '{billing,refund}' else '{urgent,printer,hardware}' end,
       created, created + make_interval(mins => i % 600), 1
from generate_series(1, $tickets) i
cross join lateral (select timestamptz '2025-01-01' + make_interval(secs => (i::bigint * 31536000 / $tickets)::double precision) as created) t;
analyze tickets;
SQL
echo "seeded in $(( $(date +%s) - started )) s ($(sql -c "select pg_size_pretty(pg_total_relation_size('tickets'))") with indexes)"

# JooqExportRowSource's tickets query with no date filter, as jOOQ renders it for PostgreSQL.
query="select tickets.id, tickets.subject, tickets.status, tickets.channel, tickets.customer_name, tickets.customer_email,
  array_to_string(tickets.tags, ','), tickets.created_at, tickets.updated_at from tickets where tickets.organization_id = $org
  order by tickets.created_at, tickets.id"
sql -c "\copy ($query) to '/dev/null' csv header"

sample_heap() {
  while kill -0 "$pid" 2>/dev/null; do
    "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | awk '/ used /{for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K.*/, "", v); print v; exit}}'
    sleep 0.5
  done >>"$work/heap.txt"
}
echo "exporting over the API (load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs)..."
sample_heap &
sampler=$!; bench_processes+=("$sampler")
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
cpu_before=$(cpu_ticks)
job=$(api /api/integrations/exports -X POST -d '{"type": "tickets"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')
deadline=$(( $(date +%s) + 1800 ))
while :; do
  api "/api/integrations/exports/$job" >"$work/job.json"
  status=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["data"]["status"])' "$work/job.json")
  [ "$status" = succeeded ] || [ "$status" = failed ] && break
  [ "$(date +%s)" -lt "$deadline" ] || { echo "the export did not finish within 30 minutes" >&2; exit 1; }
  sleep 0.5
done
export_load=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_seconds=$(python3 -c "print(($(cpu_ticks) - $cpu_before) / $(getconf CLK_TCK))")
kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; sampler=
[ "$status" = succeeded ] || { echo "the export failed: $(cat "$work/job.json")" >&2; exit 1; }
api "/api/integrations/exports/$job/download" -o "$work/export.csv"

psql_started=$(now_us)
sql -c "\copy ($query) to '$work/psql.csv' csv header"
psql_finished=$(now_us)
psql_load=$(cut -d' ' -f1-3 /proc/loadavg)

echo
python3 - "$work/job.json" "$work/export.csv" "$work/psql.csv" "$psql_started" "$psql_finished" "$work/heap.txt" "$work/gc.log" \
  "$tickets" "$export_load" "$psql_load" "$cpu_seconds" <<'PY'
import csv, datetime, hashlib, os, re, sys
job_path, export_path, psql_path, psql_started, psql_finished, heap_path, gc_path, tickets, export_load, psql_load, cpu = sys.argv[1:]
job = __import__("json").load(open(job_path))["data"]
at = lambda text: datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
job_seconds = (at(job["completed_at"]) - at(job["started_at"])).total_seconds()
psql_seconds = (int(psql_finished) - int(psql_started)) / 1e6
sha = hashlib.sha256()
with open(export_path, "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        sha.update(chunk)
with open(export_path, newline="", encoding="utf-8") as f:
    rows = sum(1 for _ in csv.reader(f)) - 1
with open(psql_path, newline="", encoding="utf-8") as f:
    psql_rows = sum(1 for _ in csv.reader(f)) - 1
job_rate, psql_rate = job["row_count"] / job_seconds, psql_rows / psql_seconds
ratio = job_rate / psql_rate
units = {"K": 1 / 1024, "M": 1, "G": 1024}
sampled = [int(line) / 1024 for line in open(heap_path) if line.strip().isdigit()]
before, after = [], []
for line in open(gc_path):
    m = re.search(r"(\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\)", line)
    if m:
        before.append(int(m.group(1)) * units[m.group(2)])
        after.append(int(m.group(3)) * units[m.group(4)])
mb = lambda size: size / 1e6
print(f"export of {tickets} tickets (type tickets)              rows        seconds     rows/s    file      load avg (1/5/15 min)")
print(f"  job over the API (-Xmx256m)                      {job['row_count']:>9}  {job_seconds:9.2f}  {job_rate:9.0f}  {mb(os.path.getsize(export_path)):6.0f} MB  {export_load}")
print(f"  psql \\copy (same SELECT) to a file              {psql_rows:>9}  {psql_seconds:9.2f}  {psql_rate:9.0f}  {mb(os.path.getsize(psql_path)):6.0f} MB  {psql_load}")
print(f"  job / psql = {ratio:.0%}; goal >= 50 %: {'met' if ratio >= 0.5 else 'MISSED'}")
print(f"  server CPU (all its threads, GC and JIT included) from request to success: {float(cpu):.1f} s, "
      f"{float(cpu) * 1e6 / job['row_count']:.1f} us per row, {float(cpu) / job_seconds:.0%} of one CPU over the job")
checks_ok = rows == job["row_count"] == int(tickets) and sha.hexdigest() == job["sha256"] and os.path.getsize(export_path) == job["size_bytes"]
print(f"  downloaded file: {rows} rows, sha256 {'matches' if sha.hexdigest() == job['sha256'] else 'DIFFERS from'} the job's, "
      f"{os.path.getsize(export_path)} bytes (job says {job['size_bytes']}): {'OK' if checks_ok else 'MISMATCH'}")
peak = max(before + sampled) if before or sampled else float("nan")
print(f"  heap (max 256 MB): peak used {peak:.0f} MB (largest of {len(before)} GC-log before-GC sizes and {len(sampled)} jcmd samples), "
      f"largest after a GC {max(after) if after else float('nan'):.0f} MB; goal <= 256 MB: {'met' if peak <= 256 else 'MISSED'}")
PY
