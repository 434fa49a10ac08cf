#!/usr/bin/env bash
# Story intake's speed: proposeFacts on a story of at least 1,000 words (the evaluation set's stories, one after another),
# warm, one request at a time. Target: under 300 ms. Results in target/bench/story.md.
#   bench/story.sh            Env: WARMUP (requests, 300), REQUESTS (200)
# Starts the packaged service in the test profile (its own embedded PostgreSQL with the demo data) on port 18110.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$root/target/bench
mkdir -p "$work"
port=18110
source .ci/jdk.sh
command -v hey >/dev/null || apt-get install -y -qq hey >/dev/null
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -ntp package -DskipTests >/dev/null
java -Dquarkus.profile=test -Dquarkus.http.port=$port -Dnewsroom.embedded-db.port=15480 -jar target/quarkus-app/quarkus-run.jar \
  >"$work/story-service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf "localhost:$port/q/health/ready" >/dev/null && break; sleep 1; done
token=$(deploy/dev-token.sh editor bench-editor)
python3 - "$work/story.json" <<'PY'
import glob, json, sys
stories = [open(f).read().strip() for f in sorted(glob.glob("src/test/resources/stories/*.txt"))]
paragraphs, words = [], 0
while words < 1000:  # the set's stories, again from the first, until 1,000 words
    s = stories[len(paragraphs) % len(stories)]
    paragraphs.append(s)
    words += len(s.split())
text = "\n".join(paragraphs)
query = "query($s: StoryInput!) { proposeFacts(story: $s) { kind input confidence start end citation { source { name } } similar { fact { id } } } }"
json.dump({"query": query, "variables": {"s": {"text": text, "publishedOn": "2024-12-01", "outlet": "Bench Gazette"}}}, open(sys.argv[1], "w"))
print(f"story: {words} words, {len(text)} characters")
PY
answer=$(curl -s "localhost:$port/graphql" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d @"$work/story.json")
echo "$answer" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert "errors" not in d, d; print("proposals:", len(d["data"]["proposeFacts"]))'
hey -n "${WARMUP:-300}" -c 1 -m POST -H "Authorization: Bearer $token" -T application/json -D "$work/story.json" "http://localhost:$port/graphql" >/dev/null
hey -n "${REQUESTS:-200}" -c 1 -m POST -H "Authorization: Bearer $token" -T application/json -D "$work/story.json" "http://localhost:$port/graphql" >"$work/story-hey.txt"
{
  echo "# proposeFacts on a 1,000-word story, warm, one at a time ($(date -u +%F))"
  echo
  echo '```'
  grep -E 'Average|Slowest|Fastest|Requests/sec' "$work/story-hey.txt"
  sed -n '/Latency distribution/,/^$/p' "$work/story-hey.txt"
  grep -E '^\s+\[2' "$work/story-hey.txt" || true
  echo '```'
} >"$work/story.md"
cat "$work/story.md"
