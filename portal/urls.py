from django.urls import path

from portal.views import articles, pages
from portal.views.search import search_page

app_name = "portal"

urlpatterns = [
    path("", pages.home, name="home"),
    path("search/", search_page, name="search"),  # before <menu>/, which would take it
    path("<slug:menu>/", pages.section_page, name="menu"),
    path("<slug:menu>/<slug:item>/", pages.section_page, name="section"),
    path("<slug:menu>/<slug:item>/<int:pk>/", articles.article_detail, name="article"),
    path("<slug:menu>/<slug:item>/<slug:slug>/", pages.entry_page, name="entry"),
]
