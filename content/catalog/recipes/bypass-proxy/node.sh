# Node reads the proxy variables once, at start-up, and only with NODE_USE_ENV_PROXY=1 (Node 22.21+ or 24+).
# Keep the proxy for the internet, go direct to the relay, LAN gateway or private endpoint:
export HTTPS_PROXY=http://127.0.0.1:7890
export NO_PROXY="localhost,127.0.0.1,::1,relay.internal.example"   # add your relay's host name
NODE_USE_ENV_PROXY=1 node app.mjs
