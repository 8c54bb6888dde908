# Export in the shell before starting claude: the trust store is loaded at start-up.
export NODE_EXTRA_CA_CERTS="$HOME/certs/corp-root-ca.pem"   # the PEM file from IT
claude
# then run /doctor inside Claude Code to check the connection
