"""Indonesian titles that introduce a person, with the role they denote (gold schema roles).

Matched case-insensitively on whole tokens; the longest title wins ("Wakil Perdana Menteri"
over "Perdana Menteri"). ``"leader"`` is resolved by the affiliation: the head of state of a
country, an official of an organization.
"""

TITLES: dict[str, str] = {
    "presiden": "headOfState", "kepala negara": "headOfState", "pemimpin": "leader",
    "pemimpin tertinggi": "headOfState", "pemimpin nasional": "headOfGovernment",
    "pemimpin de facto": "headOfGovernment", "pemimpin defacto": "headOfGovernment",
    "pemimpin de-facto": "headOfGovernment", "pemimpin spiritual": "official",
    "perdana menteri": "headOfGovernment", "pm": "headOfGovernment", "kanselir": "headOfGovernment",
    "kepala pemerintahan": "headOfGovernment", "penasihat negara": "headOfGovernment",
    "raja": "monarch", "ratu": "monarch", "emir": "monarch", "amir": "monarch", "sultan": "monarch", "kaisar": "monarch",
    "pangeran": "official", "putra mahkota": "official", "pangeran mahkota": "official",
    "menteri luar negeri": "foreignMinister", "menlu": "foreignMinister", "menteri urusan luar negeri": "foreignMinister",
    "menteri luar negeri dan perdagangan": "foreignMinister",
    "menteri pertahanan": "defenceMinister", "menhan": "defenceMinister",
    "menteri": "minister", "kepala sekretaris kabinet": "minister", "sekretaris kabinet": "minister",
    "menteri keuangan": "minister", "menkeu": "minister", "menteri perdagangan": "minister", "mendag": "minister",
    "menteri dalam negeri": "minister", "mendagri": "minister", "menteri koordinator": "minister",
    "menko": "minister", "menteri negara": "minister", "menteri energi": "minister", "menteri ekonomi": "minister",
    "menteri luar negeri bayangan": "official", "sekretaris negara": "foreignMinister",
    "duta besar": "ambassador", "dubes": "ambassador", "utusan": "ambassador", "utusan khusus": "ambassador",
    "wakil duta besar": "official", "wakil dubes": "official", "kuasa usaha": "ambassador",  # (a deputy is no ambassador)
    "juru bicara": "spokesperson", "jurubicara": "spokesperson", "jubir": "spokesperson", "sekretaris pers": "spokesperson",
    "sekretaris jenderal": "secretaryGeneral", "sekjen": "secretaryGeneral",
    "kapolri": "official", "wakapolri": "official", "kapolda": "official", "kasad": "militaryCommander",
    "ksad": "militaryCommander", "kasal": "militaryCommander", "ksal": "militaryCommander", "kasau": "militaryCommander",
    "ksau": "militaryCommander", "kepala bin": "official",
    "panglima": "militaryCommander", "jenderal": "militaryCommander", "komandan": "militaryCommander",
    "kepala staf": "militaryCommander", "laksamana": "militaryCommander", "marsekal": "militaryCommander",
    "panglima tertinggi": "militaryCommander", "kepala militer": "militaryCommander", "kolonel": "militaryCommander",
    "mayor": "militaryCommander", "mayor jenderal": "militaryCommander", "letnan jenderal": "militaryCommander", "brigadir jenderal": "militaryCommander",
    "mayjen": "militaryCommander", "letjen": "militaryCommander", "brigjen": "militaryCommander",
    # the TNI's ranks of two words ("Marsekal Muda X" is not a person "Muda X")
    "jenderal besar": "militaryCommander", "marsekal muda": "militaryCommander", "marsekal madya": "militaryCommander",
    "marsekal pertama": "militaryCommander", "laksamana muda": "militaryCommander", "laksamana madya": "militaryCommander",
    "laksamana pertama": "militaryCommander", "marsda": "militaryCommander", "marsdya": "militaryCommander",
    "marsma": "militaryCommander", "laksda": "militaryCommander", "laksdya": "militaryCommander", "laksma": "militaryCommander",
    "wakil presiden": "official", "wapres": "official", "wakil perdana menteri": "official",
    "penasihat keamanan nasional": "official", "penasihat": "official", "pejabat": "official",
    "ketua": "official", "ketua umum": "official", "ketum": "official", "waketum": "official", "wakil ketua umum": "official",
    "kepala": "official", "direktur": "official", "direktur jenderal": "official",
    "gubernur": "official", "wali kota": "official", "walikota": "official", "senator": "official",
    "anggota parlemen": "official", "anggota kongres": "official", "kepala intelijen": "official", "diplomat": "official",
    "wakil menteri": "official", "wakil menteri luar negeri": "official", "asisten menteri": "official",
    "asisten menteri luar negeri": "official",
    "konsul jenderal": "official", "atase": "official", "pemimpin oposisi": "official",
    "ketua parlemen": "official", "ketua dewan": "official", "komisaris tinggi": "official", "utusan pbb": "ambassador",
    "pelapor khusus": "official", "kepala delegasi": "official", "negosiator": "official", "kepala negosiator": "official",
    "komisioner": "official", "komisaris": "official", "wakil sekretaris jenderal": "official", "wakil sekjen": "official",
    "wakil menhan": "official", "wakil menlu": "official", "wamenlu": "official", "wakil ketua": "official",
    "mitranya": "official",  # "mitranya dari Ethiopia X": the office of the one he meets (the linker)
    "perwakilan perdagangan": "minister", "direktur eksekutif": "official", "deputi": "official",
}

