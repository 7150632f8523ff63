"""Content at the size of a real portal, for benchmarks and load tests (`manage.py generate_content`).

`generate(articles=N, enterprises=M)` adds what is missing for at least N articles and M enterprises
in all, with `bulk_create` in batches (SQLite and PostgreSQL). The articles are spread over every
listing section (News and Living) and twenty years; about half are written in both languages and a
quarter in each language alone; some are featured, have covers, are photo stories (in Photos) or video
stories (in Video), are linked to industries and enterprises, or are drafts and scheduled. Bodies are
about 3 KB of rich text composed from the sentences below, written in our own words from
../shared/content/. Pictures are a handful drawn once with Pillow and shared by every row that uses
one: no 100,000 files.

Bulk inserts skip save() and signals, so the end of a run calls `portal.cache.content_changed()` and,
on PostgreSQL, refreshes the planner's statistics of the tables it filled.
"""

import datetime
import itertools
import random
import time
from contextlib import nullcontext
from dataclasses import dataclass, field

from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from portal import cache, search
from portal.demo import loader
from portal.demo.drawing import draw_scene, jpeg
from portal.models import (
    Article,
    ArticlePhoto,
    Enterprise,
    IndustrialPark,
    Industry,
    SearchEntry,
    Section,
)
from portal.richtext import sanitize

LISTING_KINDS = (Section.Kind.ARTICLES, Section.Kind.PHOTOS, Section.Kind.VIDEOS)
YEARS = 20
BATCH_SIZE = 2000
POOL_SIZE = 240  # paragraphs composed per theme; a body picks a few of them

# ---------------------------------------------------------------------------------------------
# Words: each pair is (English, Chinese); a sentence fills the same slots in both languages.

PLACES = [
    ("Guoyuan Port", "果园港"),
    ("Yufu", "鱼复"),
    ("Longxing", "龙兴"),
    ("Shuitu", "水土"),
    ("Yuelai", "悦来"),
    ("Lijia", "礼嘉"),
    ("Jiangbeizui", "江北嘴"),
    ("Cuntan", "寸滩"),
    ("Mingyue Lake", "明月湖"),
    ("Xiantao Data Valley", "仙桃数据谷"),
    ("Konggang Industrial Park", "空港工业园"),
    ("Longsheng", "龙盛"),
    ("Zhaomushan", "照母山"),
    ("the Lianglu Cuntan Comprehensive Bonded Zone", "两路寸滩综合保税区"),
]
INDUSTRY_WORDS = [
    ("automobiles", "汽车"),
    ("new energy vehicles", "新能源汽车"),
    ("electronics", "电子信息"),
    ("display panels", "显示面板"),
    ("integrated circuits", "集成电路"),
    ("biomedicine", "生物医药"),
    ("the digital economy", "数字经济"),
    ("high-end equipment", "高端装备"),
    ("general aviation", "通用航空"),
    ("modern logistics", "现代物流"),
    ("finance", "金融"),
    ("exhibitions", "会展"),
    ("smart manufacturing", "智能制造"),
    ("software", "软件"),
]
COMPANIES = [
    ("a carmaker", "一家整车企业"),
    ("a display panel maker", "一家显示面板企业"),
    ("a chip designer", "一家芯片设计企业"),
    ("a logistics company", "一家物流企业"),
    ("a pharmaceutical company", "一家医药企业"),
    ("a software developer", "一家软件企业"),
    ("a battery maker", "一家电池企业"),
    ("a robot maker", "一家机器人企业"),
    ("an auto parts supplier", "一家汽车零部件企业"),
]
COUNTRIES = [
    ("Germany", "德国"),
    ("Singapore", "新加坡"),
    ("Japan", "日本"),
    ("South Korea", "韩国"),
    ("the United States", "美国"),
    ("France", "法国"),
    ("Thailand", "泰国"),
    ("Vietnam", "越南"),
    ("Kazakhstan", "哈萨克斯坦"),
    ("Poland", "波兰"),
    ("the United Kingdom", "英国"),
]
CITIES = [
    ("Chengdu", "成都"),
    ("Shanghai", "上海"),
    ("Shenzhen", "深圳"),
    ("Xi'an", "西安"),
    ("Guiyang", "贵阳"),
    ("Wuhan", "武汉"),
]
EVENTS = [
    ("the Smart China Expo", "智博会"),
    ("the Western China International Fair", "西洽会"),
    ("the Chongqing Auto Show", "重庆车展"),
    ("an investment promotion week", "投资推介周"),
]
DISHES = [
    ("hotpot", "火锅"),
    ("Chongqing noodles", "重庆小面"),
    ("spicy chicken", "辣子鸡"),
    ("grilled fish", "烤鱼"),
    ("skewers", "串串"),
    ("sweet potato noodles", "酸辣粉"),
]
VENUES = [
    ("Lijia Smart Park", "礼嘉智慧公园"),
    ("Mingyue Lake", "明月湖"),
    ("Zhaomushan Forest Park", "照母山森林公园"),
    ("the Yuelai riverside", "悦来滨江"),
    ("the Garden Expo Park", "园博园"),
    ("Liangjiang Happiness Square", "两江幸福广场"),
    ("the Liangjiang International Film and Television City", "两江国际影视城"),
]
MONTHS = [(month, f"{number}月") for number, month in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)]  # fmt: skip
WEEKDAYS = list(
    zip(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
        strict=True,
    )
)
SEASONS = [("spring", "春天"), ("summer", "夏天"), ("autumn", "秋天"), ("winter", "冬天")]

# Sentences every theme may use.
SHARED = [
    ("Liangjiang New Area, set up in 2010 as the first national-level new area in inland China, "
     "spans parts of Jiangbei, Yubei and Beibei districts.",
     "两江新区成立于2010年，是内陆首个国家级开发开放新区，范围涉及江北、渝北、北碚三区部分区域。"),
    ("Officials said the work in {place} is part of a wider plan to make the area a gateway for "
     "inland opening-up.",
     "有关负责人表示，{place}的这项工作是新区建设内陆开放门户整体布局的一部分。"),
    ("The area's leading industries include automobiles, electronics, equipment and biomedicine.",
     "新区主导产业包括汽车、电子信息、装备制造和生物医药等。"),
    ("Guoyuan Port links shipping on the Yangtze with rail lines that run to Europe and Southeast "
     "Asia.",
     "果园港连接长江航运与通往欧洲和东南亚的铁路线路。"),
    ("More than {n} companies from {country} already operate in the new area.",
     "目前已有{n}余家{country}企业在新区投资兴业。"),
    ("Residents and visitors can find more details on the new area's website.",
     "市民和游客可通过新区网站了解更多详情。"),
    ("Work on the next phase is planned to start in {month}.",
     "下一阶段工作计划于{month}启动。"),
    ("The Chengdu-Chongqing economic circle puts companies here within reach of nearly 100 "
     "million consumers.",
     "成渝地区双城经济圈让新区企业面向近1亿人口的广阔市场。"),
    ("A spokesperson for the administrative committee said the figures show steady growth "
     "across the area.",
     "两江新区管委会相关负责人表示，这些数据体现了新区经济的稳步增长。"),
    ("About {people} jobs are expected once the project runs at full capacity.",
     "项目全面达产后预计可提供约{people}个就业岗位。"),
]  # fmt: skip

