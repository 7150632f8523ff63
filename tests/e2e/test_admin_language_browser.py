"""The admin's language menu, in a browser: the choice stays with the user and leaves the public
site's language alone; reading the Chinese site leaves the admin as it was (issue 8 §1)."""

from playwright.sync_api import expect


def test_the_admin_language_is_the_users_own(staff_page, live_server, live_sections):
    page = staff_page
    page.goto(f"{live_server.url}/zh-hans/news/local/")  # reading the Chinese site…
    page.goto(f"{live_server.url}/admin/portal/article/")
    expect(page.locator("html")).to_have_attribute("lang", "en")  # …leaves the admin English

    page.select_option("#admin-language", "zh-hans")
    page.wait_for_url(f"{live_server.url}/admin/portal/article/")
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.locator("#site-name")).to_have_text("两江新区门户网站")

    page.select_option("#admin-language", "en")
    page.wait_for_url(f"{live_server.url}/admin/portal/article/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    # The public site's own choice (the last page read) is untouched by either.
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/zh-hans/"
