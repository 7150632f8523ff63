from django.urls import path

from portal.views import pages

app_name = "portal"

urlpatterns = [
    path("", pages.home, name="home"),
    path("<slug:menu>/", pages.section_page, name="menu"),
    path("<slug:menu>/<slug:item>/", pages.section_page, name="section"),
]
