"""SPARQLWrapper (Debian's python3-sparqlwrapper) against the gcm-kg server's /gcm/sparql: one competency question
asked for JSON results and for CSV. Prints "json: VALUES" with the objectives' numbers, then the CSV as received.

Usage: python3 sparqlwrapper_queries.py BASE-URL QUERY-FILE
"""
import sys

from SPARQLWrapper import CSV, JSON, SPARQLWrapper


def main(base, query_file):
    with open(query_file, encoding="utf-8") as f:
        query = f.read()
    endpoint = SPARQLWrapper(base + "/gcm/sparql")
    endpoint.setQuery(query)
    endpoint.setReturnFormat(JSON)
    results = endpoint.query().convert()
    numbers = [row["number"]["value"] for row in results["results"]["bindings"]]
    print("json: " + " ".join(numbers))
    print("json vars: " + " ".join(results["head"]["vars"]))
    endpoint.setReturnFormat(CSV)
    sys.stdout.write(endpoint.query().convert().decode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
