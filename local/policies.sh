#!/usr/bin/env bash
# The policy loader: seed, export or create the policies table named by POLICY_TABLE, at
# DYNAMODB_ENDPOINT (local) or in the AWS account of the current credentials.
#   POLICY_TABLE=... local/policies.sh seed [--create-table] [--force] [--from DIR] [--dry-run]
#   POLICY_TABLE=... local/policies.sh export --to DIR
exec "$(dirname "$0")/java-main.sh" com.claims01940.local.PolicyLoaderCli "$@"
