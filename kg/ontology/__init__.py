"""Ontology mapping: Extraction (plain facts) → RDF terms of ``ontologies/kg.ttl``."""
from kg.ontology.namespaces import KG, PROV, RES, SCHEMA, WDT
from kg.ontology.mapping import article_graph, graph_iri, article_iri, entity_iri

__all__ = ["KG", "PROV", "RES", "SCHEMA", "WDT", "article_graph", "graph_iri", "article_iri", "entity_iri"]