# A minister's portfolio in the title: "Menteri Pertanian", "Menteri Kesehatan"
PORTFOLIOS: tuple[str, ...] = (
    "pertanian", "perdagangan", "keuangan", "kesehatan", "pendidikan", "perindustrian", "industri", "energi",
    "hukum", "kehakiman", "tenaga kerja", "perhubungan", "transportasi", "lingkungan hidup", "lingkungan",
    "ekonomi", "kebudayaan", "pariwisata", "kelautan", "perikanan", "kelautan dan perikanan", "agama",
    "sosial", "komunikasi", "informasi", "komunikasi dan informatika", "pertambangan", "perminyakan",
    "perencanaan", "riset", "teknologi", "imigrasi", "perumahan", "pekerjaan umum", "keamanan", "kehutanan",
    "pemuda dan olahraga", "olahraga", "dalam negeri", "luar negeri", "pertahanan", "bumn", "sekretaris negara",
    "hukum dan ham", "ketenagakerjaan", "energi dan sumber daya mineral", "esdm", "investasi", "intelijen",
    "desa", "koperasi", "agraria", "agraria dan tata ruang", "pendayagunaan aparatur negara", "pemberdayaan perempuan",
    "perlindungan anak", "pendidikan dan kebudayaan", "riset dan teknologi", "lingkungan hidup dan kehutanan",
    "perencanaan pembangunan nasional", "pertanahan", "kominfo", "kemaritiman", "perekonomian", "polhukam",
    "pemuda dan olah raga", "olah raga",
)
for _p in PORTFOLIOS:
    TITLES.setdefault(f"menteri {_p}", "minister")
    TITLES.setdefault(f"menteri negara {_p}", "minister")  # a state minister ("Menteri Negara Pemuda dan Olah Raga")

