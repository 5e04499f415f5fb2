"""English country names missing from pycountry (short and historic forms) and demonyms."""

COUNTRY_ALIASES: dict[str, str] = {
    "Russia": "RUS", "Soviet Union": "SUN", "USSR": "SUN", "U.S.S.R.": "SUN", "Britain": "GBR",
    "Great Britain": "GBR", "UK": "GBR", "U.K.": "GBR", "United Kingdom": "GBR", "England": "GBR",
    "US": "USA", "U.S.": "USA", "USA": "USA", "U.S.A.": "USA", "America": "USA",
    "United States of America": "USA", "United States": "USA", "North Korea": "PRK", "DPRK": "PRK",
    "South Korea": "KOR", "Iran": "IRN", "Syria": "SYR", "Vietnam": "VNM", "Laos": "LAO",
    "Bolivia": "BOL", "Venezuela": "VEN", "Tanzania": "TZA", "Moldova": "MDA", "Taiwan": "TWN",
    "Palestine": "PSE", "Czech Republic": "CZE", "Turkey": "TUR", "Ivory Coast": "CIV",
    "Burma": "MMR", "Holland": "NLD", "Vatican": "VAT", "Holy See": "VAT", "Macedonia": "MKD",
    "People's Republic of China": "CHN", "PRC": "CHN", "Republic of China": "TWN",
    "Brunei": "BRN", "East Timor": "TLS", "Congo": "COG", "Democratic Republic of Congo": "COD",
    "Democratic Republic of the Congo": "COD", "UAE": "ARE", "Kosovo": "XKX",
    "West Germany": "DEU", "East Germany": "DDR", "Yugoslavia": "YUG", "Czechoslovakia": "CSK",
    "Zaire": "ZAR", "Trinidad": "TTO",
}

