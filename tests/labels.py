"""The navigation labels of ../shared/design.md: the contract between the content, the tests and
the people who check the site. Written out here on purpose, not read from the demo data."""

MENUS = {
    "en": {
        "About": ["Introduction", "Development Zones", "Officials", "Department", "Industrial Parks"],
        "Investing": [
            "Why Liangjiang", "Guide", "Policies", "Opportunities",
            "Industrial Parks", "Industries", "Enterprises", "Procedures",
        ],
        "Living": ["Food", "Hotels", "Travel", "Leisure", "Info", "Education"],
        "News": [
            "Local", "Business", "Events", "Life", "Photos", "Specials", "Video", "Success Stories",
        ],
    },
    "zh-hans": {
        "关于两江": ["新区简介", "功能区", "领导信息", "机构设置", "产业园区"],
        "投资两江": [
            "为何选择两江", "投资指南", "优惠政策", "投资机会", "产业园区", "产业", "企业", "办事指南",
        ],
        "生活两江": ["美食", "酒店", "旅游", "休闲", "生活资讯", "教育"],
        "新闻": ["本地新闻", "商业", "活动", "生活", "图片", "专题", "视频", "成功案例"],
    },
}  # fmt: skip

HEADER = {"en": ["Contact Us"], "zh-hans": ["联系我们"]}
SWITCH = {"en": "中文", "zh-hans": "English"}
FOOTER = {
    "en": ["Contact Us", "Terms and Conditions", "Privacy Policy"],
    "zh-hans": ["联系我们", "使用条款", "隐私政策"],
}


def all_labels(language):
    """The 35 labels a visitor sees in the navigation of one language."""
    labels = []
    for menu, items in MENUS[language].items():
        labels.append(menu)
        labels.extend(items)
    labels.extend(HEADER[language])
    labels.append(SWITCH[language])
    labels.extend(label for label in FOOTER[language] if label not in HEADER[language])
    return labels
