# "max_tokens: N > M, which is the maximum allowed number of output tokens" with no settings of your own
# came from Claude Code builds that asked for too many output tokens: update Claude Code.
claude update

# Through a gateway or another platform's Anthropic-compatible endpoint: stop the experimental beta
# headers and fields that endpoint may reject, and use a model id it serves.
export CLAUDE_CODE_DISABLE_EXPERIMENTAL_BETAS=1
# export ANTHROPIC_MODEL="a-model-id-the-endpoint-lists"
claude
