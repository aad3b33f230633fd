#!/bin/sh
# Regenerates test/fixtures/ from real report text in corpora/.
# Needs: node, LibreOffice Writer (soffice), fonts-noto-cjk, qpdf
#   apt-get install -y libreoffice-writer fonts-noto-cjk qpdf
# The generated files are committed, so the tests themselves need no LibreOffice.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/test/fixtures"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# Seed 003 (F2021) and 004 (F2019): HTML pages with real tables (rowspan/colspan grid), then PDF and DOCX.
node "$ROOT/scripts/make-fixtures.mjs" html "$ROOT/corpora/seeds/003_b4cc88434c90d8f5.txt" "$OUT/f2021-seed003.html"
node "$ROOT/scripts/make-fixtures.mjs" html "$ROOT/corpora/seeds/004_5ef633064578115e.txt" "$OUT/f2019-seed004.html"
# PDF and DOCX for both pages (F2021 and F2019). The CJK font subsets make each PDF ~240 KB;
# qpdf recompresses the streams and packs objects into object streams to keep them that small.
for name in f2021-seed003 f2019-seed004; do
  soffice --headless -env:UserInstallation=file://"$WORK/profile" --infilter="HTML (StarWriter)" \
    --convert-to pdf --outdir "$WORK" "$OUT/$name.html" >/dev/null 2>&1
  qpdf --object-streams=generate --recompress-flate --compression-level=9 "$WORK/$name.pdf" "$OUT/$name.pdf"
  soffice --headless -env:UserInstallation=file://"$WORK/profile" --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$WORK" "$OUT/$name.html" >/dev/null 2>&1
  cp "$WORK/$name.docx" "$OUT/"
done

# The broken-input batch.
node "$ROOT/scripts/make-fixtures.mjs" broken "$OUT"
# A small generated PDF, encrypted with a user password.
qpdf --encrypt secret owner-secret 256 -- "$OUT/image-only.pdf" "$OUT/encrypted.pdf"

ls -l "$OUT"
