"""Every public page costs a fixed number of SQL queries, however much content exists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import Section


def make_sections(count, start=0):
    """`count` more sections: menus of ten items each, like the real navigation but larger."""
    made = start
    menu = Section.objects.filter(parent=None).last()
    while made < start + count:
        if made % 10 == 0:
            menu = Section.objects.create(slug=f"menu-{made}", title_en=f"Menu {made}", kind="menu")
        else:
            Section.objects.create(
                parent=menu,
                slug=f"item-{made}",
                title_en=f"Item {made}",
                title_zh_hans=f"栏目 {made}",
            )
        made += 1


def queries_for(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


SECTION_PAGE_QUERIES = 1  # the whole navigation tree, shared by the view and the layout


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/menu-0/item-1/", "/zh-hans/menu-0/", "/en/"])
def test_section_page_queries_do_not_grow_with_the_navigation(
    client, django_assert_max_num_queries, path
):
    make_sections(3)
    small = queries_for(client, path)
    make_sections(297, start=3)
    assert Section.objects.count() == 300
    with django_assert_max_num_queries(small):
        assert client.get(path).status_code == 200
    assert queries_for(client, path) == small == SECTION_PAGE_QUERIES
