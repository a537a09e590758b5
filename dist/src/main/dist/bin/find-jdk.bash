# Sourced, not run: how both launchers find their JDK (bin/candidates of the distribution, and the repository's
# ./candidates, which sources this file from dist/src/main/dist/bin/). Defines java_prop and find_jdk.

java_prop() { # prints the system property $2 of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' -v k="$2" '$1 ~ "^ *" k " *$" {print $2; exit}'
}

find_jdk() { # prints JAVA_HOME if it is 21+, else the newest 21+ under /usr/lib/jvm; $1 is the tool it must have (java or javac)
  local tool="$1"
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$tool" ]]; then
    local v; v="$(java_prop "$JAVA_HOME/bin/java" java.specification.version)"
    if [[ -n "$v" && "$v" -ge 21 ]]; then echo "$JAVA_HOME"; return; fi
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    [[ -x "$d/bin/$tool" ]] || continue
    v="$(java_prop "$d/bin/java" java.specification.version)"
    [[ -n "$v" && "$v" -ge 21 && "$v" -gt "$best_v" ]] && { best="$d"; best_v="$v"; }
  done
  [[ -n "$best" ]] && echo "$best"
}
