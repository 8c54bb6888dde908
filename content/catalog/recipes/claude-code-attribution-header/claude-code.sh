# Turn off the attribution block Claude Code writes at the top of the system prompt.
# Either for one shell (before starting claude):
export CLAUDE_CODE_ATTRIBUTION_HEADER=0
claude

# or for every session, in the "env" block of ~/.claude/settings.json:
#   { "env": { "CLAUDE_CODE_ATTRIBUTION_HEADER": "0" } }
