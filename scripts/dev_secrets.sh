#!/usr/bin/env bash
# make run: gives a fresh machine the secrets the service needs, so no manual step
# is needed. Each is written once into .env (mode 600, never committed), only when
# it is set neither in the environment nor in .env, so sessions and logs survive
# restarts. Set your own in production.
#   WEBCHAT_TOKEN_SECRET  signs web chat session tokens
#   INCIDENT_LOG_SECRET   keys the incident log (changing it makes every log unreadable)
set -euo pipefail
cd "$(dirname "$0")/.."
umask 077
for name in WEBCHAT_TOKEN_SECRET INCIDENT_LOG_SECRET; do
  if [ -n "${!name:-}" ] || grep -qE "^${name}=.+" .env 2>/dev/null; then
    continue
  fi
  secret=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  echo "${name}=${secret}" >> .env
  echo "setup: wrote a random ${name} into .env (kept there, mode 600)"
done
