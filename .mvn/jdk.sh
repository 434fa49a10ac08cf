# Finds a JDK 21 or newer for Maven and everything it starts (javac, the Quarkus build, tests, dev mode).
# Sourced (POSIX sh) by mvnw, .ci/run and bench/run.sh. A JAVA_HOME that is new enough is kept; otherwise the
# `java` on the PATH if it is new enough; otherwise the newest JDK 21+ in the usual install folders. Where there
# is none it stops with one line saying what to install.
newsroom_java_ok() { "$1" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
newsroom_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ] && newsroom_java_ok "$JAVA_HOME/bin/java"; then
    return 0
  fi
  newsroom_path_java=$(command -v java 2>/dev/null || :)
  if [ -z "${JAVA_HOME-}" ] && [ -n "$newsroom_path_java" ] && newsroom_java_ok "$newsroom_path_java"; then
    return 0
  fi
  newsroom_glob_was_off=false
  case $- in *f*) newsroom_glob_was_off=true; set +f ;; esac
  newsroom_found= newsroom_best=0
  for newsroom_candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/* "$HOME"/.m2/jdks/*; do
    [ -x "$newsroom_candidate/bin/javac" ] && [ -f "$newsroom_candidate/release" ] || continue
    # the major version from the JDK's release file (JAVA_VERSION="25.0.1"); the newest one wins
    newsroom_major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$newsroom_candidate/release")
    if [ "${newsroom_major:-0}" -ge 21 ] && [ "$newsroom_major" -gt "$newsroom_best" ]; then
      newsroom_best=$newsroom_major newsroom_found=$newsroom_candidate
    fi
  done
  if $newsroom_glob_was_off; then set -f; fi
  if [ -z "$newsroom_found" ]; then
    echo "Newsroom Facts needs a JDK 21 or newer (25 recommended), and none was found: install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME=$newsroom_found
  export JAVA_HOME
  PATH="$JAVA_HOME/bin:$PATH"
  export PATH
}
newsroom_select_jdk
