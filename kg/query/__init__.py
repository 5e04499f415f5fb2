"""SPARQL over a graph and result formats: table, csv, tsv, json (SPARQL 1.1 JSON results)."""
from kg.query.run import run_query, read_query
from kg.query.formats import format_result, RESULT_FORMATS

__all__ = ["run_query", "read_query", "format_result", "RESULT_FORMATS"]
