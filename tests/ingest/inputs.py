"""Writers of small input files in every supported format (texts written for these tests)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

IT_TEXT = ("Il sindaco di Torino ha incontrato martedì i rappresentanti dei lavoratori dello stabilimento. "
           "Al termine della riunione i sindacati hanno annunciato uno sciopero di otto ore per venerdì.")
EN_TEXT = ("Hundreds of students marched through Madrid on Thursday to demand lower tuition fees. "
           "Police said the demonstration ended peacefully in the early evening.")


def html_page(title: str, body: str, site: str, date: str, url: str | None = None) -> str:
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{site}"><meta property="article:published_time" '
            f'content="{date}">{canonical}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
            f"<article><h1>{title}</h1>{paragraphs}</article><footer>Tutti i diritti riservati</footer>"
            f"</body></html>")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Notizie di Prova</title><link>https://prova.example/</link>
<description>feed di prova</description>
<item><title>Sciopero dei trasporti a Milano</title><link>https://prova.example/sciopero</link>
<guid>https://prova.example/sciopero</guid><pubDate>Mon, 03 Mar 2025 08:00:00 +0000</pubDate>
<description><![CDATA[<p>I sindacati hanno proclamato uno sciopero dei trasporti pubblici a Milano.</p>
<p>Metro e autobus si fermeranno per ventiquattro ore.</p>]]></description></item>
<item><title>Accordo sul gas tra Italia e Algeria</title><link>https://prova.example/gas</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate>
<description>Roma e Algeri hanno firmato un accordo per aumentare le forniture di gas nei prossimi anni.
</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:example:wire</id>
<updated>2025-03-06T12:00:00Z</updated>
<entry><title>Ministers meet in Vienna over nuclear talks</title><id>urn:example:wire:1</id>
<link href="https://wire.example/vienna"/><updated>2025-03-06T12:00:00Z</updated>
<content type="html">&lt;p&gt;Foreign ministers met in Vienna on Wednesday to revive the nuclear
talks.&lt;/p&gt;</content>
</entry></feed>
"""


def write_warc(path: Path, pages: list[tuple[str, str, str]], gzip: bool) -> None:
    """A WARC with, per page (url, html, crawl date), a request and a response record, plus an image."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for url, html, when in pages:
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.0\r\n\r\n"),
                                            warc_headers_dict={"WARC-Date": when})
            writer.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                            http_headers=headers, warc_headers_dict={"WARC-Date": when})
            writer.write_record(rec)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://site.example/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"),
                                                      http_headers=image))


def write_all_formats(folder: Path) -> dict[str, int]:
    """Write one good input of every format under ``folder``; returns articles expected per file name."""
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "torino.txt").write_text(IT_TEXT, encoding="utf-8")
    (folder / "sub" / "madrid.json").write_text(json.dumps(
        {"id": "madrid", "text": EN_TEXT, "published": "2025-03-06", "url": "https://news.example/madrid",
         "outlet": "News Example"}), encoding="utf-8")
    lines = [{"id": "l1", "text": "Il governo ha approvato ieri il nuovo decreto sulle carceri dopo un "
                                  "lungo consiglio dei ministri."},
             {"id": "l2", "text": "The prime minister thanked the rescue teams who worked through the night "
                                  "after the floods."}]
    (folder / "sub" / "batch.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    (folder / "sub" / "deeper" / "page.html").write_text(html_page(
        "Proteste a Napoli", "Centinaia di persone hanno protestato a Napoli contro la chiusura dell'ospedale.\n"
        "Il presidente della regione ha promesso un incontro con i manifestanti la prossima settimana.",
        "Cronaca Campana", "2025-03-07", "https://campana.example/napoli"), encoding="utf-8")
    (folder / "feed.rss").write_text(RSS, encoding="utf-8")
    (folder / "wire.atom").write_text(ATOM, encoding="utf-8")
    page = html_page("Flood relief reaches Valencia", "Aid convoys reached the flooded towns south of Valencia "
                     "on Friday.\nVolunteers distributed water and food to thousands of families.",
                     "Levante News", "2025-03-08")
    write_warc(folder / "crawl.warc", [("https://levante.example/relief", page, "2025-03-09T10:00:00Z")], False)
    page2 = html_page("Talks in Geneva", "Delegations from both countries met in Geneva to discuss a prisoner "
                      "exchange.\nThe mediators said a second round is planned for next month.",
                      "Alpine Post", "not a date")
    write_warc(folder / "crawl2.warc.gz", [("https://alpine.example/geneva", page2, "2025-03-10T08:00:00Z")], True)
    (folder / "notes.md").write_text("ignored: unsupported type inside a folder", encoding="utf-8")
    (folder / ".hidden.txt").write_text("ignored: hidden", encoding="utf-8")
    return {"torino.txt": 1, "madrid.json": 1, "batch.jsonl": 2, "page.html": 1, "feed.rss": 2, "wire.atom": 1,
            "crawl.warc": 1, "crawl2.warc.gz": 1}


def write_bad_files(folder: Path) -> list[str]:
    """One broken input per reader; returns their file names."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text")
    (folder / "broken.json").write_text('{"id": "x", "text": ', encoding="utf-8")
    (folder / "empty.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>",
                                       encoding="utf-8")
    (folder / "binary.html").write_bytes(b"\x00\x00\xff\xfe" * 50)
    (folder / "notafeed.xml").write_text("<catalog><book>no feed here</book></catalog>", encoding="utf-8")
    (folder / "garbage.warc").write_text("this is not a WARC file\n" * 5, encoding="utf-8")
    return ["binary.txt", "broken.json", "empty.html", "binary.html", "notafeed.xml", "garbage.warc"]