THEMES = {
    "news": {
        "titles": [
            ("{place} signs {n} projects worth {money}", "{place}签约{n}个项目 总投资{money}"),
            (
                "{industry} output in Liangjiang up {pct}% in first {k} months",
                "两江新区前{k}个月{industry}产值增长{pct}%",
            ),
            ("New {industry} plant starts production in {place}", "{place}新建{industry}工厂投产"),
            ("{place} opens a service center for foreign investors", "{place}外商投资服务中心启用"),
            (
                "Liangjiang and {city} deepen cooperation in {industry}",
                "两江新区与{city}深化{industry}领域合作",
            ),
            (
                "{n} freight trains leave Guoyuan Port for {country} in {month}",
                "{month}果园港开行{n}列班列直达{country}",
            ),
            ("Delegation from {country} visits {place}", "{country}代表团考察{place}"),
            ("{company} in {place} expands its research center", "{place}{company}扩建研发中心"),
            (
                "Liangjiang rolls out {n} measures to support {industry}",
                "两江新区出台{n}条措施支持{industry}发展",
            ),
            (
                "{place} hosts a forum on {industry} during {event}",
                "{event}期间{place}举办{industry}论坛",
            ),
            ("Job fair in {place} offers {people} positions", "{place}招聘会提供{people}个岗位"),
            ("Exports through the bonded zone rise {pct}%", "综合保税区进出口额增长{pct}%"),
        ],
        "headings": [
            ("What was signed", "签约情况"),
            ("The figures", "数据一览"),
            ("What comes next", "下一步安排"),
            ("Along the industrial chain", "产业链条"),
        ],
        "sentences": [
            (
                "On {weekday}, {n} projects with a combined investment of {money} were signed in "
                "{place}.",
                "{weekday}，{place}集中签约{n}个项目，总投资{money}。",
            ),
            (
                "The projects cover {industry}, {industry2} and related services.",
                "项目涵盖{industry}、{industry2}及相关配套服务。",
            ),
            (
                "In the first {k} months of the year the area's {industry} output grew by {pct} "
                "percent year on year.",
                "今年前{k}个月，新区{industry}产值同比增长{pct}%。",
            ),
            (
                "{company} in {place} plans to add two production lines and a testing center.",
                "{place}{company}计划新增两条生产线和一个检测中心。",
            ),
            (
                "The new plant uses robots and data systems to follow each part from delivery to "
                "final inspection.",
                "新工厂运用机器人和数据系统，对每个零部件从入厂到终检进行全程追踪。",
            ),
            (
                "Trade through the Lianglu Cuntan Comprehensive Bonded Zone rose by {pct} percent.",
                "两路寸滩综合保税区进出口额增长{pct}%。",
            ),
            (
                "A delegation from {country} toured factories in {place} and met local officials.",
                "{country}代表团参观了{place}的企业，并与当地负责人座谈。",
            ),
            (
                "Freight trains from Guoyuan Port now run to {country} several times a week.",
                "果园港每周开行多趟发往{country}的班列。",
            ),
            (
                "The service center in {place} handles registration, tax and customs in one place.",
                "{place}服务中心可一站式办理注册、税务和通关等事项。",
            ),
            (
                "Companies said faster approvals had cut the time needed to open a business to {k} "
                "days.",
                "企业反映，审批提速后，新开办企业所需时间缩短至{k}天。",
            ),
            (
                "Local suppliers now provide about {pct} percent of the parts used by carmakers in "
                "the area.",
                "新区整车企业所用零部件中约{pct}%由本地供应商提供。",
            ),
            (
                "The forum at {event} brought together researchers, investors and officials from "
                "{city} and Chongqing.",
                "{event}期间举办的论坛汇聚了来自{city}和重庆的研究人员、投资者和政府代表。",
            ),
            (
                "Engineers at the research center in {place} are working on batteries, sensors and "
                "driving software.",
                "{place}研发中心的工程师正围绕电池、传感器和智能驾驶软件开展攻关。",
            ),
            (
                "The display cluster in Shuitu supplies screens for phones, laptops and cars.",
                "水土片区显示面板产业集群为手机、笔记本电脑和汽车提供屏幕。",
            ),
            (
                "Yufu and Longxing have become home to a dense chain of parts makers.",
                "鱼复、龙兴片区已集聚起完整的零部件配套企业链条。",
            ),
            (
                "Yuelai's convention center hosted {n} exhibitions and conferences last year.",
                "悦来会展中心去年举办展会和会议{n}场。",
            ),
        ],
    },
    "life": {
        "titles": [
            (
                "{place} adds {n} community canteens for older residents",
                "{place}新增{n}家社区老年食堂",
            ),
            ("New bus route links {place} and {place2}", "新公交线路连通{place}与{place2}"),
            ("{n} new pocket parks open in Liangjiang", "两江新区新建{n}处口袋公园"),
            ("Foreign residents try paper-cutting in {place}", "外籍居民在{place}体验剪纸"),
            ("Metro extension to {place} opens to passengers", "轨道交通延伸段通达{place}"),
            (
                "Community clinic in {place} adds English-speaking doctors",
                "{place}社区医院提供英语诊疗服务",
            ),
            ("Volunteers clean the riverbank in {place}", "志愿者清洁{place}江岸"),
        ],
        "headings": [("How to take part", "如何参与"), ("Getting there", "交通指引")],
        "sentences": [
            (
                "The new community center in {place} has a library, a clinic and rooms for classes.",
                "{place}新建的社区中心设有图书室、卫生室和培训教室。",
            ),
            (
                "About {people} residents are expected to use it every week.",
                "预计每周约有{people}名居民使用这些设施。",
            ),
            (
                "At peak hours buses now run every {k} minutes between {place} and {place2}.",
                "高峰时段{place}至{place2}的公交发车间隔缩短至{k}分钟。",
            ),
            (
                "Foreign residents can ask about visas, housing and schools at the service center.",
                "外籍居民可在服务中心咨询签证、住房和子女入学等事宜。",
            ),
            (
                "Volunteers cleared litter along the river in {place} on {weekday}.",
                "{weekday}，志愿者在{place}江边开展清洁活动。",
            ),
            (
                "The area now has more than 130 parks and about 300 kilometers of greenways.",
                "新区现有公园130余个，绿道约300公里。",
            ),
            (
                "Organizers said the classes would be taught in Chinese and English.",
                "主办方表示，课程将以中英双语授课。",
            ),
            (
                "Residents can book a place through the community's mobile app.",
                "居民可通过社区手机应用预约。",
            ),
            (
                "The canteen serves lunch and dinner at low prices for residents over 60.",
                "食堂为60岁以上居民提供价格实惠的午餐和晚餐。",
            ),
            (
                "Neighbors in {place} meet on {weekday} evenings to practice dancing and tai chi.",
                "{place}的居民每逢{weekday}晚上相约跳舞、打太极。",
            ),
        ],
    },
    "food": {
        "titles": [
            ("Where to eat {dish} near {place}", "{place}附近哪里吃{dish}"),
            (
                "{n} restaurants in {place} earn food safety awards",
                "{place}{n}家餐馆获评食品安全示范店",
            ),
            ("A night market opens by the river in {place}", "{place}滨江夜市开市"),
            ("Chefs from {country} cook with Chongqing spices", "{country}厨师用重庆调料做菜"),
            ("Tasting {dish}: a beginner's guide", "品尝{dish}：新手指南"),
        ],
        "headings": [("What to order", "推荐菜品"), ("Prices", "消费参考")],
        "sentences": [
            (
                "{dish} is the dish most visitors want to try first.",
                "{dish}是外地游客最想品尝的美食。",
            ),
            (
                "The restaurant near {place} seats about {n} people and stays open late.",
                "{place}附近这家餐厅可容纳约{n}人就餐，营业至深夜。",
            ),
            (
                "Cooks here go easy on the Sichuan pepper for guests who are new to it.",
                "厨师会为初次品尝的客人减少花椒和辣椒的用量。",
            ),
            (
                "Chili, Sichuan pepper and fermented bean paste are the basic flavors of Chongqing "
                "cooking.",
                "辣椒、花椒和豆瓣酱是重庆菜的基本味道。",
            ),
            ("A meal costs from about {k}0 yuan a person.", "人均消费约{k}0元起。"),
            (
                "Stalls at the riverside night market sell {dish} and cold noodles.",
                "江边夜市有售卖{dish}和凉面的小摊。",
            ),
            (
                "Many office workers in {place} stop for a bowl of noodles on the way to work.",
                "{place}不少上班族习惯在上班路上吃一碗小面。",
            ),
            (
                "The menu has pictures and English names for every dish.",
                "菜单上每道菜都配有图片和英文名称。",
            ),
            (
                "Regulars say the broth is best on a cold {season} evening.",
                "老顾客说，{season}的傍晚来一锅热汤最惬意。",
            ),
            (
                "Staff will explain how long each ingredient should stay in the pot.",
                "服务员会介绍每种食材需要涮多长时间。",
            ),
        ],
    },
    "hotels": {
        "titles": [
            (
                "New hotel with {n}0 rooms opens in {place}",
                "{place}一家拥有{n}0间客房的新酒店开业",
            ),
            (
                "Hotels near {venue} get ready for {event}",
                "{event}临近 {venue}周边酒店做好接待准备",
            ),
            ("Serviced apartments for expatriates in {place}", "{place}面向外籍人士的服务式公寓"),
            ("Riverside hotel in {place} adds a conference hall", "{place}滨江酒店新增会议厅"),
        ],
        "headings": [("Facilities", "设施服务"), ("Getting there", "交通指引")],
        "sentences": [
            (
                "The hotel in {place} has {n}0 rooms and a conference hall for business travelers.",
                "{place}这家酒店拥有{n}0间客房和一个会议厅，主要面向商务旅客。",
            ),
            (
                "It is a short drive from Chongqing Jiangbei International Airport.",
                "酒店距重庆江北国际机场车程较短。",
            ),
            (
                "Staff at the front desk speak English, and signs are in both languages.",
                "前台工作人员可用英语交流，标识均为中英双语。",
            ),
            (
                "Rooms facing the river are in demand during exhibitions in Yuelai.",
                "悦来举办展会期间，江景房尤其抢手。",
            ),
            ("Weekday rates start at about {k}00 yuan a night.", "工作日房价每晚约{k}00元起。"),
            (
                "Guests can borrow bicycles to ride the greenway along the river.",
                "住客可借用自行车沿江边绿道骑行。",
            ),
            (
                "The apartments come with kitchens and weekly cleaning.",
                "公寓配有厨房，并提供每周保洁服务。",
            ),
            (
                "A shuttle bus runs to the metro station every {k} minutes.",
                "酒店每{k}分钟有一班接驳车开往地铁站。",
            ),
            (
                "The restaurant on the top floor serves Chongqing dishes and a Western breakfast.",
                "顶楼餐厅供应重庆菜和西式早餐。",
            ),
            ("Bookings for {month} are already filling up.", "{month}的预订已接近满房。"),
        ],
    },
    "travel": {
        "titles": [
            ("{season} walks around {venue}", "{season}漫步{venue}"),
            ("A weekend at {venue}", "周末打卡{venue}"),
            ("{venue} lights up for the holiday", "{venue}点亮节日夜景"),
            ("Cycling the greenway from {place} to {place2}", "骑行绿道 从{place}到{place2}"),
            ("{k} things to do at {venue} this {season}", "{season}到{venue}的{k}种玩法"),
            ("Boat trips on the Jialing River resume", "嘉陵江游船恢复运营"),
        ],
        "headings": [("Getting there", "交通指引"), ("When to go", "最佳时间")],
        "sentences": [
            (
                "{venue} is at its best in {season}, when the paths are lined with flowers.",
                "{season}的{venue}最美，步道两旁鲜花盛开。",
            ),
            (
                "Visitors can reach it by metro and a short walk.",
                "游客乘坐轨道交通后步行即可到达。",
            ),
            (
                "The greenway from {place} to {place2} is about {k} kilometers long and good for "
                "cycling.",
                "从{place}到{place2}的绿道全长约{k}公里，适合骑行。",
            ),
            (
                "Families come at weekends to picnic on the lawns and watch the boats on the river.",
                "周末常有家庭来草坪野餐、观赏江上往来的船只。",
            ),
            (
                "Admission is free, and the gates open from early morning until evening.",
                "公园免费开放，开放时间为清晨至傍晚。",
            ),
            (
                "A light show over the water starts at dusk on holidays.",
                "节假日傍晚，水面上会有灯光秀。",
            ),
            (
                "The Liangjiang International Film and Television City recreates old Chongqing "
                "streets.",
                "两江国际影视城再现了老重庆的街巷风貌。",
            ),
            (
                "Photographers gather on the bridge at sunset for the view of the hills.",
                "傍晚时分，摄影爱好者聚在桥上拍摄山峦景色。",
            ),
            (
                "Guides at {venue} offer tours in English on {weekday} mornings.",
                "{venue}每逢{weekday}上午提供英语导览。",
            ),
            (
                "Tea houses along the paths are a good place to rest.",
                "步道沿线的茶馆是歇脚的好去处。",
            ),
        ],
    },
    "education": {
        "titles": [
            ("New international school campus opens in {place}", "{place}国际学校新校区启用"),
            (
                "{k} universities set up research labs in {place}",
                "{k}所高校在{place}设立研究实验室",
            ),
            (
                "Students from {country} study {industry} in Liangjiang",
                "{country}留学生在两江新区学习{industry}",
            ),
            (
                "Vocational college in {place} trains {people} technicians",
                "{place}职业学院培养{people}名技术工人",
            ),
            ("Chinese classes for foreign families in {place}", "{place}为外籍家庭开设中文课"),
        ],
        "headings": [("Admissions", "招生信息"), ("Courses", "课程设置")],
        "sentences": [
            (
                "The new campus in {place} will take about {people} students when it is complete.",
                "{place}新校区建成后可容纳约{people}名学生。",
            ),
            (
                "Courses include {industry}, engineering and Chinese.",
                "课程涵盖{industry}、工程和中文等。",
            ),
            (
                "Companies in the area offer internships to students in their final year.",
                "新区企业为毕业班学生提供实习岗位。",
            ),
            (
                "Teachers from {country} and China teach several classes together.",
                "部分课程由{country}教师和中方教师共同授课。",
            ),
            (
                "The college works with {n} local companies on training programs.",
                "学院与{n}家本地企业合作开展培训项目。",
            ),
            (
                "Parents can visit the campus on open days in {month}.",
                "家长可在{month}的开放日参观校园。",
            ),
            (
                "The library stays open until ten at night during exams.",
                "考试期间，图书馆开放至晚上十点。",
            ),
            (
                "Graduates often find jobs with carmakers and electronics companies nearby.",
                "毕业生多在周边的汽车和电子企业就业。",
            ),
            (
                "The labs in {place} are shared with researchers from {city}.",
                "{place}的实验室与{city}的科研人员共享使用。",
            ),
            (
                "Scholarships cover tuition for about {k}0 students a year.",
                "奖学金每年为约{k}0名学生减免学费。",
            ),
        ],
    },
}
# Which theme a listing section's articles are about (by slug; anything else is news).
SECTION_THEMES = {
    "life": "life",
    "info": "life",
    "leisure": "travel",
    "travel": "travel",
    "food": "food",
    "hotels": "hotels",
    "education": "education",
}
# How the articles are spread over the sections (relative weights by slug; others count 4).
SECTION_WEIGHTS = {
    "local": 20,
    "business": 14,
    "events": 9,
    "life": 7,
    "photos": 6,
    "specials": 5,
    "video": 3,
    "success-stories": 6,
    "food": 5,
    "hotels": 4,
    "travel": 6,
    "leisure": 4,
    "info": 6,
    "education": 5,
}
# The lines of a body's bulleted list: what every theme may use, and what news adds.
LIST_ITEMS = [
    ("Where: {place}", "地点：{place}"),
    ("When: from {month}", "时间：{month}起"),
    ("Getting there: a short walk from the metro", "交通：地铁站步行可达"),
    ("Questions: the Liangjiang service hotline", "咨询：两江新区服务热线"),
    ("Open: every day except {weekday}", "开放时间：每天（{weekday}除外）"),
]
NEWS_ITEMS = [
    ("Projects signed: {n}", "签约项目：{n}个"),
    ("Total investment: {money}", "总投资：{money}"),
    ("Growth: {pct} percent", "增速：{pct}%"),
    ("Related industry: {industry}", "相关产业：{industry}"),
    ("Partners: companies from {country} and {city}", "合作方：{country}及{city}企业"),
]
LINKS = [
    ("investing/guide/", "the investment guide", "投资指南"),
    ("investing/policies/", "the policies for investors", "优惠政策"),
    ("investing/enterprises/", "the enterprise directory", "企业名录"),
    ("about/introduction/", "the introduction to the new area", "新区简介"),
    ("contact-us/", "the contact page", "联系我们"),
]
SOURCES = [
    ("english.liangjiang.gov.cn", "两江新区"),
    ("Liangjiang New Area Media Center", "两江新区融媒体中心"),
    ("chinadaily.com.cn", "中国日报网"),
]
BYLINES = [
    ("By Li Ming", "记者 李明"),
    ("By Chen Yu", "记者 陈雨"),
    ("By Zhou Lan", "记者 周岚"),
    ("By He Jun and Xu Ting", "记者 何军 许婷"),
]
PHOTO_CAPTIONS = [
    ("A view of {place} from the river.", "从江上远眺{place}。"),
    ("Workers on a production line in {place}.", "{place}一条生产线上的工人。"),
    ("Containers waiting at Guoyuan Port.", "果园港待运的集装箱。"),
    ("Visitors at {venue} in {season}.", "{season}的{venue}游人如织。"),
    ("Evening lights over {place}.", "夜幕下的{place}。"),
]
CREDITS = ["liangjiang.gov.cn", "WeChat account of Liangjiang New Area", ""]
PICTURES = ["river", "port", "skyline", "factory", "park", "car", "chip", "food", "plane", "school"]
PICTURE_SIZE = (960, 640)
VIDEO_NAME = "generated/liangjiang.webm"

