# NODE_EXTRA_CA_CERTS is read once, when node starts: export it before, never set it inside the script.
export NODE_EXTRA_CA_CERTS="$HOME/certs/corp-root-ca.pem"   # the PEM file from IT
node app.mjs

# Node 22.19+ or 24.6+: trust the operating system's store instead (where IT installs the root)
NODE_USE_SYSTEM_CA=1 node app.mjs
