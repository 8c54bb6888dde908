# One non-interactive claude run per task file, at most 2 at a time; output goes to <task>.md.out.
ls tasks/*.md | xargs -P 2 -I TASK sh -c 'claude -p "$(cat "$1")" > "$1.out"' sh TASK
