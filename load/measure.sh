#!/usr/bin/env bash
# Measures casus serve under load: RUNS times, each against a fresh server process, then prints
# the median of every figure. Usage:
#   load/measure.sh RUNS [casus-load options...]
# for example
#   load/measure.sh 5 --sessions 100 --clients 10 --tick-ms 100 --warmup 10 --seconds 20
# SERVER_OPTS passes JVM options to the server (default: none). Builds the jars when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="$1"
shift
[ -f "$root/cli/target/casus.jar" ] && [ -f "$root/load/target/casus-load.jar" ] || \
  (cd "$root" && mvn -B -q -DskipTests package)
port="${LOAD_PORT:-7455}"
token="load-measure-$$-token"
out="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null' EXIT
for i in $(seq 1 "$runs"); do
  data="$out/data-$i"
  java ${SERVER_OPTS:-} -jar "$root/cli/target/casus.jar" serve --port "$port" --data "$data" \
    --facilitator-token "$token" > "$out/server-$i.out" 2> "$out/server-$i.err" &
  server=$!
  until grep -q listening "$out/server-$i.out" 2>/dev/null; do
    kill -0 "$server" 2>/dev/null || { echo "the server did not start: $(cat "$out/server-$i.err")" >&2; exit 1; }
    sleep 0.1
  done
  echo "run $i of $runs (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  java -jar "$root/load/target/casus-load.jar" --port "$port" --token "$token" "$@" | tee "$out/load-$i.out" >&2 \
    || echo "run $i failed" >&2
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
done
grep -h '^result:' "$out"/load-*.out | sed 's/^result: //' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); k[kv[1]] = 1; v[kv[1], NR] = kv[2] } n = NR }
  END {
    printf "median of %d runs:", n
    for (key in k) {
      m = 0; for (r = 1; r <= n; r++) a[++m] = v[key, r]
      for (x = 1; x <= m; x++) for (y = x + 1; y <= m; y++) if (a[y] + 0 < a[x] + 0) { t = a[x]; a[x] = a[y]; a[y] = t }
      med = (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
      printf " %s=%s", key, med
      delete a
    }
    printf "\n"
  }'
echo "outputs in $out" >&2
