"""The navigation of the portal, as demo content: every menu and item in English and Chinese.

Labels follow ../shared/design.md exactly. Intros are short, written in our own words from the facts
in ../shared/content/. `load_demo_content` creates these rows, and leaves rows that exist alone.
"""

# (slug, kind, title_en, title_zh_hans, intro_en, intro_zh_hans, children)
MENUS = [
    (
        "about",
        "menu",
        "About",
        "关于两江",
        (
            "Learn about Chongqing Liangjiang New Area, the first state-level new area in China's "
            "inland regions: how it came about, the development zones and industrial parks that "
            "make it up, who leads it and which departments serve the public."
        ),
        (
            "了解重庆两江新区——我国内陆首个国家级新区的基本情况，包括新区概况、功能区和产业园区布"
            "局、领导信息以及管委会各部门的职责设置。"
        ),
        [
            (
                "introduction",
                "page",
                "Introduction",
                "新区简介",
                (
                    "An overview of Liangjiang New Area: when and why it was set up, where it lies "
                    "in Chongqing, the industries that drive its economy and the part it plays in "
                    "opening up China's inland regions."
                ),
                (
                    "简要介绍两江新区的设立背景、区位范围、主导产业和发展成效，以及新区在扩大内陆开"
                    "放、推动成渝地区双城经济圈建设中承担的使命。"
                ),
            ),
            (
                "development-zones",
                "zones",
                "Development Zones",
                "功能区",
                (
                    "Profiles of the functional areas that make up Liangjiang New Area, from the "
                    "Jiangbeizui financial district, Guoyuan Port and the Lianglu Cuntan "
                    "Comprehensive Bonded Zone to the manufacturing zones of Longxing, Yufu and "
                    "Shuitu."
                ),
                (
                    "介绍两江新区各功能区的定位与特色，涵盖江北嘴金融城、果园港、两路寸滩综合保税"
                    "区，以及龙兴、鱼复、水土等先进制造业集聚区。"
                ),
            ),
            (
                "officials",
                "officials",
                "Officials",
                "领导信息",
                (
                    "Who leads Liangjiang New Area: the members of its Party Working Committee and "
                    "Administrative Committee, with the post each of them holds and the areas of "
                    "work they oversee."
                ),
                (
                    "公布两江新区党工委、管委会领导班子成员信息，包括各位领导的职务和分管工作，便于"
                    "公众了解新区领导分工。"
                ),
            ),
            (
                "department",
                "departments",
                "Department",
                "机构设置",
                (
                    "The offices and bureaus of the Liangjiang New Area Administrative Committee, "
                    "with a short account of what each is responsible for and a telephone number "
                    "for enquiries."
                ),
                (
                    "列出两江新区管委会各内设机构和相关单位，简要说明其主要职责，并提供咨询电话，方"
                    "便企业和市民办事。"
                ),
            ),
            # One canonical page under Investing; this item links to it.
            (
                "industrial-parks",
                "link",
                "Industrial Parks",
                "产业园区",
                (
                    "A directory of the industrial parks, bonded zones and ports of Liangjiang New "
                    "Area. Each entry describes the park's location and leading industries and "
                    "lists the enterprises that have settled there."
                ),
                (
                    "汇集两江新区各产业园区、综合保税区和港口的基本情况，逐一介绍其区位、主导产业和"
                    "入驻企业，供投资者比较选择。"
                ),
            ),
        ],
    ),
    (
        "investing",
        "menu",
        "Investing",
        "投资两江",
        (
            "What investors need to get started in Liangjiang New Area: the area's strengths, an "
            "investment guide, preferential policies and current opportunities, directories of "
            "parks, industries and enterprises, and step-by-step procedures."
        ),
        (
            "为投资者提供一站式信息服务：两江新区的投资优势、投资指南、优惠政策和投资机会，以及产业"
            "园区、主导产业、企业名录和办事指南，助力企业顺利落户两江。"
        ),
        [
            (
                "why-liangjiang",
                "page",
                "Why Liangjiang",
                "为何选择两江",
                (
                    "Why companies choose Liangjiang New Area: its standing as a state-level new "
                    "area, its river, rail and air links to the rest of China and the world, and "
                    "the industrial clusters already in place."
                ),
                (
                    "从国家战略定位、水陆空立体交通、开放平台和产业集群等方面，介绍两江新区的发展优"
                    "势，说明企业为何选择在这里投资兴业。"
                ),
            ),
            (
                "guide",
                "page",
                "Guide",
                "投资指南",
                (
                    "A practical starting point for investors: the main sectors and parks open to "
                    "investment, the services the new area offers, and the usual path a project "
                    "follows from first contact to operation."
                ),
                (
                    "面向投资者的实用指南，介绍新区重点招商领域和承载园区、投资服务体系，以及项目从"
                    "初步洽谈到建成投产的一般流程。"
                ),
            ),
            (
                "policies",
                "page",
                "Policies",
                "优惠政策",
                (
                    "An overview of the preferential policies open to enterprises in Liangjiang "
                    "New Area, from national support for the development of western China to local "
                    "measures for industry, innovation, talent and opening up."
                ),
                (
                    "梳理两江新区企业可以享受的各类优惠政策，既包括国家西部大开发相关政策，也包括新"
                    "区在产业发展、科技创新、人才引进和对外开放等方面的支持措施。"
                ),
            ),
            (
                "opportunities",
                "page",
                "Opportunities",
                "投资机会",
                (
                    "Sectors and projects in which Liangjiang New Area is seeking partners, "
                    "including smart and new-energy vehicles, electronics and semiconductors, the "
                    "digital economy, biomedicine and modern logistics."
                ),
                (
                    "发布两江新区重点招商方向和合作机会，涵盖智能网联新能源汽车、电子信息与半导体、"
                    "数字经济、生物医药和现代物流等领域，诚邀海内外企业共谋发展。"
                ),
            ),
            (
                "industrial-parks",
                "parks",
                "Industrial Parks",
                "产业园区",
                (
                    "A directory of the industrial parks, bonded zones and ports of Liangjiang New "
                    "Area. Each entry describes the park's location and leading industries and "
                    "lists the enterprises that have settled there."
                ),
                (
                    "汇集两江新区各产业园区、综合保税区和港口的基本情况，逐一介绍其区位、主导产业和"
                    "入驻企业，供投资者比较选择。"
                ),
            ),
            (
                "industries",
                "industries",
                "Industries",
                "产业",
                (
                    "The leading industries of Liangjiang New Area, among them automobiles, "
                    "electronic information, high-end equipment, aviation, biomedicine and cloud "
                    "computing, with the parks and enterprises behind each one."
                ),
                (
                    "介绍两江新区汽车、电子信息、高端装备、航空、生物医药、云计算等主导产业的发展情"
                    "况，并列出各产业的承载园区和代表企业。"
                ),
            ),
            (
                "enterprises",
                "enterprises",
                "Enterprises",
                "企业",
                (
                    "A directory of enterprises operating in Liangjiang New Area, from Chinese "
                    "carmakers to Fortune Global 500 multinationals, showing each company's park, "
                    "industries, home country and related success stories."
                ),
                (
                    "两江新区企业名录，收录从本土车企到世界500强跨国公司在内的各类企业，展示其所在"
                    "园区、所属产业、来源国别及相关成功案例。"
                ),
            ),
            (
                "procedures",
                "page",
                "Procedures",
                "办事指南",
                (
                    "Step-by-step guides to common administrative procedures, starting with how to "
                    "set up a foreign-invested enterprise in Liangjiang New Area: who may apply, "
                    "which documents are needed and what happens at each stage."
                ),
                (
                    "提供常见政务事项办事指南，重点介绍在两江新区设立外商投资企业的申请条件、申请材"
                    "料和办理步骤，帮助企业少跑腿、快落地。"
                ),
            ),
        ],
    ),
    (
        "living",
        "menu",
        "Living",
        "生活两江",
        (
            "Practical information for people living in, working in or visiting Liangjiang New "
            "Area: places to eat and stay, parks and scenic spots, leisure activities, everyday "
            "services and schools."
        ),
        (
            "为在两江新区生活、工作和来访的中外人士提供实用信息，涵盖美食、酒店、旅游、休闲、生活资"
            "讯和教育等方面。"
        ),
        [
            (
                "food",
                "articles",
                "Food",
                "美食",
                (
                    "Articles on food and places to eat in Liangjiang New Area, from Chongqing's "
                    "famous hotpot and noodles to restaurants serving international cuisine for "
                    "the area's residents and visitors."
                ),
                (
                    "介绍两江新区的美食文化和餐饮去处，既有地道的重庆火锅、小面，也有满足中外居民口"
                    "味的各国风味餐厅。"
                ),
            ),
            (
                "hotels",
                "articles",
                "Hotels",
                "酒店",
                (
                    "Information on hotels and other places to stay in Liangjiang New Area, "
                    "including the Jiangbeizui business district, the Yuelai exhibition area and "
                    "the neighbourhoods around the airport."
                ),
                (
                    "介绍两江新区的酒店和住宿信息，涵盖江北嘴商务区、悦来会展城和机场周边等区域，方"
                    "便商务出行和旅游住宿。"
                ),
            ),
            (
                "travel",
                "articles",
                "Travel",
                "旅游",
                (
                    "Ideas for exploring Liangjiang New Area: riverside views, city parks, "
                    "greenways and seasonal walks, with practical tips on when to go and how to "
                    "get there."
                ),
                (
                    "推荐两江新区的游览线路和好去处，包括滨江风光、城市公园和绿道等，并提供出行时"
                    "间、交通方式等实用建议。"
                ),
            ),
            (
                "leisure",
                "articles",
                "Leisure",
                "休闲",
                (
                    "What to do in your free time in Liangjiang New Area: sports and outdoor "
                    "activities, exhibitions and shows, shopping, and the parks and greenways that "
                    "run through the area."
                ),
                (
                    "介绍两江新区的休闲去处和文体活动，包括运动健身、展览演出、购物消费以及遍布新区"
                    "的公园绿道，丰富市民业余生活。"
                ),
            ),
            (
                "info",
                "articles",
                "Info",
                "生活资讯",
                (
                    "Everyday information for residents and newcomers in Liangjiang New Area, "
                    "covering public transport, community services, health care, and notices about "
                    "changes that affect daily life in the area."
                ),
                (
                    "发布与两江新区居民日常生活密切相关的资讯，涵盖公共交通、社区服务、医疗卫生以及"
                    "各类便民提示和公告。"
                ),
            ),
            (
                "education",
                "articles",
                "Education",
                "教育",
                (
                    "News and information about education in Liangjiang New Area, including public "
                    "and international schools, higher education and training for the people who "
                    "work in the area's industries."
                ),
                (
                    "介绍两江新区的教育资源，包括公办学校、国际学校、高等院校和职业技能培训等，为来"
                    "两江工作生活的家庭提供参考。"
                ),
            ),
        ],
    ),
    (
        "news",
        "menu",
        "News",
        "新闻",
        (
            "The latest from Liangjiang New Area: local developments, business and investment, "
            "events, life in the area, photo stories, special reports, video and the success "
            "stories of companies based here."
        ),
        (
            "及时发布两江新区最新动态，涵盖本地新闻、商业投资、重要活动、民生生活、图片新闻、专题报"
            "道、视频和企业成功案例。"
        ),
        [
            (
                "local",
                "articles",
                "Local",
                "本地新闻",
                (
                    "News from across Liangjiang New Area: construction and urban development, "
                    "public services, cooperation with neighbouring regions such as Sichuan's "
                    "Tianfu New Area, and visits by delegations and journalists."
                ),
                (
                    "报道两江新区各项建设和发展动态，包括城市建设、公共服务、与四川天府新区等地的合"
                    "作交流，以及各方来访情况。"
                ),
            ),
            (
                "business",
                "articles",
                "Business",
                "商业",
                (
                    "Business news from Liangjiang New Area, with reports on industrial output, "
                    "new investment projects, trade through the bonded zones and ports, and the "
                    "performance of leading industries."
                ),
                (
                    "聚焦两江新区经济运行和产业发展，报道工业生产、重大投资项目、综合保税区和港口外"
                    "贸，以及主导产业的最新表现。"
                ),
            ),
            (
                "events",
                "articles",
                "Events",
                "活动",
                (
                    "Reports on the conferences, expos, signing ceremonies and investment "
                    "promotion campaigns held in or by Liangjiang New Area, including the project "
                    "signings around the Smart China Expo."
                ),
                (
                    "报道两江新区举办或参与的各类会议、展会、签约仪式和招商推介活动，包括中国国际智"
                    "能产业博览会期间的项目集中签约等。"
                ),
            ),
            (
                "life",
                "articles",
                "Life",
                "生活",
                (
                    "Stories about everyday life in Liangjiang New Area: neighbourhoods and "
                    "community services, parks and green spaces, culture, and the people who live "
                    "and work here."
                ),
                (
                    "讲述两江新区的日常生活故事，关注社区建设和便民服务、公园绿地、文化生活，以及在"
                    "这里工作和生活的人们。"
                ),
            ),
            (
                "photos",
                "photos",
                "Photos",
                "图片",
                (
                    "Photo stories from Liangjiang New Area, showing its changing skyline, busy "
                    "ports, modern factories, green parks and major events as seen through the "
                    "lenses of local and visiting photographers."
                ),
                (
                    "用镜头记录两江新区的发展变化，展示城市天际线、港口码头、工厂车间、公园景观和重"
                    "大活动现场。"
                ),
            ),
            (
                "specials",
                "articles",
                "Specials",
                "专题",
                (
                    "In-depth special reports on major themes in the development of Liangjiang New "
                    "Area, such as general aviation, the Chengdu-Chongqing economic circle and the "
                    "building of an inland opening-up highland."
                ),
                (
                    "围绕两江新区发展中的重大主题推出深度专题报道，如通用航空产业、成渝地区双城经济"
                    "圈建设和内陆开放高地建设等。"
                ),
            ),
            (
                "video",
                "videos",
                "Video",
                "视频",
                (
                    "Video reports and short films about Liangjiang New Area, featuring its "
                    "industries, its cityscape and its people, along with interviews with "
                    "investors and scenes from major events and exhibitions."
                ),
                (
                    "以视频形式展示两江新区的产业发展、城市风貌和人物故事，收录投资者访谈和重大活动"
                    "现场报道。"
                ),
            ),
            (
                "success-stories",
                "articles",
                "Success Stories",
                "成功案例",
                (
                    "How companies have grown in Liangjiang New Area: stories of enterprises and "
                    "projects, from display and chip plants to carmakers and logistics firms, told "
                    "through the milestones they have reached."
                ),
                (
                    "讲述企业在两江新区落地生根、发展壮大的故事，涵盖新型显示、芯片、汽车和物流等领"
                    "域的重点企业和项目。"
                ),
            ),
        ],
    ),
]

