"""Indonesian names of countries missing from pycountry's translations, and reference words."""

# Short forms in everyday Indonesian news (pycountry has only the formal names for several).
COUNTRY_ALIASES: dict[str, str] = {
    "Rusia": "RUS", "Federasi Rusia": "RUS", "Inggris": "GBR", "Britania": "GBR", "Britania Raya": "GBR",
    "Kerajaan Inggris": "GBR", "Tiongkok": "CHN", "China": "CHN", "Cina": "CHN", "RRT": "CHN",
    "Prancis": "FRA", "Perancis": "FRA", "AS": "USA", "Amerika": "USA", "Amerika Serikat": "USA",
    "Paman Sam": "USA", "Korut": "PRK", "Korea Utara": "PRK", "DPRK": "PRK", "Korsel": "KOR",
    "Korea Selatan": "KOR", "Korea Selatan ": "KOR", "Saudi": "SAU", "Arab Saudi": "SAU", "UEA": "ARE",
    "Uni Emirat Arab": "ARE", "Suriah": "SYR", "Palestina": "PSE", "Iran": "IRN", "Irak": "IRQ",
    "Yordania": "JOR", "Jordania": "JOR", "Libanon": "LBN", "Yaman": "YEM", "Libya": "LBY", "Mesir": "EGY", "Turki": "TUR",
    "Afganistan": "AFG", "Afghanistan": "AFG", "Vietnam": "VNM", "Laos": "LAO", "Filipina": "PHL",
    "Singapura": "SGP", "Kamboja": "KHM", "Selandia Baru": "NZL", "Belanda": "NLD", "Jerman": "DEU",
    "Jepang": "JPN", "Italia": "ITA", "Spanyol": "ESP", "Yunani": "GRC", "Polandia": "POL",
    "Ukraina": "UKR", "Swiss": "CHE", "Swedia": "SWE", "Norwegia": "NOR", "Finlandia": "FIN",
    "Denmark": "DNK", "Belgia": "BEL", "Ceko": "CZE", "Republik Ceko": "CZE", "Hungaria": "HUN",
    "Rumania": "ROU", "Kanada": "CAN", "Meksiko": "MEX", "Brasil": "BRA", "Kuba": "CUB",
    "Venezuela": "VEN", "Bolivia": "BOL", "Kolombia": "COL", "Peru": "PER", "Cile": "CHL", "Chili": "CHL",
    "Argentina": "ARG", "Ekuador": "ECU", "Tanzania": "TZA", "Afrika Selatan": "ZAF", "Nigeria": "NGA",
    "Etiopia": "ETH", "Sudan Selatan": "SSD", "Somalia": "SOM", "Aljazair": "DZA", "Maroko": "MAR",
    "Tunisia": "TUN", "Lebanon": "LBN", "Israel": "ISR", "Qatar": "QAT", "Kuwait": "KWT", "Oman": "OMN",
    "Bahrain": "BHR", "Pakistan": "PAK", "India": "IND", "Bangladesh": "BGD", "Myanmar": "MMR",
    "Thailand": "THA", "Malaysia": "MYS", "Indonesia": "IDN", "Brunei": "BRN", "Brunei Darussalam": "BRN",
    "Timor Leste": "TLS", "Australia": "AUS", "Taiwan": "TWN", "Mongolia": "MNG", "Kazakhstan": "KAZ",
    "Uzbekistan": "UZB", "Belarus": "BLR", "Georgia": "GEO", "Armenia": "ARM", "Azerbaijan": "AZE",
    "Moldova": "MDA", "Serbia": "SRB", "Kroasia": "HRV", "Bosnia": "BIH", "Kosovo": "XKX",
    "Vatikan": "VAT", "Tahta Suci": "VAT", "Uni Soviet": "SUN", "Soviet": "SUN",
    "Jerman Barat": "DEU", "Jerman Timur": "DDR",
    "RI": "IDN", "NKRI": "IDN", "Yugoslavia": "YUG", "Cekoslowakia": "CSK", "Zaire": "ZAR",
}

