#!/usr/bin/env bash
# Installs and starts what the test suite needs on a fresh Debian machine (run as root, or with
# sudo): PostgreSQL 15 from Debian's packages with the database `registry_test` owned by the user
# `registry` (password `registry`), and Debian's Chromium with its driver for browser tests.
# Safe to run again: it only does what is missing.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /usr/lib/postgresql ] && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! as_root pg_lsclusters -h | grep -q "^$version main"; then
  as_root pg_createcluster "$version" main
fi
as_root pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  as_root runuser -u postgres -- pg_isready -q && break
  sleep 1
done

as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA <<'SQL'
SELECT 'CREATE ROLE registry LOGIN PASSWORD ''registry''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'registry')\gexec
SELECT 'CREATE DATABASE registry_test OWNER registry' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'registry_test')\gexec
SELECT 'CREATE DATABASE registry OWNER registry' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'registry')\gexec
SQL
echo "PostgreSQL $version is running on localhost:5432 (database registry_test, user registry)."
