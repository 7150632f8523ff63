"""The one list of translated fields. Each gets an English and a Chinese column (title_en, title_zh_hans)."""

from modeltranslation.translator import TranslationOptions, register

from portal.models import Section


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("title", "intro")
    required_languages = (
        "en",
    )  # structural content: English is required, Chinese falls back to it
