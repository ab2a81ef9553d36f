"""Every source format: the article text, its title and its date come through."""

import threading
from datetime import date, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from documents import docx_bytes, epub_bytes, pdf_bytes
from studyapp.core.errors import ImportFailed
from studyapp.core.importing.extract import expand_inputs, extract

PARAGRAPHS = [
    "Marie Curie was born in Warsaw in 1867 and moved to Paris in 1891 to study physics and mathematics.",
    "She shared the Nobel Prize in Physics in 1903 and won the Nobel Prize in Chemistry alone in 1911.",
]

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Marie Curie, twice a laureate | Science Weekly</title>
<meta property="og:title" content="Marie Curie, twice a laureate">
<meta property="article:published_time" content="2023-05-07T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/science">Science</a> <a href="/about">About us</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>Marie Curie, twice a laureate</h1>
<p>{0}</p><p>{1}</p></article></main>
<footer><p>© 2023 Science Weekly. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def write(folder, name, data):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def assert_article(article, title, published):
    assert article.text.split("\n\n") == PARAGRAPHS
    assert article.title == title
    assert article.published == published
    assert article.language == "en"


def test_plain_text_title_from_first_line(tmp_path):
    path = write(tmp_path, "curie.txt", "Marie Curie\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    assert_article(extract(str(path)), "Marie Curie", None)


def test_markdown_front_matter_and_syntax(tmp_path):
    text = ("---\ntitle: \"Marie Curie\"\ndate: 2021-03-04\n---\n# Marie Curie\n\n"
            "Marie **Curie** was born in [Warsaw](https://example.org/warsaw) in 1867 and moved to Paris in "
            "1891 to study physics and mathematics.\n\n![portrait](curie.jpg)\n\n" + PARAGRAPHS[1])
    article = extract(str(write(tmp_path, "curie.md", text)))
    assert_article(article, "Marie Curie", date(2021, 3, 4))


def test_html_keeps_the_article_without_navigation_footer_or_cookie_banner(tmp_path):
    article = extract(str(write(tmp_path, "curie.html", PAGE.format(*PARAGRAPHS))))
    assert_article(article, "Marie Curie, twice a laureate", date(2023, 5, 7))


def test_pdf_text_layer_and_title(tmp_path):
    path = write(tmp_path, "curie.pdf", pdf_bytes(["Published: 7 May 2023", *PARAGRAPHS], title="Marie Curie"))
    # The date written in the text wins over the PDF's creation date (the day the file was made).
    assert_article(extract(str(path)), "Marie Curie", date(2023, 5, 7))


def test_docx_core_properties(tmp_path):
    path = write(tmp_path, "curie.docx", docx_bytes(["Marie Curie", *PARAGRAPHS], title="Marie Curie",
                                                    created=datetime(2020, 1, 2, 9, 30)))
    assert_article(extract(str(path)), "Marie Curie", date(2020, 1, 2))


def test_epub_chapters_are_joined_in_reading_order(tmp_path):
    path = write(tmp_path, "curie.epub", epub_bytes([[PARAGRAPHS[0]], [PARAGRAPHS[1]]], title="Marie Curie",
                                                    when="2021-03-04"))
    assert_article(extract(str(path)), "Marie Curie", date(2021, 3, 4))


def test_folder_is_searched_recursively_for_supported_files(tmp_path):
    write(tmp_path, "a.txt", "x")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    write(tmp_path / "sub", "b.md", "x")
    write(tmp_path / "sub" / "deeper", "c.html", "x")
    write(tmp_path / "sub", "notes.xyz", "x")
    write(tmp_path / "sub", ".hidden.txt", "x")
    write(tmp_path / "sub", "~$lock.docx", "x")
    (tmp_path / "empty").mkdir()
    found = expand_inputs([str(tmp_path / "sub"), str(tmp_path / "a.txt"), str(tmp_path / "empty")])
    assert found == [str(tmp_path / "sub" / "b.md"), str(tmp_path / "sub" / "deeper" / "c.html"),
                     str(tmp_path / "a.txt"), str(tmp_path / "empty")]
    with pytest.raises(ImportFailed, match="^empty: no files that can be imported in this folder"):
        extract(str(tmp_path / "empty"))


@pytest.fixture
def web_server(tmp_path):
    """A web server on 127.0.0.1 serving tmp_path/site; stopped after the test."""
    site = tmp_path / "site"
    site.mkdir()
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_is_fetched_and_extracted(web_server):
    site, base = web_server
    write(site, "curie.html", PAGE.format(*PARAGRAPHS))
    article = extract(f"{base}/curie.html")
    assert_article(article, "Marie Curie, twice a laureate", date(2023, 5, 7))
    assert article.source == "url" and article.url == f"{base}/curie.html"


def test_url_errors_are_one_clear_line(web_server):
    _, base = web_server
    with pytest.raises(ImportFailed, match=r"/missing.html: the server answered 404"):
        extract(f"{base}/missing.html")
    with pytest.raises(ImportFailed, match=r"^http://127.0.0.1:9/a: cannot reach 127.0.0.1 \(.*\); check the network"):
        extract("http://127.0.0.1:9/a")


@pytest.fixture
def https_server(tmp_path, web_server):
    """The web server behind TLS with a certificate of a made-up authority (as a school's inspecting
    proxy presents): (site folder, base URL, that authority's certificate file)."""
    import ssl
    import subprocess

    site, plain = web_server
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/CN=School proxy", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key),
                    "-out", str(cert)], check=True, capture_output=True)
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site, f"https://127.0.0.1:{server.server_address[1]}", cert
    server.shutdown()
    server.server_close()


def test_https_import_trusts_the_certificates_of_the_operating_system_store(https_server, monkeypatch):
    import ssl

    import truststore

    from studyapp.core.importing import readers

    site, base, authority = https_server
    write(site, "curie.html", PAGE.format(*PARAGRAPHS))
    # Python's own store does not know the authority: the page is refused with one line.
    readers.tls_context.cache_clear()
    with pytest.raises(ImportFailed, match=r"^https://127.0.0.1:\d+/curie.html: cannot reach 127.0.0.1 \(.*certificate"):
        extract(f"{base}/curie.html")

    # The store truststore reads is the operating system's; stand in for it with one that holds the authority.
    class SystemStore(ssl.SSLContext):
        def __new__(cls, protocol):
            context = super().__new__(cls, protocol)
            context.load_verify_locations(authority)
            return context

    monkeypatch.setattr(truststore, "SSLContext", SystemStore)
    readers.tls_context.cache_clear()
    try:
        article = extract(f"{base}/curie.html")
    finally:
        readers.tls_context.cache_clear()
    assert_article(article, "Marie Curie, twice a laureate", date(2023, 5, 7))