# The directory: parks and industries beyond the demo's, and the parts enterprise names are made of.
EXTRA_INDUSTRIES = [
    ("integrated-circuits", "Integrated circuits", "集成电路"),
    ("software-and-services", "Software and information services", "软件和信息服务"),
    ("smart-manufacturing", "Smart manufacturing", "智能制造"),
    ("hydrogen-energy", "Hydrogen energy", "氢能"),
    ("cultural-tourism", "Culture and tourism", "文化旅游"),
    ("modern-services", "Modern services", "现代服务业"),
]
EXTRA_PARKS = [
    # (slug, English, Chinese, district in English and Chinese, slugs of its industries)
    ("konggang-industrial-park", "Konggang Industrial Park", "空港工业园", "Yubei", "渝北",
     ["aviation", "logistics", "high-end-equipment"]),
    ("xiantao-data-valley", "Xiantao Data Valley", "仙桃数据谷", "Yubei", "渝北",
     ["digital-economy", "software-and-services"]),
    ("mingyue-lake-innovation-park", "Mingyue Lake Innovation Park", "明月湖创新园", "Liangjiang",
     "两江", ["integrated-circuits", "smart-manufacturing"]),
    ("lijia-smart-park", "Lijia Smart Park", "礼嘉智慧公园", "Liangjiang", "两江",
     ["digital-economy", "cultural-tourism"]),
    ("collaborative-innovation-zone", "Liangjiang Collaborative Innovation Zone", "两江协同创新区",
     "Longsheng", "龙盛", ["biomedicine", "smart-manufacturing", "hydrogen-energy"]),
    ("cuntan-international-new-city", "Cuntan International New City", "寸滩国际新城", "Jiangbei",
     "江北", ["finance", "modern-services", "logistics"]),
]  # fmt: skip
SYLLABLES = [
    ("Hua", "华"), ("Xin", "信"), ("Tong", "通"), ("Da", "达"), ("Rui", "瑞"), ("Feng", "丰"),
    ("Tian", "天"), ("Yu", "宇"), ("Heng", "恒"), ("Jia", "嘉"), ("Long", "隆"), ("Sheng", "盛"),
    ("Ming", "明"), ("Kai", "凯"), ("Cheng", "诚"), ("Yuan", "远"), ("Bo", "博"), ("Hong", "宏"),
    ("Jin", "锦"), ("An", "安"), ("Ling", "灵"), ("Zhi", "智"),
]  # fmt: skip
FOREIGN_PARTS = (
    ["Nord", "Alpen", "Kes", "Bright", "Meri", "Sol", "Cor", "Tes", "Lum", "Van", "Hal", "Or"],
    ["well", "kraft", "tron", "line", "dian", "vane", "vex", "saro", "ora", "tis", "den", "rin"],
)
TRADES = [
    # (English, Chinese, slugs of the industries it belongs to)
    ("Auto Parts", "汽车零部件", ["automobiles"]),
    ("Automotive Electronics", "汽车电子", ["automobiles", "electronics"]),
    ("New Energy Vehicle", "新能源汽车", ["new-energy-vehicles", "automobiles"]),
    ("Battery Technology", "电池科技", ["new-energy-vehicles"]),
    ("Electronics", "电子", ["electronics"]),
    ("Display Technology", "显示科技", ["electronics"]),
    ("Semiconductor", "半导体", ["integrated-circuits", "electronics"]),
    ("Biotech", "生物科技", ["biomedicine"]),
    ("Pharmaceutical", "制药", ["biomedicine"]),
    ("Logistics", "物流", ["logistics"]),
    ("Precision Machinery", "精密机械", ["high-end-equipment", "smart-manufacturing"]),
    ("Robotics", "机器人", ["smart-manufacturing", "high-end-equipment"]),
    ("Software", "软件", ["software-and-services", "digital-economy"]),
    ("Data Services", "数据服务", ["digital-economy"]),
    ("Aviation Technology", "航空科技", ["aviation"]),
    ("Financial Leasing", "融资租赁", ["finance"]),
    ("Exhibition Services", "会展服务", ["exhibitions", "modern-services"]),
    ("Hydrogen Power", "氢能", ["hydrogen-energy"]),
    ("Travel Services", "旅游服务", ["cultural-tourism"]),
]
ORIGINS = [("CN", 70), ("HK", 5), ("TW", 4), ("US", 4), ("DE", 4), ("JP", 4), ("KR", 3),
           ("SG", 2), ("CH", 1), ("GB", 1), ("FR", 1), ("AU", 1)]  # fmt: skip
