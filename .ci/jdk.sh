# Sourced by .ci/run and bench/run.sh: the same JDK choice as ./mvnw (.mvn/jdk.sh), exported for the java
# commands these scripts run themselves.
. "$(dirname "${BASH_SOURCE[0]}")/../.mvn/jdk.sh"
