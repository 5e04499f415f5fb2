"""The N-Quads fast path gives exactly the triples of the rdflib graph, escaped, in a stable order."""
from __future__ import annotations

import dataclasses

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.ontology.mapping import article_graph, article_nquads, nt_term


def _parse(nquads: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    return ds


def test_nquads_hold_the_same_triples_as_the_graph(make_extraction):
    x = make_extraction()
    g = article_graph(x)
    ds = _parse(article_nquads(x))
    assert set(ds.graph(g.identifier)) == set(g)
    assert len(list(ds.quads((None, None, None, None)))) == len(g)


def test_nquads_are_sorted_unique_lines_and_repeatable(make_extraction):
    x = make_extraction()
    text = article_nquads(x)
    lines = text.splitlines()
    assert lines == sorted(set(lines))
    assert text == article_nquads(make_extraction())
    assert all(line.endswith(f"<{article_graph(x).identifier}> .") for line in lines)


def test_quotes_backslashes_and_newlines_are_escaped(make_extraction):
    x = make_extraction()
    art = dataclasses.replace(x.article, title='He said "no" \\ then\nleft\r')
    text = article_nquads(dataclasses.replace(x, article=art))
    assert '"He said \\"no\\" \\\\ then\\nleft\\r"' in text
    titles = [o for _, p, o, _ in _parse(text).quads((None, None, None, None)) if str(p).endswith("headline")]
    assert titles == [Literal('He said "no" \\ then\nleft\r')]


def test_term_syntax():
    assert nt_term(URIRef("https://w3id.org/kg-news/x")) == "<https://w3id.org/kg-news/x>"
    assert nt_term(Literal("Rusia", lang="id")) == '"Rusia"@id'
    assert nt_term(Literal(5)) == '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert nt_term(Literal("a", datatype=XSD.string)) == '"a"'
    assert nt_term(Literal("2020-10-31", datatype=XSD.date)) == '"2020-10-31"^^<http://www.w3.org/2001/XMLSchema#date>'
