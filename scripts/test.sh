#!/usr/bin/env bash
# The test command: type-check, lint and the architecture rules, then every *.test.ts beside the code and every
# journey under test/. On the engine DATABASE_URL names (PostgreSQL), or the embedded SQLite when it is unset.
# With GONGKAI_NOW (e.g. GONGKAI_NOW=2027-01-04T09:00:00+08:00 npm test) the server, the CLI and the tests read a
# clock standing at that instant instead of the system's.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit
# Formatting, lint and the architecture rules (biome.jsonc, lint/*.grit, .dependency-cruiser.cjs, knip.json); `npm run lint`.
npx biome check --error-on-warnings .
npx depcruise src --output-type err
npx knip --no-progress
shopt -s globstar nullglob
files=(src/**/*.test.ts test/**/*.test.ts)
echo "engine: ${DATABASE_URL:+postgres}${DATABASE_URL:-sqlite}" | sed 's#postgres.*#postgres#'
exec node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
