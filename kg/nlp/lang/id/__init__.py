"""Indonesian language data: names, titles, relation triggers, cue words, dates (plain data only)."""
from kg.nlp.lang.id.dates import *  # noqa: F401,F403
from kg.nlp.lang.id.names import *  # noqa: F401,F403
from kg.nlp.lang.id.titles import *  # noqa: F401,F403
from kg.nlp.lang.id.triggers import *  # noqa: F401,F403
from kg.nlp.lang.id.sport import *  # noqa: F401,F403
