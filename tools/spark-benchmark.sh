#!/usr/bin/env bash
# ingest-spark's local[1] vs local[2] benchmark (BENCHMARKS.md, "ingest-spark"), from a fresh clone:
# builds the spark module, copies its jar to WORK (so a rebuild during the run cannot pull classes
# from under the running JVM), then runs org.claimgraph.spark.SparkBenchmark on N generated
# articles with a warm-up job first, one fresh store per master, and compares the stores' sorted
# N-Quads dumps. Per job and stage, org.claimgraph.spark.StageTimes prints wall, tasks, the tasks'
# run and CPU time and the driver's gaps when each master's context stops (stderr).
#
# Usage: tools/spark-benchmark.sh N WORK [MASTER…]     (default masters: local[1] local[2] local[1] local[2])
# Environment: WARMUP (articles of the untimed first job, default 600), HEAP (default 4g).
set -euo pipefail
n=${1:?usage: $0 N WORK [MASTER...]}
work=$(realpath -m "${2:?usage: $0 N WORK [MASTER...]}")
shift 2
masters=("$@")
[[ ${#masters[@]} -gt 0 ]] || masters=('local[1]' 'local[2]' 'local[1]' 'local[2]')
repo=$(cd "$(dirname "$0")/.." && pwd)
(cd "$repo" && mvn -q -B -Dstyle.color=never -DskipTests -pl spark -am package)
mkdir -p "$work/jar"
cp "$repo/spark/target/claimgraph-spark-0.1.0.jar" "$repo/spark/target/runtime-classpath.txt" "$work/jar/"
exec java -Xmx"${HEAP:-4g}" -XX:+UseParallelGC -Dwarmup="${WARMUP:-600}" \
  -Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl \
  -Dspark.extraListeners=org.claimgraph.spark.StageTimes \
  -cp "$work/jar/claimgraph-spark-0.1.0.jar:$(cat "$work/jar/runtime-classpath.txt")" \
  org.claimgraph.spark.SparkBenchmark "$n" "$work" "${masters[@]}"
