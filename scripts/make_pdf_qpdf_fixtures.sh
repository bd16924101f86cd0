#!/usr/bin/env bash
# Makes crates/nianbao_pdf/tests/fixtures/qpdf/: one small LibreOffice PDF (a line of text
# and a bordered two-cell table, from a python-docx document) and what qpdf makes of it that
# tests/fixtures/pdf/ does not have:
# - encryptions with an empty user password (owner password only), which the reader must
#   open: RC4 40-bit (R2), AESV2 128-bit (R4), AESV3 with the older R5 key algorithm;
# - object streams with a cross-reference stream (PNG predictor), as newer writers save;
# - an incremental update by PDFium (pypdfium2): a line "Updated 2025" added to the page
#   and saved after the original bytes with a new cross-reference that points back (/Prev).
# Needs python3-docx, pypdfium2, LibreOffice and qpdf.
set -euo pipefail
cd "$(dirname "$0")/.."
out=crates/nianbao_pdf/tests/fixtures/qpdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/plain.docx" <<'PY'
import sys
import docx
document = docx.Document()
document.add_paragraph("政府信息公开工作年度报告 2024")
table = document.add_table(rows=1, cols=2)
table.style = "Table Grid"
table.cell(0, 0).text = "行政许可"
table.cell(0, 1).text = "9487"
document.save(sys.argv[1])
PY
soffice --headless --convert-to pdf --outdir "$work" "$work/plain.docx" >/dev/null
mkdir -p "$out"
cp "$work/plain.pdf" "$out/plain.lo.pdf"
qpdf --allow-weak-crypto --encrypt "" owner 40 -- "$work/plain.pdf" "$out/owner-rc4-40.pdf"
qpdf --encrypt "" owner 128 --use-aes=y -- "$work/plain.pdf" "$out/owner-aesv2-128.pdf"
qpdf --allow-weak-crypto --encrypt "" owner 256 --force-R5 -- "$work/plain.pdf" "$out/owner-aesv3-r5.pdf"
qpdf --object-streams=generate -- "$work/plain.pdf" "$out/object-streams.pdf"
python3 - "$work/plain.pdf" "$out/incremental-update.pdfium.pdf" <<'PY'
import ctypes
import sys
import pypdfium2 as pdfium
import pypdfium2.raw as raw
document = pdfium.PdfDocument(sys.argv[1])
page = document[0]
line = raw.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", 12.0)
text = ("Updated 2025" + "\0").encode("utf-16-le")
raw.FPDFText_SetText(line, ctypes.cast(ctypes.c_char_p(text), ctypes.POINTER(raw.FPDF_WCHAR)))
raw.FPDFPageObj_Transform(line, 1, 0, 0, 1, 72, 700)
raw.FPDFPage_InsertObject(page.raw, line)
raw.FPDFPage_GenerateContent(page.raw)
document.save(sys.argv[2], flags=raw.FPDF_INCREMENTAL)
PY
ls -l "$out"
