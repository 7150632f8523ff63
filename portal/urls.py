from django.urls import path

from portal import feeds
from portal.views import articles, pages
from portal.views.search import search_page

app_name = "portal"

urlpatterns = [
    path("", pages.home, name="home"),
    path("search/", search_page, name="search"),  # before <menu>/, which would take it
    # Before the catch-all section routes: `feed/` there is a feed, or falls through to them.
    path(f"<slug:menu>/{feeds.FEED_SLUG}/", feeds.menu_feed, name="menu_feed"),
    path(f"<slug:menu>/<slug:item>/{feeds.FEED_SLUG}/", feeds.section_feed, name="section_feed"),
    path("<slug:menu>/", pages.section_page, name="menu"),
    path("<slug:menu>/<slug:item>/", pages.section_page, name="section"),
    path("<slug:menu>/<slug:item>/<int:pk>/", articles.article_detail, name="article"),
    path("<slug:menu>/<slug:item>/<slug:slug>/", pages.entry_page, name="entry"),
]
