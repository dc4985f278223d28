#!/usr/bin/env bash
# Regenerate the command tour in README.md from real runs on seeds/.
#
#   docs/tour.sh            rewrite the part of README.md between the tour markers
#   docs/tour.sh --print    print the tour instead
#
# Runs against a throw-away database; ./quotebank.db is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
export PATH="$PWD/$BIN:$PATH"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QUOTEBANK_DB="$work/quotebank.db"
export COLUMNS=100

# Show one command (or $2 in its place) and its real output, stdout and stderr.
run() {
    printf '```console\n$ %s\n' "${2:-$1}"
    (eval "$1" 2>&1 || true) | sed 's/[[:space:]]*$//'
    printf '```\n\n'
}

tour() {
    run 'quotebank ingest seeds/'
    run 'quotebank ingest seeds/000_444b51b3a78e7584.txt'
    run 'quotebank who-said "feel-out meeting"'
    run 'quotebank who-said "a treaty signed in Geneva"'
    run 'quotebank quotes --limit 5'
    run 'quotebank quotes --oldest-first --limit 3'
    run 'quotebank quotes --speaker zelensky --format csv'
    run 'quotebank speakers'
    run 'quotebank speakers --search trump --format json'
    run 'quotebank speakers rename "official" "unnamed official"'
    run 'quotebank speakers merge "White House" "White House official"'
    run 'quotebank show 1'
    run 'quotebank export --csv - | head -4'
    run 'quotebank export --quotebank - | head -2'
    run 'quotebank sql "select count(*) as quotes from quotes"'
    run 'quotebank sql "delete from quotes"; echo "exit status $?"'
    run 'quotebank sql "PRAGMA journal_mode=delete"; echo "exit status $?"'
    run 'quotebank who-said "ceasefire" --db nope.db; echo "exit status $?"'
    run 'quotebank extract seeds/000_444b51b3a78e7584.txt | cut -c 1-300'
    run 'quotebank evaluate seeds/gold.jsonl --errors 5'
    run 'quotebank ingest tests/data/articles.jsonl nope.txt; echo "exit status $?"'
    run 'quotebank db upgrade'
    run 'quotebank ingest --reprocess --indirect'
    run 'quotebank who-said "ceasefire is the only pathway"'
    run 'quotebank quotes --speaker zelensky --limit 4'
    run 'sqlite3 "$QUOTEBANK_DB" "select speaker, quote from quote_sheet limit 5"' \
        'sqlite3 quotebank.db "select speaker, quote from quote_sheet limit 5"'
}

if [ "${1:-}" = "--print" ]; then
    tour
    exit 0
fi
tour >"$work/tour.md"
python3 - "$work/tour.md" <<'EOF'
import re, sys
from pathlib import Path

readme = Path("README.md")
tour = Path(sys.argv[1]).read_text(encoding="utf-8").replace(sys.argv[1].rsplit("/", 1)[0] + "/", "").replace(str(Path.cwd()) + "/", "")
start, end = "<!-- tour:start -->", "<!-- tour:end -->"
text = readme.read_text(encoding="utf-8")
pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
if not pattern.search(text):
    sys.exit("README.md has no tour markers")
readme.write_text(pattern.sub(lambda _: f"{start}\n\n{tour.rstrip()}\n\n{end}", text), encoding="utf-8")
print("README.md: tour refreshed")
EOF