ENTERPRISE_POSITION = 1000  # after the demo's hand-ordered enterprises


# ---------------------------------------------------------------------------------------------
# Text


def _pair(options, rng):
    return options[rng.randrange(len(options))]


def slot_values(rng):
    """Random values for every slot, as (English, Chinese) dictionaries with the same meaning."""
    billions = rng.randint(5, 900) / 10
    people = rng.choice([120, 300, 450, 800, 1200, 2000, 3500, 5000])
    pairs = {
        "place": _pair(PLACES, rng),
        "place2": _pair(PLACES, rng),
        "industry": _pair(INDUSTRY_WORDS, rng),
        "industry2": _pair(INDUSTRY_WORDS, rng),
        "company": _pair(COMPANIES, rng),
        "country": _pair(COUNTRIES, rng),
        "city": _pair(CITIES, rng),
        "event": _pair(EVENTS, rng),
        "dish": _pair(DISHES, rng),
        "venue": _pair(VENUES, rng),
        "month": _pair(MONTHS, rng),
        "weekday": _pair(WEEKDAYS, rng),
        "season": _pair(SEASONS, rng),
        "money": (f"{billions:g} billion yuan", f"{billions * 10:g}亿元"),
        "people": (f"{people:,}", str(people)),
    }
    numbers = {
        "n": rng.randint(3, 60),
        "k": rng.randint(2, 11),
        "pct": f"{rng.randint(30, 290) / 10:g}",
    }
    english = {key: en for key, (en, _zh) in pairs.items()} | numbers
    chinese = {key: zh for key, (_en, zh) in pairs.items()} | numbers
    return english, chinese


