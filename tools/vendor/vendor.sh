#!/bin/sh
# Copies the strict-CSP ("external") altcha build, its stylesheet, the SHA worker and the Vietnamese strings.
set -eu
src=node_modules/altcha/dist
dst=../../wwwroot/lib/altcha
mkdir -p "$dst"
cp "$src/external/altcha.umd.min.cjs" "$dst/altcha.umd.min.js"
cp "$src/external/altcha.css" "$dst/altcha.css"
cp "$src/workers/sha.js" "$dst/sha-worker.js"
cp "$src/i18n/vi.umd.cjs" "$dst/vi.umd.js"
cp node_modules/altcha/LICENSE.txt "$dst/LICENSE.txt"
echo "altcha $(node -p "require('./node_modules/altcha/package.json').version") copied to $dst"
