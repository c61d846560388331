#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-sources.sh SOURCE_DIR: the house rules a machine can check.
#  - every C++ file is formatted as .clang-format says;
#  - core/ never includes QtWidgets; ui/ never includes SQL, OpenSSL or format code;
#  - every translation call is one lupdate can read;
#  - nothing outside Markdown refers to the team's shared folder (the project stands alone).
set -uo pipefail
cd "$1"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | sort -u)
else
    mapfile -t files < <(find app core ui tests bench translations resources -name '*.cpp' -o -name '*.h' | sort)
fi
status=0
existing=()
for f in "${files[@]}"; do [ -f "$f" ] && existing+=("$f"); done
unformatted=$(clang-format --dry-run "${existing[@]}" 2>&1 | grep -oE '^[^:]+\.(cpp|h)' | sort -u)
if [ -n "$unformatted" ]; then
    echo "Not formatted (run clang-format -i):"; echo "$unformatted"; status=1
fi
widgets=$(grep -lE '#include *<(QtWidgets/|QWidget|QDialog|QMainWindow|QApplication|QAction)' $(printf '%s\n' "${existing[@]}" | grep '^core/') 2>/dev/null)
if [ -n "$widgets" ]; then
    echo "core/ must not include QtWidgets:"; echo "$widgets"; status=1
fi
uiLeaks=$(grep -lE '#include *[<"](QSql|openssl/|core/(json|codec|crypto|jsonld|rdf|did|net|store)/)' $(printf '%s\n' "${existing[@]}" | grep '^ui/') 2>/dev/null)
if [ -n "$uiLeaks" ]; then
    echo "ui/ must reach core/ only through services and value types:"; echo "$uiLeaks"; status=1
fi
# lupdate's C++ parser stops at a template argument list inside tr()/translate(): such a string silently never
# reaches the translators. Write int(n), not static_cast<int>(n), in the arguments of a translation call.
hidden=$(perl -0777 -ne 'while (/(\btr|translate)\((?:\s*"(?:[^"\\]|\\.)*"\s*,?)+[^;()"]*static_cast</g) { print "$ARGV:", 1 + (substr($_, 0, $-[0]) =~ tr/\n//), "\n" }' \
    $(printf '%s\n' "${existing[@]}" | grep -E '^(core|ui|app)/'))
if [ -n "$hidden" ]; then
    echo "Translation calls that lupdate cannot read (static_cast<> in the arguments):"; echo "$hidden"; status=1
fi
shared=$(git grep -lE '\.\./shared' -- ':!*.md' ':!scripts/check-sources.sh' 2>/dev/null)
if [ -n "$shared" ]; then
    echo "These files refer to the team's shared folder beside the project, which users do not have:"; echo "$shared"; status=1
fi
[ $status -eq 0 ] && echo "${#existing[@]} C++ files formatted; layering rules hold"
exit $status
