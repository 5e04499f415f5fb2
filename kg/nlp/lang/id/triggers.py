"""Indonesian relation triggers and cue words.

Each trigger is ``phrase: (relation, frame, prior confidence)``; the prior is used until the
calibration (``kg/nlp/confidence.json``) has measured the rule. Frames (see
:mod:`kg.nlp.components.relations`):

* ``svo``  subject to the left, object to the right;
* ``sym``  symmetric: coordinated actors to the left ("A dan B berunding"), or subject left and
  object right after a "with" word ("A berunding dengan B", "perang antara A dan B");
* ``app``  apposition: "sekutu A, B" / "B, sekutu A" → relation(B, A);
* ``ovs``  passive: object to the left, subject to the right ("A diserang oleh B");
* ``nom``  a noun whose agent may follow it: "sanksi PBB terhadap Korut".

In a phrase, ``…`` is a gap of a few words without an actor, ``~`` a gap that may hold the agent,
``@`` the place of the object (an actor right there), ``<delegate>`` a gap holding a word of
``WORD_CLASSES["delegate"]``. Active verbs (meN-) take ``svo``, their di- passives ``ovs``.
"""
from __future__ import annotations


def _each(rel: str, frame: str, conf: float, *phrases: str) -> dict[str, tuple[str, str, float]]:
    return {p: (rel, frame, conf) for p in phrases}


def _with(rel: str, conf: float, *nouns: str, preps: tuple[str, ...] = ("dengan", "antara")) -> dict:
    """"konflik dengan", "konflik antara": a symmetric noun or verb with its partner word."""
    return {f"{n} {p}": (rel, "sym", conf) for n in nouns for p in preps}


