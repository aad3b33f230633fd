#!/bin/sh
# Regenerates test/fixtures/ from real report text in corpora/.
# Needs: node, LibreOffice Writer (soffice), fonts-noto-cjk, qpdf (with fix-qdf)
#   apt-get install -y libreoffice-writer fonts-noto-cjk qpdf
# The generated files are committed, so the tests themselves need no LibreOffice.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/test/fixtures"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

make_variants() {
  # PDF variants: the same two reports with their tables drawn the way other producers draw them
  # (scripts/make-fixtures.variants.mjs), fonts left unembedded to keep each file ~30 KB.
  VAR="$OUT/pdf-variants"
  mkdir -p "$VAR"
  variant() { # <source.pdf> <kind> <out.pdf>
    qpdf --qdf --object-streams=disable "$1" "$WORK/in.qdf.pdf"
    node "$ROOT/scripts/make-fixtures.mjs" variant "$2" "$WORK/in.qdf.pdf" "$WORK/out.qdf.pdf"
    fix-qdf "$WORK/out.qdf.pdf" > "$WORK/fixed.pdf"
    qpdf --object-streams=generate --compress-streams=y --recompress-flate --compression-level=9 "$WORK/fixed.pdf" "$3"
  }
  for kind in fill-rects stroke-rects device-space split-double three-line rotated glyphs reversed; do
    variant "$OUT/f2021-seed003.pdf" "$kind" "$VAR/f2021-seed003.$kind.pdf"
  done
  for kind in three-line scaled furniture; do
    variant "$OUT/f2019-seed004.pdf" "$kind" "$VAR/f2019-seed004.$kind.pdf"
  done
  # Writer's own table export (DOCX import, not the HTML one).
  soffice --headless -env:UserInstallation=file://"$WORK/profile" --convert-to pdf --outdir "$WORK" "$OUT/f2021-seed003.docx" >/dev/null 2>&1
  variant "$WORK/f2021-seed003.pdf" keep "$VAR/f2021-seed003.docx-writer.pdf"
  # A scanned first page (an image, no text) in front of pages 2– of a text PDF.
  node "$ROOT/scripts/make-fixtures.mjs" scan-page "$WORK/scan.pdf"
  variant "$OUT/f2019-seed004.pdf" keep "$WORK/text.pdf"
  qpdf --empty --pages "$WORK/scan.pdf" "$WORK/text.pdf" 2-z -- "$WORK/mixed.pdf"
  qpdf --object-streams=generate --compress-streams=y "$WORK/mixed.pdf" "$VAR/f2019-seed004.scan-first-page.pdf"
}

# `make-fixtures.sh variants` makes only test/fixtures/pdf-variants/ (from the committed PDFs and DOCX).
if [ "${1:-}" = variants ]; then make_variants; ls -l "$OUT/pdf-variants"; exit 0; fi

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

make_variants

# The broken-input batch.
node "$ROOT/scripts/make-fixtures.mjs" broken "$OUT"
# A small generated PDF, encrypted with a user password.
qpdf --encrypt secret owner-secret 256 -- "$OUT/image-only.pdf" "$OUT/encrypted.pdf"

ls -l "$OUT"
