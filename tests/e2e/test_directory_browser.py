"""An investor's path: filter the enterprises, open one, follow its park, read it in Chinese."""

import pytest
from playwright.sync_api import expect

from tests.factories import EnterpriseFactory, IndustryFactory, ParkFactory


@pytest.fixture
def live_directory(live_sections):
    cars = IndustryFactory(slug="automobiles", name_en="Automobiles", name_zh_hans="汽车")
    chips = IndustryFactory(slug="electronics", name_en="Electronics", name_zh_hans="电子信息")
    yufu = ParkFactory(slug="yufu", name_en="Yufu Industrial Park", name_zh_hans="鱼复工业园")
    shuitu = ParkFactory(slug="shuitu", name_en="Shuitu High-tech Park", name_zh_hans="水土高新园")
    EnterpriseFactory(slug="changan", name_en="Changan Automobile", park=yufu, industries=[cars])
    EnterpriseFactory(
        slug="boe", name_en="BOE", name_zh_hans="京东方", park=shuitu, industries=[chips]
    )


def test_filter_open_an_enterprise_follow_its_park_and_switch_to_chinese(
    page, live_server, live_directory
):
    page.goto(f"{live_server.url}/en/investing/enterprises/")
    expect(page.locator(".result-count")).to_have_text("2 enterprises")
    page.select_option("#id_industry", label="Electronics")
    page.get_by_role("button", name="Show results").click()
    page.wait_for_url("**/en/investing/enterprises/?industry=electronics*")
    expect(page.locator(".result-count")).to_have_text("1 enterprise")
    expect(page.locator("#id_industry")).to_have_value("electronics")
    page.get_by_role("link", name="BOE", exact=True).click()
    page.wait_for_url(f"{live_server.url}/en/investing/enterprises/boe/")
    expect(page.locator("h1")).to_have_text("BOE")
    page.locator(".facts").get_by_role("link", name="Shuitu High-tech Park").click()
    page.wait_for_url(f"{live_server.url}/en/investing/industrial-parks/shuitu/")
    expect(page.locator(".breadcrumbs li")).to_have_text(
        ["Home", "Investing", "Industrial Parks", "Shuitu High-tech Park"]
    )
    page.get_by_role("link", name="中文").click()
    page.wait_for_url(f"{live_server.url}/zh-hans/investing/industrial-parks/shuitu/")
    expect(page.locator("h1")).to_have_text("水土高新园")
    expect(page.get_by_role("link", name="京东方")).to_be_visible()


def test_the_switch_keeps_the_enterprise_filter(page, live_server, live_directory):
    page.goto(f"{live_server.url}/en/investing/enterprises/?industry=automobiles")
    page.get_by_role("link", name="中文").click()
    page.wait_for_url(f"{live_server.url}/zh-hans/investing/enterprises/?industry=automobiles")
    expect(page.locator("#id_industry")).to_have_value("automobiles")
    expect(page.locator(".result-count")).to_have_text("共 1 家企业")
