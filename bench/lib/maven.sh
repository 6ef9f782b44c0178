# Sourced by the bench/ scripts: runs Maven as a new user's machine allows, and never hides why it failed.
#   maven_step "what this builds" ARGS...
# Tries offline first (fast, and works without a network once everything is cached). When the
# offline run fails only because something is not in the local repository yet (a fresh clone, an
# empty ~/.m2, a plugin that `mvn package` never needed), it says so and runs again online. Any
# other failure, or a failing online run, prints Maven's own output and the command, and exits
# with Maven's status.
maven_step() {
  local what=$1
  shift
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/hashiya-bench-mvn.XXXXXX")
  local status=0
  mvn -B -q -o "$@" >"$log" 2>&1 || status=$?
  if ((status != 0)); then
    if grep -qE 'offline mode|has not been downloaded|Cannot access .* in offline mode|No plugin found for prefix' "$log"; then
      echo "bench/${0##*/}: $what: not everything is in the local Maven repository yet; running Maven online (downloads once)" >&2
      status=0
      mvn -B -q "$@" >"$log" 2>&1 || status=$?
    fi
  fi
  if ((status != 0)); then
    cat "$log" >&2
    echo "bench/${0##*/}: $what failed: 'mvn $*' exited with status $status (Maven's output above)" >&2
    rm -f "$log"
    exit "$status"
  fi
  rm -f "$log"
}
