#!/usr/bin/env bash
# Builds the .deb, checks its metadata, unpacks it into a scratch root and runs the CLI from there.
set -euo pipefail
build=$1
src=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$build" && cpack -G DEB -B "$scratch/out" >/dev/null)
deb=$(ls "$scratch"/out/salesaudit_*.deb)
dpkg-deb --field "$deb" Depends | tee "$scratch/depends"
grep -q "libqt6widgets6" "$scratch/depends"
grep -q "libsqlite3-0" "$scratch/depends"
grep -q "fonts-dejavu-core" "$scratch/depends"
dpkg-deb -x "$deb" "$scratch/root"
test -x "$scratch/root/usr/bin/salesaudit"
test -f "$scratch/root/usr/share/salesaudit/criteria/P.json"
desktop-file-validate "$scratch/root/usr/share/applications/io.github.salesaudit.Workbench.desktop"
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/io.github.salesaudit.Workbench.metainfo.xml"
# Output goes to files first: `cmd | grep -q` fails under pipefail when grep exits before cmd has
# written everything (SIGPIPE), which made this test flaky on CI.
"$scratch/root/usr/bin/salesaudit-cli" --help >"$scratch/help.txt"
grep -q "usage: salesaudit-cli" "$scratch/help.txt"
"$scratch/root/usr/bin/salesaudit-cli" demo "$scratch/demo.sqlite" --deals 300 >/dev/null
"$scratch/root/usr/bin/salesaudit-cli" score "$scratch/demo.sqlite" --json >"$scratch/score.json"
grep -q '"criteria"' "$scratch/score.json"
echo "package ok: $(basename "$deb")"
