"""Run SPARQL with the project's prefixes predeclared; parser errors become GraphError."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from kg.errors import Errors, GraphError
from kg.ontology.namespaces import KG, PROV, RES, SCHEMA

if TYPE_CHECKING:
    from kg.store.base import Store


def _prefixes() -> dict:
    from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

    return {"kg": KG._NS, "schema": SCHEMA._NS, "prov": PROV._NS, "res": RES, "rdf": RDF, "rdfs": RDFS,
            "xsd": XSD, "owl": OWL, "dcterms": DCTERMS}


def read_query(text_or_path: str) -> str:
    """QUERY argument: a path to a .rq/.sparql file, or the SPARQL text itself."""
    p = Path(text_or_path)
    if p.suffix in (".rq", ".sparql") or (len(text_or_path) < 4096 and "\n" not in text_or_path and p.is_file()):
        if not p.is_file():
            from kg.errors import InputError

            raise InputError(Errors.E001, path=text_or_path)
        return p.read_text(encoding="utf-8")
    return text_or_path


def run_query(dataset: Dataset | Store, sparql: str) -> Result:
    """Run ``sparql`` on an rdflib Dataset/Graph or on any :class:`kg.store.Store`."""
    if not isinstance(dataset, Graph):
        return dataset.query(sparql)  # the store predeclares the prefixes itself
    try:
        q = prepareQuery(sparql, initNs=_prefixes())
    except Exception as e:  # pyparsing's ParseException and friends
        raise GraphError(Errors.E010, msg=" ".join(str(e).split())[:400]) from None
    try:
        return dataset.query(q)
    except Exception as e:
        raise GraphError(Errors.E010, msg=" ".join(str(e).split())[:400]) from None
