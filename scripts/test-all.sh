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
echo "== unit tests (vitest: node specs, the store specs on SQLite and a throwaway PostgreSQL; component specs in Chromium) =="
# Installs Debian's postgresql when it is missing; Vitest's global setup then starts a throwaway
# cluster (scripts/pg-cluster.mjs) and stops it when the run ends, pass or fail.
node scripts/pg-cluster.mjs --ensure
npx vitest run
echo "== end-to-end tests (playwright, chromium) =="
# The two-instance test runs them behind nginx: Debian's nginx, installed when it is missing.
node scripts/nginx.mjs --ensure
E2E_USE_BUILD=1 npx playwright test
