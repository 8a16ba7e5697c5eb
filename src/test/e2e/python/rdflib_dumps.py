"""rdflib (Debian's python3-rdflib) against the gcm-kg server: parses every dump of /dumps/ and prints its number of
triples (quads for TriG), then dereferences /id/objective/4 with content negotiation and prints, per media type asked,
the media type answered, the number of triples and objective 4's title.

Usage: python3 rdflib_dumps.py BASE-URL
"""
import gzip
import sys
import urllib.request

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS

DUMPS = [("gcm.ttl", "turtle"), ("gcm.nt.gz", "nt"), ("gcm.jsonld", "json-ld"), ("gcm.trig", "trig")]
NEGOTIATED = [("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt"),
              ("application/rdf+xml", "xml")]
OBJECTIVE_4 = URIRef("https://w3id.org/gcm/id/objective/4")


def get(url, accept="*/*"):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=60) as response:
        return response.headers.get_content_type(), response.read()


def main(base):
    for name, syntax in DUMPS:
        _, body = get(base + "/dumps/" + name)
        if name.endswith(".gz"):
            body = gzip.decompress(body)
        if syntax == "trig":
            dataset = Dataset()
            dataset.parse(data=body, format=syntax)
            print("dump %s %d quads" % (name, len(list(dataset.quads((None, None, None, None))))))
        else:
            graph = Graph()
            graph.parse(data=body, format=syntax)
            print("dump %s %d triples" % (name, len(graph)))
    # rdflib's own dereferencing: it asks for the RDF syntaxes it reads and parses what is answered.
    graph = Graph()
    graph.parse(base + "/id/objective/4")
    print("parse(url) %d triples: %s" % (len(graph), graph.value(OBJECTIVE_4, DCTERMS.title)))
    for accept, syntax in NEGOTIATED:
        content_type, body = get(base + "/id/objective/4", accept)
        graph = Graph()
        graph.parse(data=body, format=syntax, publicID=base + "/id/objective/4")
        print("%s -> %s %d triples: %s" % (accept, content_type, len(graph), graph.value(OBJECTIVE_4, DCTERMS.title)))


if __name__ == "__main__":
    main(sys.argv[1])
