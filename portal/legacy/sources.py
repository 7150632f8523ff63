"""Reads the SOURCE arguments of `import_legacy`: folders of saved pages and web archives (WARC).

A folder is what `wget --mirror` leaves (one folder per host, the site's paths below it, file
names raw UTF-8 or %-escaped) or what a browser's "save page" leaves (a page, its pictures in a
folder beside it, the page's address in a "saved from url" comment). A WARC is what crawlers and
archiving tools write; only its `response` records with status 200 are documents.

Everything becomes a `Document` with the page's *old address*: the path on the old site, with the
host, the mirror's host folder and China Daily's `/regional/chongqing/liangjiang` channel prefix
left out, so that both copies of one story have the same address, which is what redirects and
duplicate checks key on.

Memory: nothing is read until it is asked for. The collection keeps, per file, its path, or per
WARC record, its offset; bodies are read one at a time while iterating, and pictures only when
`open_resource` asks for one.
"""

import mimetypes
import os
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote_to_bytes, urljoin, urlsplit

from django.utils.translation import gettext as _
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

# China Daily's regional channel serves the English site's pages under this prefix, on several hosts.
CHANNEL_PREFIX = "/regional/chongqing/liangjiang"
WARC_SUFFIXES = (".warc", ".warc.gz")
# Files of these kinds are pictures and other media: pages refer to them, they are no documents.
RESOURCE_TYPES = ("image/", "audio/", "video/", "font/")
HOST_NAME = re.compile(r"^([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?$", re.IGNORECASE)
SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)

OnSkip = Callable[[str, str], None]


@dataclass(frozen=True)
class Document:
    """One file of a source: a page (or something a mirror holds beside pages) and its address."""

    address: str  # "/2020-03/03/content_37534041.htm": old path, no host, no channel prefix
    host: str  # "english.liangjiang.gov.cn", "www.chinadaily.com.cn"; "" when unknown
    content: bytes
    content_type: str = ""  # the server's Content-Type (WARC), else guessed from the file name
    origin: str = ""  # where it came from, for the report: a file path, or "old.warc.gz#12345"


def split_url(url: str) -> tuple[str, str]:
    """(host, address) of an old URL or path: `%`-escapes decoded, query and fragment dropped,
    the regional channel's prefix removed."""
    parts = urlsplit(url)
    return parts.hostname or "", normalise_path(parts.path)


def normalise_path(path: str) -> str:
    """The address form of a path: %-escapes decoded (as UTF-8, else as GB18030: old Chinese
    servers escaped GBK bytes), Unicode in one normal form, the channel prefix left out."""
    path = unicodedata.normalize("NFC", _text_of(unquote_to_bytes(path or "/")))
    if not path.startswith("/"):
        path = "/" + path
    if path == CHANNEL_PREFIX or path.startswith(CHANNEL_PREFIX + "/"):
        path = path[len(CHANNEL_PREFIX) :] or "/"
    return path


