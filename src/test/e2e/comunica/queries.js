// Comunica, a SPARQL engine in JavaScript, against the gcm-kg server: each competency question of queries/ given on
// the command line against /gcm/sparql, then one query federated by Comunica itself over /gcm/sparql and /sdg/sparql.
// Prints, per query, a line "# NAME" and one line per solution: the values of the variables, in order, joined by
// " | ". Usage: node comunica/queries.js BASE-URL QUERY-FILE...
'use strict';
const fs = require('fs');
const path = require('path');
const { QueryEngine } = require('@comunica/query-sparql');

function value(term) {
  return term === undefined ? '' : term.value;
}

async function run(engine, name, query, sources) {
  const result = await engine.query(query, { sources });
  // The query's own variables, in the order of its SELECT clause.
  const variables = (await result.metadata()).variables.map(v => (v.variable || v).value);
  const bindings = await (await result.execute()).toArray();
  console.log('# ' + name);
  for (const b of bindings) {
    console.log(variables.map(v => value(b.get(v))).join(' | '));
  }
}

async function main() {
  const [base, ...files] = process.argv.slice(2);
  const engine = new QueryEngine();
  const gcm = { type: 'sparql', value: base + '/gcm/sparql' };
  const sdg = { type: 'sparql', value: base + '/sdg/sparql' };
  for (const file of files) {
    await run(engine, path.basename(file), fs.readFileSync(file, 'utf8'), [gcm]);
  }
  // Federated on the client side: the graph says which targets objective 4 serves, the UN vocabularies name them in
  // French; Comunica joins the two endpoints' answers itself.
  // A fresh engine: one that has answered other queries may order the join the other way round and send the French
  // names to /gcm/sparql in a VALUES block, which Comunica 4.5 writes with "^^undefined:undefined" after each
  // language-tagged literal (a bug of its own, answered 400 by any SPARQL parser).
  await run(new QueryEngine(), 'federated', `
    PREFIX gcm:  <https://w3id.org/gcm/ontology#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT DISTINCT ?target ?french WHERE {
      <https://w3id.org/gcm/id/objective/4> gcm:sdgTarget ?target .
      ?target skos:prefLabel ?french .
      FILTER(LANGMATCHES(LANG(?french), "fr"))
    } ORDER BY ?target`, [gcm, sdg]);
}

main().catch(e => {
  console.error('comunica: ' + (e && e.stack || e));
  process.exit(1);
});