def fill(pair, values):
    """A sentence pair with its slots filled; English starts with a capital letter."""
    english, chinese = values
    text_en = pair[0].format_map(english)
    return text_en[:1].upper() + text_en[1:], pair[1].format_map(chinese)


@dataclass
class Theme:
    """The composed text of one theme: pools of paragraphs, list items and headings to draw from."""

    name: str
    titles: list
    headings: list
    leads: list = field(default_factory=list)  # (html_en, html_zh, text_en, text_zh)
    paragraphs: list = field(default_factory=list)  # (html_en, html_zh)
    lists: list = field(default_factory=list)  # (html_en, html_zh)
    links: list = field(default_factory=list)  # (html_en, html_zh)


def build_theme(name, rng):
    spec = THEMES[name]
    sentences = spec["sentences"] + SHARED
    list_items = (NEWS_ITEMS if name == "news" else []) + LIST_ITEMS
    theme = Theme(name, spec["titles"], spec["headings"])
    theme.links = [
        (
            sanitize(f'<p>See <a href="/en/{path}">{label_en}</a> for more.</p>'),
            sanitize(f'<p>详见本网站<a href="/zh-hans/{path}">{label_zh}</a>栏目。</p>'),
        )
        for path, label_en, label_zh in LINKS
    ]
    for _ in range(POOL_SIZE):
        own = [fill(pair, slot_values(rng)) for pair in rng.sample(spec["sentences"], 2)]
        theme.leads.append(
            (
                sanitize(f"<p>{own[0][0]} {own[1][0]}</p>"),
                sanitize(f"<p>{own[0][1]}{own[1][1]}</p>"),
                f"{own[0][0]} {own[1][0]}",
                f"{own[0][1]}{own[1][1]}",
            )
        )
        values = slot_values(rng)
        chosen = [fill(pair, values) for pair in rng.sample(sentences, rng.randint(5, 7))]
        theme.paragraphs.append(
            (
                sanitize("<p>" + " ".join(en for en, _zh in chosen) + "</p>"),
                sanitize("<p>" + "".join(zh for _en, zh in chosen) + "</p>"),
            )
        )
        items = [fill(pair, slot_values(rng)) for pair in rng.sample(list_items, 4)]
        theme.lists.append(
            (
                sanitize("<ul>" + "".join(f"<li>{en}</li>" for en, _zh in items) + "</ul>"),
                sanitize("<ul>" + "".join(f"<li>{zh}</li>" for _en, zh in items) + "</ul>"),
            )
        )
    return theme


