"""Test inputs written here: small WARC archives and feeds built from our own short articles."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

ARTICLES = [
    ("Harbour reopens after storm", "The harbour of Port Ellis reopened on Tuesday after a two-day storm. "
     "Harbour master Ana Lopes said damage to the quay was limited. Ferries will run to the islands again."),
    ("Council approves new bridge", "The city council approved a new footbridge over the Wend river on Monday. "
     "Construction starts in spring, the mayor's office said, and should take eighteen months."),
    ("School year to start later", "Schools in the northern district will open a week later this autumn, "
     "the education board announced. Parents groups welcomed the decision in a statement."),
]


def article_html(title: str, text: str, charset: str = "utf-8") -> bytes:
    paragraphs = "".join(f"<p>{sentence.strip()}.</p>" for sentence in text.split(". ") if sentence.strip())
    page = (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><nav>Home | News | Sport</nav><article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>Copyright The Example Gazette</footer></body></html>")
    return page.encode(charset)


def _chunked(data: bytes, size: int = 700) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


class WarcBuilder:
    """Writes WARC records with warcio, one gzip member per record (or none)."""

    def __init__(self, gzip_records: bool = True):
        from warcio.warcwriter import WARCWriter

        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzip_records)

    def warcinfo(self) -> "WarcBuilder":
        self.writer.write_record(self.writer.create_warcinfo_record("test.warc", {"software": "newstrace tests"}))
        return self

    def request(self, url: str) -> "WarcBuilder":
        from warcio.statusandheaders import StatusAndHeaders

        headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.test")], is_http_request=True)
        self.writer.write_record(self.writer.create_warc_record(url, "request", http_headers=headers))
        return self

    def response(self, url: str, body: bytes, *, content_type: str = "text/html; charset=utf-8",
                 status: str = "200 OK", extra: tuple = ()) -> "WarcBuilder":
        from warcio.statusandheaders import StatusAndHeaders

        headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                length=len(body))
        self.writer.write_record(record)
        return self

    def revisit(self, url: str) -> "WarcBuilder":
        record = self.writer.create_revisit_record(url, digest="sha1:AAAA", refers_to_uri=url, refers_to_date="2024-01-01T00:00:00Z")
        self.writer.write_record(record)
        return self

    def bytes(self) -> bytes:
        return self.buffer.getvalue()

    def save(self, path: Path) -> Path:
        path.write_bytes(self.bytes())
        return path


def news_warc(path: Path, n_pages: int = 3, *, prefix: str = "https://gazette.example/news/") -> Path:
    """warcinfo + request/response pairs of ``n_pages`` distinct article pages."""
    builder = WarcBuilder().warcinfo()
    for i in range(n_pages):
        title, text = ARTICLES[i % len(ARTICLES)]
        url = f"{prefix}{i}"
        builder.request(url).response(url, article_html(f"{title} ({i})", f"Story number {i}. {text}"))
    return builder.save(path)


def quirky_warc(path: Path) -> Path:
    """Stale chunked header, real chunked+gzip body, legacy charset, a 404, an image, a revisit."""
    title, text = ARTICLES[0]
    plain = article_html(title, text)
    latin2 = article_html("Zöld híd Győrben", "A győri híd felújítása kedden befejeződött. Ősszel újabb munkák jönnek",
                          charset="iso-8859-2")
    coded = _chunked(gzip.compress(article_html(*ARTICLES[1])))
    builder = WarcBuilder().warcinfo()
    builder.response("https://a.example/stale", plain, extra=(("Transfer-Encoding", "chunked"),))
    builder.response("https://a.example/coded", coded, extra=(("Transfer-Encoding", "chunked"),
                                                               ("Content-Encoding", "gzip")))
    builder.response("https://a.example/latin2", latin2, content_type="text/html; charset=iso-8859-2")
    builder.response("https://a.example/missing", b"<html><body>Not found</body></html>", status="404 Not Found")
    builder.response("https://a.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(40), content_type="image/png")
    builder.revisit("https://a.example/stale")
    builder.request("https://a.example/next")
    return builder.save(path)


def truncated_warc(path: Path) -> Path:
    """One response record whose gzip member is cut in the middle of the payload."""
    import os

    body = article_html("Cut short", "x " * 10 + os.urandom(20000).hex())
    data = WarcBuilder().response("https://cut.example/a", body).bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def whole_gzip_warc(path: Path, n_pages: int = 3) -> Path:
    """The whole WARC in one gzip member (not one member per record)."""
    builder = WarcBuilder(gzip_records=False).warcinfo()
    for i in range(n_pages):
        builder.response(f"https://whole.example/{i}", article_html(*ARTICLES[i % 3]))
    path.write_bytes(gzip.compress(builder.bytes()))
    return path


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Gazette</title><link>https://gazette.example/</link>
<item><title>Harbour reopens after storm</title><link>https://gazette.example/harbour?utm_source=rss</link>
<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
<description>&lt;p&gt;The harbour of Port Ellis reopened on Tuesday.&lt;/p&gt;&lt;p&gt;Ferries run again.&lt;/p&gt;</description></item>
<item><title>Council approves bridge</title><link>https://gazette.example/bridge</link>
<pubDate>Mon, 04 Mar 2024 18:00:00 GMT</pubDate><description>The council approved a footbridge.</description></item>
<item><title></title><link></link><description></description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Alerts</title><id>urn:alerts</id><updated>2024-03-05T00:00:00Z</updated>
<entry><id>urn:1</id><title type="html">Schools &lt;b&gt;open&lt;/b&gt; later</title>
<link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://district.example/schools&amp;ct=ga"/>
<updated>2024-03-05T08:00:00Z</updated><content type="html">Schools in the north open a week later.</content></entry>
</feed>
"""


def headerless_warc(path: Path, n_records: int = 3) -> Path:
    """Response records declared ``application/http`` that hold only an HTML fragment, the whole file one gzip."""
    records = []
    for i in range(n_records):
        body = f"<div><p>Fragment {i} of a report about the harbour of Port Ellis.</p></div>".encode()
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://fragments.example/{i}\r\n"
                f"WARC-Date: 2016-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{i:08d}-0000-0000-0000-000000000000>\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        records.append(head + body + b"\r\n\r\n")
    path.write_bytes(gzip.compress(b"".join(records)))
    return path