TRIGGERS: dict[str, tuple[str, str, float]] = {
    # 02 appeal, 023 appeal for aid
    **_each("requestsAssistance", "svo", 0.85, "meminta bantuan", "minta bantuan", "memohon bantuan",
            "meminta pertolongan", "mengajukan permintaan bantuan", "permintaan bantuan", "permohonan bantuan"),
    **_each("requestsAssistance", "svo", 0.7, "meminta dukungan", "meminta perlindungan", "mencari bantuan",
            "mencari dukungan", "menggalang dukungan", "memohon @ untuk", "memohon kepada"),
    # asking a party to act: a request for assistance when what is asked names help (AID_WORDS),
    # else a demand ("meminta Myanmar untuk memulangkan ...", as "called on X to" in English)
    **_each("requestsAssistance|demands", "svo", 0.7, "meminta @ untuk", "meminta @ agar", "meminta kepada",
            "meminta @ <asked_act>"),
    **_each("requestsAssistance", "svo", 0.6, "melobi", "lobi", "membujuk"),
    # talking with someone so that they act: a meeting and a request
    **_each("meetsWith+requestsAssistance", "svo", 0.7, "bernegosiasi dengan @ agar", "berunding dengan @ agar",
            "bernegosiasi dengan @ supaya", "berunding dengan @ supaya", "berbicara dengan @ agar",
            "melobi @ agar", "membujuk @ agar"),
    # 04 consult
    **_each("meetsWith", "sym", 0.8, "bertemu", "bertemu dengan", "berjumpa dengan", "bertatap muka dengan",
            "melakukan pertemuan dengan", "mengadakan pertemuan dengan", "menggelar pertemuan dengan",
            "berbicara melalui telepon", "berbicara via telepon", "berbicara lewat telepon", "bertelepon dengan",
            "berbicara melalui sambungan telepon"),
    **_each("meetsWith", "svo", 0.75, "menemui", "menelepon", "menghubungi", "menerima kunjungan", "menjamu", "menerima @ di"),
    **_each("meetsWith", "ovs", 0.7, "ditemui", "ditelepon"),
    **_each("meetsWith", "sym", 0.65, "pertemuan", "pembicaraan", "perundingan", "berunding", "bernegosiasi",
            "negosiasi", "panggilan telepon", "percakapan telepon", "sambungan telepon", "berbincang",
            "perbincangan", "berdialog", "dialog", "berkonsultasi", "konsultasi", "ktt", "konferensi tingkat tinggi",
            "pertemuan bilateral", "pembicaraan bilateral", "berdiskusi", "diskusi"),
    **_with("meetsWith", 0.75, "konferensi pers bersama", "jumpa pers bersama", "pertemuan", "pembicaraan", "perundingan", "berunding", "bernegosiasi", "negosiasi",
            "berbincang", "perbincangan", "berdialog", "dialog", "berkonsultasi", "konsultasi", "berbicara",
            "berdiskusi", "diskusi", "pertemuan bilateral", "ktt"),
    **_each("meetsWith", "svo", 0.45, "mengatakan kepada @", "berkata kepada @", "berbicara kepada @"),
    # 042/043 visits
    **_each("visits", "svo", 0.85, "mengunjungi", "berkunjung ke", "kunjungan ke", "kunjungannya ke",
            "kunjungan kerja ke", "kunjungan kenegaraan ke", "kunjungan resmi ke", "melawat ke", "lawatan ke",
            "lawatannya ke", "menyambangi", "bertandang ke", "kunjungan … ke"),
    **_each("visits", "svo", 0.65, "tiba di", "mendarat di", "bertolak ke", "terbang ke", "mengirimkan <delegate> ke",
            "mengirim <delegate> ke", "mengutus <delegate> ke", "menugaskan <delegate> ke"),
    **_each("visits", "ovs", 0.7, "dikunjungi"),
    # 05/06 cooperate, agree
    **_each("agreesWith", "sym", 0.7, "sepakat", "bersepakat", "menyepakati", "mencapai kesepakatan",
            "menandatangani kesepakatan", "menandatangani perjanjian", "meneken kesepakatan", "meneken perjanjian",
            "bekerja sama", "menjalin kerja sama", "memperkuat kerja sama", "meningkatkan kerja sama",
            "mempererat kerja sama", "memperluas kerja sama"),
    **_each("agreesWith", "sym", 0.65, "memulihkan hubungan diplomatik dengan", "memulihkan hubungan dengan",
            "menjalin hubungan diplomatik dengan", "membuka hubungan diplomatik dengan",
            "menormalisasi hubungan dengan", "menormalkan hubungan dengan"),
    **_with("agreesWith", 0.7, "sepakat", "bersepakat", "kesepakatan", "bekerja sama", "kerja sama", "menjalin kerja sama",
            "memperkuat kerja sama", "meningkatkan kerja sama", "mencapai kesepakatan"),
    **_each("agreesWith", "sym", 0.55, "menyetujui", "menandatangani", "meneken"),
    **_with("agreesWith", 0.6, "perjanjian", "pakta", "traktat", "nota kesepahaman"),  # "perjanjian antara A dan B"
    # 10 demand
    **_each("demands", "svo", 0.7, "menuntut", "mendesak", "menyerukan kepada", "menyerukan @", "menyeru @", "menyeru kepada", "mengimbau",
            "menekan", "mendesakkan", "meminta dengan tegas"),
    **_each("demands", "nom", 0.65, "tuntutan ~ kepada", "tuntutan ~ terhadap", "desakan ~ kepada", "desakan ~ terhadap",
            "ultimatum ~ kepada", "ultimatum ~ terhadap", "seruan ~ kepada"),
    **_each("demands", "ovs", 0.65, "didesak", "dituntut"),
    # 11 disapprove
    **_each("criticizes", "svo", 0.8, "mengkritik", "mengkritisi", "mengecam", "mengutuk", "menuduh", "menuding",
            "memprotes", "menyalahkan", "mencela", "menyesalkan", "mengecam keras", "mengutuk keras",
            "melayangkan protes kepada", "melayangkan protes terhadap", "menyampaikan protes kepada",
            "melontarkan kritik terhadap", "melontarkan kecaman terhadap", "bereaksi keras terhadap", "bereaksi keras atas",
            "tidak sepakat dengan", "tak sepakat dengan", "tidak setuju dengan", "tak setuju dengan"),
    **_each("criticizes", "svo", 0.55, "menentang", "menyerang secara verbal", "mempersalahkan", "memperingatkan keras"),
    **_each("criticizes", "nom", 0.7, "kecaman ~ terhadap", "kecaman ~ atas", "kecaman ~ kepada", "kritik ~ terhadap",
            "kritik ~ atas", "kritikan ~ terhadap", "tudingan ~ terhadap", "tuduhan ~ terhadap", "protes ~ terhadap",
            "protes ~ atas", "protes ~ kepada", "tudingan bahwa", "tuduhan bahwa", "tudingan ~ bahwa", "tuduhan ~ bahwa"),
    **_each("criticizes", "ovs", 0.7, "dikecam", "dikritik", "dituduh", "dituding", "disalahkan", "dikutuk", "diprotes"),
    # 13 threaten
    **_each("threatens", "svo", 0.75, "mengancam", "mengancam akan", "memberi peringatan kepada",
            "memberikan peringatan kepada", "melontarkan ancaman terhadap", "mengultimatum"),
    **_each("threatens", "svo", 0.6, "memperingatkan"),
    **_each("threatens", "nom", 0.6, "ancaman ~ terhadap", "ancaman ~ kepada", "ancaman ~ bagi"),
    **_each("threatens", "ovs", 0.7, "diancam"),
    # 16 reduce relations
    **_each("sanctions", "svo", 0.85, "menjatuhkan sanksi", "memberikan sanksi", "memberi sanksi", "mengenakan sanksi",
            "menerapkan sanksi", "memperketat sanksi", "memperluas sanksi", "menambah sanksi", "menjatuhkan embargo",
            "mengembargo", "memberlakukan sanksi", "memberlakukan embargo"),
    **_each("sanctions", "svo", 0.75, "memutuskan hubungan", "memutus hubungan", "memutuskan hubungan diplomatik",
            "memutus hubungan diplomatik", "membekukan hubungan", "menangguhkan hubungan", "memblokade",
            "memboikot", "membekukan aset"),
    **_each("sanctions", "svo", 0.55, "mengusir", "memanggil pulang duta besarnya dari", "menarik duta besarnya dari",
            "menarik pulang duta besarnya dari", "menarik dubesnya dari", "memanggil pulang dubesnya dari",
            "menarik duta besarnya untuk", "memanggil pulang duta besarnya untuk"),
    **_each("sanctions", "nom", 0.7, "sanksi ~ terhadap", "sanksi ~ kepada", "sanksi ~ atas", "sanksi ~ bagi",
            "embargo ~ terhadap", "embargo ~ atas", "blokade ~ terhadap", "blokade ~ atas",
            "pemutusan hubungan ~ dengan", "pemutusan hubungan diplomatik ~ dengan", "boikot ~ terhadap"),
    **_each("sanctions", "ovs", 0.75, "dijatuhi sanksi", "mendapat sanksi", "mendapatkan sanksi", "terkena sanksi",
            "dikenai sanksi", "dikenakan sanksi", "diembargo", "diusir", "diboikot", "diblokade"),
    # 18-20 use force
    **_each("attacks", "svo", 0.8, "menyerang", "menyerbu", "mengebom", "membom", "membombardir", "menembaki",
            "menginvasi", "menggempur", "melancarkan serangan", "melancarkan serangan udara", "meluncurkan serangan",
            "menembakkan rudal ke", "menembakkan roket ke", "menduduki @", "mencaplok", "menganeksasi",
            "menembak jatuh", "menyerang balik"),
    **_each("attacks", "nom", 0.7, "serangan ~ terhadap", "serangan ~ ke", "serangan ~ atas", "serangan udara ~ terhadap",
            "serangan udara ~ ke", "serangan udara ~ atas", "invasi ~ ke", "invasi ~ terhadap", "agresi ~ terhadap",
            "pengeboman ~ terhadap", "pendudukan ~ atas", "aneksasi ~ atas"),
    **_each("attacks", "ovs", 0.75, "diserang", "diserbu", "dibom", "dibombardir", "digempur", "diinvasi", "ditembaki",
            "diduduki", "dicaplok"),
    # standing relations
    **_with("inConflictWith", 0.8, "konflik", "konfliknya", "berkonflik", "perang", "berperang", "pertempuran",
            "bertempur", "ketegangan", "bersitegang", "sengketa", "bersengketa", "perselisihan", "berselisih",
            "krisis diplomatik", "permusuhan", "bermusuhan", "perseteruan", "berseteru", "bentrokan", "bentrok",
            "perang dagang", "konfrontasi", "berkonfrontasi", "pertikaian", "bertikai"),
    **_each("inConflictWith", "sym", 0.8, "perang melawan", "berperang melawan", "bertempur melawan", "berjuang melawan",
            "melakukan perlawanan terhadap", "memerangi"),
    **_each("inConflictWith", "sym", 0.65, "berperang", "bertikai", "berseteru", "bersitegang", "berkonflik",
            "bermusuhan", "bersengketa", "berselisih", "saling tembak", "baku tembak", "terlibat baku tembak"),
    **_each("alliedWith", "app", 0.8, "sekutu", "sekutu dekat", "sekutu utama", "sekutu lama", "sekutu tradisional",
            "sekutu strategis"),
    **_each("alliedWith", "sym", 0.85, "bersekutu dengan", "aliansi dengan", "beraliansi dengan", "persekutuan dengan",
            "aliansi antara", "persekutuan antara"),
    **_each("supports", "svo", 0.7, "mendukung", "memberi dukungan pada", "memberi dukungan kepada",
            "memberikan dukungan kepada", "memberikan dukungan pada", "memberikan dukungan terhadap",
            "memberikan bantuan kepada", "memberi bantuan kepada", "membantu",
            "memberi dukungan terhadap", "menyokong", "memberikan bantuan militer kepada", "mempersenjatai"),
    **_each("supports", "svo", 0.55, "membela", "membantu", "memberikan bantuan kepada", "memberi bantuan kepada"),
    **_each("supports", "nom", 0.6, "dukungan ~ kepada", "dukungan ~ terhadap", "dukungan ~ bagi", "dukungan ~ untuk",
            "bantuan militer ~ untuk", "bantuan militer ~ kepada", "bantuan militer ~ bagi", "bantuan ~ kepada"),
    **_each("supports", "ovs", 0.65, "didukung", "disokong", "dibela"),
    # a party putting a candidate forward backs them
    **_each("supports", "svo", 0.65, "mengusung", "mencalonkan"),
    **_each("supports", "ovs", 0.65, "diusung", "dicalonkan"),
    **_each("memberOf", "app", 0.75, "anggota", "negara anggota", "anggota tetap", "anggota tidak tetap", "sesama anggota"),
    **_each("memberOf", "svo", 0.7, "bergabung dengan", "bergabung ke", "bergabung dalam", "menjadi anggota",
            "resmi menjadi anggota", "bergabung", "tergabung dalam", "tergabung di"),
    **_each("memberOf", "nom", 0.65, "keanggotaan ~ di", "keanggotaan ~ dalam"),
    **_each("militaryPresenceIn", "svo", 0.85, "pangkalan militer di", "pangkalan militernya di", "pangkalan udara di",
            "pangkalan laut di", "pangkalan angkatan laut di", "menempatkan pasukan di", "menempatkan pasukannya di",
            "menempatkan tentara di", "menempatkan tentaranya di", "kehadiran militer di", "instalasi militer di",
            "instalasi militernya di"),
    **_each("militaryPresenceIn", "svo", 0.7, "mengerahkan pasukan ke", "mengirim pasukan ke", "mengirimkan pasukan ke",
            "mengerahkan tentara ke", "mengirim tentara ke", "mengirimkan tentara ke", "mengerahkan kapal perang ke",
            "menempatkan rudal di", "menempatkan sistem pertahanan rudal di"),
    **_each("militaryPresenceIn", "nom", 0.65, "pangkalan militer ~ di", "pasukan ~ di", "tentara ~ di",
            "pangkalan ~ di", "pengerahan ~ ke", "pengerahan ~ di", "penempatan ~ di"),
    **_each("militaryPresenceIn", "svo", 0.6, "mengerahkan … di", "mengerahkan … ke", "menempatkan … di"),
    # military operations on a state's soil: "militer Turki yang menjalankan operasi di Suriah utara"
    **_each("militaryPresenceIn", "svo", 0.6, "menjalankan operasi di", "melancarkan operasi militer di",
            "melakukan operasi militer di", "menggelar operasi militer di"),
    **_each("militaryPresenceIn", "nom", 0.6, "operasi militer ~ di"),
    **_each("locatedIn", "svo", 0.7, "terletak di", "berlokasi di"),
    **_each("locatedIn", "app", 0.65, "kota di"),
}