DEMONYMS: dict[str, str] = {}  # Indonesian marks nationality with the country name itself

# Names that hold a known name (kg.nlp.components.gazetteer): a country or body inside a longer
# name is no mention of its own ("PT Pos Indonesia", "Azerbaijan Barat"), but for these words.
# Words before a state's name that leave it the state: its form ("Kerajaan Arab Saudi") or its
# mission abroad, which stands for it ("Kedutaan Besar Rusia").
STATE_MODIFIERS: frozenset[str] = frozenset(
    {"kerajaan", "republik", "kekaisaran", "kesultanan", "keamiran", "federasi", "kedutaan besar", "kedubes",
     "konsulat", "konsulat jenderal", "pemerintahan", "delegasi"}
)
# A direction after a country's name makes a region's name ("Azerbaijan Barat"); known names
# with one ("Korea Utara", "Sudan Selatan") are matched whole before.
REGION_DIRECTIONS: frozenset[str] = frozenset({"barat", "timur", "utara", "selatan", "tengah", "tenggara"})
# Company marks: "PT Pos Indonesia", "Indonesia Power Tbk".
COMPANY_MARKS: frozenset[str] = frozenset({"pt", "cv", "tbk", "persero", "pt."})
# A generic word for armed forces before a state's name: the state acting through its forces
# ("Pasukan Rusia", "Tentara Israel"); a longer name stays a body ("Tentara Nasional Indonesia").
MILITARY_NOUNS: frozenset[str] = frozenset({"pasukan", "tentara", "militer", "serdadu", "prajurit"})
# Indonesian names put the head first ("Pasukan Rusia", "Sidang Umum PBB"): capitalised words before a
# known name make it a possessor, not part of a longer name, but in a company's name ("PT Pos Indonesia").
HEAD_FIRST: bool = True
# "Guam, salah satu wilayah AS", "Natuna, pulau Indonesia": a kind of place of a state after the comma
APPOSITION_PLACE_KINDS: frozenset[str] = frozenset("wilayah pulau provinsi kota kawasan teritori daerah".split())
PLACE_APPOSITION_LEAD: frozenset[str] = frozenset({"salah", "satu", "sebuah", "suatu"})
TERRITORY_KINDS: frozenset[str] = frozenset({"wilayah", "teritori"})
# the first word(s) of a place's name that say what it is: "Bandar Udara Sambuanga, Filipina"
FACILITY_WORDS: frozenset[str] = frozenset(
    ["bandar udara", "bandara", "pelabuhan", "pulau", "kepulauan", "istana", "gedung", "wisma", "hotel", "stadion",
     "masjid", "gereja", "katedral", "rumah sakit", "universitas", "kampus", "pangkalan", "kamp", "provinsi",
     "kabupaten", "kecamatan", "kelurahan", "desa", "kota", "kampung", "lapangan", "alun-alun", "teluk", "selat"])
COMPASS_WORDS: frozenset[str] = frozenset()  # the direction follows the state ("Suriah utara")

# Ministries: "Kementerian Luar Negeri Armenia" → Ministry of Foreign Affairs of Armenia.
# The country follows the ministry name; without one it is the home state's (HOME_STATE).
# The state whose ministries the language's news names without a state ("Kementerian Luar Negeri Jose
# Tavares": Indonesia's foreign ministry, then a name); None: such a ministry gives no entity.
HOME_STATE: str | None = "IDN"
MINISTRIES: dict[str, str] = {
    "Kementerian Luar Negeri": "Ministry of Foreign Affairs",
    "Kemenlu": "Ministry of Foreign Affairs",
    "Kemlu": "Ministry of Foreign Affairs",
    "Departemen Luar Negeri": "Ministry of Foreign Affairs",
    "Deplu": "Ministry of Foreign Affairs",
    "Kementerian Pertahanan": "Ministry of Defence",
    "Kemhan": "Ministry of Defence",
    "Kemenhan": "Ministry of Defence",
    "Departemen Pertahanan": "Ministry of Defence",
    "Kementerian Keuangan": "Ministry of Finance",
    "Kementerian Perdagangan": "Ministry of Trade",
    "Kementerian Dalam Negeri": "Ministry of the Interior",
    "Kementerian Luar Negeri dan Perdagangan": "Ministry of Foreign Affairs and Trade",
}

