"""kg: knowledge graphs from news articles, as evidenced RDF, SPARQL answers and Gephi files."""
from __future__ import annotations

__version__ = "0.1.0"
