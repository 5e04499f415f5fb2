"""English day and month names, and relative time words (offsets from the article date)."""
WEEKDAYS: dict[str, int] = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan"})  # verbs or names in lower case
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1, "earlier today": 0,
    "earlier in the day": 0, "this morning": 0, "this afternoon": 0,
}
LAST_MARKERS: tuple[str, ...] = ("last", "past", "previous")
NEXT_MARKERS: tuple[str, ...] = ("next", "coming")
WEEK_WORDS: tuple[str, ...] = ("week",)
MONTH_WORDS: tuple[str, ...] = ("month",)
YEAR_WORDS: tuple[str, ...] = ("year",)
YEAR_PREFIXES: tuple[str, ...] = ("in", "since", "during", "early", "late", "mid", "of", "from")
