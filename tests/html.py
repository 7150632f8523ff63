"""Small readers for rendered pages: what a visitor would see, without a browser."""

import re
from html.parser import HTMLParser


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._current = [dict(attrs), ""]

    def handle_data(self, data):
        if self._current is not None:
            self._current[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._current is not None:
            attrs, text = self._current
            self.links.append({"href": attrs.get("href"), "text": " ".join(text.split()), **attrs})
            self._current = None


def links(response):
    """Every <a> of the page: [{"href", "text", other attributes}]."""
    parser = _Links()
    parser.feed(response.content.decode())
    return parser.links


def link_texts(response):
    return [link["text"] for link in links(response)]


def hrefs_for(response, text):
    return [link["href"] for link in links(response) if link["text"] == text]


def breadcrumb(response):
    """The breadcrumb trail as the visitor reads it: ["Home", "News", "Local"]."""
    html = response.content.decode()
    block = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    items = re.findall(r"<li>(.*?)</li>", block, flags=re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", item).split()) for item in items]


class _Text(HTMLParser):
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        for name, value in attrs:
            if name in ("alt", "aria-label", "title", "placeholder") and value and not self._skip:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(data.strip())


def visible_text(response):
    """The text a visitor reads (and hears from a screen reader: alt, aria-label, title)."""
    parser = _Text()
    parser.feed(response.content.decode())
    return " ".join(parser.parts)
