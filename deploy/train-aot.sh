#!/usr/bin/env sh
# Records the JDK AOT cache (JDK 25) of the packaged service: starts it with -XX:AOTCacheOutput on a throw-away
# embedded PostgreSQL, sends the queries newsroom front ends send most (a country page, a search), stops it; the
# JVM writes the cache at exit. Run with the same JVM as the later starts, which run from APP_DIR as well
# (java -XX:AOTCache=... -jar quarkus-run.jar). With QUARKUS_DATASOURCE_JDBC_URL set, it trains against that
# database instead. Used by deploy/Dockerfile.jvm and bench/startup.sh.
#   deploy/train-aot.sh APP_DIR [CACHE_FILE]     (APP_DIR holds quarkus-run.jar; default cache APP_DIR/app.aot)
set -eu
app=${1:?usage: train-aot.sh APP_DIR [CACHE_FILE]}
cache=${2:-$app/app.aot}
port=${TRAIN_PORT:-18095}
(cd "$app" && exec java ${TRAIN_JAVA_OPTS:-} -XX:AOTCacheOutput="$cache" -Dquarkus.http.port="$port" \
  -Dnewsroom.embedded-db.enabled=true -Dnewsroom.embedded-db.ephemeral=true -jar quarkus-run.jar) >/tmp/train-aot.log 2>&1 &
pid=$!
tries=0
until curl -sf -o /dev/null "http://localhost:$port/q/health/ready"; do
  tries=$((tries + 1))
  if [ $tries -gt 600 ] || ! kill -0 $pid 2>/dev/null; then echo "train-aot: the service did not start" >&2; tail -30 /tmp/train-aot.log >&2; exit 1; fi
  sleep 0.2
done
i=0
while [ $i -lt 50 ]; do
  curl -sf -o /dev/null -G --data-urlencode 'query={ country(code: "KP") { name deploymentsFrom(first: 20) { nodes { summary attribution citations { source { name } } } } statistics { nodes { summary } } } }' "http://localhost:$port/graphql"
  curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ search(text: \"workers russia\") { nodes { summary } } }"}' "http://localhost:$port/graphql"
  i=$((i + 1))
done
kill $pid
wait $pid || true
[ -s "$cache" ] || { echo "train-aot: no AOT cache written" >&2; tail -30 /tmp/train-aot.log >&2; exit 1; }
echo "train-aot: $cache ($(du -h "$cache" | cut -f1))"
