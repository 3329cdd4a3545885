#!/usr/bin/env bash
# Renders the icon set in build/ from its SVG sources. The PNGs, .ico and .icns are committed,
# so packaging needs none of these tools; run this only after changing an SVG.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick 6 `convert` (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
CONVERT=${CONVERT:-/usr/bin/convert}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p icons
# Up to 32 px the simplified drawing (no cards) stays legible; above, the full one.
for size in 16 24 32; do rsvg-convert -w "$size" -h "$size" icon-small.svg -o "icons/${size}x${size}.png"; done
for size in 48 64 128 256 512 1024; do rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"; done
cp icons/1024x1024.png icon.png
"$CONVERT" icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png icons/128x128.png icons/256x256.png icon.ico
png2icns icon.icns icons/16x16.png icons/32x32.png icons/128x128.png icons/256x256.png icons/512x512.png icons/1024x1024.png > /dev/null

# The .remit.json document icon (Windows and macOS file association).
for size in 16 32 48 128 256 512 1024; do rsvg-convert -w "$size" -h "$size" document-icon.svg -o "$tmp/$size.png"; done
"$CONVERT" "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" remit-document.ico
png2icns remit-document.icns "$tmp/16.png" "$tmp/32.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" > /dev/null
echo "Remit: icons rendered in build/"
