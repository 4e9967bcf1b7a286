#!/usr/bin/env bash
# Runs ingest-spark on a real Spark standalone cluster on this machine (a master, a worker and
# executor JVMs of their own, Spark's jars from Maven Central as a distribution would hold them)
# and checks that the store's sorted N-Quads dump equals the one `ingest` builds from the same
# inputs. Usage: tools/spark-standalone-test.sh INPUT_DIR [WORK_DIR]
# (needs the spark module built: mvn -q -pl spark -am package -DskipTests)
set -euo pipefail
input=$(realpath "${1:?usage: $0 INPUT_DIR [WORK_DIR]}")
work=$(realpath -m "${2:-/tmp/claimgraph-spark-standalone}")
repo=$(cd "$(dirname "$0")/.." && pwd)
jar="$repo/spark/target/claimgraph-spark-0.1.0.jar"
cp="$repo/spark/target/runtime-classpath.txt"
[[ -f $jar && -f $cp ]] || { echo "$0: build the spark module first (mvn -q -pl spark -am package -DskipTests)" >&2; exit 1; }
version=$(tr ':' '\n' < "$cp" | sed -n 's#.*/org/apache/spark/spark-core_2.13/\([^/]*\)/.*#\1#p' | head -1)
rm -rf "$work"; mkdir -p "$work/dist/jars" "$work/dist/conf" "$work/executors"

# A Spark "distribution": spark-core and its dependencies (resolved offline from the Maven cache).
cat > "$work/dist/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>spark-dist</artifactId><version>1</version>
<dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_2.13</artifactId>
<version>$version</version></dependency></dependencies></project>
POM
(cd "$work/dist" && mvn -B -q -o -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=cp.txt)
tr ':' '\n' < "$work/dist/cp.txt" | while read -r j; do ln -s "$j" "$work/dist/jars/"; done
echo "Spark $version (jars from Maven Central)" > "$work/dist/RELEASE"   # marks a distribution's layout
export SPARK_HOME="$work/dist" SPARK_SCALA_VERSION=2.13
sparkcp="$SPARK_HOME/conf:$SPARK_HOME/jars/*"

port=$((20000 + RANDOM % 20000))
java -Xmx512m -cp "$sparkcp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0 \
  > "$work/master.log" 2>&1 &
master=$!
worker=
trap 'kill $master ${worker:-} 2>/dev/null || true' EXIT
for _ in $(seq 60); do grep -q "New state: ALIVE" "$work/master.log" && break; sleep 1; done
java -Xmx512m -cp "$sparkcp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 6g \
  --webui-port 0 --work-dir "$work/executors" "spark://127.0.0.1:$port" > "$work/worker.log" 2>&1 &
worker=$!
for _ in $(seq 60); do grep -q "Successfully registered with master" "$work/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$work/worker.log" || { echo "$0: the worker did not register (see $work/worker.log)" >&2; exit 1; }

# The driver in this JVM, the application's jars shipped to the executors (what spark-submit --jars does).
xml=-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl
jars=$(tr ':' '\n' < "$cp" | grep -v -e /org/apache/spark/ -e /org/scala-lang/ -e /org/apache/hadoop/ | paste -sd,),$jar
java "$xml" -Dspark.jars="$jars" -Dspark.executor.extraJavaOptions="$xml" -Dspark.executor.memory=3g \
  -cp "$jar:$(cat "$cp")" org.claimgraph.spark.IngestSparkCommand --master "spark://127.0.0.1:$port" --partitions 4 \
  "$input" "$work/cluster-store" 2> "$work/driver.log"
executors=$(find "$work/executors" -mindepth 2 -maxdepth 2 -type d | wc -l)

"$repo/claimgraph" ingest --store "$work/ingest-store" "$input" > /dev/null
a=$("$repo/claimgraph" export --store "$work/ingest-store" --format nquads | LC_ALL=C sort | sha256sum | cut -d' ' -f1)
b=$("$repo/claimgraph" export --store "$work/cluster-store" --format nquads | LC_ALL=C sort | sha256sum | cut -d' ' -f1)
echo "executor JVMs launched by the worker: $executors"
echo "ingest:                 sorted dump sha256 $a"
echo "ingest-spark (cluster): sorted dump sha256 $b"
[[ $a == "$b" ]] && echo "equal" || { echo "DIFFERENT"; exit 1; }
