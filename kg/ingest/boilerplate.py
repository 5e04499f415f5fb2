"""What news pages carry besides the story, as plain data (both languages).

Paragraphs that start with a ``SKIP_PREFIXES`` entry are dropped; from a ``TAIL_MARKERS``
paragraph on, the rest of the page is dropped (comment sections, recommendations).
"""
from __future__ import annotations

import re

SKIP_PREFIXES: tuple[str, ...] = (
    # Indonesian portals
    "baca juga", "lihat juga", "simak juga", "tonton juga", "halaman:", "halaman selanjutnya",
    "editor:", "penulis:", "reporter:", "pewarta:", "video pilihan", "berita terkait",
    "ikuti kami", "dapatkan update", "simak breaking news", "artikel ini telah tayang",
    # English sites
    "read more", "read also", "see also", "related:", "related articles", "advertisement",
    "share this", "follow us", "sign up", "subscribe", "image caption", "photo:", "media caption",
    "copyright", "all rights reserved",
)

TAIL_MARKERS: tuple[str, ...] = (
    "rekomendasi untuk anda", "tulis komentar", "syarat & ketentuan", "laporkan komentar",
    "close ads", "komentar", "berita lainnya", "terpopuler",
    "comments", "most read", "more on this story", "you may also like",
)

# "Sumber Al Arabiya", "Source: Reuters": a cited source on its own line.
SOURCE_LINE = re.compile(r"^(?:sumber|source)\s*:?\s+(?P<src>[^\n]{2,60}?)\s*$", re.I)
# "dilansir dari Al Arabiya", "sebagaimana dikutip dari ABC News", "according to Reuters"
SOURCE_IN_TEXT = re.compile(
    r"\b(?:dilansir(?: dari)?|dikutip(?: dari)?|melansir|mengutip|seperti dilaporkan|according to|"
    r"reported by|quoted by)\s+(?P<src>(?:[A-Z][\w.&'-]*)(?:\s+[A-Z][\w.&'-]*){0,3})"
)
# "Kompas.com - 31/10/2020, 17:17 WIB"
PUBLISHER_DATE_LINE = re.compile(
    r"^(?P<pub>[A-Za-z][\w.&' ]{1,40}?)\s*[-–—]\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?)?\s*$"
)
# "YEREVAN, KOMPAS.com – ", "Tokyo (ANTARA News) - ", "Jakarta, CNN Indonesia -- "
DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'/ -]{1,60}?)\s*(?:,\s*|\(\s*)(?P<pub>[A-Z][\w.& ]{1,30}?)\s*\)?\s*"
    r"(?:--|[-–—])\s+"
)
# A dateline naming the place's state or region, then the agency: "GENEVA, Switzerland (Reuters) - "
REGION_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'/ -]{1,40}?,\s*[A-Z][^\W\d_][^\W\d]*(?:[ .'-]+[^\W\d_]+){0,3})\s*\(\s*(?P<pub>[A-Z][\w.& ]{1,30}?)\s*\)\s*(?:--|[-–—])\s+"
)
# A dateline with the day the story was filed: "WASHINGTON, March 3 (Reuters) - ",
# "MOSCOW, Oct. 5 (AP) — ", "Jakarta, 12/3 (ANTARA) - ". The date is read in the NLP stage.
DATED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'/ -]{1,60}?),\s*(?P<when>[^()\n,]{0,20}?\d[^()\n,]{0,12}?)\s*"
    r"\(\s*(?P<pub>[A-Z][\w.& ]{1,30}?)\s*\)\s*(?:--|[-–—])\s+"
)
# A dateline on a line of its own with the filing day in ISO form, as news archives keep it
# (Reuters' corpora): "NEW DELHI 1996-08-22", "STIRLING, Scotland 1996-08-31"
ISO_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'/ -]{1,40}?(?:,\s*[A-Z][\w.'/ -]{1,30}?)?)\s+(?P<when>(?:19|20)\d{2}-\d{2}-\d{2})\s*$"
)
# "Rimanews - ..." at the very start of the story
PUBLISHER_PREFIX = re.compile(r"^(?P<pub>[A-Z][A-Za-z]+(?:\.com|news|News)?)\s+[-–—]{1,2}\s+(?=[A-Z])")
# A line that is only a date: "December 27, 2004", "31 Oktober 2020"
DATE_ONLY = re.compile(r"^[\w ,.]{4,30}\b(19|20)\d{2}\s*(<br\s*/?>)?\s*$")
# Editors' initials and agency codes at the end: "(aal)", "(ama / ama)", "(Uu. SYS / G003/M016)", "REUTER", "---"
SIGNATURE = re.compile(
    r"^(?:\((?:uu\.?\s*)?[\w .]{1,12}(?:\s*/\s*[\w.]{1,12})*\)|[A-Z]{3,12}|-{3,}|\*{3,})$", re.I
)
# Photo credits inside a caption: "AP/Tigran Mehrabyan", "REUTERS/Kim Hong-Ji", "ANTARA FOTO/..."
PHOTO_CREDIT = re.compile(r"\b(?:AP|AFP|REUTERS|ANTARA FOTO|EPA|GETTY IMAGES|KOMPAS\.com|SHUTTERSTOCK)/[A-Z]")
