#!/usr/bin/env bash
# After a deploy: calls every route of the API once and fails on any answer but the one expected
# (2xx for each route, 404 problem+json for the catch-all). Needs curl and jq.
#   local/smoke.sh https://abc123.execute-api.us-east-1.amazonaws.com [TOKEN]
# TOKEN, when given, is sent as a bearer token (the JWT authorizer's). No data from the answers is
# printed beyond route, status and request id: the sample claim is made up.
set -uo pipefail
base="${1:?usage: local/smoke.sh BASE_URL [TOKEN]}"
base="${base%/}"
token="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
claim="$root/shared/domain/src/test/resources/claims/clean-claim.json"
today="$(date -u +%F)"
failures=0

call() { # expected method path [body]
  local expected="$1" method="$2" path="$3" body="${4:-}"
  local args=(-sS -o /tmp/smoke.$$ -D /tmp/smoke.$$.h -w '%{http_code}' -X "$method" "$base$path")
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  local status
  status="$(curl "${args[@]}")" || status=000
  local id
  id="$(grep -i '^x-request-id:' /tmp/smoke.$$.h 2>/dev/null | tr -d '\r' | cut -d' ' -f2)"
  if [[ "$status" =~ $expected ]]; then
    printf 'ok    %-4s %-45s %s %s\n' "$method" "$path" "$status" "$id"
  else
    printf 'FAIL  %-4s %-45s %s %s (expected %s)\n' "$method" "$path" "$status" "$id" "$expected"
    failures=$((failures + 1))
  fi
}

clean="$(jq -c --arg d "$today" '.dateOfService=$d | .submissionDate=$d
  | .anesthesia.startTime=($d+"T08:02:00Z") | .anesthesia.endTime=($d+"T08:49:00Z")' "$claim")"
for route in /v1/claims/validate /v1/claims/validate/modifiers /v1/claims/validate/documentation \
  /v1/claims/validate/coverage; do
  call '^2' POST "$route" "$clean"
done
call '^2' GET /v1/payers
call '^2' GET "/v1/payers/MEDICARE/policy?dateOfService=$today"
call '^2' GET /v1/rules
call '^2' GET /v1/codesets
call '^2' POST /v1/uploads '{"fileName":"smoke.ndjson","size":2}'
upload="$(jq -r '.uploadId // empty' /tmp/smoke.$$ 2>/dev/null)"
if [ -n "$upload" ]; then
  call '^2' GET "/v1/uploads/$upload"
else
  echo "FAIL  GET  /v1/uploads/{uploadId}: no uploadId from POST /v1/uploads"
  failures=$((failures + 1))
fi
call '^404$' GET /v1/no-such-route
rm -f /tmp/smoke.$$ /tmp/smoke.$$.h
if [ "$failures" -gt 0 ]; then
  echo "$failures route(s) failed"
  exit 1
fi
echo "every route answered as expected"
