#!/usr/bin/env bash
# The whole test suite: types, lint and format, unit tests, then end-to-end tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
echo "== svelte-check =="
npm run --silent check
echo "== prettier + eslint =="
npm run --silent lint
echo "== build =="
# Built once, here: the shutdown spec starts the built entries, and the e2e server serves this build.
npm run --silent build >/dev/null
echo "== unit tests (vitest) =="
npx vitest run
echo "== end-to-end tests (playwright, chromium) =="
E2E_USE_BUILD=1 npx playwright test
