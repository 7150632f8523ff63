"""Demo articles for load_demo_content. Written in our own words from ../shared/content/."""

ARTICLES = [
    {
        "key": "tianfu-cooperation",
        "legacy_url": "/2020-03/03/content_37534041.htm",  # its address on the old site
        "section": "news/local",
        "date": "2020-03-03",
        "kind": "text",
        "featured": True,
        "credit": "",
        "scene": "river",
        "en": {
            "title": "Chongqing, Chengdu cooperate on opening-up highland",
            "summary": (
                "Meeting for the first time on Feb 28, the national new areas of Chongqing and "
                "Chengdu agreed to cooperate on opening-up, transport, industry and innovation."
            ),
            "body": (
                "<p>Chongqing's Liangjiang New Area and its counterpart in Chengdu, Tianfu New "
                "Area, met by video link on Feb 28 for the first of what are to be regular joint "
                "conferences. The talks between the two national-level new areas of the southwest "
                "set out how the two will jointly advance the Chengdu-Chongqing economic "
                "circle.</p>"
                "<p>Closer ties between the two areas are expected to help the region grow into a "
                "major national hub for the economy and for technological innovation, a leading "
                "gateway for inland opening-up, and a pleasant place to live and work.</p>"
                "<p>The conference named six fields for joint work: strategic coordination, new "
                "approaches to inland opening-up, transport connections, linked industrial "
                "development, the building of a technological innovation center, and reform in a "
                "range of areas.</p>"
                "<p>Top of the list is building an inland highland of opening-up. The two areas "
                "will play to each other's strengths as both help to build the Belt and Road and "
                "to develop the Yangtze River Economic Belt. They plan to cooperate on air "
                "transport and on combined rail and river shipping, making use of the "
                "China-Europe freight trains, the region's aviation hubs and its national "
                "logistics hubs.</p>"
                "<p>As inland China's first national new area, Liangjiang leads much of the "
                "opening-up of the central and western regions. Its platforms, including Guoyuan "
                "Port, the Lianglu Cuntan bonded port area and the Jiangbeizui central business "
                "district, will be used to build national logistics centers together with other "
                "cities in the Chengdu-Chongqing region.</p>"
                "<p>The two areas will also encourage companies to cooperate on research and to "
                "build and share national key laboratories and innovation platforms, aiming for "
                "breakthroughs in frontier technologies in their strongest industries. Work teams "
                "are to be set up so that cooperation becomes routine and delivers results in key "
                "fields every year.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "A bridge over the river in Liangjiang, which is working with Tianfu to open up Southwest China.",
        },
        "zh_hans": {
            "title": "重庆成都携手共建内陆开放高地",
            "summary": (
                "两江新区与天府新区2月28日召开第一次联席会议，将在开放、交通、产业和创新等领域深化"
                "合作。"
            ),
            "body": (
                "<p>2月28日，重庆两江新区与四川天府新区以视频方式召开共同打造内陆开放门户第一次联"
                "席会议。西南地区这两个国家级新区由此建立起常态化合作关系，合力推动成渝地区双城经"
                "济圈建设。</p>"
                "<p>有关负责人表示，两区加强合作，将助力成渝地区建设具有全国影响力的重要经济中心和"
                "科技创新中心、改革开放新高地和高品质生活宜居地。</p>"
                "<p>会议明确，两区将在战略协同、内陆开放新模式、交通互联互通、产业联动发展、科技创"
                "新中心建设以及多领域改革等六个方面加强合作。</p>"
                "<p>其中，共建内陆开放高地被列为重点任务。两区将在共建“一带一路”和长江经济带发展中"
                "发挥各自优势、相互补位，依托中欧班列、航空枢纽和国家物流枢纽，深化航空及铁水联运"
                "合作。</p>"
                "<p>作为内陆首个国家级新区，两江新区在中西部扩大开放中承担着重要角色。新区将发挥果"
                "园港、两路寸滩保税港区、江北嘴中央商务区等开放平台的作用，与成渝地区相关城市共建"
                "国家物流中心。</p>"
                "<p>此外，两区将支持企业开展技术合作，共建共享国家重点实验室和创新平台，围绕优势产"
                "业和主导产业力争在前沿技术上取得突破。双方还将组建工作专班，形成常态化合作机制，"
                "推动重点领域每年取得实质性进展。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "两江新区的跨江大桥。两江新区与天府新区携手推动西南地区对外开放。",
        },
    },
    {
        "key": "administrative-area-launch",
        "section": "news/local",
        "date": "2026-01-26",
        "kind": "text",
        "featured": True,
        "credit": "liangjiang.gov.cn",
        "scene": "skyline",
        "en": {
            "title": "Liangjiang starts work as an administrative area",
            "summary": (
                "With Jiangbei and Yubei districts now part of it, Liangjiang New Area operates "
                "as a single administrative entity covering about 1,360 square kilometers."
            ),
            "body": (
                "<p>Chongqing Liangjiang New Area officially began operating as an administrative "
                "entity on Jan 25, completing an adjustment announced last November that made "
                "Jiangbei and Yubei districts part of the new area.</p>"
                "<p>The enlarged Liangjiang covers about 1,360 square kilometers and is home to "
                "about 3.52 million people. It brings under one administration the Jiangbeizui "
                "financial district, the airport and bonded zone at Lianglu Cuntan, Guoyuan Port "
                "on the Yangtze, the exhibition venues of Yuelai, and the manufacturing bases "
                "that turn out a large share of the city's cars and electronics.</p>"
                "<p>Approved by the State Council in May 2010, Liangjiang was the first national "
                "new area in inland China. For most of its history it has worked alongside the "
                "district governments whose territory it overlapped.</p>"
                "<p>The new arrangement is expected to make planning more consistent, shorten the "
                "chain of decisions for investors, and bring industrial policy and public "
                "services closer together.</p>"
                "<p>The change comes as Chongqing pushes ahead with the Chengdu-Chongqing "
                "economic circle, in which Liangjiang and Sichuan's Tianfu New Area are two of "
                "the main engines. The two new areas have held regular joint conferences since "
                "2020 and run industrial alliances in fields from automobiles to finance.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": (
                "The skyline of Jiangbeizui, the financial heart of the enlarged Liangjiang New "
                "Area."
            ),
        },
        "zh_hans": {
            "title": "两江新区正式以行政区体制运行",
            "summary": (
                "江北区、渝北区并入后，两江新区作为统一的行政主体运行，面积约1360平方公里。"
            ),
            "body": (
                "<p>1月25日，重庆两江新区正式作为行政主体开始运行。此前，去年11月公布的区划调整方"
                "案明确，将江北区、渝北区并入两江新区。</p>"
                "<p>调整后的两江新区面积约1360平方公里，常住人口约352万。江北嘴金融核心区、两路寸"
                "滩的机场与综合保税区、长江之滨的果园港、悦来会展城，以及贡献全市大量汽车和电子产"
                "品产量的制造业基地，从此纳入同一管理体系。</p>"
                "<p>两江新区于2010年5月经国务院批复设立，是内陆首个国家级新区。十多年来，新区与所"
                "涉行政区协同推进开发建设。</p>"
                "<p>业内人士认为，新的体制有利于统一规划、提高决策效率，让产业政策与公共服务衔接得"
                "更加紧密，也将为投资者提供更加便捷的服务。</p>"
                "<p>当前，重庆正加快推进成渝地区双城经济圈建设，两江新区与四川天府新区是其中的重要"
                "引擎。2020年以来，两区定期召开联席会议，在汽车、金融等领域组建了产业联盟。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "江北嘴城市天际线。江北嘴是调整后两江新区的金融核心区。",
        },
    },
    {
        "key": "tianfu-industrial-alliance",
        "section": "news/local",
        "date": "2021-05-06",
        "kind": "text",
        "featured": False,
        "credit": "WeChat account of Chongqing Liangjiang New Area",
        "scene": "skyline",
        "en": {
            "title": "Liangjiang and Tianfu form industrial alliance across eight fields",
            "summary": (
                "The third joint conference of the two national new areas set up an Industrial "
                "Flagship Alliance to link their strongest industries."
            ),
            "body": (
                "<p>Liangjiang New Area and Sichuan's Tianfu New Area have set up an Industrial "
                "Flagship Alliance covering eight fields, a step intended to turn more than a "
                "year of talks into shared projects.</p>"
                "<p>The alliance was launched at the third joint conference of the two national "
                "new areas, held on April 29 and hosted this time by Tianfu. Its fields include "
                "automobiles, electronic information, technological innovation, exhibitions, "
                "finance, the digital economy and corporate headquarters.</p>"
                '<p>Both sides also set goals for what they called "nine breakthroughs", a list '
                "of concrete results they aim to deliver together.</p>"
                "<p>The partnership began with a first conference held by video link in February "
                "2020, shortly after the Chengdu-Chongqing economic circle became a national "
                "strategy. At the second meeting, in Chongqing in April 2020, the two areas "
                "signed a strategic cooperation agreement.</p>"
                "<p>The new alliance is designed to help companies in each area find partners and "
                "suppliers on the other side, share research platforms, and present the "
                "Chengdu-Chongqing region to investors as a single destination. Automobiles and "
                "electronics, the backbone industries of both areas, are expected to lead the "
                "way.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "Towers of Liangjiang, which is pooling its strengths with Tianfu in autos and electronics.",
        },
        "zh_hans": {
            "title": "两江天府组建八大领域产业旗舰联盟",
            "summary": (
                "两大国家级新区召开第三次联席会议，成立产业旗舰联盟，推动优势产业协同发展。"
            ),
            "body": (
                "<p>4月29日，两江新区与天府新区共同打造内陆开放门户第三次联席会议在天府新区召开。"
                "会上，两区宣布组建产业旗舰联盟，覆盖汽车、电子信息、科技创新、会展、金融、数字经"
                "济、总部经济等八个领域。</p>"
                "<p>会议还提出了“九个突破”的目标，明确了两区下一阶段要共同推进的重点任务。</p>"
                "<p>回顾两区合作历程，2020年2月，双方以视频方式召开第一次联席会议；同年4月在重庆召"
                "开第二次联席会议，并签署战略合作协议。</p>"
                "<p>有关人士表示，产业旗舰联盟将帮助两地企业在对方区域寻找合作伙伴和配套供应商，共"
                "享研发平台，并以成渝地区的整体形象开展招商推介。汽车和电子信息作为两区共同的支柱"
                "产业，有望率先取得成效。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "两江新区的高楼。两江新区与天府新区在汽车、电子信息等领域优势互补。",
        },
    },
    {
        "key": "foreign-journalists-visit",
        "section": "news/local",
        "date": "2019-05-22",
        "kind": "text",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "port",
        "en": {
            "title": "Foreign journalists see Liangjiang's river port and car plants",
            "summary": (
                "A group of overseas reporters toured Guoyuan Port, the planning exhibition hall "
                "and a car production line in the new area."
            ),
            "body": (
                "<p>A group of journalists from overseas media outlets spent a day in Liangjiang "
                "New Area this week, visiting its river port, its planning exhibition hall and an "
                "automobile production line.</p>"
                "<p>At Guoyuan Port on the Yangtze, the visitors watched containers being moved "
                "between ships, trains and trucks. Port staff explained how cargo from Chongqing "
                "can travel east by river to the coast, or west by rail toward Central Asia and "
                "Europe.</p>"
                "<p>The Liangjiang New Area Planning Exhibition Hall gave the group an overview "
                "of how the area has grown since it was approved in 2010 as inland China's first "
                "national new area, from the Jiangbeizui financial district at the meeting of the "
                "Yangtze and Jialing rivers to the industrial zones further east.</p>"
                "<p>On the factory floor, the reporters saw robots welding car bodies and asked "
                "about exports and the shift toward new-energy vehicles. Several said they had "
                "not expected an inland city to be so closely tied into global supply chains.</p>"
                "<p>Local officials said they hoped the visit would help readers abroad learn "
                "more about the opportunities on offer in western China.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Containers and a crane on the quay at Guoyuan Port, where overseas journalists watched cargo handling.",
        },
        "zh_hans": None,
    },
    {
        "key": "guoyuan-dry-port-chengdu",
        "section": "news/local",
        "date": "2021-09-09",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "train",
        "en": None,
        "zh_hans": {
            "title": "果园港携手成都经开区共建无水港",
            "summary": (
                "双方签署合作协议，成都企业可在家门口办理手续，货物经铁路运抵果园港后转长江水运。"
            ),
            "body": (
                "<p>9月8日，两江新区果园港与成都经济技术开发区签署合作协议，共同建设无水港。这是成"
                "渝两地在物流领域深化合作的又一举措。</p>"
                "<p>所谓无水港，是在内陆城市设立、具备港口服务功能的物流节点。按照设想，成都方面的"
                "企业可在当地完成订舱、报关等手续，货物经铁路运至果园港后直接装船，沿长江出海，省"
                "去多次转运和重复办理手续的麻烦。</p>"
                "<p>果园港集水运、铁路、公路于一体，是西部地区唯一的港口型国家物流枢纽，拥有16个"
                "5000吨级泊位，设计年通过能力约3000万吨。</p>"
                "<p>业内人士表示，无水港建成后，将进一步扩大果园港的辐射范围，也为成都的汽车、电子"
                "等产业提供一条更经济的出海通道，助力成渝地区双城经济圈建设。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "果园港铁水联运：一列满载集装箱的货运列车。",
        },
    },
    {
        "key": "guoyuan-multimodal-gateway",
        "section": "news/business",
        "date": "2022-06-08",
        "kind": "text",
        "featured": True,
        "credit": "liangjiang.gov.cn",
        "scene": "port",
        "en": {
            "title": "Guoyuan Port grows into a multimodal gateway on the Yangtze",
            "summary": (
                "Handling 20.9 million tons of cargo in 2021, the port links river shipping with "
                "rail and road and is western China's only port-type national logistics hub."
            ),
            "body": (
                "<p>Guoyuan Port, Liangjiang New Area's main harbor on the Yangtze River, handled "
                "20.9 million metric tons of cargo in 2021, confirming its place among the "
                "busiest inland ports in western China.</p>"
                "<p>Opened in 2013, the port has 16 berths for 5,000-ton vessels and a designed "
                "capacity of about 30 million tons a year. What sets it apart is that rail lines "
                "and highways run right to the quayside, so goods can switch between ship, train "
                "and truck without leaving the port area.</p>"
                "<p>That makes Guoyuan the only port-type national logistics hub in western "
                "China. Containers arriving from Shanghai by river can be loaded onto trains "
                "heading toward Europe and Central Asia, or south along the New Western Land-Sea "
                "Corridor, while exports from Chongqing's factories can take the reverse route to "
                "the coast.</p>"
                "<p>Around the port, a comprehensive bonded zone and an international hub "
                "industrial park have been set up to attract companies that need fast access to "
                "transport, from auto parts makers to traders in bulk goods.</p>"
                "<p>Plans for the coming years focus on cutting paperwork further and sharing "
                "more data between river, rail and customs systems, so that a single booking can "
                "carry a container across several modes of transport.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Containers and a crane on the quay at Guoyuan Port, where cargo moves between ships and trains.",
        },
        "zh_hans": {
            "title": "果园港加快建设多式联运枢纽",
            "summary": "2021年完成货物吞吐量2090万吨，果园港是西部地区唯一的港口型国家物流枢纽。",
            "body": (
                "<p>作为两江新区在长江上的主要港口，果园港2021年完成货物吞吐量2090万吨，在西部内河"
                "港口中位居前列。</p>"
                "<p>果园港2013年建成投用，拥有16个5000吨级泊位，设计年通过能力约3000万吨。与一般港"
                "口不同，铁路和公路直接通到码头前沿，货物在港区内即可在轮船、火车、汽车之间无缝换"
                "装。</p>"
                "<p>凭借这一优势，果园港成为西部地区唯一的港口型国家物流枢纽。从上海溯江而上的集装"
                "箱，可以在这里换上开往欧洲、中亚的班列，或经西部陆海新通道南下；重庆本地工厂的产"
                "品，也可以沿相反方向顺江出海。</p>"
                "<p>围绕港口，综合保税区和枢纽产业园区相继设立，吸引汽车零部件、大宗商品贸易等对物"
                "流时效要求较高的企业落户。</p>"
                "<p>下一步，果园港将继续精简单证手续，推动水运、铁路和海关之间的数据共享，努力实现"
                "集装箱多式联运“一次委托、全程服务”。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "果园港码头的集装箱和吊机，货物在轮船与列车之间换装。",
        },
    },
    {
        "key": "smart-workshops-digital-plants",
        "section": "news/business",
        "date": "2023-11-15",
        "kind": "text",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "factory",
        "en": {
            "title": "Liangjiang counts 22 smart workshops as factories go digital",
            "summary": (
                "The new area now has 22 smart workshops and 107 digitalized plants, part of a "
                "push to upgrade its manufacturing base."
            ),
            "body": (
                "<p>Liangjiang New Area has built 22 smart workshops and 107 digitalized "
                "factories, as manufacturers in the area invest in data, automation and connected "
                "equipment to raise efficiency.</p>"
                "<p>In a smart workshop, machines report their status in real time, materials are "
                "moved by automated vehicles, and quality checks are increasingly carried out by "
                "cameras and software. Digitalized plants go a step further, linking production "
                "with purchasing, logistics and customer orders on a single platform.</p>"
                "<p>The upgrade matters for an area whose economy rests on manufacturing. "
                "Liangjiang is one of China's major car-making centers and a base for displays, "
                "semiconductors and other electronics, industries in which speed and precision "
                "decide who wins orders.</p>"
                "<p>The area has supported the shift by helping companies draw up digital plans, "
                "training engineers and technicians, and offering industrial internet platforms "
                "that let smaller suppliers use industrial software without building their own "
                "systems.</p>"
                "<p>Companies that have made the change commonly report fewer defects, lower "
                "energy use and shorter delivery times. The next stage is to keep adding smart "
                "workshops and to spread digital tools along whole supply chains rather than "
                "factory by factory.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "The workshop buildings of a smart factory in Liangjiang.",
        },
        "zh_hans": {
            "title": "两江新区建成22个智能化车间",
            "summary": "新区已建成22个智能化车间和107个数字化工厂，制造业数字化转型步伐加快。",
            "body": (
                "<p>记者从两江新区获悉，新区目前已累计建成22个智能化车间、107个数字化工厂，越来越"
                "多的制造企业借助数据、自动化和联网设备提升生产效率。</p>"
                "<p>在智能化车间里，设备运行状态实时上传，物料由自动导引车配送，质量检测也越来越多"
                "地交给机器视觉和软件完成。数字化工厂则更进一步，把生产与采购、物流和客户订单打通"
                "到同一个平台上。</p>"
                "<p>制造业是两江新区经济的根基。新区是全国重要的汽车产业基地，也集聚了显示面板、半"
                "导体等电子信息企业，这些行业对速度和精度要求极高。</p>"
                "<p>为推动转型，新区在企业数字化诊断、工程技术人员培训等方面提供支持，并搭建工业互"
                "联网平台，让中小配套企业无需自建系统也能用上工业软件。</p>"
                "<p>不少完成改造的企业反映，产品不良率和能耗明显下降，交货周期缩短。下一步，两江新"
                "区将继续推进智能化改造，并从单个工厂向整条产业链延伸。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "两江新区一座智能工厂的厂房。",
        },
    },
    {
        "key": "lianglu-cuntan-bonded-zone",
        "section": "news/business",
        "date": "2021-07-26",
        "kind": "text",
        "featured": False,
        "credit": "Lianglu Cuntan Comprehensive Bonded Zone",
        "scene": "airport",
        "en": {
            "title": "Comprehensive bonded zone anchors Liangjiang's trade with the world",
            "summary": (
                "The Lianglu Cuntan zone, the first bonded port area in inland China, combines a "
                "river port and an airport under one customs-supervised area."
            ),
            "body": (
                "<p>The Lianglu Cuntan Comprehensive Bonded Zone has become one of the main "
                "platforms through which Chongqing trades with the rest of the world, and a "
                "magnet for export-oriented manufacturers in Liangjiang New Area.</p>"
                "<p>Approved on Nov 12, 2008, as a bonded port area, it was the first of its kind "
                "in inland China and is the only one to combine a waterport with an airport. It "
                "covers 8.37 square kilometers in two parts: a waterport area at Cuntan on the "
                "Yangtze, and an airport area at Lianglu next to Chongqing Jiangbei International "
                "Airport.</p>"
                "<p>Inside the zone, goods can be stored, processed and re-exported under customs "
                "supervision without paying duties up front. That arrangement helped bring in a "
                "cluster of laptop makers and their suppliers, including brands such as Acer, "
                "Asus and HP and contract manufacturers such as Compal and Wistron.</p>"
                "<p>In recent years the zone has added newer lines of business, including "
                "aircraft leasing and maintenance and bonded trade.</p>"
                "<p>For companies, the benefit is speed and lower cost: parts can be imported, "
                "assembled and shipped out by air or by river within the same supervised area. "
                "For Chongqing, the zone shows how an inland city can take a full part in global "
                "supply chains.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "A plane over the airport area of the Lianglu Cuntan Comprehensive Bonded Zone.",
        },
        "zh_hans": {
            "title": "两路寸滩综合保税区：重庆对外开放的重要平台",
            "summary": "作为内陆首个保税港区，两路寸滩是唯一兼具水港和空港功能的保税港区。",
            "body": (
                "<p>两路寸滩综合保税区已成为重庆对外开放的重要平台之一，也吸引了大批外向型制造企业"
                "落户两江新区。</p>"
                "<p>2008年11月12日，两路寸滩保税港区获批设立，是我国内陆第一个保税港区，也是唯一兼"
                "具水港和空港功能的保税港区。该区域面积8.37平方公里，分为两部分：位于长江边寸滩的"
                "水港功能区，以及紧邻重庆江北国际机场的空港功能区。</p>"
                "<p>在海关监管下，货物可以在区内保税存储、加工后再出口，无需事先缴纳关税。这一政策"
                "优势吸引了宏碁、华硕、惠普等笔记本电脑品牌，以及仁宝、纬创等代工企业和配套厂商集"
                "聚。</p>"
                "<p>近年来，区内又发展起飞机租赁与维修、保税贸易等新业态。</p>"
                "<p>对企业而言，零部件进口、组装，再经航空或水运出口，都可在同一监管区域内完成，既"
                "节省时间又降低成本。对重庆来说，综合保税区探索出了一条内陆城市深度融入全球供应链"
                "的路径。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "飞机飞过两路寸滩综合保税区空港功能区上空。",
        },
    },
    {
        "key": "shuitu-display-chip-cluster",
        "section": "news/business",
        "date": "2026-11-12",
        "kind": "text",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "lab",
        "en": {
            "title": "Shuitu builds a cluster of display and chip makers",
            "summary": (
                "BOE, Corning and a power-semiconductor joint venture have made the Shuitu area "
                "one of Liangjiang's main electronics bases."
            ),
            "body": (
                "<p>The Shuitu area of Liangjiang New Area has grown into one of the new area's "
                "main bases for electronics, with companies making display panels, specialty "
                "glass and power chips side by side.</p>"
                "<p>The anchor is BOE Technology, which has built display production there, "
                "including a sixth-generation flexible AMOLED line with an investment of 46.5 "
                "billion yuan. Flexible AMOLED screens are used in smartphones, wearables and "
                "foldable devices.</p>"
                "<p>Nearby, US glass maker Corning finishes large glass substrates for LCD panels "
                "and, since December 2023, has mass-produced cover glass for consumer "
                "electronics. Its total investment in Chongqing is about $1.5 billion.</p>"
                "<p>The area is also home to a joint venture between Alpha and Omega "
                "Semiconductor and Chongqing partners that makes power semiconductors on 12-inch "
                "wafers. Power chips control electricity in everything from phone chargers to "
                "electric vehicles, which links the plant to Liangjiang's car industry.</p>"
                "<p>Having suppliers and customers close together shortens delivery times and "
                "makes it easier for engineers to solve problems jointly. Shuitu also has a life "
                "science park focused on biomedicine, which adds another group of high-tech "
                "employers to the area.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "A chip on a circuit board, the kind of part made in clean rooms in the Shuitu area.",
        },
        "zh_hans": None,
    },
    {
        "key": "digital-economy-growth",
        "section": "news/business",
        "date": "2023-04-26",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "lab",
        "en": None,
        "zh_hans": {
            "title": "两江新区数字经济产业加速集聚",
            "summary": (
                "数字经济产业园2021年集聚高新技术企业538家；今年3月，重庆数字经济创新园设立，并配"
                "套100亿元基金。"
            ),
            "body": (
                "<p>记者日前从两江新区了解到，新区数字经济产业持续壮大，软件、互联网、大数据等领域"
                "企业加快集聚，数字经济已成为新区增长最快的板块之一。</p>"
                "<p>2018年启动建设的两江新区数字经济产业园是这一产业的主要承载地。数据显示，2021"
                "年，园区集聚高新技术企业538家，实现产值2089.8亿元。</p>"
                "<p>今年3月，重庆数字经济创新园在两江新区设立，同步设立规模100亿元的基金，重点支持"
                "数字经济领域的创新项目和成长型企业。</p>"
                "<p>业内人士分析，两江新区汽车、电子等制造业基础雄厚，为工业软件、智能网联、云计算"
                "等数字技术提供了丰富的应用场景；反过来，数字技术也在推动传统工厂转型升级。</p>"
                "<p>下一步，新区将围绕人才引进、应用场景开放和金融支持持续发力，推动数字经济与实体"
                "经济深度融合。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "电路板上的芯片：数字经济企业在这里研发软硬件。",
        },
    },
    {
        "key": "smart-china-expo-signings",
        "section": "news/events",
        "date": "2021-08-19",
        "kind": "text",
        "featured": True,
        "credit": "liangjiang.gov.cn",
        "scene": "festival",
        "en": {
            "title": "25 projects signed in Liangjiang as Smart China Expo approaches",
            "summary": (
                "The deals cover chip packaging, integrated circuit design, optical components "
                "and other links in the electronics chain."
            ),
            "body": (
                "<p>Liangjiang New Area signed 25 investment projects this week, days before the "
                "opening of the Smart China Expo, the annual showcase of intelligent industries "
                "held at the exhibition center in Yuelai.</p>"
                "<p>The projects center on electronic information, one of the area's pillar "
                "industries. Among the companies signing were Chongqing Dayou Microelectronics, "
                "which works in chip packaging; Honedchip, an integrated circuit designer; and "
                "Suzhou Yeahlight Photoelectric, a maker of light-guide plates used in display "
                "backlights.</p>"
                "<p>The new projects are expected to strengthen local supply chains. Liangjiang "
                "already hosts display panel makers, laptop assemblers and car manufacturers, all "
                "of which need a steady supply of chips and components.</p>"
                "<p>A signing ceremony on the eve of the expo has become a regular fixture. Each "
                "year, companies time announcements to coincide with the event, which draws "
                "exhibitors and visitors from home and abroad to see robots, smart cars and "
                "digital services.</p>"
                "<p>For Liangjiang, the expo is also a chance to show its own progress, from "
                "smart factories to the Lijia Smart Park, and to meet potential investors face to "
                "face.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Red lanterns over the city ahead of the Smart China Expo and its investment signings.",
        },
        "zh_hans": {
            "title": "智博会前夕两江新区签约25个项目",
            "summary": "签约项目涵盖芯片封装、集成电路设计、光电元器件等电子信息产业链环节。",
            "body": (
                "<p>在中国国际智能产业博览会开幕前夕，两江新区集中签约25个投资项目。智博会每年在悦"
                "来举办，是展示智能产业发展成果的重要平台。</p>"
                "<p>此次签约项目主要集中在电子信息产业，涉及芯片封装测试、集成电路设计，以及用于显"
                "示背光模组的导光板等领域。</p>"
                "<p>这些项目将进一步补齐本地产业链。目前，两江新区已集聚显示面板、笔记本电脑、汽车"
                "等整机和终端企业，对芯片及各类元器件有着稳定需求。</p>"
                "<p>近年来，智博会前集中签约已成为新区招商的惯例。不少企业选择在展会期间发布新品、"
                "宣布投资，吸引国内外客商前来参观机器人、智能汽车和数字服务等展品。</p>"
                "<p>对两江新区而言，智博会也是展示自身发展成果的窗口，从智能工厂到礼嘉智慧公园，向"
                "来宾呈现智慧城市建设的最新进展。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "智博会前夕，城市上空挂起红灯笼，两江新区举行项目集中签约。",
        },
    },
    {
        "key": "global-investment-campaign-2023",
        "section": "news/events",
        "date": "2023-01-12",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "skyline",
        "en": {
            "title": "Liangjiang opens the year with a worldwide call for investors",
            "summary": (
                "The new area launched its 2023 global investment promotion campaign, targeting "
                "advanced manufacturing, the digital economy and modern services."
            ),
            "body": (
                "<p>Liangjiang New Area has launched its global investment promotion campaign for "
                "2023, setting out a year of roadshows, online presentations and meetings with "
                "companies at home and abroad.</p>"
                "<p>The campaign focuses on the industries the area wants to strengthen: "
                "intelligent and new-energy vehicles, electronic information, the digital "
                "economy, biomedicine and high-end equipment, as well as financial and business "
                "services in the Jiangbeizui central business district.</p>"
                "<p>Promotion teams plan to visit China's major economic regions and to reach "
                "overseas investors through the area's international cooperation parks, which "
                "include the China-Germany, Sino-Swiss and China-Italy industrial parks. Online "
                "events will let companies that cannot travel tour sites and meet officials by "
                "video.</p>"
                "<p>Liangjiang is already home to many Fortune Global 500 companies and to large "
                "clusters of auto and electronics makers, and the campaign aims to use these "
                "existing strengths to draw in suppliers and partners.</p>"
                "<p>To support the drive, the area is promoting its one-stop services for "
                "investors, which aim to guide major projects from signing through to "
                "production.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": (
                "The towers of Jiangbeizui, where financial and business services are a focus of the campaign."
            ),
        },
        "zh_hans": {
            "title": "两江新区启动2023年全球招商推介活动",
            "summary": "聚焦先进制造、数字经济和现代服务业，全年将开展线上线下系列推介。",
            "body": (
                "<p>近日，两江新区启动2023年全球招商推介活动，全年将在国内外举办系列推介会、线上说"
                "明会和企业对接会。</p>"
                "<p>此次招商聚焦新区重点发展的产业方向：智能网联新能源汽车、电子信息、数字经济、生"
                "物医药、高端装备，以及江北嘴中央商务区的金融和商务服务业。</p>"
                "<p>按照计划，招商团队将赴国内主要经济区域开展推介，并依托中德、中瑞、中意等国际合"
                "作产业园对接海外投资者。对于暂时无法到访的企业，新区将通过视频方式提供“云考察”“云"
                "洽谈”服务。</p>"
                "<p>目前，两江新区已集聚众多世界500强企业和规模庞大的汽车、电子产业集群。新区希望"
                "借助这些产业基础，吸引更多上下游配套企业和合作伙伴落户。</p>"
                "<p>与此同时，新区持续优化营商环境，为重大项目提供从签约到投产的全流程“一站式”服"
                "务。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "江北嘴金融城的高楼，这里是此次招商推介的重点区域之一。",
        },
    },
    {
        "key": "first-quarter-projects-2025",
        "section": "news/events",
        "date": "2025-01-03",
        "kind": "text",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "factory",
        "en": {
            "title": "Liangjiang starts 2025 with 32 major projects",
            "summary": (
                "A first-quarter batch of major projects covers advanced manufacturing, "
                "infrastructure and urban services."
            ),
            "body": (
                "<p>Liangjiang New Area began the new year by launching 32 major projects for the "
                "first quarter of 2025, a sign that investment and construction are being pushed "
                "forward early in the year.</p>"
                "<p>The batch spans advanced manufacturing, infrastructure and services. "
                "Industrial projects are concentrated in the area's leading sectors, including "
                "new-energy and intelligent vehicles, electronic information and equipment, while "
                "others involve roads, public facilities and urban renewal.</p>"
                "<p>Launching projects in groups at the start of the year is a routine practice "
                "in Chongqing. It allows land, power and other resources to be arranged in "
                "advance and gives contractors a full construction season.</p>"
                "<p>For manufacturers, an early start can mean production lines ready in time for "
                "new orders. Such batches usually include expansions by companies already "
                "operating in the area as well as newcomers.</p>"
                "<p>Under the area's usual practice, each major project is followed by a "
                "dedicated service team that helps solve problems with permits and utilities as "
                "they arise and keeps construction on schedule.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Factory buildings of an industrial project in Liangjiang.",
        },
        "zh_hans": {
            "title": "两江新区集中启动一季度32个重大项目",
            "summary": (
                "新年伊始，两江新区集中启动32个一季度重大项目，涵盖先进制造、基础设施和城市服务。"
            ),
            "body": (
                "<p>新年伊始，两江新区集中启动32个一季度重大项目，以项目建设“开门红”为全年发展打下"
                "基础。</p>"
                "<p>这批项目涵盖先进制造、基础设施和现代服务等领域。产业项目主要集中在新能源和智能"
                "网联汽车、电子信息、装备制造等新区主导产业，其余项目涉及道路交通、公共设施和城市"
                "更新等。</p>"
                "<p>年初集中启动重大项目是重庆的惯常做法。提前统筹用地、用电等要素保障，可以让施工"
                "单位抓住整个施工季，加快形成实物工作量。</p>"
                "<p>对制造企业来说，项目早开工就意味着生产线早投产，能够及时承接新订单。这类项目中"
                "既有新引进的企业，也有在新区扎根多年的企业追加投资。</p>"
                "<p>按照新区的做法，每个重大项目都有专门的服务团队跟踪推进，及时协调解决审批、水电"
                "气等方面的问题，确保项目按期推进。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "两江新区一处产业项目的厂房。",
        },
    },
    {
        "key": "liangjiang-tianfu-photo-exhibition",
        "section": "news/events",
        "date": "2022-07-08",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "festival",
        "en": None,
        "zh_hans": {
            "title": "两江天府联合摄影展开展",
            "summary": "展览以镜头记录两大国家级新区的城市变迁和合作成果。",
            "body": (
                "<p>7月上旬，由两江新区和天府新区联合举办的摄影展在两江新区一处文创园区开展，吸引"
                "了不少市民和摄影爱好者前来观展。</p>"
                "<p>展出作品出自两地摄影师之手，题材涵盖城市风貌、产业发展、生态环境和市民生活，记"
                "录了两大国家级新区近年来的变化。</p>"
                "<p>在一组对照作品前，不少观众驻足良久：一边是江北嘴的天际线和长江上的货轮，一边是"
                "天府新区的湖泊与新城。两地发展路径各有特色，却有许多相似之处。</p>"
                "<p>主办方介绍，自2020年两区建立联席会议机制以来，双方在产业、开放、创新等领域的合"
                "作不断深化。此次联合影展是两地在文化交流方面的一次尝试，也让市民从另一个角度了解"
                "成渝地区双城经济圈建设。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "红灯笼高挂城市街头，两江新区与天府新区摄影展同期举行。",
        },
    },
    {
        "key": "community-life-circles",
        "section": "news/life",
        "date": "2024-08-01",
        "kind": "text",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "park",
        "en": {
            "title": "Life circles bring daily services within walking distance",
            "summary": (
                "Liangjiang is building community life circles that put shops, clinics, elderly "
                "care and childcare close to residents' homes."
            ),
            "body": (
                "<p>Liangjiang New Area is building community life circles so that residents can "
                "reach the services they use most often on foot, an effort that has made the area "
                "a pioneer of the approach in Chongqing.</p>"
                "<p>The idea is simple. Within a short walk of home, often described as 15 "
                "minutes, people should find a grocery store, a community canteen, a health "
                "station, a place for children to play and somewhere for older residents to meet. "
                "Where such facilities are missing, vacant ground-floor space and underused "
                "public buildings are turned into service points.</p>"
                "<p>Many of the new spaces combine several functions. A single community center "
                "may serve lunches for older people, offer homework help for pupils after school "
                "and host exercise classes in the evening. Small repair shops, tailors and key "
                "cutters are being invited back into neighborhoods.</p>"
                "<p>Residents are asked what they need before each project is designed, and their "
                "feedback shapes later changes. Newer communities close to industrial parks have "
                "also added services aimed at young workers, such as affordable canteens and "
                "shared study rooms.</p>"
                "<p>The life circles are part of a wider push to make the fast-growing new area a "
                "comfortable place to live, not only a place to work.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Trees and a path beside a community service center in Liangjiang.",
        },
        "zh_hans": {
            "title": "社区生活圈让便民服务就在家门口",
            "summary": (
                "两江新区推进社区生活圈建设，把商超、卫生服务、养老托育等设施布局到居民身边。"
            ),
            "body": (
                "<p>买菜、就医、托幼、养老……这些日常需求，在两江新区越来越多的社区步行可达。近年"
                "来，新区推进社区便民生活圈建设，走在全市前列。</p>"
                "<p>按照规划思路，居民从家出发步行一刻钟左右，就能找到菜店超市、社区食堂、卫生服务"
                "站、儿童活动场地和老年人活动场所。对于配套不足的社区，新区利用闲置底商和使用率不"
                "高的公共用房，改造成便民服务点。</p>"
                "<p>不少新建的服务空间“一室多用”：中午为老年人提供助餐服务，放学后为孩子提供课后托"
                "管，晚上又变成居民的健身课堂。修鞋、裁缝、配钥匙等“小修小补”也被请回了社区。</p>"
                "<p>项目设计之前，社区会先征求居民意见，建成后再根据反馈不断调整。靠近产业园区的新"
                "社区，还增加了面向年轻职工的平价食堂、共享自习室等设施。</p>"
                "<p>社区生活圈建设是两江新区提升城市品质的重要举措，目标是让这座快速成长的新城不仅"
                "宜业，而且宜居。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "两江新区社区便民服务中心旁的绿树和步道。",
        },
    },
    {
        "key": "parks-and-greenways",
        "section": "news/life",
        "date": "2023-08-28",
        "kind": "text",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "park",
        "en": {
            "title": "132 parks and 300 km of greenways: Liangjiang turns greener",
            "summary": (
                "The new area has reached a green-space ratio of 41.47 percent, with parks and "
                "trails woven between homes and workplaces."
            ),
            "body": (
                "<p>Liangjiang New Area now has 132 parks and about 300 kilometers of greenways, "
                "and its green-space ratio has reached 41.47 percent, according to figures "
                "released by the area.</p>"
                "<p>Many of the parks follow the landscape of Chongqing's hills and rivers. Along "
                "the Jialing and the Yangtze, riverside belts have been opened to the public, "
                "while hillside parks protect woods and streams that were once cut off by roads "
                "and building sites.</p>"
                "<p>Greenways link the parks into a network. Residents use them to walk to work, "
                "cycle at weekends or run in the early morning before the summer heat sets in, "
                "with rest areas along the main routes.</p>"
                "<p>Among the best-known green spaces is Lijia Smart Park, below Baiyun Mountain "
                "on the banks of the Jialing, which combines nature with smart-city technology. "
                "The pastoral landscapes of Renli Park, also in the Lijia area, draw visitors "
                "looking for a taste of the countryside.</p>"
                "<p>Green space is increasingly treated as basic infrastructure, like roads and "
                "pipes. New residential and industrial districts are planned with parks and "
                "trails from the start, rather than having them fitted in afterward.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "A greenway winds through a park in Liangjiang New Area.",
        },
        "zh_hans": {
            "title": "132个公园300公里绿道 两江新区绿意更浓",
            "summary": "新区绿地率达41.47%，公园和步道穿插在住宅与办公区之间。",
            "body": (
                "<p>记者从两江新区获悉，目前新区已建成公园132个、绿道约300公里，绿地率达到41.47%。"
                "</p>"
                "<p>新区不少公园依山傍水而建。嘉陵江、长江沿岸的滨江地带陆续向市民开放，山地公园则"
                "保护了原本被道路和工地分隔的林地和溪流。</p>"
                "<p>一条条绿道把分散的公园串联成网。有人沿着绿道步行上班，有人周末骑行，也有人赶在"
                "夏日高温到来前晨跑。主要线路沿途还设有休息驿站。</p>"
                "<p>在众多绿地中，位于嘉陵江畔、白云山脚下的礼嘉智慧公园把自然风光与智慧城市科技结"
                "合在一起，颇受市民欢迎；礼嘉一带的田园风光公园，也吸引了不少前来感受乡野气息的游"
                "客。</p>"
                "<p>如今，绿地被视为与道路、管网同等重要的城市基础设施。新规划的居住区和产业园区，"
                "从一开始就同步布局公园和步道，而不是事后“见缝插绿”。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "两江新区一处公园内，绿道蜿蜒穿过林间。",
        },
    },
    {
        "key": "happiness-square-evenings",
        "section": "news/life",
        "date": "2026-05-02",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "festival",
        "en": {
            "title": "Holiday evenings at Liangjiang Happiness Square",
            "summary": (
                "Families, dancers and skaters fill the square as the May Day holiday begins."
            ),
            "body": (
                "<p>As the May Day holiday got under way, Liangjiang Happiness Square filled with "
                "people from early evening until well after dark, a reminder of how much "
                "residents value open public space.</p>"
                "<p>Groups of older residents set up speakers and practiced dance routines, while "
                "children on scooters and roller skates looped around them. Young couples sat on "
                "the steps with takeaway tea, and office workers stopped by on their way home to "
                "stretch their legs.</p>"
                "<p>Squares like this play a special role in Chongqing, a city of steep streets "
                "where flat open ground is rare. They serve as playground, exercise hall and "
                "meeting place all at once.</p>"
                "<p>Volunteers from nearby communities helped keep paths clear and reminded "
                "visitors to take their litter home. Snack stalls were kept to the edges so that "
                "the center of the square stayed open for families.</p>"
                '<p>"We come almost every evening when the weather is good," said a grandmother '
                'who had brought her grandson to ride his bicycle. "It is cooler here than '
                'indoors, and he can play with the other children."</p>'
            ),
            "byline": "",
            "source": "",
            "caption": "Red lanterns light a holiday evening at Liangjiang Happiness Square.",
        },
        "zh_hans": {
            "title": "两江幸福广场的假日夜晚",
            "summary": "五一假期首日，跳舞的、滑板的、散步的市民让广场热闹非凡。",
            "body": (
                "<p>五一假期拉开序幕，两江幸福广场从傍晚开始人气渐旺，直到夜深仍热闹不减。</p>"
                "<p>广场一角，老年舞蹈队摆开音箱跳起广场舞；孩子们踩着滑板车、轮滑鞋在人群间穿梭；"
                "年轻人坐在台阶上喝着奶茶聊天；不少下班的上班族也特意绕过来走一走。</p>"
                "<p>在山城重庆，平坦开阔的公共空间格外难得。像这样的广场，同时扮演着游乐场、健身房"
                "和会客厅的角色。</p>"
                "<p>周边社区的志愿者在现场维持秩序，提醒市民带走垃圾。小吃摊点被安排在广场边缘，把"
                "中间的空地留给带孩子的家庭。</p>"
                "<p>“天气好的时候，我们差不多每天晚上都来。”一位带孙子骑自行车的奶奶说，“这里比屋"
                "里凉快，孩子还能和小伙伴一起玩。”</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "五一假期，两江幸福广场挂起红灯笼。",
        },
    },
    {
        "key": "photos-guoyuan-port-day",
        "section": "news/photos",
        "date": "2022-05-30",
        "kind": "photos",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "port",
        "en": {
            "title": "In pictures: a working day at Guoyuan Port",
            "summary": (
                "Cranes, barges and freight trains keep Liangjiang's Yangtze River port moving "
                "around the clock."
            ),
            "body": (
                "<p>From first light until late at night, Guoyuan Port on the Yangtze River in "
                "Liangjiang New Area keeps cargo moving between ships, trains and trucks.</p>"
                "<p>Gantry cranes lift containers from river vessels onto rail wagons parked "
                "beside the quay, while trucks wait in line to collect goods for factories across "
                "Chongqing. Bulk cargo passes through berths of its own.</p>"
                "<p>The port, which opened in 2013, has 16 berths for 5,000-ton ships. It is the "
                "only port-type national logistics hub in western China, linking the Yangtze "
                "waterway with rail routes toward Europe and Central Asia and with the New "
                "Western Land-Sea Corridor to the south.</p>"
                "<p>Dock workers say the busiest moments come when a train and a ship arrive "
                "together and containers have to be switched quickly from one to the other.</p>"
                "<p>These photos follow a day at the port, from the morning shift change to the "
                "floodlit night operations.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "A gantry crane and containers at Guoyuan Port.",
        },
        "zh_hans": {
            "title": "组图：果园港的一天",
            "summary": "龙门吊、货轮和货运列车昼夜不停，长江之滨的果园港一派繁忙。",
            "body": (
                "<p>从清晨到深夜，位于长江之滨的果园港始终忙碌，货物在轮船、火车和卡车之间有序流"
                "转。</p>"
                "<p>龙门吊把集装箱从货船上吊起，直接放到停靠在码头旁的铁路平车上；一辆辆集卡排队等"
                "候，把货物运往重庆各地的工厂。散货则通过专用泊位装卸。</p>"
                "<p>果园港2013年建成投用，拥有16个5000吨级泊位，是西部地区唯一的港口型国家物流枢"
                "纽，向东连通长江黄金水道，向西连接通往欧洲和中亚的铁路，向南对接西部陆海新通道。"
                "</p>"
                "<p>港口工人说，最忙的时候是火车和轮船同时到港，集装箱要在最短时间内完成换装。</p>"
                "<p>这组照片记录了果园港的一天，从早班交接到夜间灯火通明的作业现场。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "果园港的龙门吊和集装箱。",
        },
        "photos": [
            {
                "scene": "port",
                "en": "A gantry crane above the container stacks at Guoyuan Port in the morning.",
                "zh_hans": "清晨，果园港的龙门吊俯瞰成排的集装箱。",
            },
            {
                "scene": "train",
                "en": "A freight train of containers waits to take river cargo inland.",
                "zh_hans": "一列满载集装箱的货运列车等待接驳水运货物。",
            },
            {
                "scene": "river",
                "en": "The Yangtze flows under a bridge outside the port.",
                "zh_hans": "港区外，长江从大桥下流过。",
            },
            {
                "scene": "car",
                "en": "Cars on the road to the port, which serves factories across Chongqing.",
                "zh_hans": "通往港区的公路上汽车往来，货物由此运往重庆各地工厂。",
            },
            {
                "scene": "skyline",
                "en": "Lit windows in the towers near the port after dark.",
                "zh_hans": "夜幕降临，港区附近的高楼亮起灯光。",
            },
        ],
    },
    {
        "key": "photos-lijia-smart-park-spring",
        "section": "news/photos",
        "date": "2021-03-22",
        "kind": "photos",
        "featured": False,
        "credit": "WeChat account of Chongqing Liangjiang New Area",
        "scene": "park",
        "en": {
            "title": "In pictures: spring comes to Lijia Smart Park",
            "summary": (
                "Blossoms, lawns and interactive installations draw weekend visitors to the park "
                "by the Jialing River."
            ),
            "body": (
                "<p>Spring has arrived at Lijia Smart Park, and with it come crowds of families, "
                "photographers and school groups.</p>"
                "<p>The park lies at the foot of Baiyun Mountain beside the Jialing River. It is "
                "laid out in four ecological zones, linked by walking paths that climb gently "
                "through the trees and open onto views of the river.</p>"
                "<p>What sets it apart from an ordinary park is technology. Built as a showcase "
                "for smart-city ideas, it lets visitors try interactive installations that show "
                "how digital technology can be used in daily life, from getting around to looking "
                "after green spaces.</p>"
                "<p>In spring the slopes turn pink and white with blossom and the lawns fill with "
                "picnic blankets. Children run between the installations while their parents look "
                "for the best spot for a photo.</p>"
                "<p>Visitors who want a quieter experience are advised to come on a weekday "
                "morning, before the weekend crowds arrive.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Blossoms frame a path in Lijia Smart Park.",
        },
        "zh_hans": {
            "title": "组图：礼嘉智慧公园春意浓",
            "summary": "繁花、草坪和互动科技装置，吸引市民周末到嘉陵江畔踏青。",
            "body": (
                "<p>春回大地，礼嘉智慧公园迎来了赏花踏青的市民、摄影爱好者和研学团队。</p>"
                "<p>公园位于白云山脚下、嘉陵江畔，园内分为四个生态片区，由林间步道串联起来，沿途可"
                "以眺望江景。</p>"
                "<p>与普通公园不同，这里是展示智慧城市理念的窗口。游客可以体验各种互动装置，直观感"
                "受数字技术如何走进出行、园林管理等日常生活场景。</p>"
                "<p>春日里，山坡上粉白相间的花朵竞相开放，草坪上铺满了野餐垫。孩子们在互动装置间嬉"
                "戏，家长们则忙着寻找最佳拍照角度。</p>"
                "<p>想要安静游园的市民，不妨选择工作日上午前往，避开周末人流高峰。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "礼嘉智慧公园内繁花似锦。",
        },
        "photos": [
            {
                "scene": "park",
                "en": "Blossoms frame a path in Lijia Smart Park.",
                "zh_hans": "礼嘉智慧公园的步道两旁繁花盛开。",
            },
            {
                "scene": "mountain",
                "en": "The park sits at the foot of Baiyun Mountain.",
                "zh_hans": "公园坐落在白云山脚下。",
            },
            {
                "scene": "river",
                "en": "A view across the Jialing River from the park.",
                "zh_hans": "从公园眺望嘉陵江。",
            },
            {
                "scene": "lab",
                "en": "The circuits behind an interactive installation for children.",
                "zh_hans": "儿童互动科技装置里的电路板。",
            },
            {
                "scene": "park",
                "en": "Sunny lawns and trees where families picnic at weekends.",
                "zh_hans": "阳光下的草坪和树木，周末常有一家人来此野餐。",
            },
        ],
    },
    {
        "key": "photos-jiangbeizui-new-year",
        "section": "news/photos",
        "date": "2019-12-31",
        "kind": "photos",
        "featured": True,
        "credit": "liangjiang.gov.cn",
        "scene": "skyline",
        "en": {
            "title": "In pictures: Jiangbeizui lights up for the new year",
            "summary": (
                "The financial district at the meeting of the Yangtze and Jialing rivers glows on "
                "the last night of 2019."
            ),
            "body": (
                "<p>On the last night of 2019, the towers of Jiangbeizui switched on their light "
                "displays, and crowds gathered along the riverbanks to watch the skyline glow.</p>"
                "<p>Jiangbeizui sits on a point of land where the Jialing River flows into the "
                "Yangtze. Covering about 5 square kilometers, it has become Chongqing's main "
                "financial and headquarters district, home to hundreds of companies, well over a "
                "hundred of them financial institutions.</p>"
                "<p>At night the district takes on a different character. Office windows blend "
                "with the illuminated facades, sightseeing boats trace slow circles on the water, "
                "and reflections stretch across both rivers toward Chaotianmen on the opposite "
                "bank.</p>"
                "<p>Photographers set up tripods on the riverside paths hours in advance. Many "
                "visitors said the water's edge, where the two rivers meet, was the best place to "
                "welcome the new year.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "The towers of Jiangbeizui light up on New Year's Eve.",
        },
        "zh_hans": {
            "title": "组图：江北嘴灯火迎新年",
            "summary": "2019年最后一夜，长江与嘉陵江交汇处的金融城流光溢彩。",
            "body": (
                "<p>2019年的最后一个夜晚，江北嘴的高楼亮起灯光秀，不少市民和游客聚集在江边，欣赏璀"
                "璨的城市天际线。</p>"
                "<p>江北嘴地处嘉陵江与长江交汇处，面积约5平方公里，如今已成为重庆的金融核心区和总"
                "部集聚区，汇聚了数百家企业，其中金融机构超过百家。</p>"
                "<p>入夜后的江北嘴别有一番风情：写字楼的灯光与楼体灯饰交相辉映，游船在江面上缓缓巡"
                "游，倒影一直延伸到对岸的朝天门。</p>"
                "<p>不少摄影爱好者提前几个小时就在滨江步道架好了三脚架。游客们说，在两江交汇的江边"
                "迎接新年，是最难忘的体验。零点到来时，江边响起一片欢呼，人们互道新年祝福。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "跨年夜，江北嘴高楼灯火璀璨。",
        },
        "photos": [
            {
                "scene": "skyline",
                "en": "The towers of Jiangbeizui light up on New Year's Eve.",
                "zh_hans": "跨年夜，江北嘴高楼灯光璀璨。",
            },
            {
                "scene": "river",
                "en": "A bridge where the Jialing meets the Yangtze, on the sightseeing boats' route.",
                "zh_hans": "嘉陵江与长江交汇处的大桥，这里也是游船航线。",
            },
            {
                "scene": "festival",
                "en": "Red lanterns above the riverside for the countdown.",
                "zh_hans": "滨江一带挂起红灯笼，迎接新年倒计时。",
            },
            {
                "scene": "skyline",
                "en": "The towers of the financial district above the river.",
                "zh_hans": "江面上方的金融城高楼。",
            },
            {
                "scene": "river",
                "en": "A bridge over the Jialing River glows at dusk.",
                "zh_hans": "暮色中，嘉陵江上的大桥亮起灯饰。",
            },
        ],
    },
    {
        "key": "tianfu-strategic-agreement",
        "section": "news/specials",
        "date": "2020-04-25",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "train",
        "en": {
            "title": "Liangjiang, Tianfu sign strategic pact covering seven areas",
            "summary": (
                "At their second joint conference, held in Chongqing, the two national new areas "
                "agreed on cooperation in free trade, logistics and industry."
            ),
            "body": (
                "<p>Two months after their first joint conference, Liangjiang New Area and "
                "Sichuan's Tianfu New Area met again in Chongqing on April 23 and signed a "
                "strategic cooperation deal that spans seven fields.</p>"
                "<p>The agreement turns the broad goals set in February into concrete tasks. "
                "Among the main points:</p>"
                "<ul>"
                "<li>Joint institutional innovation in their free trade zones, and a jointly "
                "built international cooperation zone</li>"
                "<li>A headquarters alliance to support opening-up in western China</li>"
                "<li>A multimodal transport operation center serving the New Western Land-Sea "
                "Corridor</li>"
                "<li>Industrial links in automobiles, electronics, biomedicine and high-end "
                "equipment</li>"
                "<li>Cooperation in finance, logistics, trade and exhibitions</li>"
                "</ul>"
                "<h2>Why it matters</h2>"
                "<p>Liangjiang and Tianfu are the two national new areas of the Chengdu-Chongqing "
                "region, whose development became a national strategy early this year. Working "
                "together, they can offer investors a larger market, complementary industries and "
                "shared transport routes to the sea and to Europe.</p>"
                "<p>Both areas have strong car and electronics industries, and companies on each "
                "side already buy from and sell to each other. The agreement aims to make those "
                "links easier through shared platforms and coordinated policies, so that a "
                "supplier in Chengdu and a carmaker in Chongqing can work together as smoothly as "
                "neighbors.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "A freight train: Liangjiang and Tianfu plan to share transport routes, including rail links to Europe.",
        },
        "zh_hans": {
            "title": "两江天府签署战略合作协议 七大领域深化合作",
            "summary": (
                "两区在重庆召开第二次联席会议，在自贸创新、物流通道、产业协作等方面达成一致。"
            ),
            "body": (
                "<p>4月23日，两江新区与天府新区在重庆召开共同打造内陆开放门户第二次联席会议，并签"
                "署战略合作协议，明确在七大领域深化合作。此时距两区首次联席会议仅过去两个月。</p>"
                "<p>协议将此前确定的合作方向进一步细化为具体任务，主要内容包括：</p>"
                "<ul>"
                "<li>联合开展自贸试验区制度创新，共建国际合作园区</li>"
                "<li>组建西部开放总部联盟</li>"
                "<li>共建西部陆海新通道多式联运运营中心</li>"
                "<li>推动汽车、电子信息、生物医药、高端装备等产业协作</li>"
                "<li>加强金融、物流、贸易和会展等领域合作</li>"
                "</ul>"
                "<h2>合作意义</h2>"
                "<p>两江新区与天府新区是成渝地区的两个国家级新区。今年初，成渝地区双城经济圈建设上"
                "升为国家战略。两区携手，能够为投资者提供更大的市场、互补的产业和共享的出海出境通"
                "道。</p>"
                "<p>两区汽车、电子信息产业基础雄厚，企业之间早有供销往来。协议的签署，将通过共建平"
                "台、协同政策，让成都的配套企业与重庆的整车企业像邻居一样顺畅合作。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "一列货运列车。两江新区与天府新区将共享包括中欧班列在内的对外通道。",
        },
    },
    {
        "key": "twin-new-areas-three-years",
        "section": "news/specials",
        "date": "2023-03-14",
        "kind": "text",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "skyline",
        "en": {
            "title": "Twin engines: Liangjiang and Tianfu rank fourth and fifth among new areas",
            "summary": (
                "Three years after they began working together, the two new areas are close in "
                "size and partners in eight industrial alliances."
            ),
            "body": (
                "<p>Three years after their first joint conference, Liangjiang New Area and "
                "Sichuan's Tianfu New Area are running almost neck and neck. In 2022, "
                "Liangjiang's GDP reached 455.06 billion yuan, fourth among China's national new "
                "areas, while Tianfu recorded 453.24 billion yuan to rank fifth.</p>"
                "<h2>From talks to alliances</h2>"
                "<p>The partnership began in February 2020 with a meeting held by video link. A "
                "strategic agreement followed that April, and in 2021 the two areas launched an "
                "industrial alliance. Eight major industrial alliances now link companies in "
                "fields such as automobiles, electronic information, exhibitions and finance.</p>"
                "<p>In innovation, Liangjiang's Collaborative Innovation Zone and Chengdu Science "
                "City are working toward a shared goal: a science and technology innovation "
                "center for western China.</p>"
                "<h2>Next steps</h2>"
                "<p>This year, political advisers from both areas put forward a joint proposal on "
                "industrial cooperation, calling for closer links along supply chains and better "
                "coordinated policies.</p>"
                "<p>Observers see the friendly rivalry between the two areas as a strength. Each "
                "pushes the other to improve its services for investors, while cooperation allows "
                "them to present the Chengdu-Chongqing region as one market.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "The towers of Liangjiang, one of the twin engines of the Chengdu-Chongqing economic circle.",
        },
        "zh_hans": {
            "title": "双核并进：两江新区、天府新区经济总量位列全国新区第四、第五",
            "summary": "合作三年，两区经济规模不相上下，已共同组建八大产业联盟。",
            "body": (
                "<p>自首次联席会议召开以来，两江新区与天府新区合作已满三年，两区发展你追我赶。2022"
                "年，两江新区地区生产总值达4550.6亿元，在全国国家级新区中位列第四；天府新区为"
                "4532.4亿元，位列第五。</p>"
                "<h2>从联席会议到产业联盟</h2>"
                "<p>2020年2月，两区以视频方式召开首次联席会议；同年4月签署战略合作协议；2021年又组"
                "建产业旗舰联盟。目前，两区已在汽车、电子信息、会展、金融等领域组建八大产业联盟。"
                "</p>"
                "<p>科技创新方面，两江协同创新区与成都科学城携手，共同推动西部科技创新中心建设。"
                "</p>"
                "<h2>下一步</h2>"
                "<p>今年，两地政协委员围绕产业合作联合提出建议，呼吁进一步深化产业链协同、加强政策"
                "衔接。</p>"
                "<p>有观察人士认为，两区之间良性竞争，促使双方不断提升营商服务水平；携手合作，则让"
                "成渝地区能够以统一市场的形象面向投资者。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "两江新区的高楼。两江新区与天府新区成为成渝地区双城经济圈的“双引擎”。",
        },
    },
    {
        "key": "river-rail-air-routes",
        "section": "news/specials",
        "date": "2019-11-12",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "train",
        "en": {
            "title": "By river, rail and air: how Liangjiang links inland China to the world",
            "summary": (
                "A look at the routes that let factories in the new area ship to Europe, "
                "Southeast Asia and the coast."
            ),
            "body": (
                "<p>For most of history, being deep inland was a handicap for trade. In "
                "Liangjiang New Area, a web of river, rail and air routes is changing that.</p>"
                "<h2>The river</h2>"
                "<p>Guoyuan Port on the Yangtze is the starting point for container ships heading "
                "downstream to Shanghai. Rail tracks run onto the docks, so containers can move "
                "between ships and trains without extra trucking.</p>"
                "<h2>The railway</h2>"
                "<p>The China-Europe freight train service links Chongqing with cities in Europe "
                "by land, carrying electronics and other manufactured goods west and bringing "
                "imports back on the return journey. To the south, rail and road routes of the "
                "New Western Land-Sea Corridor connect Chongqing with ports on the Beibu Gulf and "
                "onward to Southeast Asia.</p>"
                "<h2>The air</h2>"
                "<p>Next to Chongqing Jiangbei International Airport, the airport area of the "
                "Lianglu Cuntan bonded port area lets high-value goods such as electronics be "
                "processed and flown out under customs supervision.</p>"
                "<h2>Putting it together</h2>"
                "<p>The real advantage comes from combining these routes. A company can import "
                "parts by air, assemble them in the bonded zone and send finished products by "
                "train to Europe or by ship to the coast, choosing the balance of speed and cost "
                "that suits each order.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "A container train prepares to leave Chongqing for Europe.",
        },
        "zh_hans": {
            "title": "水陆空齐发力 两江新区联通世界",
            "summary": "从长江航运到中欧班列，再到空港保税，多条通道让内陆企业货通全球。",
            "body": (
                "<p>长期以来，地处内陆被视为对外贸易的短板。如今在两江新区，水运、铁路和航空交织成"
                "网，正在改变这一局面。</p>"
                "<h2>水运</h2>"
                "<p>长江边的果园港是货轮顺江而下、直达上海的起点。铁路直接铺进码头，集装箱在轮船与"
                "火车之间换装，无需再经汽车短驳。</p>"
                "<h2>铁路</h2>"
                "<p>中欧班列从重庆出发，经陆路通达欧洲多个城市，把电子产品等“重庆造”运往西方，回程"
                "再带回各类进口商品。向南，西部陆海新通道的铁路和公路线路将重庆与北部湾港口相连，"
                "并进一步通达东南亚。</p>"
                "<h2>航空</h2>"
                "<p>紧邻重庆江北国际机场的两路寸滩保税港区空港功能区，让电子产品等高附加值货物可以"
                "在海关监管下完成加工后直接空运出境。</p>"
                "<h2>多式联运</h2>"
                "<p>真正的优势在于多种通道的组合。企业可以空运进口零部件，在保税区内组装，再根据订"
                "单需要，选择中欧班列发往欧洲或经长江运往沿海，在时效与成本之间找到最佳平衡。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "满载集装箱的中欧班列整装待发。",
        },
    },
    {
        "key": "bioeconomy-pilot-zone",
        "section": "news/specials",
        "date": "2022-05-12",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "lab",
        "en": None,
        "zh_hans": {
            "title": "成渝地区双城经济圈将建设生物经济先导区",
            "summary": "两江新区生物医药产业基础扎实，有望在先导区建设中发挥重要作用。",
            "body": (
                "<p>根据国家出台的生物经济发展规划，成渝地区双城经济圈被明确为生物经济先导区建设区"
                "域之一，两地将在生物医药、生物制造等领域加强协作。</p>"
                "<p>生物经济涵盖医药、农业、能源、环保等诸多领域，被视为未来经济增长的重要方向。成"
                "渝两地拥有众多高校、医院和科研院所，具备发展生物经济的良好条件。</p>"
                "<p>在两江新区，生物医药是重点培育的产业之一。大地企业公园已集聚超过120家生物医药"
                "相关企业，水土片区的生命科学园也在加快建设。</p>"
                "<p>业内人士认为，先导区建设将推动成渝两地在新药研发、临床试验、医疗器械等方面加强"
                "合作，共享科研资源和市场。两江新区与天府新区此前已将生物医药列为产业协作的重点领"
                "域之一。</p>"
                "<p>下一步，两江新区将继续引进创新药企和研发平台，完善从研发到生产的全链条服务。"
                "</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "生物医药实验室仪器里的电路板。",
        },
    },
    {
        "key": "video-guoyuan-river-rail",
        "section": "news/video",
        "date": "2026-06-18",
        "kind": "video",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "river",
        "en": {
            "title": "Video: where the Yangtze meets the railway at Guoyuan",
            "summary": (
                "A short film follows one container from a river ship to a freight train at "
                "Liangjiang's main port."
            ),
            "body": (
                "<p>This short video follows a single container through Guoyuan Port, the Yangtze "
                "River harbor in Liangjiang New Area where ships, trains and trucks meet.</p>"
                "<p>The journey starts on the river, as a container ship ties up at one of the "
                "port's berths for 5,000-ton vessels. Within minutes a gantry crane lifts the box "
                "onto a waiting rail wagon, and the train is soon on its way inland.</p>"
                "<p>The film also visits the port's control room, where staff follow ships, "
                "trains and trucks on shared screens and plan each transfer in advance. They "
                "explain how careful planning keeps waiting times short.</p>"
                "<p>Guoyuan opened in 2013 and is the only port-type national logistics hub in "
                "western China. Its rail links reach toward Europe and Central Asia and connect "
                "with the New Western Land-Sea Corridor to the south.</p>"
                "<p>Watch to see how a port far from the sea has become a junction for "
                "international trade.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "A bridge over the Yangtze near Guoyuan Port, where containers move from ship to rail.",
        },
        "zh_hans": {
            "title": "视频｜果园港：长江与铁路在这里交汇",
            "summary": "短片跟随一个集装箱，记录它从货轮换装到货运列车的全过程。",
            "body": (
                "<p>本期视频跟随一个集装箱，走进两江新区的长江港口——果园港。在这里，轮船、火车和卡"
                "车实现无缝衔接。</p>"
                "<p>镜头从江面开始：一艘集装箱货轮停靠在港区5000吨级泊位，几分钟后，龙门吊把集装箱"
                "吊上等候在旁的铁路平车，列车随即驶向内陆。</p>"
                "<p>视频还走进港口调度中心。工作人员在大屏幕上同步掌握船舶、列车和车辆动态，提前安"
                "排每一次换装，尽量缩短货物等待时间。</p>"
                "<p>果园港2013年建成投用，是西部地区唯一的港口型国家物流枢纽，铁路线路通往欧洲和中"
                "亚，向南与西部陆海新通道相连。</p>"
                "<p>一起来看，一座远离海洋的港口，如何成为国际贸易的枢纽节点。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "果园港附近的长江大桥；在果园港，集装箱从货轮转上铁路。",
        },
        "video": {"scene": "port", "duration": "1:40"},
    },
    {
        "key": "video-smart-workshop-tour",
        "section": "news/video",
        "date": "2023-11-20",
        "kind": "video",
        "featured": False,
        "credit": "",
        "scene": "river",
        "en": {
            "title": "Video: inside one of Liangjiang's smart workshops",
            "summary": (
                "Robots, automated carts and real-time data screens: a look at how digital tools "
                "are changing factory work."
            ),
            "body": (
                "<p>Liangjiang New Area now has 22 smart workshops and 107 digitalized factories. "
                "This video takes viewers inside a car parts workshop to see what those labels "
                "mean in practice.</p>"
                "<p>On the production floor, robotic arms handle welding and assembly while "
                "automated guided carts carry materials between stations. Each machine sends its "
                "status to a central system, so problems can be spotted before they stop the "
                "line.</p>"
                "<p>Quality control has changed too. Cameras inspect parts at high speed and flag "
                "possible defects for a human inspector to check, reducing the number of faulty "
                "products that reach customers.</p>"
                "<p>Workers have not disappeared. Many have retrained as technicians who program "
                "robots, maintain equipment and analyze production data. Younger employees say "
                "the jobs are cleaner and more technical than traditional factory work.</p>"
                "<p>The video is part of a series on how manufacturing in Chongqing is changing "
                "as companies invest in automation and data.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "A bridge over the river in Liangjiang, home to automated production lines.",
        },
        "zh_hans": {
            "title": "视频｜走进两江新区智能化车间",
            "summary": "机器人、自动导引车和实时数据大屏，带你看数字技术如何改变工厂。",
            "body": (
                "<p>目前，两江新区已建成22个智能化车间和107个数字化工厂。本期视频走进一家汽车零部"
                "件企业的车间，看看“智能化”究竟体现在哪里。</p>"
                "<p>生产线上，机械臂完成焊接和装配，自动导引车在各工位之间来回运送物料。每台设备的"
                "运行状态都实时上传到中央系统，问题在导致停线之前就能被发现。</p>"
                "<p>质量检测也变了样。高速相机对零件逐一拍照检查，发现疑似缺陷后再交由质检员复核，"
                "大大减少了不合格品流出。</p>"
                "<p>工人并没有消失。不少人经过培训，成为编写机器人程序、维护设备、分析生产数据的技"
                "术员。年轻员工说，现在的工作环境更干净，技术含量也更高。</p>"
                "<p>本片是“重庆制造新变化”系列视频之一。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "两江新区的跨江大桥；这里有众多自动化生产线。",
        },
        "video": {"scene": "factory", "duration": "2:10"},
    },
    {
        "key": "video-renhe-mountain-trails",
        "section": "news/video",
        "date": "2021-04-12",
        "kind": "video",
        "featured": False,
        "credit": "",
        "scene": "river",
        "en": {
            "title": "Video: a weekend on the trails of Renhe's mountain sports park",
            "summary": (
                "Hikers, runners and families try out the outdoor sports park in Liangjiang's "
                "Renhe area."
            ),
            "body": (
                "<p>Chongqing is a city of hills, and the mountain sports park in the Renhe area "
                "of Liangjiang New Area is making the most of them.</p>"
                "<p>In this video we spend a spring weekend at the park, where trails climb "
                "through woods to viewpoints over the surrounding neighborhoods. Runners use the "
                "steeper routes for training, while families take gentler paths and stop at rest "
                "areas along the way.</p>"
                "<p>The park is designed for outdoor exercise on hilly ground, giving residents a "
                "place to be active close to home without driving out of the city. It has also "
                "become a meeting point for running and hiking groups.</p>"
                "<p>Visitors interviewed in the film said the park had quickly become part of "
                "their weekly routine. Many come early in the morning, before the day warms up, "
                "and bring friends and children along.</p>"
                "<p>The park is part of Liangjiang's wider effort to add green and sports space "
                "for its growing population.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "The river and hills near the mountain sports park in Renhe.",
        },
        "zh_hans": {
            "title": "视频｜周末去人和山地运动公园走一走",
            "summary": "徒步、跑步、亲子游，两江新区人和片区的山地运动公园人气渐旺。",
            "body": (
                "<p>重庆是一座山城，位于两江新区人和片区的山地运动公园，正把这一特点变成市民锻炼身"
                "体的好去处。</p>"
                "<p>本期视频带你度过公园里的春日周末：步道穿过树林，一路通向可以俯瞰周边城区的观景"
                "点。跑步爱好者选择坡度较大的线路训练，带孩子的家庭则沿着平缓的步道慢慢走，累了就"
                "在沿途的休息点歇歇脚。</p>"
                "<p>公园专为山地户外运动设计，让市民不必驱车出城，在家门口就能享受运动的乐趣。这里"
                "也成了不少跑团和徒步群的周末集合点。</p>"
                "<p>受访市民说，来公园锻炼已经成了每周的固定安排。很多人趁清晨天气凉爽时前来，还会"
                "叫上朋友和孩子一起。</p>"
                "<p>这座公园是两江新区为不断增长的人口增加绿色空间和运动场地的举措之一。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "人和山地运动公园附近的江面与群山。",
        },
        "video": {"scene": "mountain", "duration": "1:25"},
    },
    {
        "key": "boe-amoled-workshop-roof",
        "section": "news/success-stories",
        "date": "2020-07-09",
        "kind": "text",
        "featured": True,
        "credit": "liangjiang.gov.cn",
        "scene": "factory",
        "en": {
            "title": "Roof goes on BOE's giant flexible display workshop",
            "summary": (
                "The main workshop of BOE's sixth-generation flexible AMOLED production line in "
                "Liangjiang's Shuitu area has been topped out."
            ),
            "body": (
                "<p>Construction of BOE Technology's sixth-generation flexible AMOLED production "
                "line in Liangjiang New Area has reached a milestone, with the roof of its main "
                "workshop now capped.</p>"
                "<p>The project, in the Shuitu Development Zone, is one of the largest industrial "
                "investments in the area, at 46.5 billion yuan. The main plant is a vast building "
                "that will house clean rooms and precision equipment for making flexible organic "
                "light-emitting screens.</p>"
                "<p>Flexible AMOLED panels are thinner and lighter than conventional LCDs and can "
                "be bent or folded, which makes them popular for high-end smartphones, smart "
                "watches and foldable devices.</p>"
                "<p>The next stage of the project will focus on installing equipment and "
                "preparing for trial production.</p>"
                "<p>BOE already makes display panels in Chongqing, and the new line is expected "
                "to attract suppliers of materials, chemicals and components to Liangjiang, "
                "strengthening the area's electronics industry. It also adds to a cluster in "
                "Shuitu that includes the glass maker Corning and a producer of power "
                "semiconductors.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "The main workshop of BOE's flexible AMOLED project in Shuitu.",
        },
        "zh_hans": {
            "title": "京东方第6代柔性AMOLED生产线主厂房封顶",
            "summary": "位于两江新区水土片区的京东方柔性显示项目建设取得重要进展。",
            "body": (
                "<p>近日，京东方第6代柔性AMOLED生产线项目主厂房在两江新区顺利封顶，项目建设迈出关"
                "键一步。</p>"
                "<p>该项目位于水土片区，总投资465亿元，是两江新区规模最大的产业项目之一。主厂房体"
                "量巨大，建成后将安装洁净室和各类精密设备，用于生产柔性有机发光显示屏。</p>"
                "<p>与传统液晶屏相比，柔性AMOLED显示屏更轻更薄，可弯曲、可折叠，广泛应用于高端智能"
                "手机、智能手表和折叠屏设备。</p>"
                "<p>下一步，项目将转入设备安装阶段，为试生产做准备。</p>"
                "<p>京东方此前已在重庆布局显示面板生产线。新项目投产后，预计将带动材料、化学品和零"
                "部件等配套企业落户两江新区，进一步壮大新区电子信息产业。目前，水土片区已集聚康"
                "宁、功率半导体等企业，显示产业集群初具规模。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "位于水土片区的京东方柔性AMOLED项目主厂房。",
        },
    },
    {
        "key": "lincoln-corsair-production",
        "section": "news/success-stories",
        "date": "2020-04-01",
        "kind": "text",
        "featured": True,
        "credit": "",
        "scene": "car",
        "en": {
            "title": "Lincoln Corsair rolls off the line in Liangjiang",
            "summary": (
                "Changan Ford's plant in Liangjiang has begun making the Lincoln Corsair, the "
                "first Lincoln model built outside North America."
            ),
            "body": (
                "<p>The first Lincoln vehicles made outside North America are now coming off "
                "production lines in Liangjiang New Area, where Changan Ford has started building "
                "the Lincoln Corsair compact SUV.</p>"
                "<p>The move brings the American luxury brand's manufacturing to China for the "
                "first time. Producing the Corsair locally is expected to shorten delivery times "
                "for Chinese buyers and let the company respond faster to local tastes.</p>"
                "<p>Changan Ford, a joint venture between Chongqing-based Changan Automobile and "
                "Ford, has long been one of the pillars of Liangjiang's auto industry. Its third "
                "plant, in the North New Area, started production in November 2014, adding "
                "capacity for 360,000 vehicles a year.</p>"
                "<p>Autos are a pillar industry for Liangjiang, which is home to Changan, "
                "SAIC-GM-Wuling, SAIC Hongyan and many parts suppliers, among them international "
                "names such as ThyssenKrupp, Yazaki and Nemak.</p>"
                "<p>Industry observers see the choice of Chongqing for a premium model as a vote "
                "of confidence in the skills of the local workforce and supplier base.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Lincoln Corsair cars from Changan Ford's plant in Liangjiang.",
        },
        "zh_hans": {
            "title": "林肯冒险家在两江新区下线",
            "summary": (
                "长安福特两江工厂开始生产林肯冒险家，这是林肯品牌首款在北美以外生产的车型。"
            ),
            "body": (
                "<p>长安福特在两江新区的工厂开始生产林肯冒险家紧凑型SUV。这是林肯品牌首次在北美以"
                "外的地区生产汽车。</p>"
                "<p>这也意味着这一美国豪华汽车品牌首次实现在华生产。业内人士认为，国产化将缩短中国"
                "消费者的提车周期，也让企业能够更快地响应本地市场需求。</p>"
                "<p>长安福特由重庆本土的长安汽车与福特汽车合资组建，多年来一直是两江新区汽车产业的"
                "支柱企业之一。2014年11月，长安福特位于北部新区的第三工厂投产，新增年产能36万辆。"
                "</p>"
                "<p>汽车是两江新区的支柱产业，长安、上汽通用五菱、上汽红岩等整车企业，以及蒂森克虏"
                "伯、矢崎等众多零部件企业在此集聚。</p>"
                "<p>业内人士表示，豪华品牌车型选择在重庆生产，体现了对当地产业工人和配套体系的信"
                "心。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "长安福特两江工厂生产的林肯冒险家汽车。",
        },
    },
    {
        "key": "corning-cover-glass",
        "section": "news/success-stories",
        "date": "2023-12-20",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "lab",
        "en": {
            "title": "Corning starts mass production of cover glass in Liangjiang",
            "summary": (
                "The US glass maker's plant in Shuitu began volume production of Gorilla cover "
                "glass on Dec 18, adding to its display glass business in Chongqing."
            ),
            "body": (
                "<p>Corning, the US materials science company, began mass production of its "
                "Gorilla cover glass at its plant in Liangjiang New Area on Dec 18, extending a "
                "presence in Chongqing that started with display glass.</p>"
                "<p>Cover glass is the tough, scratch-resistant outer layer that protects the "
                "screens of smartphones, tablets and other devices. Making it in Liangjiang puts "
                "Corning close to the display makers and electronics assemblers that use it.</p>"
                "<p>The company first came to the Shuitu area to finish large glass substrates "
                "for LCD panels, with mass production starting in early 2017 and supplying panel "
                "makers in the region. Its total investment in Chongqing has reached about $1.5 "
                "billion.</p>"
                "<p>Corning's growth in Liangjiang shows how an industrial cluster can draw in "
                "further investment. Once a major supplier is established next to its customers, "
                "adding new products becomes easier and faster.</p>"
                "<p>The Shuitu area is now one of Liangjiang's main electronics bases, with "
                "companies producing display panels, glass and power semiconductors side by "
                "side.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "A circuit board: glass from Corning's plant in Liangjiang goes into displays and devices.",
        },
        "zh_hans": {
            "title": "康宁大猩猩盖板玻璃在两江新区量产",
            "summary": "12月18日，康宁水土工厂的盖板玻璃实现量产，在渝业务进一步拓展。",
            "body": (
                "<p>12月18日，美国材料科学企业康宁公司位于两江新区的工厂实现大猩猩盖板玻璃量产。康"
                "宁在重庆的业务由此从显示玻璃延伸到盖板玻璃。</p>"
                "<p>盖板玻璃是覆盖在手机、平板电脑等设备屏幕最外层的保护玻璃，要求坚固耐磨、不易刮"
                "花。在两江新区生产，让康宁离使用这一产品的显示面板和电子整机企业更近。</p>"
                "<p>康宁最早落户水土片区，从事大尺寸液晶显示玻璃基板的后段加工，2017年初实现量产，"
                "为区域内的面板企业供货。目前，康宁在重庆的总投资约15亿美元。</p>"
                "<p>康宁在两江新区不断扩大投资，体现了产业集群的吸引力：核心供应商在客户身边扎根"
                "后，导入新产品会更加便捷高效。</p>"
                "<p>如今，水土片区已成为两江新区重要的电子信息产业基地，显示面板、玻璃和功率半导体"
                "企业在这里比邻而居。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "电路板：康宁两江工厂生产的玻璃用于显示屏和电子设备。",
        },
    },
    {
        "key": "sinoswiss-technopark-first-year",
        "section": "news/success-stories",
        "date": "2019-12-16",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "skyline",
        "en": {
            "title": "SinoSwiss Technopark marks its first year in Liangjiang",
            "summary": (
                "Opened in December 2018, the park offers offices, laboratories and exhibition "
                "space for Swiss and Chinese companies."
            ),
            "body": (
                "<p>The SinoSwiss Technopark in Liangjiang New Area has completed its first year "
                "of operation. It opened on Dec 14, 2018, as a base for companies working between "
                "Switzerland and China.</p>"
                "<p>The park covers 276 mu, or about 184,000 square meters, and offers some "
                "550,000 square meters of floor space for offices, research and development, and "
                "exhibitions. Its first phase involved an investment of 1 billion yuan.</p>"
                "<p>The aim is to give small and medium-sized technology companies a soft landing "
                "in western China. Firms can rent ready-to-use space and share laboratories and "
                "meeting rooms rather than building their own facilities from scratch.</p>"
                "<p>Switzerland is known for precision engineering, medical technology and "
                "high-end manufacturing, fields that match Liangjiang's goals for industrial "
                "upgrading. Swiss companies, in turn, see Chongqing as a way into markets across "
                "inland China.</p>"
                "<p>The technopark is one of several international cooperation parks in "
                "Liangjiang, alongside parks focused on Germany and Italy, which help the new "
                "area build links with foreign industries and investors.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Buildings of the SinoSwiss Technopark in Liangjiang.",
        },
        "zh_hans": None,
    },
    {
        "key": "seres-smart-factory",
        "section": "news/success-stories",
        "date": "2023-08-05",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "car",
        "en": None,
        "zh_hans": {
            "title": "赛力斯智能工厂：新能源汽车“智造”样本",
            "summary": (
                "在两江新区，赛力斯智能工厂以高度自动化的方式生产新能源汽车，成为新区汽车产业转型"
                "的缩影。"
            ),
            "body": (
                "<p>走进位于两江新区的赛力斯智能工厂，机械臂有序挥动，物料车自动穿梭，一辆辆新能源"
                "汽车在生产线上逐步成形。</p>"
                "<p>这座工厂以智能化、数字化为特色，冲压、焊装、涂装、总装等环节大量采用自动化设"
                "备，生产数据实时汇集到管理系统，实现对质量和进度的全程把控。</p>"
                "<p>赛力斯是近年来快速成长的新能源汽车企业之一。工厂落户两江新区，既得益于新区成熟"
                "的汽车产业配套，也为新区汽车产业向电动化、智能化转型注入了新动力。</p>"
                "<p>两江新区是重庆汽车产业的重要承载地，长安、上汽通用五菱等整车企业和大批零部件企"
                "业在此集聚。近年来，理想汽车等新能源车企也相继在新区布局。</p>"
                "<p>业内人士表示，像赛力斯智能工厂这样的项目，正在推动重庆从“汽车大市”向“汽车强市”"
                "迈进。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "赛力斯智能工厂生产的汽车。",
        },
    },
    {
        "key": "hotpot-newcomers-guide",
        "section": "living/food",
        "date": "2019-11-08",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "food",
        "en": {
            "title": "A newcomer's guide to Chongqing hotpot",
            "summary": (
                "Spicy, numbing and sociable: how to order, cook and enjoy the city's signature "
                "dish."
            ),
            "body": (
                "<p>No dish says Chongqing like hotpot. For newcomers to Liangjiang New Area, a "
                "first hotpot dinner with colleagues is almost a rite of passage, and a few tips "
                "can make it more enjoyable.</p>"
                "<h2>Choose your broth</h2>"
                "<p>The classic Chongqing broth is a deep red mix of beef tallow, dried chilies "
                "and Sichuan peppercorns, which produce the famous tingling sensation known as "
                "<strong>mala</strong>. If you are not used to the heat, ask for a split pot with "
                "a mild broth on one side, or order a lower spice level.</p>"
                "<h2>What to order</h2>"
                "<ul>"
                "<li>Beef tripe and duck intestines, the traditional favorites, cooked for just a "
                "few seconds</li>"
                "<li>Thinly sliced beef and lamb</li>"
                "<li>Potato slices, lotus root, mushrooms and leafy greens</li>"
                "<li>Sweet potato noodles to finish</li>"
                "</ul>"
                "<h2>The dipping bowl</h2>"
                "<p>Most Chongqing diners use a simple dip of sesame oil with garlic, coriander "
                "and a little salt, which cools the chili and softens the spice.</p>"
                "<p>Hotpot restaurants can be found in every neighborhood, from small family-run "
                "places to large venues in shopping centers. Evenings and weekends are busy, so "
                "booking or arriving early is a good idea.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "A dish of Chongqing's famous spicy hotpot, red with chili.",
        },
        "zh_hans": {
            "title": "初来乍到，这样吃重庆火锅",
            "summary": "麻辣鲜香、热闹欢聚——写给新朋友的重庆火锅入门指南。",
            "body": (
                "<p>说起重庆，绕不开火锅。对于刚到两江新区工作生活的新朋友来说，和同事们吃上一顿火"
                "锅，几乎是融入这座城市的“必修课”。掌握几个小窍门，可以吃得更尽兴。</p>"
                "<h2>选锅底</h2>"
                "<p>地道的重庆火锅以牛油红汤为主，辣椒和花椒带来标志性的<strong>麻辣</strong>口"
                "感。不太能吃辣的朋友，可以点鸳鸯锅，一边红汤、一边清汤，也可以请店家做成微辣。"
                "</p>"
                "<h2>点菜</h2>"
                "<ul>"
                "<li>毛肚、鸭肠，经典必点，“七上八下”烫几秒即可</li>"
                "<li>肥牛、羊肉片</li>"
                "<li>土豆片、藕片、菌菇和各类青菜</li>"
                "<li>最后来一份红薯粉收尾</li>"
                "</ul>"
                "<h2>调油碟</h2>"
                "<p>重庆本地人吃火锅，最常见的是香油蒜泥碟，再加点香菜和盐，既能降温又能解辣。</p>"
                "<p>火锅店遍布大街小巷，从社区里的老火锅到商场里的连锁店应有尽有。晚饭时间和周末往"
                "往需要排队，建议提前预订或早点到店。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "一盘红油翻滚的重庆麻辣火锅菜。",
        },
    },
    {
        "key": "chongqing-xiaomian",
        "section": "living/food",
        "date": "2021-10-15",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "food",
        "en": {
            "title": "Xiaomian: the breakfast bowl that powers Chongqing",
            "summary": (
                "Chongqing's small noodles are cheap, quick and full of flavor. Here is what to "
                "know before you order."
            ),
            "body": (
                "<p>Early on any weekday morning in Liangjiang New Area, small noodle shops are "
                "already busy. Office workers, builders and students perch on low stools, bent "
                'over steaming bowls of xiaomian, the "small noodles" that are Chongqing\'s '
                "favorite breakfast.</p>"
                "<p>Despite the name, there is nothing small about the flavor. The noodles sit in "
                "a broth seasoned with chili oil, Sichuan pepper, garlic, ginger, soy sauce, "
                "crushed peanuts and pickled vegetables, usually with a few leafy greens on top. "
                "Each shop guards its own recipe for the chili oil.</p>"
                "<p>The basic bowl is meat-free, but many diners add a topping. Popular choices "
                "include minced pork with soft peas and slow-braised beef.</p>"
                "<h2>How to order</h2>"
                "<ul>"
                "<li>Say how spicy you want it: mild, medium or extra hot</li>"
                '<li>Choose "dry", with just a little sauce, or a bowl with plenty of broth</li>'
                "<li>Ask for firmer or softer noodles if you have a preference</li>"
                "</ul>"
                "<p>A bowl costs little and arrives in minutes, which makes xiaomian ideal for "
                "busy mornings. Regulars often have a favorite shop near home and another near "
                "work, and will happily argue about which one is best.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "A dish of Chongqing xiaomian topped with greens and peanuts.",
        },
        "zh_hans": {
            "title": "一碗小面，开启山城的一天",
            "summary": "便宜、快捷、味道足——重庆小面点单指南。",
            "body": (
                "<p>工作日的清晨，两江新区街边的小面馆早已坐满了人。上班族、工人和学生坐在矮凳上，"
                "埋头吃着热气腾腾的小面——这是重庆人最爱的早餐。</p>"
                "<p>小面虽“小”，滋味却一点不少。油辣子、花椒面、蒜水、姜水、酱油、花生碎和芽菜，再"
                "配上几根青菜，一碗面的灵魂全在调料里，每家店的油辣子都有自己的秘方。</p>"
                "<p>素小面是基础款，不少食客还会加一勺“臊子”，豌杂面和牛肉面都是热门选择。</p>"
                "<h2>怎么点</h2>"
                "<ul>"
                "<li>说清辣度：微辣、中辣还是特辣</li>"
                "<li>选“干溜”还是“宽汤”</li>"
                "<li>喜欢面条硬一点或软一点，可以提前告诉老板</li>"
                "</ul>"
                "<p>一碗小面价格实惠，几分钟就能端上桌，非常适合赶时间的早晨。老食客往往在家门口和"
                "单位附近各有一家“心头好”，还常常为哪家更好吃争论不休。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "一盘撒着花生碎和青菜的重庆小面。",
        },
    },
    {
        "key": "riverside-summer-night-food",
        "section": "living/food",
        "date": "2026-07-17",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "food",
        "en": {
            "title": "Summer nights, riverside bites",
            "summary": (
                "As the heat eases after dark, Liangjiang's riverside streets fill with diners "
                "enjoying skewers, grilled fish and cool desserts."
            ),
            "body": (
                "<p>Summer in Chongqing is famously hot, and many residents wait until after "
                "sunset to eat out. Along the rivers in Liangjiang New Area, evening is when the "
                "food scene comes alive.</p>"
                "<p>Skewers are a summer staple. Diners pick from racks of meat, tofu, vegetables "
                "and mushrooms, which are either grilled over charcoal or cooked in a spicy broth "
                "and served in a bowl, a style known locally as chuanchuan.</p>"
                "<p>Grilled fish is another favorite. A whole fish is roasted, then kept "
                "simmering at the table in a tray of chili, garlic or pickled-vegetable sauce, "
                "with potatoes, bean sprouts and lotus root underneath.</p>"
                "<p>To cool down, there is bingfen, a clear jelly served with brown sugar syrup, "
                "raisins, hawthorn and sesame. Iced drinks made from mung beans or sour plums are "
                "also popular.</p>"
                "<p>Around Jiangbeizui, riverside restaurants offer views of the lit-up skyline "
                "and the meeting of the Jialing and Yangtze rivers. In Yuelai and newer "
                "neighborhoods, food streets draw families out after their evening walks. "
                "Wherever you eat, expect plenty of chili, and bring an appetite.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "A plate of skewers, a summer evening favourite by the river.",
        },
        "zh_hans": {
            "title": "夏夜江畔寻味",
            "summary": "入夜暑气渐消，串串、烤鱼、冰粉……两江新区的江边美食正当时。",
            "body": (
                "<p>重庆的夏天出了名的热，不少市民习惯等太阳落山后再出门吃饭。在两江新区的江边，夜"
                "晚才是美食登场的时刻。</p>"
                "<p>串串是夏夜的“标配”。荤素食材串在竹签上，可以在炭火上烤，也可以在麻辣锅里涮熟后"
                "装碗，后者正是本地人常说的“串串香”。</p>"
                "<p>烤鱼同样人气很旺：整条鱼先烤后炖，连着铁盘一起端上桌，边煮边吃，麻辣、蒜香、酸"
                "菜等口味任选，底下还铺着土豆、豆芽和藕片。</p>"
                "<p>想要消暑，一碗冰粉少不了：晶莹剔透，浇上红糖水，撒上葡萄干、山楂和芝麻。绿豆"
                "沙、酸梅汤等冷饮也很受欢迎。</p>"
                "<p>在江北嘴一带，江边餐厅可以一边用餐，一边欣赏璀璨的城市夜景和两江交汇的景致；在"
                "悦来及新建社区，美食街吸引了饭后散步的家庭。无论在哪里吃，都要做好“吃辣”的准备。"
                "</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "一盘串串，夏夜江边的人气美食。",
        },
    },
    {
        "key": "hotels-jiangbeizui",
        "section": "living/hotels",
        "date": "2019-06-14",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "hotel",
        "en": {
            "title": "Staying in Jiangbeizui: business hotels by the rivers",
            "summary": (
                "The financial district offers international and domestic hotels within walking "
                "distance of offices, with views over two rivers."
            ),
            "body": (
                "<p>For business travelers visiting Liangjiang New Area, Jiangbeizui is often the "
                "most convenient base. The financial district at the meeting of the Yangtze and "
                "Jialing rivers has a cluster of hotels ranging from international brands to "
                "domestic chains, many within walking distance of banks and corporate offices.</p>"
                "<p>The upper floors of high-rise hotels offer some of the best views in "
                "Chongqing, looking across the water to the old city center at Chaotianmen. Rooms "
                "facing the rivers are usually in demand, so it is worth asking for one when "
                "booking.</p>"
                "<p>Most larger hotels have meeting rooms, business centers and restaurants "
                "serving Chinese and Western food. Front desk staff at larger hotels usually "
                "speak some English, and many hotels can help arrange airport transfers.</p>"
                "<h2>Practical tips</h2>"
                "<ul>"
                "<li>Chongqing Jiangbei International Airport is usually less than an hour away "
                "by car, depending on traffic</li>"
                "<li>Urban rail and taxis connect Jiangbeizui with other parts of the city</li>"
                "<li>Rates rise during major exhibitions and public holidays, so book early</li>"
                "</ul>"
                "<p>Travelers on longer stays may prefer the serviced apartments in the area, "
                "which offer kitchens and more space at weekly or monthly rates.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "Hotels and office towers line the riverfront at Jiangbeizui.",
        },
        "zh_hans": {
            "title": "入住江北嘴：两江交汇处的商务酒店",
            "summary": "金融城内国际品牌与国内连锁酒店林立，步行即达写字楼，江景一览无余。",
            "body": (
                "<p>对于到两江新区出差的商务人士来说，江北嘴往往是最方便的落脚点。这片位于长江与嘉"
                "陵江交汇处的金融核心区，聚集了从国际品牌到国内连锁的各类酒店，不少酒店步行即可到"
                "达银行和企业写字楼。</p>"
                "<p>高层酒店的客房视野开阔，隔江眺望朝天门和老城区，是欣赏重庆夜景的好位置。江景房"
                "通常比较抢手，预订时不妨提前说明。</p>"
                "<p>规模较大的酒店一般配有会议室、商务中心和中西餐厅，前台工作人员多能用英语沟通，"
                "不少酒店还可协助安排接送机。</p>"
                "<h2>实用贴士</h2>"
                "<ul>"
                "<li>从重庆江北国际机场驾车前往江北嘴，视路况一般在一小时以内</li>"
                "<li>轨道交通和出租车可连接江北嘴与主城各区</li>"
                "<li>大型展会和节假日期间房价上涨，建议提前预订</li>"
                "</ul>"
                "<p>需要长住的旅客，也可以选择周边的服务式公寓，空间更大、可以做饭，并可按周或按月"
                "计费。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "江北嘴江畔，酒店与写字楼林立。",
        },
    },
    {
        "key": "hotels-yuelai-expo",
        "section": "living/hotels",
        "date": "2022-08-26",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "hotel",
        "en": {
            "title": "Where to stay for the Smart China Expo in Yuelai",
            "summary": (
                "Hotels near the Yuelai exhibition city fill quickly during major shows. Here is "
                "how to plan your stay."
            ),
            "body": (
                "<p>Every year the Smart China Expo and other major trade shows bring large "
                "numbers of exhibitors and visitors to the Yuelai International Exhibition City "
                "in Liangjiang New Area. Rooms nearby can be hard to find during show weeks, so "
                "planning ahead pays off.</p>"
                "<p>Yuelai lies beside the Jialing River, and its convention and exhibition "
                "center covers about 1.3 square kilometers. Hotels ranging from full-service "
                "business hotels to mid-range chains stand within walking distance or a short "
                "ride of the halls.</p>"
                "<p>Hotels next to the venue are the most convenient but also the first to sell "
                "out, and prices rise during big events. Exhibitors often reserve months in "
                "advance.</p>"
                "<h2>Other options</h2>"
                "<ul>"
                "<li>Hotels along the urban rail lines, with an easy ride to the exhibition "
                "center</li>"
                "<li>Business hotels in Jiangbeizui or near the airport, a longer but manageable "
                "commute</li>"
                "<li>Serviced apartments for teams staying a week or more</li>"
                "</ul>"
                "<p>Between sessions, Yuelai's riverside and nearby parks offer a quiet break "
                "from the busy halls. Many visitors also take an evening to see the skyline at "
                "Jiangbeizui or to try a hotpot dinner in town.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "Towers near the exhibition center in Yuelai, with hotels for visitors.",
        },
        "zh_hans": {
            "title": "参加智博会，悦来住宿攻略",
            "summary": "大型展会期间，悦来会展城周边酒店往往一房难求，提前规划很重要。",
            "body": (
                "<p>每年，智博会等大型展会都会吸引大批参展商和观众来到两江新区悦来国际会展城。展会"
                "期间周边酒店常常一房难求，提前做好住宿规划十分必要。</p>"
                "<p>悦来会展城位于嘉陵江畔，会展中心占地约1.3平方公里。周边既有设施齐全的商务酒"
                "店，也有中档连锁酒店，步行或短途乘车即可抵达展馆。</p>"
                "<p>紧邻场馆的酒店最方便，也最先订满，展会期间房价普遍上涨。不少参展企业会提前数月"
                "预订。</p>"
                "<h2>其他选择</h2>"
                "<ul>"
                "<li>沿轨道交通线路的酒店，乘车即可方便前往会展中心</li>"
                "<li>江北嘴或机场附近的商务酒店，通勤时间稍长但也可以接受</li>"
                "<li>团队停留一周以上，可考虑服务式公寓</li>"
                "</ul>"
                "<p>展会间隙，不妨到悦来的滨江步道和附近公园走走，暂别展馆的喧嚣。不少客商还会抽出"
                "一个晚上，去江北嘴看夜景，或者吃一顿地道的重庆火锅。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "悦来会展中心附近的高楼，其中有多家酒店。",
        },
    },
    {
        "key": "serviced-apartments-long-stay",
        "section": "living/hotels",
        "date": "2025-03-11",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "hotel",
        "en": {
            "title": (
                "Long stays made easy: serviced apartments near Liangjiang's industrial parks"
            ),
            "summary": (
                "For engineers, project teams and families on extended assignments, serviced "
                "apartments offer more space and a home-like routine."
            ),
            "body": (
                "<p>Not every visitor to Liangjiang New Area comes for a few nights. Engineers "
                "installing production lines, managers setting up new plants and families "
                "relocating for work often stay for weeks or months, and many prefer serviced "
                "apartments to hotel rooms.</p>"
                "<p>Serviced apartments combine hotel-style services, such as a front desk, "
                "cleaning and security, with the space of a home. Units usually include a "
                "kitchen, a washing machine and a separate living area, which makes daily life "
                "easier on long assignments.</p>"
                "<p>Options can be found in Jiangbeizui and Yuelai as well as in newer districts "
                "closer to the industrial zones, where a shorter commute can make a big "
                "difference during busy phases of a project.</p>"
                "<h2>Things to check</h2>"
                "<ul>"
                "<li>Whether the property handles the accommodation registration that foreign "
                "guests need</li>"
                "<li>Monthly rates and what they include, such as utilities, internet and "
                "cleaning</li>"
                "<li>The distance to urban rail stations, supermarkets and clinics</li>"
                "</ul>"
                "<p>Companies with regular visitors often sign agreements with one property to "
                "secure rates and keep teams together. Individual travelers can book through the "
                "usual travel platforms or directly with the operator.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "Apartment towers suited to long stays.",
        },
        "zh_hans": {
            "title": "长住有方：产业园区周边的服务式公寓",
            "summary": (
                "对于长期驻场的工程师、项目团队和随迁家庭，服务式公寓空间更大、生活更便利。"
            ),
            "body": (
                "<p>来两江新区的客人，并不都是短住几晚。安装调试生产线的工程师、筹建新工厂的管理人"
                "员、因工作举家迁来的家庭，往往一住就是几周甚至几个月，不少人更愿意选择服务式公"
                "寓。</p>"
                "<p>服务式公寓兼具酒店式服务和家的空间：有前台、保洁和安保，房间一般配备厨房、洗衣"
                "机和独立客厅，长期居住更加方便。</p>"
                "<p>除了江北嘴、悦来等地，靠近产业园区的新城区也有不少服务式公寓可选。在项目最紧张"
                "的阶段，离工厂近一点，通勤时间就能省下不少。</p>"
                "<h2>入住前注意</h2>"
                "<ul>"
                "<li>确认公寓能否为境外人员办理住宿登记</li>"
                "<li>了解月租价格及包含内容，如水电、网络和保洁</li>"
                "<li>查看周边轨道交通站点、超市和诊所的距离</li>"
                "</ul>"
                "<p>经常有人员往来的企业，通常会与固定的公寓签订协议，锁定价格，也便于团队集中居"
                "住。个人则可通过常用旅行平台或直接联系运营方预订。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "适合长住的服务式公寓楼。",
        },
    },
    {
        "key": "spring-walks",
        "section": "living/travel",
        "date": "2021-03-18",
        "kind": "text",
        "featured": True,
        "credit": "liangjiang.gov.cn",
        "scene": "park",
        "en": {
            "title": "Five places for a spring walk in Liangjiang",
            "summary": (
                "From a garden expo park to a smart-city showcase, the new area offers plenty of "
                "green spots to enjoy the season."
            ),
            "body": (
                "<p>As temperatures rise and flowers open across Chongqing, Liangjiang New Area "
                "has no shortage of places for a spring stroll. Here are five worth a visit.</p>"
                "<h2>Chongqing Garden Expo Park</h2>"
                "<p>Built for a major garden exhibition, the park brings together garden styles "
                "from many parts of China, with pavilions, lakes and flowering hillsides linked "
                "by long walking routes.</p>"
                "<h2>Lijia Smart Park</h2>"
                "<p>At the foot of Baiyun Mountain beside the Jialing River, this park mixes "
                "woodland walks with interactive displays of smart-city technology.</p>"
                "<h2>Golden Gulf Park</h2>"
                "<p>A quieter green space that is popular with nearby residents for relaxed walks "
                "and family outings.</p>"
                "<h2>Liangjiang Collaborative Innovation Zone</h2>"
                "<p>Better known as a home for research institutes, the zone also has landscaped "
                "public spaces and greenways that make it pleasant to explore on foot.</p>"
                "<h2>Blue Town Arcadia</h2>"
                "<p>A garden-style community whose planted paths and flower beds are at their "
                "best in spring.</p>"
                "<p>Check opening hours before you set out, and use public transport where you "
                "can. Weekday visits are quieter than weekends.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Spring flowers in bloom in a park in Liangjiang New Area.",
        },
        "zh_hans": {
            "title": "春日漫步，两江新区这些地方值得一去",
            "summary": "从园博园到智慧公园，新区处处春色，适合踏青散步。",
            "body": (
                "<p>气温回升，山城花开。在两江新区，踏青散步的好去处不少，下面推荐几处。</p>"
                "<h2>重庆园博园</h2>"
                "<p>园区因园林博览会而建，汇集了全国多地不同风格的园林景观，亭台、湖泊与开满鲜花的"
                "山坡由长长的步道串联起来。</p>"
                "<h2>礼嘉智慧公园</h2>"
                "<p>公园坐落在白云山脚下、嘉陵江畔，既能在林间漫步，也能体验各类智慧城市科技互动项"
                "目。</p>"
                "<h2>社区公园</h2>"
                "<p>新区各片区还分布着不少社区公园，环境清幽，是周边居民散步和亲子出游的好地方。"
                "</p>"
                "<h2>两江协同创新区</h2>"
                "<p>这里以科研院所聚集而闻名，区内精心打造的公共空间和绿道，同样适合步行探索。</p>"
                "<h2>花园社区</h2>"
                "<p>一些以园林为设计主题的社区，花坛和林荫小道在春天最为迷人。</p>"
                "<p>出行前建议查询开放时间，尽量选择公共交通；工作日前往，人流相对较少。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "两江新区一处公园内春花烂漫。",
        },
    },
    {
        "key": "renli-pastoral-park",
        "section": "living/travel",
        "date": "2023-08-10",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "park",
        "en": {
            "title": "A taste of the countryside at Renli Park in Lijia",
            "summary": (
                "Fields, flowers and open skies make this pastoral park a favorite weekend escape "
                "for city families."
            ),
            "body": (
                "<p>Only a short drive from the towers of the city, Renli Park in the Lijia area "
                "of Liangjiang New Area offers something rare in Chongqing: wide, open "
                "countryside scenery.</p>"
                "<p>The park is laid out in a pastoral style, with fields, flower beds and "
                "winding paths spread across gentle slopes. Depending on the season, visitors may "
                "find blossoms, ripening crops or green meadows stretching toward the hills.</p>"
                "<p>Families come to let children run on the grass and see crops growing, while "
                "photographers arrive at sunrise and sunset for the soft light over the "
                "fields.</p>"
                "<p>The park reflects a wider approach in Liangjiang, where planners have tried "
                "to keep pieces of rural landscape within the growing city rather than build over "
                "them entirely.</p>"
                "<h2>Visitor tips</h2>"
                "<ul>"
                "<li>Come early on summer days, as shade is limited in the open fields</li>"
                "<li>Bring water, sunscreen and insect repellent</li>"
                "<li>Stay on the marked paths to protect the crops and flowers</li>"
                "</ul>"
            ),
            "byline": "",
            "source": "",
            "caption": "Open fields and big skies at Renli Park in Lijia.",
        },
        "zh_hans": {
            "title": "礼嘉有座田园公园 城市里也能看乡野风光",
            "summary": "田野、花海与开阔的天空，让这座田园风格的公园成为市民周末好去处。",
            "body": (
                "<p>距离城市高楼不远，两江新区礼嘉片区有一座田园风格的公园，呈现出山城难得一见的开"
                "阔乡野风光。</p>"
                "<p>公园依缓坡而建，田地、花圃与蜿蜒的小路相映成趣。随着季节变化，游客可以看到盛开"
                "的花海、成熟的庄稼，或是一直延伸到山脚的绿色草地。</p>"
                "<p>不少家长带着孩子来这里在草地上奔跑、认识农作物；摄影爱好者则喜欢在清晨和傍晚赶"
                "来，捕捉田野上柔和的光线。</p>"
                "<p>这座公园也体现了两江新区的规划思路：在城市快速扩张的同时，有意保留一部分乡村景"
                "观，而不是全部推倒重建。</p>"
                "<h2>游园提示</h2>"
                "<ul>"
                "<li>夏季田间遮阴较少，建议早些出发</li>"
                "<li>带好饮用水、防晒用品和驱蚊液</li>"
                "<li>请沿指定路线游览，爱护农作物和花卉</li>"
                "</ul>"
            ),
            "byline": "",
            "source": "",
            "caption": "礼嘉片区田园公园的开阔风光。",
        },
    },
    {
        "key": "confluence-riverside-walk",
        "section": "living/travel",
        "date": "2025-10-03",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "river",
        "en": {
            "title": "Walking the riverside where two rivers meet",
            "summary": (
                "A holiday stroll along the Jiangbeizui waterfront offers some of Chongqing's "
                "best views of the Yangtze and the Jialing."
            ),
            "body": (
                "<p>During the National Day holiday, the waterfront at Jiangbeizui is one of the "
                "most popular walks in Chongqing, and it is easy to see why. Here, at the tip of "
                "Liangjiang New Area's financial district, the greener waters of the Jialing "
                "River flow into the broader, browner Yangtze.</p>"
                "<p>A riverside path follows the shore beneath the skyscrapers, with lawns, steps "
                "down to the water and plenty of places to stop for photos. Across the water "
                "stands Chaotianmen, the historic gateway of the old city, and cruise boats pass "
                "in both directions.</p>"
                "<p>The walk is at its best late in the afternoon. As the sun goes down, the "
                "lights of the towers come on one by one and the bridges over both rivers light "
                "up, turning the view into one of the city's best-known night scenes.</p>"
                "<h2>Tips for walkers</h2>"
                "<ul>"
                "<li>Wear comfortable shoes; the route includes steps and slopes</li>"
                "<li>Weekday evenings are quieter than holidays and weekends</li>"
                "<li>Cafes and restaurants near the waterfront are good for a break</li>"
                "</ul>"
                "<p>Walkers who want to go further can continue along the Jialing River, where "
                "the path runs past parks and newer residential areas.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "The Jialing River meets the Yangtze beside Jiangbeizui.",
        },
        "zh_hans": {
            "title": "两江交汇处，沿江漫步",
            "summary": "国庆假期，沿江北嘴滨江步道走一走，饱览长江与嘉陵江交汇美景。",
            "body": (
                "<p>国庆假期，江北嘴滨江步道成了重庆最热门的散步路线之一。在两江新区金融核心区的最"
                "前端，碧绿的嘉陵江汇入宽阔的长江，形成“两江交汇”的独特景观。</p>"
                "<p>步道沿江岸在高楼脚下延伸，草坪、亲水台阶和观景点随处可见，是拍照留念的好地方。"
                "隔江相望便是老城的门户朝天门，游船在江面上往来穿梭。</p>"
                "<p>最佳的散步时间是傍晚。夕阳西下，高楼灯光次第亮起，两江上的大桥也披上灯饰，眼前"
                "便是重庆最具代表性的夜景之一。</p>"
                "<h2>散步小贴士</h2>"
                "<ul>"
                "<li>穿双舒适的鞋，沿途有台阶和坡道</li>"
                "<li>工作日傍晚人少，节假日和周末人流较多</li>"
                "<li>江边附近有咖啡馆和餐厅，可以歇歇脚</li>"
                "</ul>"
                "<p>意犹未尽的话，可以沿嘉陵江继续前行，步道一路经过多个公园和新建住宅区。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "嘉陵江与长江在江北嘴交汇。",
        },
    },
    {
        "key": "spring-festival-attractions",
        "section": "living/travel",
        "date": "2022-01-28",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "festival",
        "en": {
            "title": "Liangjiang attractions busy as Spring Festival approaches",
            "summary": (
                "The film and television city, parks and riverside areas drew growing crowds in "
                "the days before the holiday."
            ),
            "body": (
                "<p>With the Spring Festival holiday just days away, tourist attractions in "
                "Liangjiang New Area were already drawing growing numbers of visitors this week, "
                "as residents and early travelers went out to enjoy the festive mood.</p>"
                "<p>The Liangjiang International Film and Television City, with film sets modeled "
                "on historic streetscapes, was among the busiest spots. Visitors strolled along "
                "the re-created streets, posed for photos in period costume and watched street "
                "performances.</p>"
                "<p>Parks such as Lijia Smart Park and the Chongqing Garden Expo Park also saw "
                "more families, while the Jiangbeizui riverside attracted crowds in the evenings "
                "to see the lights.</p>"
                "<p>Many attractions put up lanterns and red decorations and held New Year "
                "markets selling snacks and gifts. Operators said they had added staff and "
                "cleaning teams and were asking visitors to book tickets in advance where "
                "required, to avoid crowding at entrances.</p>"
                "<p>Visitor numbers are expected to rise further during the holiday week, and "
                "people are advised to check opening hours and booking rules before setting "
                "out.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": (
                "Lanterns decorate a street at the Liangjiang International Film and Television "
                "City."
            ),
        },
        "zh_hans": None,
    },
    {
        "key": "renhe-mountain-sports-park",
        "section": "living/leisure",
        "date": "2021-04-06",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "mountain",
        "en": {
            "title": "Mountain sports park opens up the hills of Renhe",
            "summary": (
                "Trails and activity areas in Renhe give residents a place for outdoor exercise "
                "close to home."
            ),
            "body": (
                "<p>Residents of Liangjiang New Area have a new place to get active outdoors: a "
                "mountain sports park in the Renhe area, built on hilly ground that used to be "
                "hard to reach.</p>"
                "<p>The park makes use of Chongqing's natural terrain. Trails wind up through the "
                "trees to viewpoints, with routes of different lengths and gradients, so that "
                "both casual walkers and serious runners can find something to suit them.</p>"
                "<p>Alongside the trails, activity areas provide space for group exercise, "
                "children's play and outdoor sports. Rest areas along the routes give hikers a "
                "chance to pause and look out over the city.</p>"
                "<p>Outdoor sports have grown quickly in popularity in Chongqing in recent years, "
                "with more people taking up trail running, hiking and cycling. Parks like this "
                "one bring these activities within reach of city neighborhoods, without a long "
                "drive into the countryside.</p>"
                "<h2>Before you go</h2>"
                "<ul>"
                "<li>Wear proper shoes; some paths are steep and uneven</li>"
                "<li>Carry water, especially in warm weather</li>"
                "<li>Avoid the trails after heavy rain, when surfaces can be slippery</li>"
                "</ul>"
            ),
            "byline": "",
            "source": "",
            "caption": "A trail climbs through the woods at the mountain sports park in Renhe.",
        },
        "zh_hans": {
            "title": "人和山地运动公园受市民青睐",
            "summary": (
                "人和片区的山地运动公园设有登山步道和运动场地，市民在家门口就能进行户外锻炼。"
            ),
            "body": (
                "<p>两江新区市民又多了一处户外运动的好去处——位于人和片区的山地运动公园。公园依山而"
                "建，让过去难以到达的山地变成了市民健身的场所。</p>"
                "<p>公园充分利用重庆的山地地形，登山步道穿林而上，通往多个观景点。步道长短、坡度各"
                "不相同，无论是散步的市民还是专业跑者，都能找到适合自己的线路。</p>"
                "<p>步道沿线设有运动场地，可以开展集体锻炼、儿童游戏和户外运动；途中的休息点，让登"
                "山者停下脚步、远眺城市风景。</p>"
                "<p>近年来，户外运动在重庆越来越受欢迎，越野跑、徒步、骑行的人群不断壮大。这样的公"
                "园，让市民无需驱车远行，在城市社区附近就能享受户外运动。</p>"
                "<h2>出行提示</h2>"
                "<ul>"
                "<li>部分路段较陡，请穿合适的运动鞋</li>"
                "<li>天气炎热时注意携带饮用水</li>"
                "<li>大雨过后路面湿滑，尽量避免上山</li>"
                "</ul>"
            ),
            "byline": "",
            "source": "",
            "caption": "人和山地运动公园的登山步道穿林而上。",
        },
    },
    {
        "key": "lijia-smart-park-day-out",
        "section": "living/leisure",
        "date": "2022-10-02",
        "kind": "text",
        "featured": False,
        "credit": "WeChat account of Chongqing Liangjiang New Area",
        "scene": "park",
        "en": {
            "title": "A day out at Lijia Smart Park",
            "summary": (
                "Nature trails and smart-city technology come together in one of Liangjiang's "
                "most visited parks."
            ),
            "body": (
                "<p>Lijia Smart Park has become one of the most popular leisure destinations in "
                "Liangjiang New Area, combining hillside scenery with hands-on experiences of new "
                "technology.</p>"
                "<p>The park sits at the foot of Baiyun Mountain beside the Jialing River and is "
                "divided into four ecological zones. Paths lead through woodland and gardens, and "
                "viewpoints look out over the river.</p>"
                "<p>As a showcase for smart-city development, it offers interactive installations "
                "that show how digital technology is used in transport, homes and public "
                "services.</p>"
                "<p>For families, it makes an easy day out. Children enjoy the interactive "
                "displays and open lawns, while adults can walk the quieter trails higher up the "
                "slope. Autumn, with its mild temperatures and clear days, is one of the best "
                "seasons to visit.</p>"
                "<h2>Getting there</h2>"
                "<ul>"
                "<li>Public transport and taxis are the easiest ways to reach the park</li>"
                "<li>Weekends and holidays are busy, so arrive early</li>"
                "<li>Some activities may require advance booking</li>"
                "</ul>"
            ),
            "byline": "",
            "source": "",
            "caption": "A path through the trees of Lijia Smart Park on an autumn day.",
        },
        "zh_hans": {
            "title": "礼嘉智慧公园一日游",
            "summary": "自然步道与智慧城市科技相结合，礼嘉智慧公园成为两江新区人气休闲目的地。",
            "body": (
                "<p>礼嘉智慧公园已成为两江新区最受欢迎的休闲目的地之一，在这里既能欣赏山林风光，也"
                "能亲身体验新科技。</p>"
                "<p>公园位于白云山脚下、嘉陵江畔，分为四个生态片区。步道穿过树林和花园，多个观景点"
                "可俯瞰江景。</p>"
                "<p>作为展示智慧城市建设的窗口，公园设置了多种互动体验项目，让游客直观了解数字技术"
                "在交通、家居和公共服务中的应用。</p>"
                "<p>对家庭游客来说，这里是轻松出游的好选择：孩子们可以在互动展项和草坪上尽情玩耍，"
                "大人们则可以沿着山坡上较为安静的步道散步。秋季气温适宜、天气晴朗，是游览的好时"
                "节。</p>"
                "<h2>出行提示</h2>"
                "<ul>"
                "<li>建议乘坐公共交通或出租车前往</li>"
                "<li>周末和节假日游客较多，宜早出发</li>"
                "<li>部分体验项目可能需要提前预约</li>"
                "</ul>"
            ),
            "byline": "",
            "source": "",
            "caption": "秋日礼嘉智慧公园林间的步道。",
        },
    },
    {
        "key": "greenway-weekend-cycling",
        "section": "living/leisure",
        "date": "2025-05-09",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "river",
        "en": {
            "title": "On two wheels: weekend cycling on Liangjiang's greenways",
            "summary": (
                "A growing network of greenways has made cycling one of the most popular weekend "
                "activities in the new area."
            ),
            "body": (
                "<p>On weekend mornings, groups of cyclists gather at trailheads across "
                "Liangjiang New Area, ready to set off along its greenways. With about 300 "
                "kilometers of greenway linking parks, riverbanks and neighborhoods, the new area "
                "has become one of the friendliest parts of hilly Chongqing for riding a bike.</p>"
                "<p>Routes range from flat riverside stretches along the Jialing, ideal for "
                "beginners and families, to climbs into the hills that test experienced riders. "
                "Many pass through parks and waterfront areas, so a single ride can take in "
                "several stops.</p>"
                "<p>Shared bikes and rental shops make it easy to join in without owning a "
                "bicycle, and cycling clubs organize group rides for different levels.</p>"
                "<p>The popularity of cycling reflects a wider change in how residents spend "
                "their free time, with more people choosing outdoor exercise close to home.</p>"
                "<h2>Riding tips</h2>"
                "<ul>"
                "<li>Wear a helmet and carry water</li>"
                "<li>Share the path politely with walkers and runners</li>"
                "<li>Check the weather: summer afternoons can be very hot, and rain makes slopes "
                "slippery</li>"
                "</ul>"
            ),
            "byline": "",
            "source": "",
            "caption": "The river and its bridge, with a riverside greenway for cyclists.",
        },
        "zh_hans": {
            "title": "骑行绿道，周末的新选择",
            "summary": "不断延伸的绿道网络，让骑行成为两江新区市民周末最热门的运动之一。",
            "body": (
                "<p>每到周末清晨，两江新区各处绿道起点都聚集着整装待发的骑行者。新区约300公里的绿"
                "道串联起公园、江岸和社区，让这座山城中的新区成了骑行爱好者的乐园。</p>"
                "<p>绿道线路丰富多样：嘉陵江沿岸的平缓路段适合新手和家庭，通往山间的爬坡路段则是资"
                "深骑友的挑战。不少线路经过公园和滨江地带，一次骑行可以串起好几个景点。</p>"
                "<p>共享单车和租车点让没有自行车的市民也能轻松加入，各类骑行俱乐部还会按不同水平组"
                "织集体骑行。</p>"
                "<p>骑行的流行，折射出市民休闲方式的变化：越来越多的人选择在家门口开展户外运动。"
                "</p>"
                "<h2>骑行提示</h2>"
                "<ul>"
                "<li>佩戴头盔，带足饮用水</li>"
                "<li>与步行、跑步的市民文明共享道路</li>"
                "<li>出发前关注天气：夏日午后酷热，雨后坡道湿滑</li>"
                "</ul>"
            ),
            "byline": "",
            "source": "",
            "caption": "江面与大桥，江边有供骑行的滨江绿道。",
        },
    },
    {
        "key": "getting-around-liangjiang",
        "section": "living/info",
        "date": "2019-04-18",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "airport",
        "en": {
            "title": "Getting around Liangjiang: airport, rail and taxis",
            "summary": (
                "A practical guide for new arrivals on reaching the new area and moving around it."
            ),
            "body": (
                "<p>For newcomers, one of the advantages of living or working in Liangjiang New "
                "Area is easy access to transport. Here is a quick guide.</p>"
                "<h2>By air</h2>"
                "<p>Chongqing Jiangbei International Airport, in Yubei, is close to much of the "
                "new area and offers flights across China as well as international routes. Taxis "
                "and ride-hailing cars are available at the terminals, and urban rail lines "
                "connect the airport with the city.</p>"
                "<h2>By urban rail</h2>"
                "<p>Chongqing's urban rail network, which includes both subway and monorail "
                "lines, serves Jiangbeizui, Yuelai and many residential areas. Stations have "
                "signs in Chinese and English, and fares can be paid with a transit card or a "
                "mobile phone.</p>"
                "<h2>By taxi and ride-hailing</h2>"
                "<p>Taxis are plentiful and metered, and ride-hailing apps are widely used. It "
                "helps to keep your destination written in Chinese on your phone to show the "
                "driver.</p>"
                "<h2>By train</h2>"
                "<p>High-speed trains from Chongqing North Railway Station and other stations "
                "connect the city with Chengdu and other major cities. The fastest trains reach "
                "Chengdu in well under two hours.</p>"
                "<p>Most residents pay for transport with mobile payment apps, so it is worth "
                "setting one up soon after you arrive.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "A plane over Chongqing Jiangbei International Airport.",
        },
        "zh_hans": {
            "title": "两江新区出行指南：机场、轨道交通与出租车",
            "summary": "初到两江新区，如何抵达、如何出行，一文看懂。",
            "body": (
                "<p>对于初来乍到的朋友来说，交通便利是在两江新区工作生活的一大优势。下面是一份简明"
                "出行指南。</p>"
                "<h2>航空</h2>"
                "<p>重庆江北国际机场位于渝北区，距离新区大部分区域都不远，国内航线通达全国各地，另"
                "有多条国际航线。航站楼外有出租车和网约车，轨道交通线路也将机场与城区相连。</p>"
                "<h2>轨道交通</h2>"
                "<p>重庆轨道交通既有地铁也有单轨，线路覆盖江北嘴、悦来以及众多居住区。车站设有中英"
                "文标识，可使用交通卡或手机扫码乘车。</p>"
                "<h2>出租车和网约车</h2>"
                "<p>出租车数量多，按表计价；网约车使用也很普遍。建议把目的地的中文名称保存在手机"
                "里，方便向司机出示。</p>"
                "<h2>铁路</h2>"
                "<p>从重庆北站等车站乘坐高铁，可前往成都等大城市，最快不到两小时即可抵达成都。</p>"
                "<p>本地市民出行大多使用手机支付，建议刚到重庆就尽快开通。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "飞机飞过重庆江北国际机场上空。",
        },
    },
    {
        "key": "foreign-invested-company-setup",
        "section": "living/info",
        "date": "2021-11-26",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "skyline",
        "en": {
            "title": "Setting up a foreign-invested company in Liangjiang: the basics",
            "summary": (
                "An overview of the routes, documents and services for overseas investors "
                "registering a company in the new area."
            ),
            "body": (
                "<p>For overseas investors planning to do business in Liangjiang New Area, the "
                "first practical step is setting up a company. The process for foreign-invested "
                "enterprises, including those funded from Hong Kong, Macao and Taiwan, has become "
                "simpler in recent years.</p>"
                "<p>The area's procedures guide describes two routes. Most new companies only "
                "need to complete a record filing, which can be done online. Projects that "
                "require approval still go through a process in which paper documents are "
                "submitted.</p>"
                "<h2>What you will usually need</h2>"
                "<ul>"
                "<li>Application forms signed by the investor</li>"
                "<li>Proof of the investor's identity or company registration, notarized where "
                "required</li>"
                "<li>The company's articles of association</li>"
                "<li>Proof of a registered address in Liangjiang</li>"
                "<li>Details of the legal representative and directors</li>"
                "</ul>"
                "<p>Liangjiang's government service center gives guidance in person, and "
                "investment promotion staff can help major projects through each stage, from name "
                "registration to bank accounts and tax registration.</p>"
                "<p>Because rules are updated from time to time, investors should check the "
                "latest requirements with the service center before submitting documents.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Office towers in Liangjiang, home to many foreign-invested companies.",
        },
        "zh_hans": {
            "title": "外商投资企业落户两江新区办事指南",
            "summary": "设立外商投资企业的基本流程、所需材料和注意事项。",
            "body": (
                "<p>对于计划在两江新区投资兴业的境外投资者来说，设立公司是第一步。近年来，外商投资"
                "企业（包括港澳台投资企业）的设立手续已大幅简化。</p>"
                "<p>根据新区的办事指南，外商投资企业设立分为两类情形：属于备案范围的，可通过网上办"
                "理；需要审批的，仍需提交纸质材料。</p>"
                "<h2>一般需要准备的材料</h2>"
                "<ul>"
                "<li>投资者签署的申请表格</li>"
                "<li>投资者身份证明或主体资格证明，按要求办理公证认证</li>"
                "<li>公司章程</li>"
                "<li>在两江新区的住所（经营场所）证明</li>"
                "<li>法定代表人及董事等人员信息</li>"
                "</ul>"
                "<p>两江新区政务服务中心提供现场咨询，招商部门还可为重大项目提供全程帮办服务，从名"
                "称登记到银行开户、税务登记一路跟进。</p>"
                "<p>相关政策会不定期调整，建议投资者在提交材料前，先向政务服务中心确认最新要求。"
                "</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "两江新区的写字楼，众多外资企业在此办公。",
        },
    },
    {
        "key": "new-administrative-setup-faq",
        "section": "living/info",
        "date": "2026-02-10",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "skyline",
        "en": {
            "title": "Liangjiang's new administrative setup: what residents should know",
            "summary": (
                "Answers to common questions from residents after Jiangbei and Yubei districts "
                "became part of Liangjiang New Area."
            ),
            "body": (
                "<p>Since Liangjiang New Area began operating as an administrative entity on Jan "
                "25, following the merger of Jiangbei and Yubei districts into the new area, many "
                "residents have asked what the change means for daily life. Here are some general "
                "pointers.</p>"
                "<h2>Where do I go for services?</h2>"
                "<p>For everyday matters such as household registration, social insurance, "
                "medical insurance and community services, keep using your local community "
                "service center and government service hall unless an official notice says "
                "otherwise.</p>"
                "<h2>Will my documents change?</h2>"
                "<p>Changes to administrative names on documents are normally handled in stages. "
                "There is no need to rush to replace identity cards or other papers; follow the "
                "announcements of the departments concerned.</p>"
                "<h2>Where can I find reliable information?</h2>"
                "<ul>"
                "<li>The official website and social media accounts of Liangjiang New Area</li>"
                "<li>Community notice boards and neighborhood committees</li>"
                "<li>The 12345 government service hotline, for questions and suggestions</li>"
                "</ul>"
                "<p>The enlarged new area covers about 1,360 square kilometers and some 3.52 "
                "million people. The adjustment is intended to streamline planning and "
                "administration, and further details will be published as the new arrangements "
                "settle in.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "Residential and office buildings in the enlarged Liangjiang New Area.",
        },
        "zh_hans": {
            "title": "两江新区管理体制调整，居民关心的几个问题",
            "summary": "江北区、渝北区并入两江新区后，日常办事有哪些变化？这里有一些基本提示。",
            "body": (
                "<p>1月25日起，两江新区正式作为行政主体运行，江北区、渝北区已并入新区。不少居民关"
                "心：这对日常生活有什么影响？以下是一些基本提示。</p>"
                "<h2>办事去哪里？</h2>"
                "<p>户籍、社保、医保和社区服务等日常事项，在没有接到正式通知之前，仍可按原渠道到所"
                "在社区服务中心和政务服务大厅办理。</p>"
                "<h2>证件需要更换吗？</h2>"
                "<p>证件上行政区划名称的调整，通常会分步骤推进。居民无需急于更换身份证等证件，请以"
                "相关部门发布的公告为准。</p>"
                "<h2>如何获取权威信息？</h2>"
                "<ul>"
                "<li>两江新区官方网站和政务新媒体账号</li>"
                "<li>社区公告栏和居委会</li>"
                "<li>12345政务服务便民热线</li>"
                "</ul>"
                "<p>调整后的两江新区面积约1360平方公里，常住人口约352万。此次调整旨在理顺规划和管"
                "理体制，更多具体安排将陆续公布。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "调整后的两江新区城市高楼。",
        },
    },
    {
        "key": "international-schools-guide",
        "section": "living/education",
        "date": "2019-08-20",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "school",
        "en": {
            "title": "Choosing an international school in and around Liangjiang",
            "summary": (
                "Expat families moving to the new area can choose from international and "
                "bilingual schools in northern Chongqing. Here is how to start."
            ),
            "body": (
                "<p>As more foreign companies and professionals come to Liangjiang New Area, "
                "schooling is often near the top of a family's list of questions. Northern "
                "Chongqing, including parts of the new area, has several international and "
                "bilingual schools serving expatriate and local families.</p>"
                "<p>International schools for foreign passport holders generally teach in English "
                "and follow overseas curricula, such as British, American or International "
                "Baccalaureate programs. Bilingual schools teach in both Chinese and English and "
                "often combine the national curriculum with international elements.</p>"
                "<h2>Questions to ask</h2>"
                "<ul>"
                "<li>Which curriculum and qualifications does the school offer, and are they "
                "recognized in your home country?</li>"
                "<li>How large are classes, and where do the teachers come from?</li>"
                "<li>Is there support for students who are still learning English or Chinese?</li>"
                "<li>How long is the commute from home or work, and is there a school bus?</li>"
                "</ul>"
                "<p>Admission usually involves an application form, previous school records, an "
                "assessment and sometimes an interview. Places in popular year groups can fill "
                "early, so contact schools several months before the school year begins in late "
                "August or early September.</p>"
                "<p>Many schools hold open days, and a visit in person is the best way to get a "
                "feel for a school community.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "Trees and a path on the grounds of an international school in Chongqing.",
        },
        "zh_hans": {
            "title": "在两江新区及周边如何选择国际学校",
            "summary": "随迁外籍家庭可在重庆北部选择国际学校和双语学校，这里有一些入门建议。",
            "body": (
                "<p>随着越来越多的外资企业和外籍人才来到两江新区，子女上学往往是家庭最关心的事情之"
                "一。重庆北部包括两江新区部分区域，分布着多所面向外籍和本地家庭的国际学校和双语学"
                "校。</p>"
                "<p>面向外籍学生的国际学校一般采用英语教学，开设英国、美国课程或国际文凭（IB）课程"
                "等；双语学校则中英文并重，通常在国家课程基础上融入国际元素。</p>"
                "<h2>择校时可以问问</h2>"
                "<ul>"
                "<li>学校开设哪些课程、颁发哪些学历证书，在本国是否获得认可？</li>"
                "<li>班级规模多大，教师来自哪里？</li>"
                "<li>对中文或英语尚在学习阶段的学生，有没有语言支持？</li>"
                "<li>从家或单位到学校通勤多久，是否有校车？</li>"
                "</ul>"
                "<p>入学一般需要提交申请表和以往成绩记录，参加入学评估，有时还需面试。热门年级学位"
                "紧张，建议在新学年（每年8月底或9月初开学）之前数月就与学校联系。</p>"
                "<p>不少学校定期举办开放日，实地走访是了解学校氛围的最佳方式。</p>"
            ),
            "byline": "",
            "source": "",
            "caption": "重庆一所国际学校校园里的绿树和小路。",
        },
    },
    {
        "key": "new-term-new-schools",
        "section": "living/education",
        "date": "2026-09-01",
        "kind": "text",
        "featured": False,
        "credit": "liangjiang.gov.cn",
        "scene": "school",
        "en": {
            "title": "New term brings new classrooms to growing neighborhoods",
            "summary": (
                "Schools in newly built communities of Liangjiang welcomed students as the autumn "
                "term began."
            ),
            "body": (
                "<p>The autumn term began on Sept 1 across Liangjiang New Area, with new and "
                "expanded schools opening their doors in some of the fastest-growing residential "
                "areas.</p>"
                "<p>Rapid population growth has made school places a priority. As new "
                "neighborhoods fill with young families, the area has been adding kindergartens, "
                "primary schools and middle schools alongside housing, so that children can study "
                "close to home.</p>"
                "<p>Newer campuses often include science labs, maker spaces and well-stocked "
                "libraries, and sports grounds and reading rooms stay open to students after "
                "class.</p>"
                "<p>At one school gate on the first morning, a father who had just dropped off "
                'his daughter said the shorter journey made a big difference. "We used to drive '
                'across half the district," he said. "Now she can walk."</p>'
                "<p>Alongside new buildings, the education authorities are pairing established "
                "schools with new ones and expanding teacher training, helping newer campuses "
                "raise their teaching quality more quickly.</p>"
            ),
            "byline": "",
            "source": "english.liangjiang.gov.cn",
            "caption": "The tree-lined path into a school on the first day of the autumn term.",
        },
        "zh_hans": {
            "title": "新学期 新校园 家门口上好学",
            "summary": "秋季开学，两江新区多个新建社区的学校迎来学生。",
            "body": (
                "<p>9月1日，两江新区各中小学迎来秋季开学，多所新建、改扩建学校在人口快速增长的片区"
                "投用。</p>"
                "<p>随着新社区不断迎来年轻家庭，学位供给成为民生工作的重点。新区坚持学校与住宅同步"
                "规划建设，配套幼儿园、小学和初中，让孩子在家门口就能上学。</p>"
                "<p>不少新校园配备科学实验室、创客空间和藏书丰富的图书馆，课后还向学生开放体育场地"
                "和阅览空间。</p>"
                "<p>开学第一天，在一所学校门口，刚送完女儿的一位家长说：“以前要开车穿过大半个城"
                "区，现在孩子走路就能到学校。”</p>"
                "<p>在新建校舍的同时，教育部门还通过集团化办学、名校带新校等方式加强教师培训，帮助"
                "新学校尽快提升办学质量。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "秋季开学第一天，通往校园的林荫小路。",
        },
    },
    {
        "key": "innovation-zone-graduate-training",
        "section": "living/education",
        "date": "2022-11-18",
        "kind": "text",
        "featured": False,
        "credit": "",
        "scene": "lab",
        "en": {
            "title": (
                "Research institutes bring graduate training to the Collaborative Innovation Zone"
            ),
            "summary": (
                "The zone in Liangjiang's Longsheng area is becoming a base for research "
                "institutes, graduate students and young scientists."
            ),
            "body": (
                "<p>The Liangjiang Collaborative Innovation Zone, in the Longsheng area of "
                "Liangjiang New Area, is developing into a center for research and advanced "
                "training, where institutes work with universities to bring graduate students and "
                "young scientists to Chongqing.</p>"
                "<p>The zone has a planned area of 30 square kilometers, with a core of 6.8 "
                "square kilometers. It is one of the new area's three main innovation platforms "
                "and has attracted research institutes linked to universities and academies from "
                "across China.</p>"
                "<p>Many of these institutes run joint training programs. Graduate students take "
                "courses at their home universities and then spend time in Liangjiang on applied "
                "research projects, often in fields close to local industry, such as intelligent "
                "manufacturing, new materials, electronics and biomedicine.</p>"
                "<p>For companies, the institutes are a source of technical support and future "
                "recruits. For students, the chance to work on real industrial problems and see "
                "their research put into practice is a strong draw.</p>"
                "<p>Housing, services and green spaces are being built alongside the laboratories "
                "so that researchers and their families can settle in. The zone also works with "
                "Chengdu Science City toward a science and technology innovation center for "
                "western China.</p>"
            ),
            "byline": "",
            "source": "",
            "caption": ("A circuit board from a laboratory in the Collaborative Innovation Zone."),
        },
        "zh_hans": {
            "title": "协同创新区：科研院所集聚 研究生培养落地",
            "summary": (
                "位于龙盛片区的两江协同创新区，正成为科研院所、研究生和青年科学家的聚集地。"
            ),
            "body": (
                "<p>位于两江新区龙盛片区的两江协同创新区，正在成长为科研创新和高层次人才培养的重要"
                "基地。入驻的科研院所与高校合作，把一批批研究生和青年科研人员带到重庆。</p>"
                "<p>协同创新区规划面积30平方公里，核心区6.8平方公里，是两江新区三大创新平台之一，"
                "已吸引多所国内高校和科研机构在此设立研究院。</p>"
                "<p>不少研究院开展联合培养：研究生在母校完成课程学习后，来到两江新区参与应用研究项"
                "目，研究方向多与智能制造、新材料、电子信息、生物医药等本地产业紧密相关。</p>"
                "<p>对企业而言，研究院既能提供技术支撑，也是未来人才的“蓄水池”；对学生来说，能够解"
                "决真实的产业难题、看到科研成果落地转化，是最大的吸引力。</p>"
                "<p>实验室之外，住房、生活配套和绿地同步建设，让科研人员能够安家落户。协同创新区还"
                "与成都科学城加强联动，共同推动西部科技创新中心建设。</p>"
            ),
            "byline": "",
            "source": "两江新区",
            "caption": "协同创新区实验室里的电路板。",
        },
    },
]
