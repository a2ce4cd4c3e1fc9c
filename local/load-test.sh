#!/usr/bin/env bash
# Bounded load test on loopback (a benchmark; see README "Security and reliability"):
#   local/load-test.sh [--clients 32] [--seconds 30] [--url http://127.0.0.1:3000]
# Without --url it starts its own local stack. Exits 1 on any 5xx or connection error.
exec "$(dirname "$0")/java-main.sh" com.claims01940.local.LoadTest "$@"
