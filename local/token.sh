#!/usr/bin/env bash
# Prints a token the running local stack accepts: local/token.sh ROLE [--sub S] [--org O]
#   ROLE staff = claims.validate + uploads.write, lead = + policies.write, none = no scope.
# Use it as: curl -H "Authorization: Bearer $(local/token.sh staff)" http://127.0.0.1:3000/v1/rules
exec "$(dirname "$0")/java-main.sh" com.claims01940.local.LocalTokenCli "$@"
