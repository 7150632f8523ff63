"""A small HTTP client for the stack's tests, on the standard library only: requests to 127.0.0.1
(never through a proxy), an admin session with its cookies and CSRF token, and the admin's forms
read back as the fields a browser would send."""

import http.client
import re
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode


@dataclass
class Response:
    status: int
    headers: dict  # lower-case names; repeated headers (Set-Cookie) joined with "\n"
    body: bytes

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


def request(port, method, path, headers=None, body=None, timeout=10):
    """One request to 127.0.0.1:`port` on a new connection; redirects are not followed."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        answer = connection.getresponse()
        data = answer.read()
        merged = {}
        for name, value in answer.getheaders():
            name = name.lower()
            merged[name] = f"{merged[name]}\n{value}" if name in merged else value
        return Response(answer.status, merged, data)
    finally:
        connection.close()


def get(port, path, headers=None, timeout=10):
    return request(port, "GET", path, headers=headers, timeout=timeout)


@dataclass
class AdminSession:
    """A staff member's browser against one server: cookies kept, CSRF token sent with each POST."""

    port: int
    cookies: dict = field(default_factory=dict)

    def _send(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = request(self.port, method, path, headers=headers, body=body, timeout=30)
        for line in response.headers.get("set-cookie", "").split("\n"):
            match = re.match(r"\s*([^=;\s]+)=([^;]*)", line)
            if match:
                self.cookies[match.group(1)] = match.group(2)
        return response

    def get(self, path):
        return self._send("GET", path)

    def post(self, path, fields, files=None):
        """POST `fields` (a list of pairs) with the CSRF token, multipart when there are files."""
        fields = [(k, v) for k, v in fields if k != "csrfmiddlewaretoken"]
        fields.append(("csrfmiddlewaretoken", self.cookies.get("csrftoken", "")))
        headers = {
            "Origin": f"http://127.0.0.1:{self.port}",
            "Referer": f"http://127.0.0.1:{self.port}{path}",
        }
        if files:
            body, content_type = multipart(fields, files)
        else:
            body, content_type = urlencode(fields).encode(), "application/x-www-form-urlencoded"
        headers["Content-Type"] = content_type
        return self._send("POST", path, body=body, headers=headers)

    def log_in(self, username, password):
        self.get("/admin/login/")  # the CSRF cookie
        response = self.post(
            "/admin/login/?next=/admin/", [("username", username), ("password", password)]
        )
        assert response.status == 302, f"login through :{self.port} failed ({response.status})"
        assert "sessionid" in self.cookies

    def change_article(self, article_id, changes, files=None):
        """Submit an article's admin form as it is, with `changes`; the response to the POST."""
        path = f"/admin/portal/article/{article_id}/change/"
        form = self.get(path)
        assert form.status == 200, f"{path}: {form.status}"
        fields = read_form(form.text, "article_form")
        names = {name for name, _value in fields}
        missing = set(changes) - names - set(files or {})
        assert not missing, f"no fields {missing} in the article form"
        fields = [(k, v) for k, v in fields if k not in changes] + list(changes.items())
        response = self.post(path, [*fields, ("_continue", "1")], files=files)
        assert response.status == 302, f"the admin did not save: {form_errors(response.text)}"
        return response

    def upload_image(self, data, filename="picture.png"):
        """The rich-text editor's upload (portal/views/uploads.py): its JSON answer."""
        import json

        response = self.post(
            "/admin/upload/", [], files={"upload": (filename, data, "application/octet-stream")}
        )
        assert response.status == 200, response.text[:300]
        return json.loads(response.body)


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + str(value).encode()
            + b"\r\n"
        )
    for name, (filename, data, content_type) in files.items():
        parts.append(
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
            ).encode()
            + data
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class _FormReader(HTMLParser):
    """The fields of one form as a browser would submit them (files and buttons left out)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, []
        self.textarea = self.select = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self.textarea, self.text = name, []
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value", "")))

    def handle_data(self, data):
        if self.textarea:
            self.text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea:
            self.fields.append((self.textarea, "".join(self.text).removeprefix("\n")))
            self.textarea = None
        elif tag == "select":
            self.select = None


def read_form(html, form_id):
    reader = _FormReader(form_id)
    reader.feed(html)
    return reader.fields


def form_errors(html):
    return re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S) or html[:500]