DEMONYMS: dict[str, str] = {
    "Russian": "RUS", "Soviet": "SUN", "Armenian": "ARM", "Azerbaijani": "AZE", "Turkish": "TUR",
    "American": "USA", "British": "GBR", "Chinese": "CHN", "Japanese": "JPN", "North Korean": "PRK",
    "South Korean": "KOR", "French": "FRA", "German": "DEU", "West German": "DEU", "Iranian": "IRN",
    "Iraqi": "IRQ", "Syrian": "SYR", "Israeli": "ISR", "Palestinian": "PSE", "Saudi": "SAU",
    "Egyptian": "EGY", "Indian": "IND", "Pakistani": "PAK", "Afghan": "AFG", "Ukrainian": "UKR",
    "Greek": "GRC", "Italian": "ITA", "Spanish": "ESP", "Canadian": "CAN", "Mexican": "MEX",
    "Brazilian": "BRA", "Argentine": "ARG", "Argentinian": "ARG", "Venezuelan": "VEN", "Cuban": "CUB",
    "Australian": "AUS", "Indonesian": "IDN", "Malaysian": "MYS", "Philippine": "PHL", "Filipino": "PHL",
    "Vietnamese": "VNM", "Thai": "THA", "Burmese": "MMR", "Qatari": "QAT", "Emirati": "ARE",
    "Bahraini": "BHR", "Kuwaiti": "KWT", "Lebanese": "LBN", "Jordanian": "JOR", "Libyan": "LBY",
    "Yemeni": "YEM", "Polish": "POL", "Dutch": "NLD", "Belgian": "BEL", "Swiss": "CHE", "Swedish": "SWE",
    "Norwegian": "NOR", "Danish": "DNK", "Finnish": "FIN", "Austrian": "AUT", "Hungarian": "HUN",
    "Czech": "CZE", "Romanian": "ROU", "Serbian": "SRB", "Belarusian": "BLR", "Kazakh": "KAZ",
    "Uzbek": "UZB", "Georgian": "GEO", "Nigerian": "NGA", "South African": "ZAF", "Kenyan": "KEN",
    "Ethiopian": "ETH", "Sudanese": "SDN", "Somali": "SOM", "Chilean": "CHL", "Colombian": "COL",
    "Peruvian": "PER", "Bolivian": "BOL", "Ecuadorian": "ECU", "Uruguayan": "URY", "Paraguayan": "PRY",
    "Taiwanese": "TWN", "Singaporean": "SGP", "Cambodian": "KHM", "Bangladeshi": "BGD",
    "Nepalese": "NPL", "Sri Lankan": "LKA", "Mongolian": "MNG", "New Zealand": "NZL",
    "Portuguese": "PRT", "Irish": "IRL", "Mozambican": "MOZ", "Angolan": "AGO", "Algerian": "DZA",
    "Moroccan": "MAR", "Tunisian": "TUN", "Omani": "OMN", "Nicaraguan": "NIC", "Salvadoran": "SLV",
    "Honduran": "HND", "Guatemalan": "GTM", "Panamanian": "PAN",
    # the rest of the world's states
    "Albanian": "ALB", "Andorran": "AND", "Antiguan": "ATG", "Bahamian": "BHS", "Barbadian": "BRB",
    "Belizean": "BLZ", "Beninese": "BEN", "Bhutanese": "BTN", "Bosnian": "BIH", "Botswanan": "BWA",
    "Bruneian": "BRN", "Bulgarian": "BGR", "Burkinabe": "BFA", "Burundian": "BDI", "Cameroonian": "CMR",
    "Cape Verdean": "CPV", "Central African": "CAF", "Chadian": "TCD", "Comoran": "COM", "Congolese": "COD",
    "Costa Rican": "CRI", "Ivorian": "CIV", "Croatian": "HRV", "Cypriot": "CYP", "Djiboutian": "DJI",
    "Dominican": "DOM", "East Timorese": "TLS", "Timorese": "TLS", "Equatorial Guinean": "GNQ",
    "Eritrean": "ERI", "Estonian": "EST", "Fijian": "FJI", "Gabonese": "GAB", "Gambian": "GMB",
    "Ghanaian": "GHA", "Grenadian": "GRD", "Guinean": "GIN", "Guyanese": "GUY", "Haitian": "HTI",
    "Icelandic": "ISL", "Jamaican": "JAM", "Kiribati": "KIR", "Kosovar": "XKX", "Kyrgyz": "KGZ",
    "Laotian": "LAO", "Lao": "LAO", "Latvian": "LVA", "Liberian": "LBR", "Liechtenstein": "LIE",
    "Lithuanian": "LTU", "Luxembourgish": "LUX", "Macedonian": "MKD", "Malagasy": "MDG", "Malawian": "MWI",
    "Maldivian": "MDV", "Malian": "MLI", "Maltese": "MLT", "Mauritanian": "MRT", "Mauritian": "MUS",
    "Moldovan": "MDA", "Monegasque": "MCO", "Montenegrin": "MNE", "Namibian": "NAM", "Nauruan": "NRU",
    "Nigerien": "NER", "Palauan": "PLW", "Papua New Guinean": "PNG", "Rwandan": "RWA", "Samoan": "WSM",
    "Sammarinese": "SMR", "Senegalese": "SEN", "Seychellois": "SYC", "Sierra Leonean": "SLE",
    "Slovak": "SVK", "Slovakian": "SVK", "Slovenian": "SVN", "Slovene": "SVN", "Solomon Islander": "SLB",
    "South Sudanese": "SSD", "Surinamese": "SUR", "Swazi": "SWZ", "Tajik": "TJK", "Tanzanian": "TZA",
    "Togolese": "TGO", "Tongan": "TON", "Trinidadian": "TTO", "Turkmen": "TKM", "Tuvaluan": "TUV",
    "Ugandan": "UGA", "Vanuatuan": "VUT", "Zambian": "ZMB", "Zimbabwean": "ZWE", "Kazakhstani": "KAZ",
    "Azeri": "AZE", "Emirian": "ARE", "Luxembourg": "LUX", "Yugoslav": "YUG", "Czechoslovak": "CSK", "Zairean": "ZAR",
}

# Names that hold a known name (kg.nlp.components.gazetteer): a country or body inside a longer
# name is no mention of its own ("New Democratic Party", "Georgia-Pacific"), but for these words.
# Words for a state's regime or form before its name: "Nazi Germany" is still Germany.
STATE_MODIFIERS: frozenset[str] = frozenset(
    {"nazi", "imperial", "tsarist", "czarist", "communist", "fascist", "mainland", "vichy", "weimar", "francoist",
     "federal", "republican", "royal", "islamic", "socialist", "democratic", "post-war", "postwar", "modern"}
)
REGION_DIRECTIONS: frozenset[str] = frozenset()
# between "in" and a state: "Kandahar in southern Afghanistan" (Indonesian puts them after: "Suriah utara")
COMPASS_WORDS: frozenset[str] = frozenset(
    "northern southern eastern western central north south east west northeastern northwestern southeastern "
    "southwestern".split())  # English puts the direction first: "West Azerbaijan"
