"""English language data: names, titles, relation triggers, cue words, dates (plain data only)."""
from kg.nlp.lang.en.dates import *  # noqa: F401,F403
from kg.nlp.lang.en.names import *  # noqa: F401,F403
from kg.nlp.lang.en.titles import *  # noqa: F401,F403
from kg.nlp.lang.en.triggers import *  # noqa: F401,F403
from kg.nlp.lang.en.sport import *  # noqa: F401,F403