# Names a state goes by in the news (epithets), mapped like the short forms above.
EPITHETS: dict[str, str] = {
    "Negeri Matahari Terbit": "JPN", "Negeri Sakura": "JPN", "Negeri Paman Sam": "USA", "Negeri Adidaya": "USA",
    "Negeri Tirai Bambu": "CHN", "Negeri Panda": "CHN", "Negeri Beruang Merah": "RUS", "Negeri Gajah Putih": "THA",
    "Negeri Ginseng": "KOR", "Negeri Gingseng": "KOR", "Negeri Jiran": "MYS", "Negeri Kanguru": "AUS",
    "Negeri Kangguru": "AUS", "Negeri Singa": "SGP", "Negeri Piramida": "EGY", "Negeri Kincir Angin": "NLD",
    "Negeri Samba": "BRA", "Negeri Seribu Pagoda": "MMR", "Negeri Ratu Elizabeth": "GBR", "Negeri Zionis": "ISR",
    "Negeri Para Mullah": "IRN", "Negeri Kiwi": "NZL", "Negeri Menara Eiffel": "FRA", "Negeri Tango": "ARG",
    "Negeri Bollywood": "IND", "Negeri Anggur": "FRA", "Negeri Pizza": "ITA", "Negeri Pisa": "ITA",
    "Negeri Formosa": "TWN", "Negeri Petrodolar": "SAU", "Negeri Dua Kota Suci": "SAU", "Negeri Bunga Tulip": "NLD",
    "Negeri Tembok Besar": "CHN", "Negeri Seribu Masjid": "TUR", "Negeri Onta": "SAU", "Negeri Kaisar": "JPN",
}

# Pronouns that take up the last person named; references that take up states.
PRONOUNS: tuple[str, ...] = ("dia", "ia", "beliau")
# n-state references: the last n states named ("*" is any one word: "negara tertutup itu")
GROUP_REFERENCES: dict[str, int] = {
    "kedua negara": 2, "kedua negara tersebut": 2, "kedua negara itu": 2, "kedua pihak": 2, "kedua belah pihak": 2,
    "kedua pemerintah": 2, "kedua pemerintahan": 2, "kedua pemimpin": 2, "kedua pemimpin negara": 2,
    "kedua kepala negara": 2, "kedua menteri": 2, "kedua menlu": 2, "ketiga negara": 3, "ketiga negara itu": 3,
    "ketiga negara tersebut": 3, "negara itu": 1, "negara tersebut": 1, "negeri itu": 1, "negeri tersebut": 1,
    "negara * itu": 1, "negara * tersebut": 1, "negeri * itu": 1, "pemerintah negara itu": 1,
}
# references that always mean the same states
FIXED_GROUPS: dict[str, tuple[str, ...]] = {"kedua korea": ("PRK", "KOR"), "dua korea": ("PRK", "KOR")}
# the state or body that is the subject just before: "pihaknya" (its side)
STATE_REFERENCES: tuple[str, ...] = ("pihaknya",)

# Words that name a treaty; with a year or "tentang ..." after them they name one agreement.
AGREEMENT_WORDS: tuple[str, ...] = ("perjanjian", "pakta", "traktat", "kesepakatan", "persetujuan", "konvensi", "resolusi")
AGREEMENT_ABOUT: tuple[str, ...] = ("tentang", "mengenai", "soal")
ALLIANCE_WORDS: tuple[str, ...] = ("aliansi", "persekutuan", "pakta")
SIGN_WORDS: frozenset[str] = frozenset({"menandatangani", "meneken", "meratifikasi", "ditandatangani", "diteken", "diratifikasi"})

# "the capital Kinshasa", "Grozny, the capital of Chechnya" (kg.nlp.components.structures)
CAPITAL_WORDS: tuple[str, ...] = ("ibu kota", "ibukota")
