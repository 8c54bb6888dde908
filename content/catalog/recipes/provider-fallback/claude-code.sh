# Non-interactive run: when the default model is overloaded, Claude Code switches to the fallback model.
claude -p --model opus --fallback-model sonnet "Summarise the failing tests"
