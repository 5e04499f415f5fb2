"""NLP with spaCy: the pipeline per language, our components, language data."""
