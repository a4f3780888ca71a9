#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a loopback port (fsync off) and prints its DATABASE_URL.
#   eval "$(scripts/pg-throwaway.sh start /tmp/gk-pg 55432)"   ...   scripts/pg-throwaway.sh stop /tmp/gk-pg
# DURABLE=1 keeps PostgreSQL's durable defaults (fsync, synchronous_commit, full_page_writes on): for benchmarks of
# acknowledged commits (bench/submissions.ts), never needed by the tests.
# PG_OPTS adds server settings (PG_OPTS='-c shared_buffers=1GB' for a province-sized benchmark).
# PostgreSQL refuses to run as root, so the cluster runs as the postgres user.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data folder}; port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
case "$cmd" in
  start)
    rm -rf "$dir"; mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_pg "$bin/initdb -D '$dir/data' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >'$dir/initdb.log'"
    fast='-c fsync=off -c synchronous_commit=off -c full_page_writes=off'; [ "${DURABLE:-}" = 1 ] && fast=''
    as_pg "$bin/pg_ctl -D '$dir/data' -l '$dir/server.log' -w -o '$fast -c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 ${PG_OPTS:-}' start >/dev/null"
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl -D '$dir/data' -m fast stop >/dev/null" || true
    rm -rf "$dir"
    ;;
esac
