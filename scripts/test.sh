#!/usr/bin/env bash
# The test command: type-check, then every *.test.ts beside the code and every journey under test/.
# On the engine DATABASE_URL names (PostgreSQL), or the embedded SQLite when it is unset.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit
shopt -s globstar nullglob
files=(src/**/*.test.ts test/**/*.test.ts)
echo "engine: ${DATABASE_URL:+postgres}${DATABASE_URL:-sqlite}" | sed 's#postgres.*#postgres#'
exec node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
