#!/usr/bin/env bash
# Installs, from the package registries, the outside clients the end-to-end tests drive (a browser, Python's and
# JavaScript's RDF clients, web servers used as proxies). A client that cannot be installed fails here: the tests
# never skip for lack of one. Run as root on Debian (as CI does); idempotent.
set -euo pipefail
cd "$(dirname "$0")"

debian_packages=(
  chromium         # the browser of BrowserIT, headless
  chromium-driver  # /usr/bin/chromedriver, which Selenium drives it through
  apache2 # the w3id.org rules (docs/w3id/.htaccess), tested behind Apache httpd: W3idRedirectsIT
  nginx   # the caching reverse proxy in front of two replicas: ReplicasIT
  python3-rdflib        # rdflib: parses the dumps, dereferences the pages (OutsideClientsIT)
  python3-sparqlwrapper # SPARQLWrapper: queries in JSON and CSV (OutsideClientsIT)
  raptor2-utils         # rapper: parses the Turtle, N-Triples and RDF/XML dumps (OutsideClientsIT)
)
if ((${#debian_packages[@]})); then
  missing=()
  for p in "${debian_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

# JavaScript clients: src/test/e2e/package.json and its lock file.
if [[ -f package.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
