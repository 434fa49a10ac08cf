# Sourced by .ci/run and bench/run.sh: exports JAVA_HOME (and PATH) for a JDK 21 or newer, preferring JDK 25;
# keeps a JAVA_HOME that already is one. Fails when there is none.
java_ok() { "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
if [ -z "${JAVA_HOME:-}" ] || ! java_ok "$JAVA_HOME"; then
  JAVA_HOME=
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25* /usr/lib/jvm/temurin-21* /usr/lib/jvm/java-21*; do
    if [ -x "$candidate/bin/java" ] && java_ok "$candidate"; then JAVA_HOME=$candidate; break; fi
  done
fi
if [ -z "$JAVA_HOME" ]; then
  echo "no JDK 21 or newer found (set JAVA_HOME)" >&2
  exit 1
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
