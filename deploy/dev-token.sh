#!/usr/bin/env bash
# Prints a bearer token signed with the development key (deploy/dev-keys/private.pem), trusted only by the
# dev and test profiles.   Usage: deploy/dev-token.sh ROLE [USERNAME] [HOURS]
#   ROLE: editor, chief, cms (a CMS that may only call registerUsage) or "editor,chief"; USERNAME defaults to the role; HOURS defaults to 8.
set -euo pipefail
role=${1:?usage: $0 editor|chief|cms [username] [hours]}
user=${2:-$role}
hours=${3:-8}
here=$(cd "$(dirname "$0")" && pwd)
key=${DEV_JWT_KEY:-$here/dev-keys/private.pem}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups=$(printf '%s' "$role" | awk -F, '{for (i = 1; i <= NF; i++) printf "%s\"%s\"", (i > 1 ? "," : ""), $i}')
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"newsroom-facts-dev","sub":"%s","preferred_username":"%s","groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$user" "$user" "$groups" "$now" "$((now + hours * 3600))" "$(openssl rand -hex 8)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
