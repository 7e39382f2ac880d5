// SPDX-License-Identifier: MIT
// Loads Turtle files into Oxigraph (an embedded SPARQL 1.1 store) and runs SPARQL
// SELECT queries; prints {name: [{var: {type, value, datatype, language}}]} as JSON.
// Used by rdf_oxigraph_test.py:  node oxigraph_query.mjs QUERIES.json FILE.ttl...
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");

const [queriesPath, ...files] = process.argv.slice(2);
const store = new oxigraph.Store();
for (const file of files) {
  store.load(readFileSync(file, "utf8"), { format: "text/turtle" });
}
const term = (t) => ({
  type: t.termType,
  value: t.value,
  datatype: t.datatype ? t.datatype.value : undefined,
  language: t.language || undefined,
});
const results = { triples: store.size };
for (const [name, sparql] of Object.entries(JSON.parse(readFileSync(queriesPath, "utf8")))) {
  results[name] = store.query(sparql).map((row) => {
    const out = {};
    for (const [variable, value] of row.entries()) out[variable] = term(value);
    return out;
  });
}
process.stdout.write(JSON.stringify(results, null, 1) + "\n");
