// SPDX-License-Identifier: MIT
// Loads RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD) into Oxigraph (an embedded SPARQL 1.1 store) and runs SPARQL
// SELECT queries; prints {name: [{var: {type, value, datatype, language}}]} as JSON.
// Used by rdf_oxigraph_test.py and rdf_quads_test.py:  node oxigraph_query.mjs QUERIES.json FILE...
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");

const [queriesPath, ...files] = process.argv.slice(2);
const store = new oxigraph.Store();
// The media type by extension (Turtle by default): N-Quads and TriG load their named
// graphs, JSON-LD goes through Oxigraph's own JSON-LD parser.
const MEDIA = { nt: "application/n-triples", nq: "application/n-quads", trig: "application/trig",
  jsonld: "application/ld+json", ttl: "text/turtle" };
for (const file of files) {
  const format = MEDIA[file.split(".").pop()] || "text/turtle";
  store.load(readFileSync(file, "utf8"), { format });
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
