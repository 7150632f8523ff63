"""The one list of translated fields. Each gets an English and a Chinese column (title_en, title_zh_hans)."""

from modeltranslation.translator import TranslationOptions, register

from portal.models import (
    Article,
    ArticlePhoto,
    Department,
    DevelopmentZone,
    Enterprise,
    IndustrialPark,
    Industry,
    MediaImage,
    Official,
    ParkPhoto,
    Section,
    SiteSettings,
)


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("title", "intro", "body")
    required_languages = ("en",)  # structural content: English required, Chinese falls back to it


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    # No language is required: an article may exist in English only, Chinese only, or both
    # (Article.clean and a database constraint ask for a title in one of them).
    fields = (
        "title",
        "summary",
        "body",
        "byline",
        "source",
        "cover_alt",
        "cover_caption",
        "cover_credit",
        "captions",  # the video's caption track in each language
    )
    fallback_undefined = ""
    fallback_languages = {"default": ()}  # an English page never borrows a Chinese title


@register(ArticlePhoto)
class ArticlePhotoTranslationOptions(TranslationOptions):
    fields = ("alt", "caption")


@register(MediaImage)
class MediaImageTranslationOptions(TranslationOptions):
    # A picture may be described in one language only; each reuse takes the language it needs.
    fields = ("alt", "caption")
    fallback_undefined = ""
    fallback_languages = {"default": ()}


@register(Industry)
class IndustryTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "body")
    required_languages = ("en",)


@register(IndustrialPark)
class IndustrialParkTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "body", "district", "address", "leading_industries")
    required_languages = ("en",)


@register(ParkPhoto)
class ParkPhotoTranslationOptions(TranslationOptions):
    fields = ("alt", "caption")
    required_languages = ("en",)


@register(Enterprise)
class EnterpriseTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "body")
    required_languages = ("en",)


@register(DevelopmentZone)
class DevelopmentZoneTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "body")
    required_languages = ("en",)


@register(Official)
class OfficialTranslationOptions(TranslationOptions):
    fields = ("name", "title", "biography")
    required_languages = ("en",)


@register(Department)
class DepartmentTranslationOptions(TranslationOptions):
    fields = ("name", "duties", "address")
    required_languages = ("en",)


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("site_name", "copyright", "sidebar_about", "address")
    required_languages = ("en",)  # the site name; an empty Chinese text falls back to the English
    # The columns' defaults are the old template texts, per language (portal/models/site.py): compare
    # with "" rather than with them, and show nothing when both languages are emptied.
    fallback_undefined = ""
    fallback_values = ""
