#!/usr/bin/env bash
# make run: gives the web chat a token secret when none is set, so a fresh machine
# needs no manual step. Written once into .env (mode 600, never committed), so
# sessions survive restarts; set WEBCHAT_TOKEN_SECRET yourself in production.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${WEBCHAT_TOKEN_SECRET:-}" ] || grep -qE '^WEBCHAT_TOKEN_SECRET=.+' .env 2>/dev/null; then
  exit 0
fi
umask 077
secret=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
echo "WEBCHAT_TOKEN_SECRET=$secret" >> .env
echo "setup: wrote a random WEBCHAT_TOKEN_SECRET into .env (web chat session tokens)"
