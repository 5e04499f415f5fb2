"""Kata-kata berita olahraga (Indonesian sports reporting; "-" also matches a space or nothing): "Indonesia mengalahkan Malaysia 2-1"
is no political fact. Only words that politics hardly uses (not "juara", "final", "babak")."""

SPORT_WORDS: frozenset[str] = frozenset(
    "gol skor pertandingan laga striker gelandang kiper bek wasit "
    "turnamen kejuaraan semifinal perempatfinal medali olimpiade paralimpiade klasemen timnas "
    "sepak-bola bulu-tangkis basket tenis atletik pebulu pesepak pebasket petenis "
    "atlet atlet-atlet stadion grand-slam maraton pembalap".split()
)
# a sentence with this many of them (distinct) is sports reporting; an article with SPORT_ARTICLE
SPORT_SENTENCE = 2
SPORT_ARTICLE = 4
