#!/usr/bin/env bash
# The reference-table loader: load a publisher's file (ICD-10-CM order file, CMS base units, CMS
# locality conversion factors, our modifier CSV), seed the files in refdata/, or list what is loaded,
# in the table named by CODESET_TABLE, at DYNAMODB_ENDPOINT (local) or in the AWS account of the
# current credentials. See docs/reference-data.md.
#   CODESET_TABLE=... local/codesets.sh load icd10cm --file icd10cm_order_2026.txt --year 2026 [--dry-run]
#   CODESET_TABLE=... local/codesets.sh seed [--create-table]
#   CODESET_TABLE=... local/codesets.sh list
# Relative --file paths are taken from where you run this.
CALLER_DIR="$PWD" exec "$(dirname "$0")/java-main.sh" com.claims01940.local.CodeSetLoaderCli "$@"