NEGATIONS: frozenset[str] = frozenset(
    "tidak tak bukan belum gagal menolak enggan batal tanpa jangan takkan urung urungkan".split()
)
# "tidak hanya", "bukan hanya": not a negation
NOT_NEGATING_AFTER: frozenset[str] = frozenset({"hanya", "saja", "cuma", "sekadar"})
DENIALS: frozenset[str] = frozenset("membantah menyangkal menepis membantahnya dibantah disangkal".split())
HEDGES: frozenset[str] = frozenset(
    "mungkin kemungkinan diperkirakan berpotensi bisa dapat boleh barangkali seandainya andaikan berpeluang "
    "diprediksi diharapkan mempertimbangkan berharap mengharapkan wacana opsi pintu harus perlu wajib bersedia "
    "siap menawarkan mesti hendaknya sebaiknya seharusnya semestinya".split()
)
PLANNED: frozenset[str] = frozenset(
    "akan bakal berencana rencana rencananya merencanakan dijadwalkan hendak ingin berniat bersiap segera".split()
)
FUTURE_AUXILIARIES: frozenset[str] = frozenset({"akan", "bakal"})  # after the object: "kunjungan ke Kairo akan ..."
# the event was called off: its trigger's clause asserts nothing. Before the trigger, an active
# verb ("Mesir menunda perundingan dengan"); after it, a passive ("kunjungan ke Kairo ditunda")
CANCELLATIONS: tuple[str, ...] = tuple("menunda membatalkan menangguhkan".split())
CANCELLED_AFTER: tuple[str, ...] = tuple("ditunda tertunda dibatalkan ditangguhkan batal".split())
# Lifting or easing sanctions ends them, none is imposed: "mencabut sanksi", "embargo itu dicabut"
SANCTIONS_ENDED: tuple[str, ...] = tuple("mencabut melonggarkan".split())
SANCTIONS_ENDED_AFTER: tuple[str, ...] = tuple("dicabut dilonggarkan".split())
# conditions, wishes and purposes whose content is not a fact
IRREALIS: frozenset[str] = frozenset("agar supaya jika jikalau apabila kalau bila seandainya asalkan apakah".split())
CLAIMS: frozenset[str] = frozenset(
    "mengklaim klaim diklaim menuduh menuding dituduh dituding dilaporkan dikabarkan diduga disebut-sebut".split()
)
CONJUNCTIONS: frozenset[str] = frozenset(("dan", "serta"))
COORD: frozenset[str] = frozenset(["dan", "serta", ",", "&", "maupun"])
DISJUNCTIONS: tuple[str, ...] = ("atau",)  # a list that ends in one names alternatives
OBLIQUE_PREPS: frozenset[str] = frozenset(
    "di ke dari dalam pada untuk terhadap kepada oleh atas dengan antara bagi soal tentang mengenai melawan bersama "
    "menuju sejak hingga lewat melalui tanpa selama seperti".split()
)
WITH_MARKERS: frozenset[str] = frozenset({"dengan", "melawan", "antara", "terhadap"})
BETWEEN_MARKERS: frozenset[str] = frozenset({"antara"})
LOCATIVE_PREPS: frozenset[str] = frozenset({"di", "ke", "dari", "dekat", "menuju"})
DIRECTION_PREPS: frozenset[str] = frozenset({"ke", "dari", "menuju"})
AGENT_PREPS: frozenset[str] = frozenset({"oleh"})
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("nya",)
CLAUSE_BREAKS: frozenset[str] = frozenset(
    [";", ":", '"', "“", "”", "bahwa", "ketika", "sementara", "namun", "tetapi", "sedangkan", "setelah", "sebelum",
     "karena", "sehingga", "lalu", "kemudian", "yang", "meski", "meskipun", "walaupun", "padahal", "sebab", "usai",
     "seusai", "sembari", "sambil", "saat"]
)
APPOSITION_MARKERS: frozenset[str] = frozenset(["yakni", "yaitu", "adalah", "termasuk", "seperti"])
# The word for a member before the body's name: the body is no subject ("Malaysia, salah satu
# anggota OKI, mengecam Israel": Malaysia criticises)
MEMBER_WORDS_BEFORE_ORG: tuple[str, ...] = ("anggota", "anggotanya")
# A noun for a state's government before the state's name: an object slot takes the state
# ("menyeru Pemerintah AS mengajukan usul")
STATE_NOUNS_BEFORE: tuple[str, ...] = ("pemerintah", "pemerintahan", "rezim")
# ... when the member word describes someone ("salah satu anggota", "sebagai anggota", ", anggota"),
# not when it is the subject ("anggota ARSA menyerang": the members act for the body)
MEMBER_APPOSITION_CUES: tuple[str, ...] = (",", "satu", "sebagai", "merupakan", "adalah", "sesama")
APPOSITION_GAP: frozenset[str] = frozenset(
    [",", "sebagai", "adalah", "salah", "satu", "merupakan", "sendiri", "juga", "yang", "itu", "ini", "tersebut",
     "menjadi", "tetap", "masih"]
)
# Words before a name that do not make it a noun's modifier (for the subject of a clause):
# conjunctions, adverbs, speech verbs ("kata Tillerson") and nouns that stand for a state's
# own bodies ("pemerintah Qatar", "militer Myanmar").
FUNCTION_WORDS: frozenset[str] = frozenset(
    "dan serta atau yang itu ini juga pun telah sudah akan sedang masih kembali lagi bahwa kata ujar ucap tutur "
    "ungkap jelas tegas imbuh tambah terang sebut papar lanjut sebelumnya kemudian lalu namun tetapi sementara "
    "sedangkan sebab karena maka hingga bahkan hanya baik adalah merupakan yakni yaitu termasuk seperti sebagai "
    "tak tidak bukan belum menurut saat ketika setelah sebelum sejak selama sendiri kini kali akhirnya memang "
    "pemerintah pemerintahan negara negeri kerajaan republik rezim militer tentara pasukan angkatan delegasi "
    "kementerian parlemen otoritas pejabat pihak presiden rakyat warga diplomat utusan media kantor sekutu "
    "mitra dubes kubu kelompok organisasi badan lembaga dewan".split()
)
GENITIVE_AFTER_NOUN = True  # "resolusi Amerika Serikat": a name after a noun modifies it
# Word classes used in trigger phrases as <name>
WORD_CLASSES: dict[str, frozenset[str]] = {
    # what a party is asked to do, right after it ("meminta Myanmar memulangkan para pengungsi")
    "asked_act": frozenset(
        "memulangkan menghentikan membebaskan menarik mencabut menghormati mematuhi menahan mengakhiri menyerahkan "
        "membuka menutup mengizinkan menjamin melindungi membantu memberikan mengirim mengirimkan mengembalikan "
        "menerima mengusut menindak menyelidiki meninjau membatalkan menunda segera bertindak berhenti turut "
        "ikut memastikan mencegah menjelaskan mengklarifikasi".split()
    ),
    "delegate": frozenset(
        "menteri menlu menhan delegasi utusan dubes duta diplomat pejabat perwakilan wakil presiden perdana kepala "
        "sekretaris penasihat tim negosiator".split()
    ),
}
# "perang Iran-Irak": a noun before two actors joined by a hyphen
COMPOUND_NOUNS: dict[str, str] = {
    "perang": "inConflictWith", "konflik": "inConflictWith", "sengketa": "inConflictWith",
    "ketegangan": "inConflictWith", "perseteruan": "inConflictWith", "perselisihan": "inConflictWith",
    "bentrokan": "inConflictWith", "pertempuran": "inConflictWith", "permusuhan": "inConflictWith",
    "pertemuan": "meetsWith", "perundingan": "meetsWith", "pembicaraan": "meetsWith", "ktt": "meetsWith",
    "negosiasi": "meetsWith", "dialog": "meetsWith", "aliansi": "alliedWith", "persekutuan": "alliedWith",
}
COMPOUND_NOUN_FIRST = True
# what a state says or decides: attacking it is criticism ("menyerang kebijakan Israel")
VERBAL_TARGETS: frozenset[str] = frozenset(
    "kebijakan keputusan pernyataan sikap rencana usulan usul langkah klaim tuntutan laporan pandangan".split())