COMPANY_MARKS: frozenset[str] = frozenset({"inc", "inc.", "ltd", "ltd.", "corp", "corp.", "plc", "llc", "pt", "tbk"})
# A generic word for armed forces after a state's name: the state acting through its forces
# ("Russian Army", "Israeli Forces"); a longer name stays a body ("Israel Defense Forces").
MILITARY_NOUNS: frozenset[str] = frozenset({"army", "forces", "troops", "military", "soldiers", "armed forces"})
# English names put modifiers first ("New Democratic Party", "Russian Army").
HEAD_FIRST: bool = False
# "the Israeli city of Tel Aviv", "Canada's capital city, Ottawa": the state before the kind of place
PLACE_KINDS: frozenset[str] = frozenset(
    "city town island port capital province region village state district territory enclave".split())
# "Guam, a U.S. territory": the words between the comma and the state
PLACE_APPOSITION_LEAD: frozenset[str] = frozenset({"a", "an", "the", "one", "of", "overseas", "small", "remote"})
TERRITORY_KINDS: frozenset[str] = frozenset({"territory", "dependency"})
# the last word of a place's name that says what it is: "Zamboanga Airport, Philippines"
FACILITY_WORDS: frozenset[str] = frozenset(
    "airport port harbour harbor island islands palace hotel stadium base camp building square mosque church "
    "cathedral hospital university province district county prefecture region valley".split())

MINISTRIES: dict[str, str] = {
    "Foreign Ministry": "Ministry of Foreign Affairs",
    "Ministry of Foreign Affairs": "Ministry of Foreign Affairs",
    "Foreign Office": "Ministry of Foreign Affairs",
    "Defence Ministry": "Ministry of Defence",
    "Defense Ministry": "Ministry of Defence",
    "Ministry of Defence": "Ministry of Defence",
    "Ministry of Defense": "Ministry of Defence",
    "Finance Ministry": "Ministry of Finance",
    "Trade Ministry": "Ministry of Trade",
    "Interior Ministry": "Ministry of the Interior",
}

EPITHETS: dict[str, str] = {
    "Uncle Sam": "USA", "the Land of the Rising Sun": "JPN", "Whitehall": "GBR", "Elysee": "FRA", "Élysée": "FRA",
    "Elysee Palace": "FRA", "Élysée Palace": "FRA", "Zhongnanhai": "CHN", "Blue House": "KOR", "Quai d'Orsay": "FRA",
    "Foggy Bottom": "USA",
}

# Counted people of a state are no state: "Seven Iraqis who seized a jet", "dozens of Kenyans"
PEOPLE_COUNT_WORDS: frozenset[str] = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands several "
    "many some few other more".split()
)
PRONOUNS: tuple[str, ...] = ("he", "she")
GROUP_REFERENCES: dict[str, int] = {
    "the two countries": 2, "both countries": 2, "the two nations": 2, "both nations": 2, "both sides": 2,
    "the two sides": 2, "both governments": 2, "the two governments": 2, "the two leaders": 2, "both leaders": 2,
    "the two states": 2, "the three countries": 3, "the country": 1, "the nation": 1,
}
FIXED_GROUPS: dict[str, tuple[str, ...]] = {"the two koreas": ("PRK", "KOR"), "both koreas": ("PRK", "KOR")}
STATE_REFERENCES: tuple[str, ...] = ("it",)

AGREEMENT_WORDS: tuple[str, ...] = ("treaty", "pact", "accord", "agreement", "convention", "resolution", "deal", "declaration", "protocol")
AGREEMENT_ABOUT: tuple[str, ...] = ("on", "of")
ALLIANCE_WORDS: tuple[str, ...] = ("alliance", "pact")
SIGN_WORDS: frozenset[str] = frozenset({"signed", "sign", "signs", "signing", "ratified", "ratify", "ratifies"})

# "the capital Kinshasa", "Grozny, the capital of Chechnya" (kg.nlp.components.structures)
CAPITAL_WORDS: tuple[str, ...] = ("capital", "capital city")
