"""Indonesian relation triggers and cue words.

Each trigger is ``phrase: (relation, frame, confidence)``. Frames (see
:mod:`kg.nlp.components.relations`):

* ``svo``  subject to the left, object to the right;
* ``sym``  symmetric: coordinated actors to the left ("A dan B berunding"), or subject left and
  object right ("A berunding dengan B", "perang antara A dan B");
* ``app``  apposition: "sekutu A, B" / "B, sekutu A" → relation(B, A);
* ``ovs``  passive: object to the left, subject to the right ("A diserang oleh B").
"""

TRIGGERS: dict[str, tuple[str, str, float]] = {
    # 02 appeal for aid
    "meminta bantuan": ("requestsAssistance", "svo", 0.85),
    "minta bantuan": ("requestsAssistance", "svo", 0.85),
    "memohon bantuan": ("requestsAssistance", "svo", 0.85),
    "meminta pertolongan": ("requestsAssistance", "svo", 0.8),
    "meminta dukungan": ("requestsAssistance", "svo", 0.7),
    "meminta perlindungan": ("requestsAssistance", "svo", 0.7),
    # 04 consult
    "bertemu": ("meetsWith", "sym", 0.8),
    "bertemu dengan": ("meetsWith", "sym", 0.85),
    "menemui": ("meetsWith", "svo", 0.8),
    "pertemuan": ("meetsWith", "sym", 0.6),
    "pembicaraan": ("meetsWith", "sym", 0.7),
    "perundingan": ("meetsWith", "sym", 0.7),
    "berunding": ("meetsWith", "sym", 0.75),
    "bernegosiasi": ("meetsWith", "sym", 0.75),
    "negosiasi": ("meetsWith", "sym", 0.6),
    "berbicara melalui telepon": ("meetsWith", "sym", 0.8),
    "berbicara via telepon": ("meetsWith", "sym", 0.8),
    "panggilan telepon": ("meetsWith", "sym", 0.7),
    "percakapan telepon": ("meetsWith", "sym", 0.7),
    "berbincang": ("meetsWith", "sym", 0.7),
    "perbincangan": ("meetsWith", "sym", 0.6),
    "berdialog": ("meetsWith", "sym", 0.7),
    # 042/043 visits
    "mengunjungi": ("visits", "svo", 0.85),
    "berkunjung ke": ("visits", "svo", 0.85),
    "kunjungan ke": ("visits", "svo", 0.75),
    "melawat ke": ("visits", "svo", 0.8),
    "lawatan ke": ("visits", "svo", 0.75),
    "tiba di": ("visits", "svo", 0.6),
    # 05/06 cooperate, agree
    "sepakat": ("agreesWith", "sym", 0.7),
    "bersepakat": ("agreesWith", "sym", 0.75),
    "menyepakati": ("agreesWith", "sym", 0.7),
    "menyetujui": ("agreesWith", "sym", 0.6),
    "bekerja sama": ("agreesWith", "sym", 0.6),
    "menandatangani": ("agreesWith", "sym", 0.6),
    # 10 demand
    "menuntut": ("demands", "svo", 0.7),
    "mendesak": ("demands", "svo", 0.7),
    "menyerukan kepada": ("demands", "svo", 0.7),
    # 11 disapprove
    "mengkritik": ("criticizes", "svo", 0.8),
    "mengecam": ("criticizes", "svo", 0.8),
    "mengutuk": ("criticizes", "svo", 0.8),
    "menuduh": ("criticizes", "svo", 0.75),
    "menuding": ("criticizes", "svo", 0.75),
    "memprotes": ("criticizes", "svo", 0.75),
    "menyalahkan": ("criticizes", "svo", 0.7),
    "kecaman terhadap": ("criticizes", "svo", 0.7),
    "kritik terhadap": ("criticizes", "svo", 0.7),
    "dikecam": ("criticizes", "ovs", 0.7),
    "dikritik": ("criticizes", "ovs", 0.7),
    # 13 threaten
    "mengancam": ("threatens", "svo", 0.75),
    "memperingatkan": ("threatens", "svo", 0.6),
    "ancaman terhadap": ("threatens", "svo", 0.65),
    # 16 reduce relations
    "menjatuhkan sanksi": ("sanctions", "svo", 0.85),
    "memberikan sanksi": ("sanctions", "svo", 0.8),
    "memberi sanksi": ("sanctions", "svo", 0.8),
    "sanksi terhadap": ("sanctions", "svo", 0.75),
    "sanksi kepada": ("sanctions", "svo", 0.75),
    "sanksi atas": ("sanctions", "svo", 0.7),
    "mengembargo": ("sanctions", "svo", 0.8),
    "embargo terhadap": ("sanctions", "svo", 0.75),
    "memutuskan hubungan": ("sanctions", "svo", 0.75),
    "memutus hubungan": ("sanctions", "svo", 0.75),
    "mengusir": ("sanctions", "svo", 0.6),
    # 18-20 use force
    "menyerang": ("attacks", "svo", 0.8),
    "menyerbu": ("attacks", "svo", 0.8),
    "mengebom": ("attacks", "svo", 0.8),
    "membom": ("attacks", "svo", 0.8),
    "membombardir": ("attacks", "svo", 0.8),
    "menembaki": ("attacks", "svo", 0.75),
    "menginvasi": ("attacks", "svo", 0.85),
    "serangan terhadap": ("attacks", "svo", 0.7),
    "serangan ke": ("attacks", "svo", 0.7),
    "diserang": ("attacks", "ovs", 0.75),
    # standing relations
    "konflik dengan": ("inConflictWith", "sym", 0.8),
    "konfliknya dengan": ("inConflictWith", "sym", 0.8),
    "berkonflik dengan": ("inConflictWith", "sym", 0.8),
    "konflik antara": ("inConflictWith", "sym", 0.8),
    "perang dengan": ("inConflictWith", "sym", 0.8),
    "perang melawan": ("inConflictWith", "sym", 0.8),
    "berperang dengan": ("inConflictWith", "sym", 0.85),
    "berperang melawan": ("inConflictWith", "sym", 0.85),
    "berperang": ("inConflictWith", "sym", 0.7),
    "perang antara": ("inConflictWith", "sym", 0.8),
    "bertempur dengan": ("inConflictWith", "sym", 0.8),
    "ketegangan dengan": ("inConflictWith", "sym", 0.65),
    "ketegangan antara": ("inConflictWith", "sym", 0.65),
    "sengketa dengan": ("inConflictWith", "sym", 0.65),
    "sengketa antara": ("inConflictWith", "sym", 0.65),
    "perselisihan dengan": ("inConflictWith", "sym", 0.7),
    "krisis diplomatik antara": ("inConflictWith", "sym", 0.7),
    "krisis diplomatik dengan": ("inConflictWith", "sym", 0.7),
    "bermusuhan dengan": ("inConflictWith", "sym", 0.75),
    "sekutu": ("alliedWith", "app", 0.8),
    "bersekutu dengan": ("alliedWith", "sym", 0.85),
    "aliansi dengan": ("alliedWith", "sym", 0.75),
    "mendukung": ("supports", "svo", 0.7),
    "memberi dukungan pada": ("supports", "svo", 0.75),
    "memberi dukungan kepada": ("supports", "svo", 0.75),
    "memberikan dukungan kepada": ("supports", "svo", 0.75),
    "dukungan kepada": ("supports", "svo", 0.65),
    "didukung": ("supports", "ovs", 0.65),
    "membela": ("supports", "svo", 0.6),
    "anggota": ("memberOf", "app", 0.75),
    "negara anggota": ("memberOf", "app", 0.8),
    "anggota tetap": ("memberOf", "app", 0.8),
    "bergabung dengan": ("memberOf", "svo", 0.7),
    "bergabung ke": ("memberOf", "svo", 0.7),
    "pangkalan militer di": ("militaryPresenceIn", "svo", 0.85),
    "pangkalan militernya di": ("militaryPresenceIn", "svo", 0.85),
    "pangkalan udara di": ("militaryPresenceIn", "svo", 0.8),
    "pangkalan laut di": ("militaryPresenceIn", "svo", 0.8),
    "menempatkan pasukan di": ("militaryPresenceIn", "svo", 0.8),
    "mengerahkan pasukan ke": ("militaryPresenceIn", "svo", 0.75),
    "mengirim pasukan ke": ("militaryPresenceIn", "svo", 0.75),
    "mengirimkan pasukan ke": ("militaryPresenceIn", "svo", 0.75),
    "kehadiran militer di": ("militaryPresenceIn", "svo", 0.8),
}

NEGATIONS: frozenset[str] = frozenset(
    "tidak tak bukan belum gagal menolak enggan batal tanpa jangan takkan".split()
)
PLANNED: frozenset[str] = frozenset(
    "akan bakal berencana rencana dijadwalkan diperkirakan kemungkinan mungkin berharap ingin hendak".split()
)
CLAIMS: frozenset[str] = frozenset("mengklaim klaim diklaim".split())
COORD: frozenset[str] = frozenset(["dan", "serta", ",", "&", "maupun"])
OBLIQUE_PREPS: frozenset[str] = frozenset(
    "di ke dari dalam pada untuk terhadap kepada oleh atas dengan antara bagi soal tentang mengenai".split()
)
CLAUSE_BREAKS: frozenset[str] = frozenset(
    [";", ":", "bahwa", "ketika", "sementara", "namun", "tetapi", "sedangkan", "setelah", "sebelum", "karena", "sehingga", "lalu", "kemudian", "yang"]
)
APPOSITION_MARKERS: frozenset[str] = frozenset(["yakni", "yaitu", "adalah", "termasuk"])