MEMBER_NOUNS: frozenset[str] = frozenset()  # the English "Turkey's NATO allies" has no Indonesian twin
# a pronoun right before a trigger is its subject: when it names no one kg knows, there is no fact
SUBJECT_PRONOUNS: frozenset[str] = frozenset("dia ia mereka beliau kami kita saya aku".split())
# capitalised words before a verb are often titles or bodies kg reads otherwise ("Presiden",
# "Pemerintah"): an unknown capitalised word there does not block a fact
UNKNOWN_NAME_SUBJECT = False
# speech verbs of an attribution ("..., kata juru bicara itu, Jumat"): a date after them dates the
# saying, not what was said
SPEECH_VERBS: frozenset[str] = frozenset(
    "kata ujar ucap tutur ungkap imbuh tambah terang papar mengatakan menyatakan menegaskan menjelaskan "
    "mengungkapkan menambahkan menurut".split()
)
# words next to a person that place them where the sentence says ("kata Tillerson di Manila")
PRESENCE_CUES: frozenset[str] = frozenset(
    "kata ujar ucap tutur ungkap jelas tegas imbuh terang berada tiba hadir berbicara berpidato mengatakan "
    "menyatakan menegaskan berkunjung".split()
)
# a noun trigger after these is the object of another verb ("attended the summit"): its
# participants are not the actors to its left
NOUN_DETERMINERS: tuple[str, ...] = ()
# "condemned Russia for the invasion of Ukraine": the one before it is the noun's agent
REASON_PREPS: tuple[str, ...] = ("atas",)
# "blamed by A on B": the preposition after a passive's agent that names the patient
PATIENT_PREPS: tuple[str, ...] = ()
# a noun phrase that takes up an event read before, as the object of criticism, demands or
# support ("mengecam tindakan tersebut", "called for the embargo to be lifted"): the phrase →
# the relation of that event ("*": any)
EVENT_ANAPHORA: dict[str, str] = {
    "tindakan tersebut": "*", "tindakan itu": "*", "langkah tersebut": "*", "langkah itu": "*",
    "keputusan tersebut": "*", "keputusan itu": "*", "kebijakan tersebut": "*", "kebijakan itu": "*",
    "sanksi tersebut": "sanctions", "sanksi itu": "sanctions", "sanksi baru tersebut": "sanctions",
    "embargo tersebut": "sanctions", "embargo itu": "sanctions", "larangan tersebut": "sanctions",
    "serangan tersebut": "attacks", "serangan itu": "attacks", "invasi tersebut": "attacks",
}
# a clause after these describes the actor just before them ("AS, yang ...", "the US, which ...")
RELATIVIZERS: tuple[str, ...] = ("yang",)
# nouns whose state name is their origin, not a party: "sanksi kepada dua warga Cina",
# "a Chinese bank" (the people or firms of a state are not the state)
NON_STATE_HEADS: frozenset[str] = frozenset("warga wn wni perusahaan bank kapal pesawat maskapai individu orang entitas wartawan jurnalis turis pelajar mahasiswa nelayan pekerja tki buruh imigran pengungsi "
                                            "pemilu pemilihan pilpres referendum kampanye pemilih ktt "
                                            # a people's groups are not its state ("militan Rohingya", "pemberontak Kurdi")
                                            "pemberontak separatis militan gerilyawan pemrotes demonstran aktivis oposisi etnis minoritas mayoritas "
                                            # a state's media ("kantor berita Rusia", "televisi pemerintah Cina")
                                            "berita media televisi tv radio kabar harian koran majalah".split())
