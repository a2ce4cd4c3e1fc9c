#!/usr/bin/env bash
# Runs one function on one event file and prints its response, like `sam local invoke -e`:
#   local/invoke.sh ClaimFunction events/claim-validate.json
exec "$(dirname "$0")/java-main.sh" com.claims01940.local.Invoke "$@"
