"""Indonesian titles that introduce a person, with the role they denote (gold schema roles).

Matched case-insensitively on whole tokens; the longest title wins ("Wakil Perdana Menteri"
over "Perdana Menteri").
"""

TITLES: dict[str, str] = {
    "presiden": "headOfState", "kepala negara": "headOfState", "pemimpin": "headOfState",
    "pemimpin tertinggi": "headOfState", "pemimpin nasional": "headOfGovernment",
    "pemimpin de facto": "headOfGovernment", "pemimpin defacto": "headOfGovernment",
    "perdana menteri": "headOfGovernment", "pm": "headOfGovernment", "kanselir": "headOfGovernment",
    "kepala pemerintahan": "headOfGovernment", "penasihat negara": "headOfGovernment",
    "raja": "monarch", "ratu": "monarch", "emir": "monarch", "sultan": "monarch", "kaisar": "monarch",
    "pangeran": "monarch", "putra mahkota": "monarch", "syekh": "monarch",
    "menteri luar negeri": "foreignMinister", "menlu": "foreignMinister",
    "menteri pertahanan": "defenceMinister", "menhan": "defenceMinister",
    "menteri": "minister", "kepala sekretaris kabinet": "minister", "sekretaris kabinet": "minister",
    "menteri keuangan": "minister", "menkeu": "minister", "menteri perdagangan": "minister",
    "menteri dalam negeri": "minister", "mendagri": "minister", "menteri koordinator": "minister",
    "menko": "minister", "sekretaris negara": "foreignMinister",
    "duta besar": "ambassador", "dubes": "ambassador", "utusan": "ambassador", "utusan khusus": "ambassador",
    "wakil duta besar": "ambassador",
    "juru bicara": "spokesperson", "jubir": "spokesperson",
    "sekretaris jenderal": "secretaryGeneral", "sekjen": "secretaryGeneral",
    "panglima": "militaryCommander", "jenderal": "militaryCommander", "komandan": "militaryCommander",
    "kepala staf": "militaryCommander", "laksamana": "militaryCommander", "marsekal": "militaryCommander",
    "wakil presiden": "official", "wapres": "official", "wakil perdana menteri": "official",
    "penasihat keamanan nasional": "official", "penasihat": "official", "pejabat": "official",
    "ketua": "official", "kepala": "official", "direktur": "official", "gubernur": "official",
    "wali kota": "official", "walikota": "official", "senator": "official", "anggota parlemen": "official",
    "kepala intelijen": "official", "diplomat": "official", "wakil menteri": "official",
    "calon presiden": "official",
}

# Capitalised words that end a name after a title (days, months, function words).
NAME_STOP: frozenset[str] = frozenset(
    "Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli "
    "Agustus September Oktober November Desember Dia Ia Pada Dalam Di Ke Dari Yang Dan Untuk "
    "Dengan Bahwa Itu Ini Tersebut Secara Telah Akan Sudah Juga Namun Tetapi Sementara Kata "
    "Mengatakan Menyatakan Menurut Saat Ketika Setelah Sebelum Pemerintah Negara Rakyat".split()
)
