#!/usr/bin/env bash
# Time to ready (/q/health/ready answering 200) and RSS after start of the packaged service against an external
# PostgreSQL, for a plain JVM (fast-jar) and for the JDK AOT cache (aot-jar, trained), RUNS times each.
#   bench/startup.sh JDBC_URL [USER] [PASSWORD]      (needs JDK 25 as JAVA_HOME or on PATH; RUNS=5 by default)
# Builds both packagings into target/bench-startup/{jvm,aot}; the AOT cache is trained by deploy/train-aot.sh (a
# run that answers the demo queries, then stops; JDK 25: -XX:AOTCacheOutput writes the cache at exit).
set -euo pipefail
cd "$(dirname "$0")/.."
url=${1:?usage: $0 JDBC_URL [USER] [PASSWORD]}
export QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_DATASOURCE_USERNAME=${2:-postgres} QUARKUS_DATASOURCE_PASSWORD=${3:-postgres}
runs=${RUNS:-5}
port=${PORT:-18090}
out=target/bench-startup
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" -version 2>&1 | grep -q 'version "2[5-9]' || { echo "JDK 25 or newer needed (set JAVA_HOME)" >&2; exit 1; }

build() { # name, extra maven args
  ./mvnw -B -q -ntp package -DskipTests "${@:2}" >/dev/null
  rm -rf "$out/$1" && mkdir -p "$out" && cp -r target/quarkus-app "$out/$1"
}
[ -d "$out/jvm" ] || build jvm
[ -d "$out/aot" ] || build aot -Dquarkus.package.jar.aot.enabled=true

ready_ms() { # app dir, java options...: prints "ms rss_kb"
  local dir=$1; shift
  local start end pid
  start=$(date +%s%N)
  (cd "$dir" && exec "$java" "$@" -Dquarkus.http.port=$port -jar quarkus-run.jar >/tmp/bench-startup.log 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/q/health/ready"; do
    kill -0 $pid 2>/dev/null || { echo "the service did not start" >&2; tail -20 /tmp/bench-startup.log >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  local java_pid
  java_pid=$(pgrep -P $pid java || echo $pid)
  local rss
  rss=$(ps -o rss= -p "$java_pid" | tr -d ' ')
  # stopped before the result is printed: with the shutdown delay the port stays taken for a few seconds
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $rss"
}

train() { # records the AOT cache while the service answers typical queries (deploy/train-aot.sh)
  rm -f "$out/aot/trained.aot"
  TRAIN_PORT=$port JAVA_HOME= PATH="$(dirname "$(command -v "$java")"):$PATH" sh deploy/train-aot.sh "$out/aot" "$PWD/$out/aot/trained.aot"
}
[ -s "$out/aot/trained.aot" ] || train

ready_ms "$out/jvm" >/dev/null # migrations and demo data, once
printf '%-34s %8s %8s\n' "packaging" "ready ms" "RSS MB"
report() { # label, dir, options...
  local label=$1; shift
  local times=() rss=()
  for _ in $(seq 1 "$runs"); do
    read -r ms kb < <(ready_ms "$@")
    times+=("$ms"); rss+=("$kb")
  done
  local median_ms median_kb
  median_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  median_kb=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-34s %8s %8s   (runs: %s)\n' "$label" "$median_ms" "$(( median_kb / 1024 ))" "${times[*]}"
}
report "plain JVM (fast-jar)" "$out/jvm"
report "aot-jar, no cache" "$out/aot" -XX:AOTMode=off
report "aot-jar + build-time cache" "$out/aot" -XX:AOTCache=app-cds.jsa
report "aot-jar + trained AOT cache" "$out/aot" -XX:AOTCache=trained.aot
