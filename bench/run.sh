#!/usr/bin/env bash
# The side-by-side benchmark: the service against PostGraphile 4 and PostGraphile 5 on the same PostgreSQL database.
#   bench/run.sh [SIZE ...]        (default: 10000 100000; results in target/bench/results.md)
# Installs what it needs (wrk from Debian, PostGraphile from npm), starts its own PostgreSQL (Debian's server
# binaries, pg_stat_statements on) pinned to CPU 0 with both servers, fills one database per size through the
# service's schema (bench/generate.sql), checks that both answer every query with the same records, then loads
# each with wrk on CPU 1 (bench/peer/measure.mjs), and runs the SQL of one (a) and one (b) request with pgbench (the
# database floor), the MB allocated per request of (a) and (b) (JFR), and (f) a newsroom at work (readers' persisted
# GETs while editors write drafts and a chief publishes). The service runs with the shipped memory settings
# (JAVA_MEMORY_OPTS of deploy/Dockerfile.jvm); then (a) and (b) again with the JVM's default (unbounded) settings,
# and the cold start: (a)'s req/s in the first 10 s after ready, plain JVM and with a trained JDK AOT cache.
# Env: WARMUP (s, 60; then the service warms up until its JIT's queue is short and its rate steady, at most
# STEADY_MAX s more, 300, and PostGraphile as long as the service on the same query), DURATION (s, 15), RUNS (3), CONNECTIONS (16), QUERIES (a,b,c,d,e,f,g: factCounts by country and year, one request at a time), SERVICE_JAVA_OPTS (JVM
# options of the service; default: the shipped ones), EXTRAS (unbounded,cold: the runs after the main one), SPIKE (1:
# issue 26's fused country page, delivery/FusedCountryPage), PROFILE (a,b: where the service's CPU goes during a load
# of those queries, JFR's CPU-time samples; the hottest methods in target/bench/results.md.profile-*.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=${*:-10000 100000}
work=$root/target/bench
mkdir -p "$work"
pg_port=54400 service_port=18100 peer_port=5400 peer5_port=5401

