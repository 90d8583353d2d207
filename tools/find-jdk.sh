# Sourced by brisk's scripts: exports JAVA_HOME pointing at a JDK >= 25, or exits with a clear message.
java_major() { # the feature version of java binary $1, 0 if unknown
  local v
  v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')"
  echo "${v%%.*}" | grep -E '^[0-9]+$' || echo 0
}
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ]; then
  :
elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
else
  echo "brisk needs JDK 25: set JAVA_HOME to a JDK 25, or install Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64." >&2
  exit 2
fi
export JAVA_HOME
