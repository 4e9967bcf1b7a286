#!/usr/bin/env bash
# Runs a command and samples the memory of the JVM it starts every 0.5 s, for a peak RSS split into its parts.
#   tools/rss-sample.sh OUT STOREDIR -- ./claimgraph ingest --store STOREDIR FILES...
# Writes OUT.tsv (time since start; VmHWM, VmRSS, RssAnon, RssFile, RssShmem from /proc/PID/status; the resident part of
# the mappings of the TDB2 files (STOREDIR/Data-*), of STOREDIR's other files (the Lucene indexes) and of every other file, from /proc/PID/smaps; MB) and OUT.out (the command's
# standard output, each line after the seconds since start at which it came), OUT.err (its standard error).
set -uo pipefail
out="$1"; store="$(realpath -m "$2")"; shift 2; [ "${1:-}" = -- ] && shift
start=$EPOCHREALTIME
"$@" 2>"$out.err" | while IFS= read -r line; do
  printf '%.1f\t%s\n' "$(bc <<<"$EPOCHREALTIME - $start")" "$line"
done >"$out.out" &
runner=$!

# The JVM: the first java process among the command's descendants.
find_java() {
  local todo=($(pgrep -P "$1")) p
  while [ ${#todo[@]} -gt 0 ]; do
    p=${todo[0]}; todo=("${todo[@]:1}")
    [ "$(cat /proc/$p/comm 2>/dev/null)" = java ] && { echo "$p"; return; }
    todo+=($(pgrep -P "$p"))
  done
}
pid=""
while [ -z "$pid" ] && kill -0 "$runner" 2>/dev/null; do pid=$(find_java $$); sleep 0.1; done

printf 't\thwm\trss\tanon\tfile\tshmem\ttdb_files\tlucene_files\tother_files\n' >"$out.tsv"
while [ -n "$pid" ] && [ -r "/proc/$pid/smaps" ]; do
  t=$(bc <<<"$EPOCHREALTIME - $start")
  status=$(awk '/^(VmRSS|VmHWM|RssAnon|RssFile|RssShmem):/ {printf "%d\t", $2/1024}' "/proc/$pid/status" 2>/dev/null)
  files=$(awk -v store="$store/" '
    /^[0-9a-f]+-[0-9a-f]+ / { path = (NF >= 6) ? $6 : ""; next }
    /^Rss:/ { if (path ~ /^\//) { if (index(path, store "Data-") == 1) s += $2; else if (index(path, store) == 1) l += $2; else o += $2 } }
    END { printf "%d\t%d\t%d", s/1024, l/1024, o/1024 }' "/proc/$pid/smaps" 2>/dev/null)
  [ -n "$status" ] && printf '%.1f\t%s%s\n' "$t" "$status" "$files" >>"$out.tsv"
  sleep 0.5
done
wait "$runner"
