#!/bin/sh
# Installs what Spiegel needs to build and test on Debian 12, from Debian's
# own packages (the list is tools/debian-packages.txt). Run as root.
#
# Node is in the list (Debian's nodejs 18; where a newer nodejs is installed
# already, apt keeps it). npm comes from Debian too, but only when the machine
# has no npm yet: Debian's npm package conflicts with a Node installed another
# way (NodeSource's nodejs carries its own npm). Either runs the browser tests
# (package.json: engines).
set -eu
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2046  # one package a line, no spaces in names
apt-get install -y -qq $(grep -v '^#' debian-packages.txt) > /dev/null
if ! command -v npm > /dev/null 2>&1; then
  apt-get install -y -qq npm > /dev/null
fi
echo "Debian-pakketten geïnstalleerd; node $(node --version), npm $(npm --version)"
