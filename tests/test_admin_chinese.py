"""The Chinese admin is in Chinese (issue 8 §1): every page, as a superuser who chose 中文.

The crawl starts at the index and follows every link within /admin/ (one page of each kind: one
change form, one history… per model), so a model, an app or a page added later is visited without
being listed here. On each page it reads what a person reads or hears: text, the title, alt,
aria-label and placeholder attributes, and button labels; not the values of inputs (content), not
scripts and styles. The content it makes is Chinese in both languages' fields, so any Latin word left
is interface text, except for paths and addresses, and the few proper names in ALLOWED_WORDS.

What is still English is exactly KNOWN_ENGLISH: new English text fails the test, and so does a
known string that has since been translated (remove it from the list then). The texts of the
admin's scripts (the two-box picker, the calendar…) are checked against the JavaScript catalogue.
"""

import json
import re
from collections import defaultdict, deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from portal.admin import catalogue
from portal.models import (
    ArticlePhoto,
    Department,
    DevelopmentZone,
    Official,
    Section,
    StaffProfile,
)
from tests.factories import ArticleFactory, EnterpriseFactory, IndustryFactory, ParkFactory
from tests.test_no_change_save import form_as_rendered, png

PASSWORD = "a-long-password-for-tests-1"
USERNAME = "管理员"
MAX_PAGES = 400

# Latin words that are names, not interface text to translate (each word alone, case-sensitive).
ALLOWED_WORDS = {
    # Each language named in itself: the admin's language menu and the language tabs, as on the
    # public site's switch (English / 中文); "EN · 中文" in the lists' languages column.
    "English",
    "EN",
    # Key names, as Django's own Chinese text writes them: 按住 Control 键或 Mac 上的 Command 键.
    "Control",
    "Command",
    "Mac",
    # File formats in a help text: 可在页面中播放的 MP4 或 WebM 文件; 字幕文件（WebVTT）.
    "MP4",
    "WebM",
    "WebVTT",
    # The password hasher's name in a user's password summary (the tests' hasher), and a protocol
    # named in Django's own Chinese text (例如单一登入或LDAP).
    "md5",
    "LDAP",
    # The registration every site in mainland China shows, named as in Chinese: 渝ICP备…号.
    "ICP",
    # Protocol terms that Chinese technical text writes as they are (the sign-in attempts' columns:
    # IP 地址, GET 数据, HTTP Accept 请求头, 浏览器标识（User-Agent）).
    "IP",
    "GET",
    "POST",
    "HTTP",
    "Accept",
    "User-Agent",
    # The old site's English section names, as its breadcrumbs wrote them ("Home > Why Liangjiang"):
    # the import matches pages by them (SectionMapping, pre-filled by migration 0019). Data, not
    # interface text: translating them would break the match.
    *"About Business Department Education Events Food Hotels Industrial Parks Info Leisure".split(),
    *"Liangjiang Life Local News Photos Policies Procedures Specials Success Stories".split(),
    *"Travel Video Why Departments Development Zones Enterprises Guide Industries".split(),
    *"Introduction Officials Opportunities".split(),
}

