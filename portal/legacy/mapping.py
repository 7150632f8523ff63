"""The old site's section names, pre-filled into `SectionMapping` (migration 0019).

The English names are those of the old breadcrumbs (../shared/content/liangjiang-facts.md §1–2);
the Chinese ones are the Chinese site's likely column names, and ours. Each maps to the section of
ours that holds such articles (`menu/item`), or to None: known, but not imported until staff choose
a section in the admin. The old "Why Liangjiang", "Policies", "Procedures", "About", "Industrial
Parks", "Department" (and the rest of the About and Investing menus) pages are texts and profiles that our site keeps as pages and directory
entries, not as articles: they are left for staff to map (or to rewrite by hand).
"""

EN, ZH = "en", "zh-hans"

DEFAULT_MAPPINGS = [
    # (old name, language, our section "menu/item" or None)
    ("Liangjiang", EN, "news/local"),  # the seed article's breadcrumb; demo places it in Local
    ("Local", EN, "news/local"),
    ("News", EN, "news/local"),
    ("Business", EN, "news/business"),
    ("Events", EN, "news/events"),
    ("Life", EN, "news/life"),
    ("Photos", EN, "news/photos"),
    ("Specials", EN, "news/specials"),
    ("Video", EN, "news/video"),
    ("Success Stories", EN, "news/success-stories"),
    ("Travel", EN, "living/travel"),
    ("Food", EN, "living/food"),
    ("Hotels", EN, "living/hotels"),
    ("Leisure", EN, "living/leisure"),
    ("Info", EN, "living/info"),
    ("Education", EN, "living/education"),
    ("Why Liangjiang", EN, None),
    ("Policies", EN, None),
    ("Industrial Parks", EN, None),
    ("Procedures", EN, None),
    ("About", EN, None),
    ("Department", EN, None),
    ("Departments", EN, None),
    ("Introduction", EN, None),
    ("Development Zones", EN, None),
    ("Officials", EN, None),
    ("Guide", EN, None),
    ("Opportunities", EN, None),
    ("Industries", EN, None),
    ("Enterprises", EN, None),
    ("两江新闻", ZH, "news/local"),
    ("两江要闻", ZH, "news/local"),
    ("本地新闻", ZH, "news/local"),
    ("新闻", ZH, "news/local"),
    ("区县动态", ZH, "news/local"),  # district news, a column under 两江新闻
    ("商业", ZH, "news/business"),
    ("经济", ZH, "news/business"),
    ("活动", ZH, "news/events"),
    ("生活", ZH, "news/life"),
    ("图片", ZH, "news/photos"),
    ("专题", ZH, "news/specials"),
    ("视频", ZH, "news/video"),
    ("成功案例", ZH, "news/success-stories"),
    ("旅游", ZH, "living/travel"),
    ("美食", ZH, "living/food"),
    ("酒店", ZH, "living/hotels"),
    ("休闲", ZH, "living/leisure"),
    ("生活资讯", ZH, "living/info"),
    ("教育", ZH, "living/education"),
    ("为何选择两江", ZH, None),
    ("优惠政策", ZH, None),
    ("产业园区", ZH, None),
    ("办事指南", ZH, None),
    ("新区简介", ZH, None),
    ("机构设置", ZH, None),
    ("功能区", ZH, None),
    ("领导信息", ZH, None),
    ("投资指南", ZH, None),
    ("投资机会", ZH, None),
    ("产业", ZH, None),
    ("企业", ZH, None),
    ("关于两江", ZH, None),
]


def fill_default_mappings(SectionMapping, Section):
    """Add the default names the table lacks, and give a default name with no section yet its
    default section where that section exists. Idempotent. The migration calls it with historical
    models (a new site has no sections then), the demo content loader again once its sections
    exist. A name staff mapped elsewhere is left as it is."""
    sections = {
        f"{s.parent.slug}/{s.slug}": s
        for s in Section.objects.filter(parent__isnull=False).select_related("parent")
    }
    for old_name, language, path in DEFAULT_MAPPINGS:
        section = sections.get(path) if path else None
        mapping, created = SectionMapping.objects.get_or_create(
            old_name=old_name, language=language, defaults={"section": section}
        )
        if not created and mapping.section_id is None and section is not None:
            mapping.section = section
            mapping.save(update_fields=["section"])