# Capitalised words that end a name after a title (days, months, function words).
NAME_STOP: frozenset[str] = frozenset(
    "Senin Selasa Rabu Kamis Jumat Sabtu Minggu Ahad Januari Februari Maret April Mei Juni Juli "
    "Agustus September Oktober November Desember Dia Ia Pada Dalam Di Ke Dari Yang Dan Untuk "
    "Dengan Bahwa Itu Ini Tersebut Secara Telah Akan Sudah Juga Namun Tetapi Sementara Kata "
    "Mengatakan Menyatakan Menurut Saat Ketika Setelah Sebelum Pemerintah Negara Rakyat Kami Kita "
    "Mereka Beliau Selain Bahkan Sedangkan Adapun Meski Meskipun Sejak Hingga Sampai Oleh Atas".split()
)
# Words that belong to how a person is named and may stand before the name ("Sheikh Tamim").
NAME_PREFIXES: frozenset[str] = frozenset({"sheikh", "syekh", "syeikh", "syaikh", "lord", "sir", "dr", "haji", "kh", "ayatollah"})
# Courtesy titles before a bare name ("Pak Harun"): a person, no role.
COURTESY_TITLES: frozenset[str] = frozenset({"pak", "bapak", "bu", "ibu", "tuan", "nyonya", "mr", "mr.", "mrs", "mrs.", "ms", "ms."})
# "juru bicara dari Kemlu": a preposition between a title and its affiliation.
AFFILIATION_PREPS: frozenset[str] = frozenset({"dari"})
# lower-case words that name the kind of body between a title and the body's name: "juru bicara
# kelompok Tentara Pembebasan Papua", "pemimpin koalisi Front Selatan"
GROUP_WORDS: frozenset[str] = frozenset(
    "kelompok koalisi organisasi gerakan aliansi faksi milisi pemberontak militan separatis oposisi "
    "bersenjata".split())
# before a title that follows a name and a comma: "X, seorang pejabat dari"
TITLE_DETERMINERS: frozenset[str] = frozenset({"seorang", "sang"})
TITLE_ADJECTIVES: frozenset[str] = frozenset({"senior", "tinggi"})  # after the title: "pejabat senior dari"
# before the posting of an envoy, between the title and the name: "Duta Besar Jepang untuk China X"
POSTING_PREPS: frozenset[str] = frozenset({"untuk"})
# a title after these is said of someone ("sebagai Presiden AS, Tony Blair mengatakan")
AS_WORDS: frozenset[str] = frozenset({"sebagai", "selaku"})
# "mitranya dari Rusia": a counterpart, titled like the person before.
COUNTERPART_WORDS: frozenset[str] = frozenset({"mitranya", "sejawatnya"})
# lower-case words of a body between a state and a title ("China's foreign ministry spokesman X")
BODY_WORDS: frozenset[str] = frozenset("".split())
# A title after these words is not held, or not yet ("mantan Presiden", "calon presiden").
FORMER_WORDS: frozenset[str] = frozenset({"mantan", "eks", "bekas", "almarhum", "mendiang", "calon", "kandidat", "capres"})
PAST_WORDS: frozenset[str] = frozenset({"mantan", "eks", "bekas", "almarhum", "mendiang"})  # held before: a holdsRole
# A title followed by these is not held yet: "Presiden terpilih".
NOT_YET_AFTER: frozenset[str] = frozenset({"terpilih"})
NOT_NAME_SUFFIXES: tuple[str, ...] = ("nya",)  # "Sebelumnya", "Akhirnya": adverbs, not names

# Between a name and its title: "Cotti, who is also the Swiss foreign minister", "X adalah Menteri ..."
COPULAS_BEFORE_TITLE: tuple[str, ...] = (
    "adalah", "merupakan", "yang merupakan", "yang juga", "yang juga merupakan", "yang menjabat sebagai", "menjabat sebagai",
    "yang kini menjabat sebagai", "kini menjabat sebagai",
    # taking office: "X yang baru saja dilantik sebagai Ketua KEIN", "X terpilih menjadi Ketua Umum PAN"
    *(f"{rel}{when}{verb} {prep}" for rel in ("", "yang ") for when in ("", "baru ", "baru saja ", "telah ", "resmi ")
      for verb in ("dilantik", "terpilih", "diangkat", "ditunjuk") for prep in ("sebagai", "menjadi")))

# Titles that name their body ("Kapolri": Kepala Kepolisian Negara RI, the head of the national police)
TITLE_BODIES: dict[str, str] = {
    "kapolri": "org:polri", "wakapolri": "org:polri", "kapolda": "org:polri", "kasad": "org:tni-ad", "ksad": "org:tni-ad",
    "kasal": "org:tni-al", "ksal": "org:tni-al", "kasau": "org:tni-au", "ksau": "org:tni-au", "kepala bin": "org:bin",
}