# What is still English, as found (digits written N). Each group says why it is not translated here.
KNOWN_ENGLISH = {
    # Django 5.2 itself, not translatable from a catalogue: the boolean icons' alt text is Python's
    # True/False (admin_list._boolean_icon); the search box's icon has alt="Search" written in
    # admin/search_form.html; the password form's warning is joined to its lazy help text when
    # Django's module loads (AdminPasswordChangeForm), so it is fixed in English before any request.
    "True",
    "False",
    "Search",
    "Whether the user will be able to authenticate using a password or not. If disabled, they may "
    "still be able to authenticate using other backends, such as Single Sign-On or LDAP.",
    "If disabled, the current password for this user will be lost.",
    # A many-to-many link Django makes itself (enterprise ↔ industry), listed on a delete page:
    # Django names the model it creates for the link in English when the model is defined.
    "Enterprise-industry relationship: Enterprise_industries object (N)",
    "Enterprise-industry relationships: N",
    # The same, on a group's delete page: its permissions (Django's own link) and the sections it
    # edits (Section.owners).
    "Group-permission relationship: Group_permissions object (N)",
    "Group-permission relationships: N",
    "Section-group relationship: Section_owners object (N)",
    "Section-group relationships: N",
    # django-axes (sign-in lockout) has no Chinese catalogue; its field and model names are in ours
    # (portal/signin.py), but each record's name is built in English by axes' __str__ with no
    # translation hook ("Attempted Access: …", "Access Log for …"), and "<unknown>" stands for an
    # empty user agent.
    "<unknown>",
    "Access Log for 管理员 @ N-N-N N:N:N.N+N:N",
    "Access Log for 管理员 @ N-N-N N:N:N.N+N:N | 修改 登录记录 | 两江新区网站管理",
    "Attempted Access: N-N-N N:N:N.N+N:N",
    "Attempted Access: N-N-N N:N:N.N+N:N | 修改 登录尝试 | 两江新区网站管理",
    "› Access Log for 管理员 @ N-N-N N:N:N.N+N:N",
    "› Attempted Access: N-N-N N:N:N.N+N:N",
    '你确认想要删除 登录尝试 "Attempted Access: N-N-N N:N:N.N+N:N"？ 下列所有相关的项目都将被删除：',
    '你确认想要删除 登录记录 "Access Log for 管理员 @ N-N-N N:N:N.N+N:N"？ 下列所有相关的项目都将被删除：',
    "变更历史： Access Log for 管理员 @ N-N-N N:N:N.N+N:N",
    "变更历史： Access Log for 管理员 @ N-N-N N:N:N.N+N:N | 两江新区网站管理",
    "变更历史： Attempted Access: N-N-N N:N:N.N+N:N",
    "变更历史： Attempted Access: N-N-N N:N:N.N+N:N | 两江新区网站管理",
    "选择此对象执行操作 - Access Log for 管理员 @ N-N-N N:N:N.N+N:N",
    "选择此对象执行操作 - Attempted Access: N-N-N N:N:N.N+N:N",
}


class _Page(HTMLParser):
    """What a page says (text and the attributes people read or hear), its links and scripts."""

    SKIP = {"script", "style", "textarea", "template"}
    SPOKEN = {"title", "alt", "aria-label", "placeholder"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.links, self.scripts = [], [], []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        if tag in self.SKIP:
            self._skipping += 1
        if self._skipping:
            return
        self.texts += [attrs[name] for name in sorted(self.SPOKEN & attrs.keys()) if attrs[name]]
        if tag == "input" and attrs.get("type") in ("submit", "button", "reset"):
            self.texts.append(attrs.get("value") or "")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.SKIP:
            self._skipping -= 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping:
            self.texts.append(data)


def english(text):
    """`text` as reported (whitespace collapsed, digits N) if a Latin word other than a name, a
    path or an address is left in it; otherwise None."""
    text = " ".join(text.split())
    if "****" in text:
        return None  # a value shown masked (a password's hash, a sign-in's form data): content
    words = re.sub(r"\S*(/|@\w|\w\.\w)\S*", " ", text)  # paths, addresses, host and file names
    words = [word for word in re.findall(r"[A-Za-z][A-Za-z0-9]*", words) if len(word) > 1]
    if any(word not in ALLOWED_WORDS for word in words):
        return re.sub(r"\d+", "N", text)
    return None


def crawl(client):
    """Visit the admin from its index: {english text: [pages]}, the statuses that were not 200,
    and the scripts the pages load."""
    found, failures, scripts = defaultdict(list), {}, set()
    queue, kinds = deque(["/admin/"]), {"/admin/"}
    visited = 0
    while queue and visited < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url)
        visited += 1
        if response.status_code == 302 and response["Location"].startswith("/admin/"):
            queue.append(response["Location"])
            continue
        if response.status_code != 200:
            failures[url] = response.status_code
            continue
        page = _Page()
        page.feed(response.content.decode())
        for text in page.texts:
            if (found_text := english(text)) is not None:
                found[found_text].append(url)
        scripts.update(page.scripts)
        for href in page.links:
            target = urlsplit(urljoin(url, href))
            if target.netloc or target.query or not target.path.startswith("/admin/"):
                continue  # another site, a filtered or sorted list, the public site
            if re.search(r"/(logout|r|jsi18n)/", target.path):
                continue  # signs out; "view on site" redirects; a script
            kind = re.sub(r"/\d+/", "/<id>/", target.path)  # one change form per model, …
            if kind not in kinds:
                kinds.add(kind)
                queue.append(target.path)
    assert visited < MAX_PAGES, "the crawl did not end: more kinds of page than expected"
    return found, failures, scripts, kinds