def _text_of(raw: bytes) -> str:
    """A name's bytes as text: wget keeps the server's bytes, UTF-8 mostly, GBK on old servers."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", "replace")


def is_resource(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower().startswith(RESOURCE_TYPES)


@dataclass(frozen=True)
class _Entry:
    """Where one document or resource lives, without its bytes."""

    address: str
    host: str
    content_type: str
    origin: str
    path: Path  # the file, or the WARC holding the record
    offset: int | None = None  # a WARC record's offset; None for a plain file

    def read(self) -> bytes:
        if self.offset is None:
            return self.path.read_bytes()
        with open(self.path, "rb") as stream:
            stream.seek(self.offset)
            record = next(iter(ArchiveIterator(stream)))
            return record.content_stream().read()


class Sources:
    """Any number and mix of folders and WARC files, read as one collection.

    Iterating yields the `Document`s (pages, and whatever else a mirror holds that is not a
    picture: stylesheets, robots.txt …; `parsers.parse` turns those into `Skipped`), in a stable
    order: the arguments in turn, each folder walked in sorted order, each WARC in record order.
    A record that is no document (a revisit, a 404, a redirect) is reported through `on_skip(origin,
    reason)` when iteration reaches it, and kept in `skipped`; it is never yielded.
    Pictures are not yielded but indexed, for `open_resource`.
    """

    def __init__(self, paths: Iterable[str | os.PathLike], on_skip: OnSkip | None = None):
        self.on_skip = on_skip
        self.skipped: list[tuple[str, str]] = []
        self._entries: list[_Entry | tuple[str, str]] = []  # documents, and (origin, reason) skips
        self._by_address: dict[str, list[_Entry]] = {}
        for path in paths:
            path = Path(path)
            if path.is_dir():
                self._index_folder(path)
            elif path.name.lower().endswith(WARC_SUFFIXES):
                self._index_warc(path)
            elif path.is_file():
                self._index_file(path, path.parent)
            else:
                self._entries.append((str(path), _("no such file or folder")))

    # -- reading -------------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Document]:
        self.skipped = []
        for entry in self._entries:
            if isinstance(entry, _Entry):
                try:
                    content = entry.read()
                except (OSError, StopIteration, ArchiveLoadFailed) as error:
                    entry = (entry.origin, _("unreadable: %(error)s") % {"error": error})
                else:
                    yield Document(
                        entry.address, entry.host, content, entry.content_type, entry.origin
                    )
                    continue
            self.skipped.append(entry)
            if self.on_skip:
                self.on_skip(*entry)

    def open_resource(self, src: str, base: "Document | str | None" = None) -> bytes | None:
        """The bytes of what a page refers to (a picture, usually), or None if no source has it.

        `src` is as the page wrote it: a full URL, an absolute path, or a path relative to `base`
        (the referring `Document`, or its address). Pictures saved by a browser beside a page
        ("Page_files/x.jpg") are found relative to the page's file as well."""
        base_address = base.address if isinstance(base, Document) else (base or "/")
        host, address = split_url(urljoin(base_address, src.strip()))
        if not host and isinstance(base, Document):
            host = base.host
        entries = self._by_address.get(address, [])
        try:
            if entries:
                # The same path on the other language's site is another file: prefer the page's.
                same_host = [e for e in entries if e.host == host or not host or not e.host]
                return (same_host or entries)[0].read()
            if isinstance(base, Document) and base.origin and "#" not in base.origin:
                relative = posixpath.relpath(address, posixpath.dirname(base.address))
                beside = Path(base.origin).parent / relative
                if not relative.startswith("..") and beside.is_file():
                    return beside.read_bytes()
        except (OSError, StopIteration, ArchiveLoadFailed):
            pass  # saved once, gone or damaged now: as good as never saved
        return None

    # -- indexing ------------------------------------------------------------------------------

    def _add(self, entry: _Entry):
        self._by_address.setdefault(entry.address, []).append(entry)
        if not is_resource(entry.content_type):
            self._entries.append(entry)

    def _index_folder(self, root: Path):
        # Given a host's own folder ("mirror/english.liangjiang.gov.cn"), its name is the host.
        base = root.parent if HOST_NAME.match(root.resolve().name) else root
        for folder, subfolders, files in os.walk(root):
            subfolders.sort()
            for name in sorted(files):
                path = Path(folder, name)
                if name.lower().endswith(WARC_SUFFIXES):
                    self._index_warc(path)
                else:
                    self._index_file(path, base)

    def _index_file(self, path: Path, root: Path):
        """A file of a mirror: its host is the first folder named like a host name (wget's
        layout); failing that, a browser's "saved from url" comment gives the address."""
        parts = [_text_of(os.fsencode(part)) for part in path.relative_to(root).parts]
        host, address = "", "/" + "/".join(parts)
        for index, part in enumerate(parts[:-1]):
            if HOST_NAME.match(part):
                host, address = part.lower(), "/" + "/".join(parts[index + 1 :])
                break
        else:
            if path.suffix.lower() in (".htm", ".html"):
                with open(path, "rb") as stream:
                    saved = SAVED_FROM.search(stream.read(2048))
                if saved:
                    host, address = split_url(saved.group(1).decode("ascii", "replace"))
        content_type = mimetypes.guess_type("name" + path.suffix.lower())[0] or ""
        if path.suffix.lower() in (".htm", ".html", ".shtml"):
            content_type = "text/html"
        self._add(_Entry(normalise_path(address), host, content_type, str(path), path))

    def _index_warc(self, path: Path):
        """Read only the records' headers now; their bodies when they are needed. A damaged
        archive (cut off, as downloads sometimes are) gives what it holds up to the damage."""
        try:
            self._index_records(path)
        except (OSError, EOFError, ArchiveLoadFailed, ValueError) as error:
            reason = _("the web archive is damaged from here on: %(error)s") % {"error": error}
            self._entries.append((str(path), reason))

    def _index_records(self, path: Path):
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                origin = f"{path}#{records.get_record_offset()}"
                if record.rec_type not in ("response", "revisit"):
                    continue  # warcinfo, request, metadata: about the crawl, no documents
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "revisit":
                    reason = _("a revisit record of %(url)s (a duplicate)") % {"url": url}
                    self._entries.append((origin, reason))
                    continue
                status = record.http_headers.get_statuscode() if record.http_headers else ""
                if status != "200":
                    location = record.http_headers.get_header("Location") if status else None
                    reason = _("HTTP %(status)s for %(url)s") % {
                        "status": status or "?",
                        "url": url,
                    }
                    if location:
                        reason += " " + _("(to %(location)s)") % {"location": location}
                    self._entries.append((origin, reason))
                    continue
                host, address = split_url(url)
                content_type = record.http_headers.get_header("Content-Type") or ""
                offset = records.get_record_offset()
                self._add(_Entry(address, host, content_type, origin, path, offset))
            # warcio stops quietly at a cut-off record: the archive must end where its last
            # record does (but for the blank lines that close a record).
            read = records.get_record_offset() + (records.get_record_length() or 0)
            size = path.stat().st_size
            stream.seek(read)
            if read < size and stream.read(8).strip(b"\r\n"):
                raise EOFError(
                    _("%(count)s bytes after offset %(offset)s cannot be read")
                    % {"count": size - read, "offset": read}
                )


def read_sources(paths: Iterable[str | os.PathLike], on_skip: OnSkip | None = None) -> Sources:
    """The documents of every SOURCE (folders and WARC files, in any number and mix); iterate
    the result for `Document`s, ask it for pictures with `open_resource`. See `Sources`."""
    return Sources(paths, on_skip=on_skip)
