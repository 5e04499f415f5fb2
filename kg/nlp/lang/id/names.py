"""Indonesian names of countries missing from pycountry's translations, and reference words."""

# Short forms in everyday Indonesian news (pycountry has only the formal names for several).
COUNTRY_ALIASES: dict[str, str] = {
    "Rusia": "RUS", "Federasi Rusia": "RUS", "Inggris": "GBR", "Britania": "GBR", "Britania Raya": "GBR",
    "Kerajaan Inggris": "GBR", "Tiongkok": "CHN", "China": "CHN", "Cina": "CHN", "RRT": "CHN",
    "Prancis": "FRA", "Perancis": "FRA", "AS": "USA", "Amerika": "USA", "Amerika Serikat": "USA",
    "Paman Sam": "USA", "Korut": "PRK", "Korea Utara": "PRK", "DPRK": "PRK", "Korsel": "KOR",
    "Korea Selatan": "KOR", "Korea Selatan ": "KOR", "Saudi": "SAU", "Arab Saudi": "SAU", "UEA": "ARE",
    "Uni Emirat Arab": "ARE", "Suriah": "SYR", "Palestina": "PSE", "Iran": "IRN", "Irak": "IRQ",
    "Yordania": "JOR", "Yaman": "YEM", "Libya": "LBY", "Mesir": "EGY", "Turki": "TUR",
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
}

DEMONYMS: dict[str, str] = {}  # Indonesian marks nationality with the country name itself

# Ministries: "Kementerian Luar Negeri Armenia" → Ministry of Foreign Affairs of Armenia.
# The country follows the ministry name; without one the ministry stays unattached.
MINISTRIES: dict[str, str] = {
    "Kementerian Luar Negeri": "Ministry of Foreign Affairs",
    "Kemenlu": "Ministry of Foreign Affairs",
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

# Pronouns that take up the last person named; group references that take up countries.
PRONOUNS: tuple[str, ...] = ("dia", "ia", "beliau")
GROUP_REFERENCES: dict[str, int] = {
    "kedua negara": 2, "kedua negara tersebut": 2, "kedua negara itu": 2, "kedua pihak": 2,
    "kedua korea": 2, "negara itu": 1, "negara tersebut": 1, "negeri itu": 1,
}

# Words that name a treaty; with a year or "tentang ..." after them they name one agreement.
AGREEMENT_WORDS: tuple[str, ...] = ("perjanjian", "pakta", "traktat", "kesepakatan", "persetujuan", "konvensi", "resolusi")
AGREEMENT_ABOUT: tuple[str, ...] = ("tentang", "mengenai", "soal")
