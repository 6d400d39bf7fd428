#!/usr/bin/env bash
# Benchmark: room statistics for a room that received one message per second for a whole day.
# Goal (issue 3): answers in milliseconds. Starts the packaged jar on a throw-away database on the local
# PostgreSQL, seeds a day of per-second, per-ten-second and per-minute counter rows for one room, then times
# GET /v1/rooms/{id}?statistics=... with curl, against GET /v1/rooms/{id} without statistics as the baseline.
# Usage: bench/livechat-statistics.sh [requests per case, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="$(bin/java-home)"
runs=${1:-200}
source bench/throwaway.sh
export PARLEY_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$db PARLEY_HTTP_PORT=$port PARLEY_DATA_DIR=$work/data
"$JAVA_HOME/bin/java" -jar "$jar" serve >"$work/server.log" 2>&1 &
pid=$!; bench_processes+=("$pid")
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break; sleep 1; done
token=$("$JAVA_HOME/bin/java" -jar "$jar" tokens create --org default --name bench --abilities '*' --rate-limit 100000 2>/dev/null)
room=$(curl -fs -X POST "http://127.0.0.1:$port/v1/rooms" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"bench","max_clients":100000}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
psql -h 127.0.0.1 -U postgres -d "$db" -q <<SQL
insert into chat_message_counts_second (room_id, second, count)
  select '$room', date_trunc('second', now()) - make_interval(secs => s), 1 from generate_series(0, 86399) s;
insert into chat_message_counts_ten (room_id, ten_seconds, count)
  select '$room', date_bin('10 seconds', now(), timestamptz 'epoch') - make_interval(secs => 10 * t), 10 from generate_series(0, 8639) t;
insert into chat_message_counts_minute (room_id, minute, count)
  select '$room', date_trunc('minute', now()) - make_interval(mins => m), 60 from generate_series(0, 1439) m;
analyze;
SQL
time_case() {
  local label=$1 query=$2
  python3 - "$port" "$token" "$room" "$query" "$runs" "$label" <<'PY'
import sys, time, urllib.request, statistics
port, token, room, query, runs, label = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]
url = f"http://127.0.0.1:{port}/v1/rooms/{room}{query}"
req = lambda: urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": "Bearer " + token})).read()
for _ in range(20):
    req()
samples = []
for _ in range(runs):
    start = time.perf_counter(); req(); samples.append((time.perf_counter() - start) * 1000)
samples.sort()
print(f"{label:32s} n={runs} median {statistics.median(samples):6.2f} ms  p95 {samples[int(0.95 * runs) - 1]:6.2f} ms")
PY
}
time_case "room, no statistics (baseline)" ""
time_case "statistics=1:1440 (per second)" "?statistics=1:1440"
time_case "statistics=30:1440 (43,200 s)" "?statistics=30:1440"
time_case "statistics=60:1440 (a day)" "?statistics=60:1440"
