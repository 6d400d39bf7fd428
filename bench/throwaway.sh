# Sourced by the bench scripts (after `cd` to the repository and JAVA_HOME): a throw-away database on the local
# PostgreSQL, a work directory and a free loopback port, all removed on exit with every process the script recorded
# in `bench_processes` (KEEP=1 keeps them and says where they are). `jar` is the packaged server, built when missing.
jar=${PARLEY_JAR:-bootstrap/target/parley.jar}
db=parley_bench_$$
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
bench_processes=()
[ -f "$jar" ] || mvn -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -qc "create database $db"
throwaway_cleanup() {
  if [ "${KEEP:-}" = 1 ]; then
    echo "kept: processes ${bench_processes[*]:-none}, port $port, database $db (psql -h 127.0.0.1 -U postgres -d $db), files in $work"
    return
  fi
  local process
  for process in "${bench_processes[@]}"; do kill "$process" 2>/dev/null || true; wait "$process" 2>/dev/null || true; done
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)"
  rm -rf "$work"
}
trap throwaway_cleanup EXIT