def compose_body(theme, rng):
    """About 3 KB of rich text in each language: paragraphs, a heading, a list and a link."""
    lead = theme.leads[rng.randrange(POOL_SIZE)]
    paragraphs = [theme.paragraphs[i] for i in rng.sample(range(POOL_SIZE), 5)]
    heading = _pair(theme.headings, rng)
    items = theme.lists[rng.randrange(POOL_SIZE)]
    link = _pair(theme.links, rng)
    body_en, body_zh = (
        "".join(
            (
                lead[n],
                paragraphs[0][n],
                paragraphs[1][n],
                f"<h2>{heading[n]}</h2>",
                paragraphs[2][n],
                items[n],
                paragraphs[3][n],
                link[n],
                paragraphs[4][n],
            )
        )  # fmt: skip
        for n in (0, 1)
    )
    return (body_en, body_zh), (lead[2], lead[3])


# ---------------------------------------------------------------------------------------------
# Pictures and video: a few files stored once, shared by every row that shows one


@dataclass
class Media:
    pictures: list  # [(name, width, height)]
    video: str


def stored_media():
    """The shared pictures (drawn once) and the demo video clip, saved once in the media storage."""
    pictures = []
    width, height = PICTURE_SIZE
    for number, scene in enumerate(PICTURES):
        name = f"generated/{scene}-{width}x{height}.jpg"
        if not default_storage.exists(name):
            picture = jpeg(draw_scene(scene, number, size=PICTURE_SIZE), quality=80)
            name = default_storage.save(name, ContentFile(picture))
        pictures.append((name, width, height))
    video = VIDEO_NAME
    if not default_storage.exists(video):
        with loader.DEMO_VIDEO.open("rb") as clip:
            video = default_storage.save(video, File(clip))
    return Media(pictures, video)


# ---------------------------------------------------------------------------------------------
# The directory


def ensure_directory():
    """The demo's industries and parks plus a few more, each park linked to its industries.
    Matched by slug: what exists is left alone. Returns the number of entries created."""
    created = 0
    for position, (slug, name_en, name_zh) in enumerate(EXTRA_INDUSTRIES, start=100):
        _industry, was_created = Industry.objects.get_or_create(
            slug=slug,
            defaults={
                "name_en": name_en,
                "name_zh_hans": name_zh,
                "position": position,
                "summary_en": f"{name_en} in Liangjiang New Area.",
                "summary_zh_hans": f"两江新区{name_zh}产业。",
            },
        )
        created += was_created
    for position, (slug, name_en, name_zh, district_en, district_zh, industries) in enumerate(
        EXTRA_PARKS, start=100
    ):
        park, was_created = IndustrialPark.objects.get_or_create(
            slug=slug,
            defaults={
                "name_en": name_en,
                "name_zh_hans": name_zh,
                "position": position,
                "district_en": district_en,
                "district_zh_hans": district_zh,
                "summary_en": f"{name_en}, one of the industrial parks of Liangjiang New Area.",
                "summary_zh_hans": f"{name_zh}是两江新区的产业园区之一。",
                "body_en": f"<p>{name_en} is home to companies in several industries.</p>",
                "body_zh_hans": f"<p>{name_zh}集聚了多个产业的企业。</p>",
            },
        )
        if was_created:
            own = list(Industry.objects.filter(slug__in=industries))
            park.industries.set(own or Industry.objects.order_by("position")[:2])
        created += was_created
    return created


def _enterprise_names(rng, taken):
    """Endless distinct (English name, Chinese name, slug, trade) for new enterprises."""
    while True:
        trade = _pair(TRADES, rng)
        origin = _weighted(ORIGINS, rng)
        if origin in {"CN", "HK", "TW"}:
            first, second = rng.sample(SYLLABLES, 2)
            brand_en, brand_zh = first[0] + second[0].lower(), first[1] + second[1]
            name_en = f"Chongqing {brand_en} {trade[0]} Co., Ltd."
            name_zh = f"重庆{brand_zh}{trade[1]}有限公司"
        else:
            brand_en = rng.choice(FOREIGN_PARTS[0]) + rng.choice(FOREIGN_PARTS[1])
            name_en = f"{brand_en} {trade[0]} (Chongqing) Co., Ltd."
            name_zh = f"{brand_en}{trade[1]}（重庆）有限公司"
        base = slugify(name_en.removesuffix(" Co., Ltd."))[:70]
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        yield name_en, name_zh, slug, trade, origin