source .ci/jdk.sh
shipped_opts=$(sed -n 's/^ENV JAVA_MEMORY_OPTS="\(.*\)" \\$/\1/p' deploy/Dockerfile.jvm)
[ -n "$shipped_opts" ] || { echo "bench: no JAVA_MEMORY_OPTS in deploy/Dockerfile.jvm" >&2; exit 1; }
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS-$shipped_opts}
# SPIKE=1: the service answers (a) with the fused statement of issue 26's spike (delivery/FusedCountryPage)
[ -z "${SPIKE:-}" ] || SERVICE_JAVA_OPTS="$SERVICE_JAVA_OPTS -Dnewsroom.delivery.spike-fused-country-page=true"
extras=${EXTRAS-unbounded,cold}
# the service trusts the development key, so that the harness can sign the editor's and the chief's tokens (f)
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/deploy/dev-keys/public.pem" MP_JWT_VERIFY_ISSUER=newsroom-facts-dev MALLOC_ARENA_MAX=2
EDITOR_TOKEN=$(deploy/dev-token.sh editor bench-editor) CHIEF_TOKEN=$(deploy/dev-token.sh chief bench-chief)
export EDITOR_TOKEN CHIEF_TOKEN
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[ "$(nproc)" -ge 2 ] || { echo "bench: needs 2 CPUs (servers on CPU 0, load on CPU 1)" >&2; exit 1; }
(cd bench/peer && npm install --silent --no-audit --no-fund >/dev/null)
(cd bench/peer5 && npm install --silent --no-audit --no-fund >/dev/null)

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
start_service() { # db [java options, default SERVICE_JAVA_OPTS]
  local opts=${2-$SERVICE_JAVA_OPTS}
  (cd "$work/app" && QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$1" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres exec taskset -c 0 java $opts -Dquarkus.http.port=$service_port \
    -jar quarkus-run.jar >>"$work/service-$1.log" 2>&1) &
  service=$!; pids+=("$service")
  wait_for "http://localhost:$service_port/graphql" "the service" "$service"
}
stop_service() { kill "$service"; wait "$service" 2>/dev/null || true; }
cold_start() { # db label java-options: (a)'s req/s in the first 10 s after the service is ready
  local started=$(date +%s%N)
  (cd "$work/app" && QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$1" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres exec taskset -c 0 java $3 -Dquarkus.http.port=$service_port \
    -jar quarkus-run.jar >>"$work/service-$1.log" 2>&1) &
  service=$!; pids+=("$service")
  until curl -sf -o /dev/null "http://localhost:$service_port/q/health/ready"; do
    kill -0 "$service" 2>/dev/null || { echo "bench: the service did not start" >&2; exit 1; }
    sleep 0.05
  done
  local ready=$(( ($(date +%s%N) - started) / 1000000 ))
  local rps
  rps=$(taskset -c 1 wrk -t1 -c"${CONNECTIONS:-16}" -d10s -s /tmp/bench-a-service.lua "http://localhost:$service_port/graphql" \
    | awk '/Requests\/sec/ {print $2}')
  echo "| $2 | $ready | $rps | $(( $(awk '/VmRSS/ {print $2}' /proc/$(pgrep -P "$service" java || echo "$service")/status 2>/dev/null || echo 0) / 1024 )) |" \
    | tee -a "$work/results.md"
  stop_service
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
  # PostGraphile 5 declares Node 22; on Node 20 its planner needs Promise.withResolvers, which with-resolvers.cjs adds
  (cd bench/peer5 && DATABASE_URL="postgres://postgres@localhost:$pg_port/$db" PORT=$peer5_port NODE_ENV=production \
    NODE_OPTIONS="--require ./with-resolvers.cjs" exec taskset -c 0 node node_modules/postgraphile/dist/cli-run.js) \
    >"$work/peer5-$db.log" 2>&1 &
  peer5=$!; pids+=("$peer5")
  wait_for "http://localhost:$peer5_port/graphql" "PostGraphile 5" "$peer5"
  java_pid() { pgrep -P "$service" java || echo "$service"; }
  (cd bench/peer && SERVICE_URL="http://localhost:$service_port/graphql" PEER_URL="http://localhost:$peer_port/graphql" \
    PEER5_URL="http://localhost:$peer5_port/graphql" PEER5_PID=$peer5 \
    SERVICE_PID=$(java_pid) PROFILE="${PROFILE:-}" PEER_PID=$peer PG_PORT=$pg_port PG_DB=$db PG_LOG="$work/pg.log" SIZE=$size OUT="$work/results.md" \
    LABEL="shipped memory settings" node measure.mjs)
  kill "$peer" "$peer5"; wait "$peer" "$peer5" 2>/dev/null || true
  stop_service
  if [[ $extras == *unbounded* ]]; then
    echo "== $size facts: (a) and (b) with the JVM's default memory settings"
    start_service "$db" ""
    (cd bench/peer && SERVICE_URL="http://localhost:$service_port/graphql" SERVICE_PID=$(java_pid) PG_PORT=$pg_port PG_DB=$db \
      SIZE="$size (the JVM's default memory settings)" OUT="$work/results.md" QUERIES=a,b SERVICE_ONLY=1 LABEL="default JVM memory settings" node measure.mjs)
    stop_service
  fi
  if [[ $extras == *cold* ]]; then
    echo "== $size facts: cold start, plain JVM and trained AOT cache"
    rm -f "$work/app/trained.aot"
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$db" QUARKUS_DATASOURCE_USERNAME=postgres \
      QUARKUS_DATASOURCE_PASSWORD=postgres TRAIN_PORT=18195 TRAIN_JAVA_OPTS="$SERVICE_JAVA_OPTS" sh deploy/train-aot.sh "$work/app" "$work/app/trained.aot"
    printf '\n### %s facts: cold start (the first 10 s after ready)\n\n| JVM | ms to ready | req/s of (a) in the first 10 s | RSS MB after |\n| --- | ---: | ---: | ---: |\n' \
      "$size" | tee -a "$work/results.md"
    cold_start "$db" "plain JVM" "$SERVICE_JAVA_OPTS"
    cold_start "$db" "JDK AOT cache (trained)" "-XX:AOTCache=trained.aot $SERVICE_JAVA_OPTS"
  fi
done
echo "== results: $work/results.md"
