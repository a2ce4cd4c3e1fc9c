#!/usr/bin/env bash
# Puts the web console (web/) into a deployed stack: writes config.json for it, uploads the files to the stack's
# console bucket and invalidates CloudFront. The API is under the console's own origin (/v1/* in the
# distribution), so the console's API base URL is empty: same origin.
#   local/deploy-console.sh <stack-name>      (AWS CLI credentials for the stack's account)
set -euo pipefail
stack="${1:?usage: local/deploy-console.sh <stack-name>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
output() {
  aws cloudformation describe-stacks --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}
bucket="$(output ConsoleBucketName)"
distribution="$(output ConsoleDistributionId)"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
cp -R "$root/web/." "$site/"
printf '{ "apiBaseUrl": "" }\n' > "$site/config.json"
aws s3 sync "$site" "s3://$bucket/" --delete
aws cloudfront create-invalidation --distribution-id "$distribution" --paths '/*' >/dev/null
echo "console: $(output ConsoleUrl)"
