"""Indonesian day and month names, and relative time words (offsets from the article date)."""
WEEKDAYS: dict[str, int] = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "sep": 9, "okt": 10, "nov": 11, "des": 12,
}
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"mar", "des", "jan"})  # also ordinary words or names in lower case
RELATIVE_DAYS: dict[str, int] = {"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "lusa": 2, "pagi ini": 0, "siang ini": 0}
LAST_MARKERS: tuple[str, ...] = ("lalu", "kemarin", "silam", "sebelumnya")
NEXT_MARKERS: tuple[str, ...] = ("depan", "mendatang")
WEEK_WORDS: tuple[str, ...] = ("pekan", "minggu")
MONTH_WORDS: tuple[str, ...] = ("bulan",)
YEAR_WORDS: tuple[str, ...] = ("tahun",)
# words before a bare year or month name that make it a time ("sejak 2006", "pada Juli", "akhir Juli")
YEAR_PREFIXES: tuple[str, ...] = ("tahun", "sejak", "pada", "awal", "akhir", "pertengahan", "medio", "selama", "bulan")
