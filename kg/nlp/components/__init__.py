"""Our spaCy components, one per module, registered with @Language.factory."""