def _weighted(options, rng):
    total = sum(weight for _value, weight in options)
    pick = rng.uniform(0, total)
    for value, weight in options:
        pick -= weight
        if pick <= 0:
            return value
    return options[-1][0]


def generate_enterprises(target, rng, media, batch_size=BATCH_SIZE, progress=None):
    """Enterprises (with their park and industries) until there are `target` in all."""
    missing = target - Enterprise.objects.count()
    if missing <= 0:
        return 0
    industries = {industry.slug: industry.pk for industry in Industry.objects.all()}
    industry_ids = list(industries.values())
    parks = list(IndustrialPark.objects.values_list("pk", flat=True))
    names = _enterprise_names(rng, set(Enterprise.objects.values_list("slug", flat=True)))
    through = Enterprise.industries.through
    created = 0
    while created < missing:
        count = min(batch_size, missing - created)
        rows, links = [], []
        for _ in range(count):
            name_en, name_zh, slug, trade, origin = next(names)
            year = rng.randint(1985, 2025)
            rows.append(
                Enterprise(
                    slug=slug,
                    name_en=name_en,
                    name_zh_hans=name_zh,
                    summary_en=f"A {trade[0].lower()} company in Liangjiang New Area, founded in "
                    f"{year}.",
                    summary_zh_hans=f"两江新区{trade[1]}企业，成立于{year}年。",
                    body_en=f"<p>{name_en} makes and sells {trade[0].lower()} products and "
                    f"employs about {rng.randint(2, 80) * 50} people in Chongqing.</p>",
                    body_zh_hans=f"<p>{name_zh}主要从事{trade[1]}产品的研发、生产和销售，在渝员工约"
                    f"{rng.randint(2, 80) * 50}人。</p>",
                    position=ENTERPRISE_POSITION,
                    origin=origin,
                    is_fortune500=rng.random() < 0.03,
                    established=year,
                    website=f"https://www.{slug[:40].strip('-')}.example.com/",
                    park_id=rng.choice(parks) if parks and rng.random() < 0.9 else None,
                    **_logo(media, rng),
                )
            )
            own = [industries[name] for name in trade[2] if name in industries]
            if not own and industry_ids:
                own = [rng.choice(industry_ids)]
            links.append(own)
        with transaction.atomic():
            Enterprise.objects.bulk_create(rows)
            through.objects.bulk_create(
                through(enterprise_id=row.pk, industry_id=industry)
                for row, own in zip(rows, links, strict=True)
                for industry in own
            )
        created += count
        if progress:
            progress("enterprises", created, missing)
    return created


def _logo(media, rng):
    if rng.random() >= 0.2:
        return {}
    name, width, height = rng.choice(media.pictures)
    return {"logo": name, "logo_width": width, "logo_height": height}


# ---------------------------------------------------------------------------------------------
# Articles


@dataclass
class Plan:
    """What the article generator draws from: sections, themes, pictures, directory ids, time."""

    sections: list
    weights: list  # cumulative, for random.choices
    themes: dict
    media: Media
    industries: list
    enterprises: list
    now: datetime.datetime
    legacy_base: int


def listing_sections():
    return list(
        Section.objects.filter(kind__in=LISTING_KINDS, parent__isnull=False)
        .select_related("parent")
        .order_by("parent__position", "position", "pk")
    )


def make_article(number, section, plan, rng):
    """One unsaved article, its photos (unsaved, without article) and its directory links."""
    theme = plan.themes[SECTION_THEMES.get(section.slug, "news")]
    title_en, title_zh = fill(_pair(theme.titles, rng), slot_values(rng))
    if section.kind == Section.Kind.PHOTOS:
        title_en, title_zh = f"In pictures: {title_en}", f"图说｜{title_zh}"
    elif section.kind == Section.Kind.VIDEOS:
        title_en, title_zh = f"Video: {title_en}", f"视频｜{title_zh}"
    (body_en, body_zh), (summary_en, summary_zh) = compose_body(theme, rng)

    roll = rng.random()  # half in both languages, a quarter in each language alone
    english, chinese = roll < 0.75, roll < 0.5 or roll >= 0.75
    status, published_at = _status_and_date(rng, plan.now)
    source = _pair(SOURCES, rng) if rng.random() < 0.4 else ("", "")
    byline = _pair(BYLINES, rng) if rng.random() < 0.3 else ("", "")
    values = {
        "section_id": section.pk,
        "status": status,
        "published_at": published_at,
        "is_featured": status == Article.Status.PUBLISHED and rng.random() < 0.02,
    }
    texts = {
        "en": (english, title_en, summary_en, body_en, source[0], byline[0]),
        "zh_hans": (chinese, title_zh, summary_zh, body_zh, source[1], byline[1]),
    }
    for suffix, (written, title, summary, body, source_text, byline_text) in texts.items():
        values[f"title_{suffix}"] = title if written else ""
        values[f"summary_{suffix}"] = summary if written else ""
        values[f"body_{suffix}"] = body if written else ""
        values[f"source_{suffix}"] = source_text if written else ""
        values[f"byline_{suffix}"] = byline_text if written else ""
    # Files go to the constructor with their size: assigned later, Django would open them.
    if section.kind in (Section.Kind.PHOTOS, Section.Kind.VIDEOS) or rng.random() < 0.35:
        values.update(_cover(plan.media, rng, english, chinese))
    photos = []
    if section.kind == Section.Kind.PHOTOS:
        photos = _photos(plan.media, rng, english, chinese)
    elif section.kind == Section.Kind.VIDEOS:
        if rng.random() < 0.8:
            values["video_file"] = plan.media.video
        else:
            values["video_url"] = f"https://video.example.com/liangjiang/{number}"
    if published_at.year < 2022 and rng.random() < 0.5:
        old_id = plan.legacy_base + number
        values["legacy_url"] = f"/{published_at:%Y-%m}/{published_at:%d}/content_{old_id}.htm"
    industries = rng.sample(plan.industries, rng.randint(1, 2)) if rng.random() < 0.12 else []
    enterprises = [rng.choice(plan.enterprises)] if plan.enterprises and rng.random() < 0.05 else []
    return Article(**values), photos, industries, enterprises


