#!/usr/bin/env bash
# The side-by-side benchmark: the service against PostGraphile 4 on the same PostgreSQL database.
#   bench/run.sh [SIZE ...]        (default: 10000 100000; results in target/bench/results.md)
# Installs what it needs (wrk from Debian, PostGraphile from npm), starts its own PostgreSQL (Debian's server
# binaries, pg_stat_statements on) pinned to CPU 0 with both servers, fills one database per size through the
# service's schema (bench/generate.sql), checks that both answer every query with the same records, then loads
# each with wrk on CPU 1 (bench/peer/measure.mjs), and runs the SQL of one (a) and one (b) request with pgbench (the
# database floor). Env: WARMUP (s, 60), DURATION (s, 15), RUNS (3), CONNECTIONS (16), QUERIES (a,b,c,d,e),
# SERVICE_JAVA_OPTS (JVM options of the service).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=${*:-10000 100000}
work=$root/target/bench
mkdir -p "$work"
pg_port=54400 service_port=18100 peer_port=5400

source .ci/jdk.sh
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[ "$(nproc)" -ge 2 ] || { echo "bench: needs 2 CPUs (servers on CPU 0, load on CPU 1)" >&2; exit 1; }
(cd bench/peer && npm install --silent --no-audit --no-fund >/dev/null)

echo "== service package"
./mvnw -B -q -ntp package -DskipTests >/dev/null
rm -rf "$work/app" && cp -r target/quarkus-app "$work/app"

echo "== PostgreSQL ($pgbin) on CPU 0"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgdata=$work/pg
if [ ! -s "$pgdata/PG_VERSION" ]; then
  rm -rf "$pgdata" && mkdir -p "$pgdata" && { [ "$(id -u)" != 0 ] || chown postgres "$pgdata" "$work"; }
  as_pg "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust >/dev/null
  cat >>"$pgdata/postgresql.conf" <<CONF
port = $pg_port
listen_addresses = 'localhost'
unix_socket_directories = '/tmp'
shared_preload_libraries = 'pg_stat_statements'
shared_buffers = 512MB
max_connections = 100
CONF
fi
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  as_pg "$pgbin/pg_ctl" -D "$pgdata" stop -m fast >/dev/null 2>&1 || true
}
trap cleanup EXIT
as_pg "$pgbin/pg_ctl" -D "$pgdata" stop -m fast >/dev/null 2>&1 || true   # a server left over by an interrupted run
as_pg taskset -c 0 "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pg.log" start -w >/dev/null
psql_() { psql -h /tmp -p $pg_port -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

wait_for() { # url what pid
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$1" && return 0
    kill -0 "$3" 2>/dev/null || { echo "bench: $2 did not start" >&2; exit 1; }
    sleep 0.2
  done
  echo "bench: $2 is not ready" >&2; exit 1
}
start_service() { # db
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$1" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres taskset -c 0 java ${SERVICE_JAVA_OPTS:-} -Dquarkus.http.port=$service_port \
    -jar "$work/app/quarkus-run.jar" >"$work/service-$1.log" 2>&1 &
  service=$!; pids+=("$service")
  wait_for "http://localhost:$service_port/graphql" "the service" "$service"
}

echo "# Benchmark results ($(date -u +%Y-%m-%d), $(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))" >"$work/results.md"
for size in $sizes; do
  db=bench_$size
  echo "== $size facts: database $db"
  psql_ -d postgres -c "drop database if exists $db" -c "create database $db"
  start_service "$db"               # migrations, countries, demo story
  kill "$service"; wait "$service" 2>/dev/null || true
  time psql_ -d "$db" -v facts="$size" -f bench/generate.sql
  psql_ -d "$db" -f bench/peer/peer.sql -c "create extension if not exists pg_stat_statements"
  start_service "$db"
  NODE_ENV=production taskset -c 0 node bench/peer/node_modules/postgraphile/cli.js \
    -c "postgres://postgres@localhost:$pg_port/$db" --schema public,bench_peer --port $peer_port \
    --append-plugins postgraphile-plugin-connection-filter --disable-default-mutations --disable-query-log \
    >"$work/peer-$db.log" 2>&1 &
  peer=$!; pids+=("$peer")
  wait_for "http://localhost:$peer_port/graphql" "PostGraphile" "$peer"
  (cd bench/peer && SERVICE_URL="http://localhost:$service_port/graphql" PEER_URL="http://localhost:$peer_port/graphql" \
    SERVICE_PID=$service PEER_PID=$peer PG_PORT=$pg_port PG_DB=$db PG_LOG="$work/pg.log" SIZE=$size OUT="$work/results.md" node measure.mjs)
  kill "$service" "$peer"; wait "$service" "$peer" 2>/dev/null || true
done
echo "== results: $work/results.md"