# a preposition of origin: its object is never the target of a threat or an attack
ORIGIN_PREPS: tuple[str, ...] = ("dari",)
# "to join", "to threaten": an infinitive names what is not (yet) done
INFINITIVE_MARKERS: tuple[str, ...] = ()
# between a person and "di"/"in" + place, the words a presence may have: "kata Tillerson dalam
# Forum Regional ASEAN di Manila", "Mousavi is currently in Damascus"
PRESENCE_GAP: frozenset[str] = frozenset("dalam saat ketika pada acara sela forum konferensi kunjungan sedang tengah".split())
# after a threat, demand or request, these open what is threatened or asked (not a fact)
CONTENT_MARKERS: tuple[str, ...] = ("untuk", "agar", "supaya", "akan")
# What is asked for names help: "meminta X untuk membantu" is a request for assistance, "meminta X
# untuk menghentikan ..." a demand (a trigger's "requestsAssistance|demands")
AID_WORDS: tuple[str, ...] = ("bantuan", "membantu", "dukungan", "mendukung", "pertolongan", "menolong", "perlindungan", "melindungi")
# "tudingan bahwa ...", "accusations that ...": a trigger that ends in one takes a clause
COMPLEMENTIZERS: tuple[str, ...] = ("bahwa",)
# words a list may hold between its members ("China, the Soviet Union and France")
COORD_SKIP: tuple[str, ...] = ()
# words a trigger phrase may have inside it ("had lunch today with", "bertemu pula dengan")
SKIPPABLE: frozenset[str] = frozenset("juga pula pun kembali telah sudah langsung lagi secara resmi".split())
# "its invasion of Iraq": before a noun trigger, the owner is the subject
POSSESSIVE_PRONOUNS: tuple[str, ...] = ()