# Stand-alone pages: (slug, placement, title_en, title_zh_hans, intro_en, intro_zh_hans)
PAGES = [
    (
        "contact-us",
        "header",
        "Contact Us",
        "联系我们",
        (
            "How to reach the Liangjiang New Area Administrative Committee: our postal address, "
            "telephone numbers for general and investment enquiries, office hours, and where to "
            "send feedback about this website."
        ),
        (
            "提供两江新区管委会的通讯地址、综合咨询和投资咨询电话以及办公时间，方便公众和企业与我们"
            "联系。"
        ),
    ),
    (
        "terms-and-conditions",
        "footer",
        "Terms and Conditions",
        "使用条款",
        (
            "The terms that apply to everyone who uses this website, covering the purpose of its "
            "content, copyright and reuse, the two language versions and the limits of our "
            "responsibility."
        ),
        (
            "说明使用本网站应当遵守的条款，包括网站内容的性质、版权与转载要求、中英文版本的关系以及"
            "免责声明等事项。"
        ),
    ),
    (
        "privacy-policy",
        "footer",
        "Privacy Policy",
        "隐私政策",
        (
            "How this website treats information about its visitors: what little data is "
            "collected, the single cookie used to remember your language, and how to contact us "
            "about privacy."
        ),
        (
            "说明本网站如何处理访问者信息，包括收集哪些数据、用于记住语言选择的Cookie，以及就隐私问"
            "题与我们联系的方式。"
        ),
    ),
]
