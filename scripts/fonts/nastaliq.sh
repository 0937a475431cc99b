#!/usr/bin/env bash
# Makes assets/fonts/noto-nastaliq-urdu-urdu-wght.woff2: Noto Nastaliq Urdu (SIL OFL 1.1) as
# one variable font (weights 400–700), cut down to the letters Urdu is written with.
#
# Why: the two static faces of @fontsource/noto-nastaliq-urdu cover the whole Arabic script
# range and weigh 160 KB each; an Urdu page with any bold text fetched both (318 KB). The
# variable font holds both weights, and keeping only Urdu's letters (with the Arabic and
# Persian ones Urdu text quotes) takes it from 239 KB to 166 KB. Characters outside the set
# fall to the next family in the stack (Naskh), which fonts.css's unicode-range arranges.
#
# Needs npm (the registry package) and Python's fonttools + brotli (PyPI); run from anywhere.
# The unicode-range of the face in assets/css/fonts.css lists the characters the file ends up
# holding (the source lacks a few of the set; read them back with fonttools), less the spaces and the
# direction marks, which must not make a page fetch the font.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# Urdu, Arabic and Persian letters, harakat and honorific marks, both digit sets, Urdu
# punctuation, the Allah and salla ligatures, joiners and direction marks.
UNICODES="U+0610-061A,U+060C,U+061B,U+061F,U+0621-063A,U+0640-065F,U+0660-066D,U+0670,U+0679,U+067E,U+0686,U+0688,U+0691,U+0698,U+06A9,U+06AF,U+06BA,U+06BE,U+06C0-06C3,U+06CC,U+06D2-06D4,U+06F0-06F9,U+200C-200F,U+FDF2,U+FDFA,U+0020,U+00A0"

npm pack --silent @fontsource-variable/noto-nastaliq-urdu@5.3.0 >/dev/null
tar xzf fontsource-variable-noto-nastaliq-urdu-5.3.0.tgz
python3 -m venv venv
venv/bin/pip install --quiet fonttools==4.* brotli
venv/bin/pyftsubset package/files/noto-nastaliq-urdu-arabic-wght-normal.woff2 \
  --unicodes="$UNICODES" --layout-features='*' --flavor=woff2 \
  --output-file="$root/assets/fonts/noto-nastaliq-urdu-urdu-wght.woff2"
ls -l "$root/assets/fonts/noto-nastaliq-urdu-urdu-wght.woff2"
