#!/usr/bin/env bash
# Kills the site with SIGKILL five times while 1,000 submissions with a photo each are sent (SQLite,
# embedded default), restarts it each time, then checks every acknowledged code, its attachment and
# that no orphan or staged file remains. Prints the figures and PASS only with 0 lost.
#
#   bash bench/feedback-fault.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/CchcPublic.Web -c Release -o "$work/out" --nologo -v quiet >/dev/null
mkdir -p "$work/data"
python3 bench/feedback_fault.py "$work/out" "$work/data" "${PORT:-5192}"
