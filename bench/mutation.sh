#!/usr/bin/env bash
# Mutation testing (Stryker.NET) over the core modules: the link resolver and validator, front matter,
# the red-flag registry, care cards and the required-sections check. A benchmark of the tests, not part of CI.
# Usage: bash bench/mutation.sh            (about 30-60 minutes on 2 cores)
# Report: src/SpineDocs/StrykerOutput/<date>/reports/mutation-report.html, and a score per file in the log.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
cd src/SpineDocs
dotnet stryker --config-file ../../bench/stryker-config.json "$@"