def _status_and_date(rng, now):
    """Mostly published over the last twenty years; about 1% drafts, 0.5% scheduled."""
    roll = rng.random()
    if roll < 0.005:
        return Article.Status.PUBLISHED, now + datetime.timedelta(minutes=rng.randint(60, 86400))
    past = now - datetime.timedelta(seconds=rng.randint(60, YEARS * 365 * 86400))
    if roll < 0.015:
        return Article.Status.DRAFT, past
    return Article.Status.PUBLISHED, past


def _cover(media, rng, english, chinese):
    name, width, height = rng.choice(media.pictures)
    caption_en, caption_zh = fill(_pair(PHOTO_CAPTIONS, rng), slot_values(rng))
    credit = rng.choice(CREDITS)
    values = {"cover": name, "cover_width": width, "cover_height": height}
    if english:
        values.update(cover_alt_en=caption_en, cover_caption_en=caption_en, cover_credit_en=credit)
    if chinese:
        values.update(
            cover_alt_zh_hans=caption_zh,
            cover_caption_zh_hans=caption_zh,
            cover_credit_zh_hans=credit,
        )
    return values


def _photos(media, rng, english, chinese):
    photos = []
    for position in range(1, rng.randint(3, 6) + 1):
        name, width, height = rng.choice(media.pictures)
        caption_en, caption_zh = fill(_pair(PHOTO_CAPTIONS, rng), slot_values(rng))
        photos.append(
            ArticlePhoto(
                image=name,
                width=width,
                height=height,
                position=position,
                alt_en=caption_en if english else "",
                caption_en=caption_en if english else "",
                alt_zh_hans=caption_zh if chinese else "",
                caption_zh_hans=caption_zh if chinese else "",
                credit=rng.choice(CREDITS),
            )
        )
    return photos


def generate_articles(target, rng, media, batch_size=BATCH_SIZE, progress=None):
    """Articles until there are `target` in all (drafts and demo articles count)."""
    missing = target - Article.objects.count()
    sections = listing_sections()
    if missing <= 0 or not sections:
        return 0
    plan = Plan(
        sections=sections,
        weights=list(
            itertools.accumulate(SECTION_WEIGHTS.get(section.slug, 4) for section in sections)
        ),
        themes={name: build_theme(name, rng) for name in THEMES},
        media=media,
        industries=list(Industry.objects.values_list("pk", flat=True)),
        enterprises=list(Enterprise.objects.values_list("pk", flat=True)),
        now=timezone.now(),
        legacy_base=60_000_000 + (Article.objects.aggregate(last=Max("pk"))["last"] or 0),
    )
    created = 0
    while created < missing:
        count = min(batch_size, missing - created)
        # The first articles go round every section, so even a small run fills them all.
        chosen = [
            sections[(created + i)]
            if created + i < len(sections)
            else rng.choices(sections, cum_weights=plan.weights)[0]
            for i in range(count)
        ]
        made = [make_article(created + i, section, plan, rng) for i, section in enumerate(chosen)]
        _save_batch(made)
        created += count
        if progress:
            progress("articles", created, missing)
    return created


def _save_batch(made):
    article_industries = Article.industries.through
    article_enterprises = Article.enterprises.through
    with transaction.atomic():
        articles = Article.objects.bulk_create([article for article, *_rest in made])
        photos = []
        for article, article_photos, _industries, _enterprises in made:
            for photo in article_photos:
                photo.article_id = article.pk
                photos.append(photo)
        ArticlePhoto.objects.bulk_create(photos)
        article_industries.objects.bulk_create(
            article_industries(article_id=article.pk, industry_id=industry)
            for article, _photos, industries, _enterprises in made
            for industry in industries
        )
        article_enterprises.objects.bulk_create(
            article_enterprises(article_id=article.pk, enterprise_id=enterprise)
            for article, _photos, _industries, enterprises in made
            for enterprise in enterprises
        )
    return articles


# ---------------------------------------------------------------------------------------------
# The whole run


def needs_demo_content():
    """True when the listing sections the articles go into do not exist yet."""
    return not Section.objects.filter(kind__in=LISTING_KINDS, parent__isnull=False).exists()


def load_demo_content():
    """The demo content, as `load_demo_content` loads it (idempotent)."""
    with transaction.atomic():
        loader.load_sections()
        loader.load_pages()
        loader.load_articles()
        loader.load_directory()
        loader.link_stories()


def refresh_statistics():
    """On PostgreSQL, fresh planner statistics (and, outside a transaction, the visibility map that
    index-only scans need) for the tables a run filled. Returns the statement run, or None."""
    if connection.vendor != "postgresql":
        return None
    models = [Article, ArticlePhoto, Enterprise, IndustrialPark, Industry, SearchEntry]
    tables = [model._meta.db_table for model in models] + [
        Article.industries.through._meta.db_table,
        Article.enterprises.through._meta.db_table,
        Enterprise.industries.through._meta.db_table,
        IndustrialPark.industries.through._meta.db_table,
    ]
    quoted = ", ".join(connection.ops.quote_name(table) for table in tables)
    statement = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
    with connection.cursor() as cursor:
        cursor.execute(f"{statement} {quoted}")
    return statement


@dataclass
class Summary:
    articles: int
    enterprises: int
    directory: int
    seconds: float
    statistics: str | None


def large(articles, enterprises):
    """A run that adds enough to the search index to rebuild its GIN indexes once, at the end,
    rather than update them row by row (search.bulk_writes)."""
    return max(articles - Article.objects.count(), enterprises - Enterprise.objects.count()) >= 5000


def generate(articles, enterprises, seed=2026, batch_size=BATCH_SIZE, progress=None):
    """Add what is missing for at least `articles` articles and `enterprises` enterprises in all.

    `progress(what, done, total)` is called after each batch. Returns a Summary."""
    start = time.perf_counter()
    rng = random.Random(f"{seed}-{Article.objects.count()}-{Enterprise.objects.count()}")
    media = stored_media()
    directory = ensure_directory()
    with search.bulk_writes() if large(articles, enterprises) else nullcontext():
        new_enterprises = generate_enterprises(enterprises, rng, media, batch_size, progress)
        new_articles = generate_articles(articles, rng, media, batch_size, progress)
    statistics = None
    if new_articles or new_enterprises or directory:
        cache.content_changed()
        statistics = refresh_statistics()
    return Summary(
        new_articles, new_enterprises, directory, time.perf_counter() - start, statistics
    )


def totals():
    """'N articles, M enterprises', for the end of a run."""
    return f"{Article.objects.count():,} articles, {Enterprise.objects.count():,} enterprises"
