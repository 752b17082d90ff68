#!/usr/bin/env bash
# Builds the same synthetic corpus with SpineDocs and with Hugo, side by side, and prints the median
# wall time, pages per second, peak memory and the ratio SpineDocs / Hugo for each size.
#   bash bench/run.sh                      # 1,000, 5,000 and 20,000 pages, 3 runs each
#   SIZES="1000" RUNS=5 bash bench/run.sh  # other sizes or run counts
# Every run is a clean build: the output folder (and SpineDocs' cache) is deleted first, outside the timing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_WORK:-${TMPDIR:-/tmp}/spinedocs-bench}"
sizes="${SIZES:-1000 5000 20000}"
runs="${RUNS:-3}"

need() { command -v "$1" >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && apt-get install -y "$2" >/dev/null; }; command -v "$1" >/dev/null || { echo "bench: install $2 ($1 is missing)" >&2; exit 2; }; }
need hugo hugo
[ -x /usr/bin/time ] || { [ "$(id -u)" = 0 ] && apt-get install -y time >/dev/null; } || { echo "bench: install time (GNU time, for peak memory)" >&2; exit 2; }

echo "Preparing: SpineDocs published as a native-code build for Linux (self-contained, ReadyToRun composite:"
echo "a few minutes, once), and the corpus generator..."
mkdir -p "$work"
dotnet publish "$root/src/SpineDocs" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
    -o "$work/spinedocs-bin" -v q -nologo >/dev/null
dotnet build "$root/tests/SpineDocs.Benchmarks" -c Release -v q -nologo >/dev/null
corpus="$root/tests/SpineDocs.Benchmarks/bin/Release/net10.0/SpineDocs.Benchmarks.dll"
echo "$(hugo version | cut -d' ' -f1-2); $(nproc) cores; $runs clean builds per tool and size"
echo

# Prints "seconds kilobytes" for one command, from GNU time.
measure() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }; cat "$work/time.txt"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf "%8s  %-9s %9s %10s %11s %9s\n" pages tool "median s" "pages/s" "peak MiB" ratio
for n in $sizes; do
    dir="$work/$n"
    rm -rf "$dir"
    dotnet "$corpus" corpus "$n" "$dir/spinedocs" "$dir/hugo" "$root/input" >/dev/null
    : >"$dir/spinedocs.txt"; : >"$dir/hugo.txt"
    for _ in $(seq "$runs"); do
        # Deleting thousands of files and writing them back out costs the disk later, in whichever build
        # runs next: sync before each timed build, so each pays only for what it writes itself.
        rm -rf "$dir/out-spinedocs" "$dir/.spinedocs-cache"; sync
        measure "$work/spinedocs-bin/SpineDocs" build --no-search --input "$dir/spinedocs" --output "$dir/out-spinedocs" >>"$dir/spinedocs.txt"
        rm -rf "$dir/out-hugo"; sync
        measure hugo --quiet --source "$dir/hugo" --destination "$dir/out-hugo" >>"$dir/hugo.txt"
    done

    sd=$(cut -d' ' -f1 "$dir/spinedocs.txt" | median); hu=$(cut -d' ' -f1 "$dir/hugo.txt" | median)
    sdm=$(cut -d' ' -f2 "$dir/spinedocs.txt" | sort -n | tail -1); hum=$(cut -d' ' -f2 "$dir/hugo.txt" | sort -n | tail -1)
    awk -v n="$n" -v sd="$sd" -v hu="$hu" -v sdm="$sdm" -v hum="$hum" 'BEGIN {
        printf "%8d  %-9s %9.2f %10.0f %11.0f %9.2f\n", n, "SpineDocs", sd, n / sd, sdm / 1024, sd / hu
        printf "%8s  %-9s %9.2f %10.0f %11.0f\n", "", "Hugo", hu, n / hu, hum / 1024 }'
done
echo
echo "ratio = SpineDocs median / Hugo median (below 1.00: SpineDocs is faster). Peak memory is the largest of the runs."
