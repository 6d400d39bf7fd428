#!/usr/bin/env bash
# Benchmark: a learner's progress, gamification and reports in an organization with a long history.
# Goal (issue "learning platform"): each endpoint below answers within 50 ms at the 99th percentile.
# Starts the packaged jar on a throw-away database on the local PostgreSQL and seeds one organization with psql
# (bench/sql/learning-progress-seed.sql): 100 courses x 20 lessons x 5 trainings x 10 multiple-choice items (100,000
# items), 10,000 learners in four time zones (1% of them heavy learners who finish a course) and about 1,000,000 graded
# attempts over the last ~120 days, with every total an answer keeps up (learner totals, local days, weeks and months,
# skill levels, items, enrolments, item/training/lesson/course completions, achievements) derived from the attempts.
# Then times each GET below with python3, every request as a different learner (a token of their own, stored hashed as
# the application stores tokens; /api/stats as an admin), and prints p50/p95/p99/max and the goal per endpoint; one
# that answers 404 is reported as not built. Last it checks the seed: lesson progress (and total XP where gamification
# stats are built) against the attempts directly, and every total the application keeps up, after three learners
# answer over HTTP, against the same totals recounted from all their attempts.
# Usage: bench/learning-progress.sh [requests per endpoint, default 500]   (KEEP=1 leaves the server and database up)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="$(bin/java-home)"
runs=${1:-500}
[[ $runs =~ ^[0-9]+$ && $runs -ge 10 ]] || { echo "usage: bench/learning-progress.sh [requests per endpoint, at least 10]" >&2; exit 2; }
learners=10000
courses=100
source bench/throwaway.sh
export PARLEY_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$db PARLEY_HTTP_PORT=$port PARLEY_DATA_DIR=$work/data
"$JAVA_HOME/bin/java" -jar "$jar" serve >"$work/server.log" 2>&1 &
pid=$!; bench_processes+=("$pid")
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/ready" >/dev/null 2>&1 && break; sleep 1; done
admin=$("$JAVA_HOME/bin/java" -jar "$jar" tokens create --org default --name bench --abilities '*' --rate-limit 100000 2>/dev/null)
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -qAt "$@"; }
org=$(sql -c "select id from organizations where slug = 'default'")

echo "seeding $courses courses, $((courses * 1000)) items, $learners learners and their attempts..."
started=$(date +%s)
sql -v org="$org" -v learners="$learners" -v courses="$courses" -f bench/sql/learning-progress-seed.sql
echo "seeded in $(( $(date +%s) - started )) s: $(sql -c "select format('%s attempts, %s learner days, %s item / %s lesson / %s course completions, %s achievements',
  (select count(*) from learning_attempts), (select count(*) from learner_days), (select count(*) from item_completions),
  (select count(*) from lesson_completions), (select count(*) from course_completions), (select count(*) from learner_achievements))")"

