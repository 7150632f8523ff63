from .articles import Article, ArticlePhoto
from .directory import Enterprise, EntryRedirect, IndustrialPark, Industry, ParkPhoto
from .legacy import OldAddress, SectionMapping
from .media import MediaImage
from .people import Department, DevelopmentZone, Official
from .search import SearchEntry
from .sections import Section, SectionRedirect
from .site import SiteSettings
from .staff import StaffProfile

__all__ = [
    "Article",
    "ArticlePhoto",
    "Department",
    "DevelopmentZone",
    "Enterprise",
    "EntryRedirect",
    "IndustrialPark",
    "Industry",
    "MediaImage",
    "OldAddress",
    "Official",
    "ParkPhoto",
    "SearchEntry",
    "Section",
    "SectionMapping",
    "SectionRedirect",
    "SiteSettings",
    "StaffProfile",
]
