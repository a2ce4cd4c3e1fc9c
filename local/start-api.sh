#!/usr/bin/env bash
# Runs everything locally: DynamoDB (dynalite) and S3 (s3proxy) on loopback, the policies table
# seeded, and every route of template.yaml on http://127.0.0.1:${PORT:-3000}. Ctrl-C stops it all.
exec "$(dirname "$0")/java-main.sh" com.claims01940.local.LocalRun "$@"