@pytest.fixture
def chinese_admin(sections, django_user_model):
    """A superuser who chose 中文, signed in through the sign-in page (after one wrong password, so
    the sign-in records have a row each), and one of each kind of content, Chinese in every field
    a list or a title shows."""
    user = django_user_model.objects.create_superuser(USERNAME, "", PASSWORD)
    StaffProfile.objects.create(user=user, admin_language="zh-hans")
    Group.objects.create(name="编辑")
    park = ParkFactory(name_en="礼嘉园区")
    industry = IndustryFactory(name_en="汽车")
    EnterpriseFactory(park=park, name_en="长安汽车", industries=[industry])
    article = ArticleFactory(section=Section.objects.get(slug="local"), title_en="果园港")
    photo = default_storage.save("photos/p.png", SimpleUploadedFile("p.png", png((640, 400))))
    ArticlePhoto.objects.create(article=article, image=photo, alt_en="码头", alt_zh_hans="码头")
    DevelopmentZone.objects.create(name_en="鱼复", name_zh_hans="鱼复", slug="yufu")
    Official.objects.create(
        name_en="张三", name_zh_hans="张三", title_en="主任", title_zh_hans="主任"
    )
    Department.objects.create(name_en="办公室", name_zh_hans="办公室")

    client = Client()
    client.post("/admin/login/", {"username": USERNAME, "password": "not-the-password"})
    response = client.post(
        "/admin/login/?next=/admin/", {"username": USERNAME, "password": PASSWORD}
    )
    assert response.status_code == 302
    # One save in the Chinese admin, so that a history has an entry to show.
    change = f"/admin/portal/article/{article.pk}/change/"
    data = form_as_rendered(client.get(change), "article_form")
    data["title_zh_hans"] = ["果园港新泊位"]
    assert client.post(change, {**data, "_save": "保存"}).status_code == 302
    return client


@pytest.mark.django_db
def test_every_admin_page_is_in_chinese(chinese_admin):
    found, failures, _scripts, kinds = crawl(chinese_admin)
    assert failures == {}
    for kind in ("/admin/", "/admin/portal/", "/admin/portal/article/add/"):
        assert kind in kinds
    for model in (
        "article", "section", "industry", "industrialpark", "enterprise", "developmentzone",
        "official", "department",
    ):  # fmt: skip
        for page in ("", "add/", "<id>/change/", "<id>/history/"):
            assert f"/admin/portal/{model}/{page}" in kinds
    new = sorted(text for text in found if text not in KNOWN_ENGLISH)
    assert not new, (
        "English in the Chinese admin (translate it, or justify it above):\n"
        + "\n".join(f"{text!r}  on {found[text][0]}" for text in new)
    )
    gone = sorted(KNOWN_ENGLISH - found.keys())
    assert not gone, "Translated since: remove from KNOWN_ENGLISH:\n" + "\n".join(map(repr, gone))


def script_texts(source):
    """The texts a script asks the JavaScript catalogue for: gettext("…"), ngettext("…", …) and
    pgettext("context", "…") (as the catalogue keys them: context \\x04 text)."""
    literal = r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\""""
    for match in re.finditer(
        rf"\b(n?gettext|n?pgettext)\(\s*(?:{literal})(?:\s*,\s*(?:{literal}))?", source
    ):
        kind, parts = match.group(1), [p for p in match.groups()[1:] if p is not None]
        parts = [re.sub(r"\\(.)", r"\1", part) for part in parts]
        yield f"{parts[0]}\x04{parts[1]}" if "pgettext" in kind else parts[0]


@pytest.mark.django_db
def test_the_admin_scripts_speak_chinese(chinese_admin):
    _found, _failures, scripts, _kinds = crawl(chinese_admin)
    catalogue_js = chinese_admin.get("/admin/jsi18n/").content.decode()
    known = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", catalogue_js, re.S).group(1))
    untranslated = {}
    for src in scripts:
        path = urlsplit(src).path.removeprefix(settings.STATIC_URL)
        if not src.startswith(settings.STATIC_URL) or path.startswith("ckeditor/"):
            continue  # CKEditor has language files of its own (and its UI is Chinese)
        with open(finders.find(path), encoding="utf-8") as source:
            missing = sorted(set(script_texts(source.read())) - known.keys())
        if missing:
            untranslated[path] = missing
    assert any("SelectFilter2.js" in src for src in scripts)  # the two-box picker was seen
    assert untranslated == {}


def test_the_strings_we_supply_for_django_are_translated():
    with translation.override("zh-hans"):
        for text in catalogue.DJANGO_ADMIN:
            assert translation.gettext(text) != text, text
