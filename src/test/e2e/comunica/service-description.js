// Comunica, a SPARQL engine in JavaScript, given a URL of the gcm-kg server as its only source, with NO type hint:
// it must find out by itself what the URL is. It fetches the URL, reads its SPARQL Service Description and, if that
// names an sd:endpoint, sends the query to that endpoint; otherwise it takes the URL for an RDF document and
// evaluates the query over that document's triples.
// Prints how Comunica identified the source, from its log: "identified sparql URL service ENDPOINT" or "identified
// file URL" (or another type), then one line per solution:
// the values of the query's variables, in order, joined by " | ".
// Usage: node comunica/service-description.js SOURCE-URL QUERY-FILE
'use strict';
const fs = require('fs');
const { QueryEngine } = require('@comunica/query-sparql');

// Comunica logs how it identified each source at level info ("Identified URL as sparql source with service URL: ...").
class IdentificationLog {
  constructor() { this.lines = []; }
  flush() {}
  trace() {}
  debug() {}
  info(message) {
    const sparql = /^Identified (\S+) as sparql source with service URL: (\S+)/.exec(message);
    const other = /^Identified as (\S+) source: (\S+)/.exec(message);
    if (sparql) {
      this.lines.push('identified sparql ' + sparql[1] + ' service ' + sparql[2]);
    } else if (other) {
      this.lines.push('identified ' + other[1] + ' ' + other[2]);
    }
  }
  warn(message) { console.error('warn: ' + message); }
  error(message) { console.error('error: ' + message); }
  fatal(message) { console.error('fatal: ' + message); }
}

async function main() {
  const [source, file] = process.argv.slice(2);
  const log = new IdentificationLog();
  const result = await new QueryEngine().query(fs.readFileSync(file, 'utf8'), { sources: [source], log });
  const variables = (await result.metadata()).variables.map(v => (v.variable || v).value);
  const bindings = await (await result.execute()).toArray();
  log.lines.forEach(line => console.log(line));
  for (const b of bindings) {
    console.log(variables.map(v => (b.get(v) === undefined ? '' : b.get(v).value)).join(' | '));
  }
}

main().catch(e => { console.error(e.stack || String(e)); process.exit(1); });
