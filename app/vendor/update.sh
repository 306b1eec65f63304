#!/usr/bin/env bash
# Vendors the NHS.UK frontend (pages) and axe-core (browser test only) into the app, from the npm registry.
# Nothing is fetched at run time: the pages load these copies from the jar. Run from the repository root:
#
#   app/vendor/update.sh            # the versions below
#   NHSUK=10.7.0 app/vendor/update.sh
#
# then look at every page (the browser test does, with the axe check) and commit the result with the new
# versions written in app/vendor/README.md.
set -euo pipefail
NHSUK="${NHSUK:-10.6.1}"
AXE="${AXE:-4.14.1}"
SASS="${SASS:-1.108.2}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
static="$root/app/src/main/resources/static/nhsuk"
axe_dir="$root/app/src/test/resources/axe"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "nhsuk-frontend@$NHSUK" "sass@$SASS" "axe-core@$AXE"

# The compiled CSS of the package loads the Frutiger font from assets.nhs.uk: the strict
# Content-Security-Policy refuses it and the product must not fetch anything, so compile the package's own
# Sass without the font (Arial, the design system's fallback) and with the icons under /nhsuk/assets/.
cp "$root/app/vendor/nhsuk.scss" .
npx sass --no-source-map --style=compressed --load-path=node_modules nhsuk.scss nhsuk-frontend.min.css
if grep -q 'https://' nhsuk-frontend.min.css; then
  echo "the compiled CSS still names an address outside the server:" >&2
  grep -o 'url(https://[^)]*)' nhsuk-frontend.min.css >&2
  exit 1
fi

rm -rf "$static"
mkdir -p "$static/assets/images"
cp nhsuk-frontend.min.css "$static/"
cp "node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.js" "$static/"
cp node_modules/nhsuk-frontend/dist/nhsuk/assets/images/*.svg "$static/assets/images/"
cp node_modules/nhsuk-frontend/dist/nhsuk/assets/images/favicon.ico "$static/assets/images/"
cp "$root/app/vendor/nhsuk-frontend.LICENSE.txt" "$static/LICENSE.txt"
echo "nhsuk-frontend $NHSUK (npm), compiled with sass $SASS from app/vendor/nhsuk.scss" > "$static/VERSION.txt"

mkdir -p "$axe_dir"
cp node_modules/axe-core/axe.min.js "$axe_dir/"
cp node_modules/axe-core/LICENSE "$axe_dir/LICENSE.txt"
echo "axe-core $AXE (npm)" > "$axe_dir/VERSION.txt"
echo "vendored nhsuk-frontend $NHSUK and axe-core $AXE"
