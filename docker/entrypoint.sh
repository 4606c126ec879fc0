#!/bin/sh
# start: run Medusa (role from MEDUSA_WORKER_MODE). migrate: apply migrations and exit.
set -e
case "$1" in
  migrate) exec npx medusa db:migrate ;;
  start) exec npx medusa start ;;
  *) exec "$@" ;;
esac