# The learners the requests are made as: evenly spread, heavy ones in their share; one token each, stored as
# TokenService stores it: "<id>|<40 alphanumerics><their CRC32 in hex>", of which api_tokens keeps the SHA-256 of the
# part after the bar.
sql -F $'\t' -c "select user_id, start_course + 1, tz, heavy from bench.learners order by u" >"$work/learners.tsv"
python3 - "$runs" "$org" "$work/learners.tsv" "$work/sample.tsv" >"$work/tokens.tsv" <<'PY'
import hashlib, random, secrets, string, sys, zlib
runs, org, everyone_path, sample_path = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
everyone = [line.rstrip("\n").split("\t") for line in open(everyone_path)]
heavy = [l for l in everyone if l[3] == "t"]
ordinary = [l for l in everyone if l[3] != "t"]
runs = min(runs, len(everyone))
spread = lambda pool, k: [pool[i * len(pool) // k] for i in range(k)] if k else []
n_heavy = round(runs * len(heavy) / len(everyone))
sample = spread(ordinary, runs - n_heavy) + spread(heavy, n_heavy)
random.Random(1).shuffle(sample)
alphabet = string.ascii_letters + string.digits
with open(sample_path, "w") as out:
    for i, (user, course, tz, is_heavy) in enumerate(sample, start=1):
        random_part = "".join(secrets.choice(alphabet) for _ in range(40))
        secret = random_part + format(zlib.crc32(random_part.encode()), "08x")
        token_id = 1000 + i
        print(f"{token_id}\t{org}\t{user}\tbench learner\t{hashlib.sha256(secret.encode()).hexdigest()}"
              "\t{courses:read,progress:read,progress:write}\t100000\tnow")
        out.write(f"{user}\t{course}\t{tz}\t{is_heavy}\t{token_id}|{secret}\n")
PY
sql -c "\copy api_tokens (id, organization_id, user_id, name, token_hash, abilities, rate_limit_per_minute, created_at) from '$work/tokens.tsv'"

echo
echo "GET latency, each request as another learner; goal p99 < 50 ms"
python3 - "$port" "$admin" "$work/sample.tsv" "$runs" <<'PY'
import datetime, http.client, math, os, sys, time, zoneinfo
port, admin, sample_path, runs = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
sample = [line.rstrip("\n").split("\t") for line in open(sample_path)]
ENDPOINTS = [
    ("baseline: auth/me", "/api/auth/me", "learner"),
    ("lesson-progress", "/api/courses/{course}/lesson-progress", "learner"),
    ("gamification/stats", "/api/gamification/stats", "learner"),
    ("leaderboard week", "/api/gamification/leaderboard?period=week", "learner"),
    ("leaderboard month", "/api/gamification/leaderboard?period=month", "learner"),
    ("leaderboard all", "/api/gamification/leaderboard?period=all", "learner"),
    ("cefr/report", "/api/cefr/report", "learner"),
    ("progress-history, 90 days", "/api/progress-history?from={from_}&to={to}&granularity=day", "learner"),
    ("learning-insights", "/api/learning-insights", "learner"),
    ("stats (admin)", "/api/stats", "admin"),
]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

def get(path, token):
    global conn
    for attempt in range(2):
        try:
            conn.request("GET", path, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
            response = conn.getresponse()
            return response.status, response.read()
        except (http.client.HTTPException, ConnectionError):
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            if attempt:
                raise

def request(template, who, learner):
    user, course, tz, _, token = learner
    today = datetime.datetime.now(zoneinfo.ZoneInfo(tz)).date()
    path = template.format(course=course, from_=today - datetime.timedelta(days=89), to=today)
    return path, (admin if who == "admin" else token)

def rank(sorted_ms, q):
    return sorted_ms[max(0, math.ceil(q * len(sorted_ms)) - 1)]

for i in range(300):
    get(*request("/api/auth/me", "learner", sample[i % len(sample)]))
load = os.getloadavg()
print(f"(load average {load[0]:.1f} / {load[1]:.1f} on {os.cpu_count()} CPUs; the baseline is the cost every request pays)")
verdicts = []
for label, template, who in ENDPOINTS:
    status, body = get(*request(template, who, sample[0]))
    if status == 404:
        print(f"{label:27s} 404 (not built)")
        verdicts.append((label, "not built"))
        continue
    if status != 200:
        print(f"{label:27s} {status}: {body[:160].decode(errors='replace')}")
        verdicts.append((label, f"FAILED ({status})"))
        continue
    for i in range(50):
        get(*request(template, who, sample[-1 - i % len(sample)]))
    samples, failures = [], 0
    for i in range(runs):
        path, token = request(template, who, sample[i % len(sample)])
        started = time.perf_counter()
        status, _ = get(path, token)
        samples.append((time.perf_counter() - started) * 1000)
        failures += status != 200
    samples.sort()
    p99 = rank(samples, 0.99)
    met = p99 < 50 and not failures
    baseline = label.startswith("baseline")
    print(f"{label:27s} n={runs:<5d} p50 {rank(samples, 0.5):6.2f}  p95 {rank(samples, 0.95):6.2f}  p99 {p99:6.2f}"
          f"  max {samples[-1]:6.2f} ms" + ("" if baseline else f"  goal p99 < 50 ms: {'met' if met else 'MISSED'}")
          + (f"  ({failures} answers not 200)" if failures else ""))
    if not baseline:
        verdicts.append((label, "met" if met else "MISSED"))
print()
print("goal p99 < 50 ms per endpoint: " + ", ".join(f"{label} {verdict}" for label, verdict in verdicts))
PY

echo
echo "consistency of the seed with the application"
python3 - "$port" "$work/sample.tsv" "$db" <<'PY'
import datetime, http.client, json, subprocess, sys
port, sample_path, db = int(sys.argv[1]), sys.argv[2], sys.argv[3]
sample = [line.rstrip("\n").split("\t") for line in open(sample_path)]
failed = []

def sql(query):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-qAt", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                          "-c", query], check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]

def call(method, path, token, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json", "Content-Type": "application/json"}
    conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, json.loads(data) if data else None

def report(what, ok, detail=""):
    print(f"  {'OK      ' if ok else 'MISMATCH'} {what}" + (f": {detail}" if detail and not ok else ""))
    if not ok:
        failed.append(what)

def micros(text):
    return None if text is None else round(datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1e6)

def find(data, key):
    if isinstance(data, dict):
        if key in data:
            return data[key]
        data = list(data.values())
    if isinstance(data, list):
        for value in data:
            found = find(value, key)
            if found is not None:
                return found
    return None

checked = [l for l in sample if l[3] == "t"][:1] + [l for l in sample if l[3] != "t"][:4]
for user, course, _, _, token in checked:
    # Lesson progress, recounted from the attempts alone: a multiple-choice item is done by its first right answer.
    expected = [(int(lesson), int(total), int(done), None if at == "" else int(at)) for lesson, total, done, at in sql(f"""
        with done as (select item_id, min(attempted_at) filter (where correct) as at
                      from learning_attempts where user_id = {user} group by item_id)
        select l.id, count(ti.id), count(d.at),
               case when count(d.at) = count(ti.id) then (extract(epoch from max(d.at)) * 1000000)::bigint end
        from lessons l join trainings t on t.lesson_id = l.id join training_items ti on ti.training_id = t.id
        left join done d on d.item_id = ti.id
        where l.course_id = {course} group by l.id, l.position order by l.position""")]
    status, body = call("GET", f"/api/courses/{course}/lesson-progress", token)
    actual = [(p["lesson_id"], p["total_items"], p["completed_items"], micros(p["completed_at"])) for p in body["data"]]
    differences = [(a, e) for a, e in zip(actual, expected) if a != e] or [(len(actual), len(expected))]
    report(f"learner {user}: lesson-progress of course {course} ({sum(e[2] for e in expected)} items done)", actual == expected,
           f"(lesson, total, done, completed_at) served {differences[0][0]}, recounted {differences[0][1]}")
    status, body = call("GET", "/api/gamification/stats", token)
    if status == 200:
        total = find(body, "total_xp")
        expected_xp = int(sql(f"""select coalesce(sum(ti.xp), 0) from training_items ti
            where ti.id in (select item_id from learning_attempts where user_id = {user} and correct)""")[0][0])
        report(f"learner {user}: gamification/stats total_xp {total}", total == expected_xp, f"expected {expected_xp}")

# Three learners answer over HTTP: the next item of a lesson it completes (or else of a training), a heavy learner's
# next item, and a wrong answer. The application updates every total from the seeded ones; each must then equal the
# total recounted from all of the learner's attempts (the views in schema bench).
nexts = {int(user): (int(item), int(position), int(training_position))
         for user, item, position, training_position in sql(f"""
    select l.user_id, ti.id, ti.position, t.position
    from bench.learners l
    join lateral (select count(*) as done from item_completions c where c.user_id = l.user_id) c on true
    join training_items ti on ti.id = (l.start_course * 1000 + c.done) % (select count(*) from training_items) + 1
    join trainings t on t.id = ti.training_id
    where l.user_id in ({','.join(l[0] for l in sample)})""")}
by_user = {int(l[0]): l for l in sample}
ordered = sorted(nexts, key=lambda u: (-(nexts[u][1] == 10) - (nexts[u][1] == 10 and nexts[u][2] == 5), u))
completer = ordered[0]
heavy = next((int(l[0]) for l in sample if l[3] == "t" and int(l[0]) != completer), ordered[1])
wrong = next(u for u in ordered[::-1] if u not in (completer, heavy))
answered = []
for user, right in ((completer, True), (heavy, True), (wrong, False)):
    item = nexts[user][0]
    choice = item % 4 if right else (item + 1) % 4
    status, body = call("POST", f"/api/trainingItems/{item}/attempts", by_user[user][4], {"answer": {"choice_index": choice}, "duration_ms": 4000})
    report(f"learner {user} answers item {item} {'right' if right else 'wrong'} over HTTP", status == 201 and body["data"]["correct"] == right,
           f"{status} {body}")
    answered.append(user)
users = ",".join(str(u) for u in sorted(set(answered + [int(l[0]) for l in checked])))
for table, view in [("learner_totals", "totals"), ("learner_days", "days"), ("learner_weeks", "weeks"), ("learner_months", "months"),
                    ("learner_skill_levels", "skill_levels"), ("learner_items", "items"), ("enrollments", "enrollments"),
                    ("item_completions", "item_completions"), ("training_completions", "training_completions"),
                    ("lesson_completions", "lesson_completions"), ("course_completions", "course_completions"),
                    ("learner_achievements", "achievements")]:
    rows, differ = sql(f"""select (select count(*) from {table} where user_id in ({users})),
        (select count(*) from ((select * from {table} where user_id in ({users}) except select * from bench.{view} where user_id in ({users}))
                               union all (select * from bench.{view} where user_id in ({users}) except select * from {table} where user_id in ({users}))) d)""")[0]
    report(f"{table}: {rows} rows of {len(users.split(','))} learners equal their recount from the attempts", differ == "0",
           f"{differ} rows differ")
completed = sql(f"""select (select count(*) from training_completions where user_id = {completer} and completed_at > now() - interval '5 minutes'),
                           (select count(*) from lesson_completions where user_id = {completer} and completed_at > now() - interval '5 minutes')""")[0]
print(f"  (learner {completer}'s answer completed {completed[0]} training(s) and {completed[1]} lesson(s))")
print("seed consistent with the application: " + ("yes" if not failed else f"NO ({len(failed)} mismatches)"))
PY
