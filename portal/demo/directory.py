"""Demo directory: industries, parks, enterprises, development zones, officials, departments.

Written in our own words from ../shared/content/liangjiang-facts.md (sections 3 and 4).
Numbers appear only where that file gives them; anything it marks UNSURE, low reliability
or INFERENCE is left out or phrased generally. Coordinates are approximate.
Enterprise "fortune500" marks a company that is, or belongs to, a Fortune Global 500 group;
for joint ventures "origin" is the foreign partner's country.
"""

# --------------------------------------------------------------------------------------------------
# Industries
# --------------------------------------------------------------------------------------------------

INDUSTRIES = [
    {
        "slug": "automobiles",
        "scene": "car",
        "position": 1,
        "en": {
            "name": "Automobiles",
            "summary": (
                "Liangjiang is Chongqing's main car-making base, where Chinese brands, "
                "international joint ventures and parts suppliers work side by side."
            ),
            "body": (
                "<p>Car making is one of the pillar industries of Liangjiang New Area. By the "
                "area's own count, about 60 percent of the vehicles made in Chongqing come from "
                "here.</p><p>Changan, Changan Ford and SAIC-GM-Wuling assemble vehicles in the "
                "area, mostly in the Yufu and Longxing industrial zones in the east. Around them "
                "has grown a cluster of suppliers of seats, instruments, engine parts and other "
                "components, including companies from Germany, Japan, the United States and "
                "Mexico.</p><p>Dedicated rail lines and Guoyuan Port on the Yangtze carry "
                "finished cars and parts to the rest of China and abroad.</p>"
            ),
        },
        "zh_hans": {
            "name": "汽车",
            "summary": (
                "两江新区是重庆最重要的汽车生产基地，自主品牌、合资车企和零部件配套企业在这里集聚。"
            ),
            "body": (
                "<p>汽车是两江新区的支柱产业之一。据新区统计，重庆约六成的汽车产自两江。</p>"
                "<p>长安汽车、长安福特、上汽通用五菱等整车企业在新区设有生产基地，"
                "主要分布在东部的鱼复、龙兴两大工业片区。围绕整车厂，座椅、仪表、"
                "发动机零部件等配套企业纷纷落户，其中包括来自德国、日本、美国和墨西哥的企业。</p>"
                "<p>铁路专用线和长江边的果园港，把整车和零部件运往全国各地乃至海外市场。</p>"
            ),
        },
    },
    {
        "slug": "new-energy-vehicles",
        "scene": "car",
        "position": 2,
        "en": {
            "name": "New-Energy Vehicles",
            "summary": (
                "Electric and other new-energy vehicles are the fastest-changing part of "
                "Liangjiang's car industry, from smart factories to battery materials."
            ),
            "body": (
                "<p>Liangjiang is turning its car-making strength towards electric and "
                "intelligent vehicles. Carmakers here are adding new-energy models, and battery "
                "and materials companies have followed them.</p><p>Seres runs a smart factory in "
                "the area, Li Auto and Ganfeng Lithium are part of the local supply chain, and "
                "Changan has invested about 10.2 billion yuan in a new-energy vehicle industrial "
                "park.</p><p>Through industrial alliances with Sichuan's Tianfu New Area, the "
                "area also works with partners in Chengdu to build a shared vehicle industry "
                "chain.</p>"
            ),
        },
        "zh_hans": {
            "name": "新能源汽车",
            "summary": (
                "新能源汽车是两江汽车产业中变化最快的板块，从智能工厂到电池材料，产业链日趋完整。"
            ),
            "body": (
                "<p>依托雄厚的汽车制造基础，两江新区正加快向电动化、智能化转型。"
                "整车企业不断推出新能源车型，电池和材料企业也随之而来。</p>"
                "<p>赛力斯在新区建有智能工厂，理想汽车、赣锋锂业等企业也进入了本地产业链；"
                "长安汽车则投资约102亿元建设新能源汽车产业园。</p>"
                "<p>借助与四川天府新区共建的产业联盟，两江还与成都方面携手，共同打造汽车产业链。"
                "</p>"
            ),
        },
    },
    {
        "slug": "electronics",
        "scene": "chip",
        "position": 3,
        "en": {
            "name": "Electronic Information",
            "summary": (
                "From laptops to display panels and power chips, electronics is Liangjiang's "
                "second great manufacturing cluster."
            ),
            "body": (
                "<p>Electronics came to Liangjiang in force when laptop makers set up in the "
                "Lianglu Cuntan bonded port area. Acer, Asus, Compal, Wistron and HP were among "
                "the first.</p><p>Since then the industry has moved into core components. In the "
                "Shuitu area BOE runs LCD and flexible AMOLED display lines, Corning finishes "
                "display and cover glass, and a joint venture of Alpha and Omega Semiconductor "
                "makes power chips on 12-inch wafers.</p><p>Chip packaging and integrated-circuit "
                "design companies have also signed projects in the area, filling in more links of "
                "the chain.</p>"
            ),
        },
        "zh_hans": {
            "name": "电子信息",
            "summary": "从笔记本电脑到显示面板、功率芯片，电子信息是两江新区的第二大制造业集群。",
            "body": (
                "<p>笔记本电脑企业入驻两路寸滩保税港区，带动电子信息产业在两江快速起步，宏碁、"
                "华硕、仁宝、纬创、惠普等是最早的一批。</p><p>此后，产业逐步向核心零部件延伸："
                "在水土片区，京东方建有液晶和柔性AMOLED显示生产线，"
                "康宁从事显示玻璃和盖板玻璃加工，万国半导体的合资企业则生产12英寸晶圆功率芯片。"
                "</p><p>芯片封装、集成电路设计等项目也相继签约落地，产业链条不断补齐。</p>"
            ),
        },
    },
    {
        "slug": "digital-economy",
        "scene": "data",
        "position": 4,
        "en": {
            "name": "Digital Economy",
            "summary": (
                "Cloud computing, software and industrial internet services help Liangjiang's "
                "factories go digital and attract new tech firms."
            ),
            "body": (
                "<p>Liangjiang has built data centres, software parks and online platforms "
                "alongside its factories. Tencent has invested about 3 billion yuan in a cloud "
                "data centre here, and software firms such as Chinasoft International have "
                "offices in the area.</p><p>A digital economy industrial park launched in 2018 "
                "had drawn 538 high-tech firms by 2021, and in 2023 Chongqing set up a digital "
                "economy innovation park with a fund of 10 billion yuan.</p><p>Digital tools are "
                "also changing local industry: the area counts 22 smart workshops and 107 "
                "digitalised factories.</p>"
            ),
        },
        "zh_hans": {
            "name": "数字经济",
            "summary": (
                "云计算、软件和工业互联网服务推动两江制造业数字化转型，也吸引了一批新兴科技企业。"
            ),
            "body": (
                "<p>在工厂之外，两江新区还布局了数据中心、软件园区和互联网平台。"
                "腾讯在这里投资约30亿元建设云计算数据中心，中软国际等软件企业也在新区设立了机构。"
                "</p><p>2018年启动的数字经济产业园到2021年已聚集538家高新技术企业；2023年，"
                "重庆又设立了数字经济创新园区，并配套100亿元产业基金。</p>"
                "<p>数字技术也在改造传统产业：新区目前已有22个智能车间和107家数字化工厂。</p>"
            ),
        },
    },
    {
        "slug": "high-end-equipment",
        "scene": "factory",
        "position": 5,
        "en": {
            "name": "High-End Equipment",
            "summary": (
                "Power equipment, rail vehicles, heavy trucks and industrial machinery make up "
                "Liangjiang's equipment-making base."
            ),
            "body": (
                "<p>High-end equipment is, with cars and electronics, one of Liangjiang's three "
                "pillar industries. The first plans for the area's industrial development zone "
                "already named power and wind equipment, nuclear components and shipbuilding as "
                "target industries.</p><p>Today rail vehicles and large machinery are made in the "
                "Yufu area, ABB runs a transformer plant, and SAIC Hongyan builds heavy "
                "trucks.</p><p>The area also encourages robotics, smart devices and energy-saving "
                "equipment as emerging industries.</p>"
            ),
        },
        "zh_hans": {
            "name": "高端装备",
            "summary": "电力装备、轨道交通车辆、重型卡车和工业机械，构成了两江新区的装备制造基地。",
            "body": (
                "<p>高端装备与汽车、电子信息并列为两江新区三大支柱产业。早在工业开发区规划之初，"
                "电力和风电装备、核电配套以及船舶制造就被列为重点发展方向。</p><p>如今，"
                "鱼复片区生产轨道交通车辆和大型装备，ABB在新区设有变压器工厂，"
                "上汽红岩则在这里制造重型卡车。</p><p>机器人、"
                "智能装备和节能环保设备也被列为新区重点培育的新兴产业。</p>"
            ),
        },
    },
    {
        "slug": "aviation",
        "scene": "plane",
        "position": 6,
        "en": {
            "name": "Aviation and Aerospace",
            "summary": (
                "General aviation aircraft, helicopters, aircraft services and commercial rockets "
                "give Liangjiang a foothold in the aerospace industry."
            ),
            "body": (
                "<p>Liangjiang has set out to build a general aviation industry. Its aviation "
                "industrial park hosts assembly lines for Swiss Pilatus PC-6 and PC-12 aircraft, "
                "and a local helicopter investment company bought the American helicopter maker "
                "Enstrom.</p><p>In the bonded port area, companies offer aircraft leasing and "
                "repair. The private rocket company OneSpace is also based in the area.</p>"
            ),
        },
        "zh_hans": {
            "name": "航空航天",
            "summary": (
                "通用飞机、直升机、航空服务和商业火箭，让两江新区在航空航天领域占有一席之地。"
            ),
            "body": (
                "<p>两江新区着力发展通用航空产业。新区的航空产业园引进了瑞士皮拉图斯PC-6、"
                "PC-12飞机生产线，本地的直升机产业投资公司还收购了美国直升机制造商恩斯特龙。</p>"
                "<p>保税港区内有企业开展飞机租赁和维修业务，民营火箭企业零壹空间也落户两江。</p>"
            ),
        },
    },
    {
        "slug": "biomedicine",
        "scene": "lab",
        "position": 7,
        "en": {
            "name": "Biomedicine",
            "summary": (
                "Drug makers, medical device firms and research start-ups are gathering in "
                "Liangjiang's life-science parks."
            ),
            "body": (
                "<p>Biomedicine is one of the six industries the administrative committee "
                "promotes most actively. The area aims to grow clusters in medicines, medical "
                "devices and biotechnology.</p><p>The Dadi Enterprise Park is home to more than "
                "120 pharmaceutical and health companies, and its expansion, the Dadi "
                "(International) Life Science Park, covers about 400 mu in the Shuitu area.</p>"
                "<p>International cooperation plays a part too: the Sino-Italy Industrial Park "
                "agreed in 2017 lists biomedicine among its fields, alongside cars, aerospace and "
                "logistics.</p>"
            ),
        },
        "zh_hans": {
            "name": "生物医药",
            "summary": "制药企业、医疗器械企业和创新型研发企业正不断向两江新区的生命科学园区集聚。",
            "body": (
                "<p>生物医药是两江新区管委会重点推动的六大产业之一，新区致力于培育药品、"
                "医疗器械和生物技术产业集群。</p><p>大地企业公园已聚集医药健康企业120余家，"
                "其扩展区大地（国际）生命科学园位于水土片区，占地约400亩。</p>"
                "<p>国际合作也在发挥作用：2017年签约的中意产业园，把生物医药与汽车、航空航天、"
                "物流一起列为合作领域。</p>"
            ),
        },
    },
    {
        "slug": "logistics",
        "scene": "port",
        "position": 8,
        "en": {
            "name": "Logistics and Trade",
            "summary": (
                "River, rail, road and air links meet in Liangjiang, making it a gateway for "
                "trade between inland China and the rest of the world."
            ),
            "body": (
                "<p>Guoyuan Port, the Lianglu Cuntan bonded zone and Chongqing's main airport "
                "give Liangjiang a rare mix of transport links. Goods can travel by the Yangtze "
                "to the coast, by the China-Europe Railway Express to Central Asia and Europe, or "
                "south to the sea through the New Western Land-Sea Corridor.</p><p>International "
                "warehouse developers such as Goodman and Prologis, e-commerce logistics networks "
                "such as Cainiao and trading houses such as Itochu have set up here.</p><p>Bonded "
                "warehouses and cross-border e-commerce services support import and export trade "
                "for companies across western China.</p>"
            ),
        },
        "zh_hans": {
            "name": "现代物流与贸易",
            "summary": "水运、铁路、公路和航空在两江交汇，使新区成为中国内陆连接世界的贸易门户。",
            "body": (
                "<p>果园港、两路寸滩综合保税区和重庆主要机场，让两江新区拥有难得的立体交通优势："
                "货物既可沿长江东出入海，也可搭乘中欧班列直达中亚和欧洲，"
                "还能经西部陆海新通道南下出海。</p><p>嘉民、普洛斯等国际仓储物流开发商，"
                "菜鸟等电商物流网络，以及伊藤忠商事等贸易公司均已在此布局。</p>"
                "<p>保税仓储和跨境电商服务，为西部地区企业开展进出口贸易提供了便利。</p>"
            ),
        },
    },
    {
        "slug": "finance",
        "scene": "finance",
        "position": 9,
        "en": {
            "name": "Finance and Headquarters",
            "summary": (
                "Banks, insurers, securities firms and regional headquarters cluster in the "
                "Jiangbeizui financial district."
            ),
            "body": (
                "<p>Jiangbeizui, where the Jialing River meets the Yangtze, is Liangjiang's "
                "financial centre. By the end of 2016 it hosted more than 730 companies, about "
                "140 of them financial institutions.</p><p>Policy banks, commercial banks, "
                "insurers and securities houses from China and abroad have branches or regional "
                "offices here, alongside corporate headquarters and professional services.</p>"
                "<p>Finance also serves the area's industry, with services for trade settlement, "
                "leasing and cross-border business.</p>"
            ),
        },
        "zh_hans": {
            "name": "金融与总部经济",
            "summary": "银行、保险、证券机构和区域总部集中在江北嘴金融核心区。",
            "body": (
                "<p>江北嘴地处嘉陵江与长江交汇处，是两江新区的金融中心。截至2016年底，"
                "这里已聚集企业730余家，其中金融机构约140家。</p><p>国内外政策性银行、商业银行、"
                "保险和证券机构纷纷在此设立分支机构或区域总部，企业总部和专业服务机构也相继入驻。"
                "</p><p>金融业同时服务于新区实体产业，提供贸易结算、融资租赁和跨境业务等服务。</p>"
            ),
        },
    },
    {
        "slug": "exhibitions",
        "scene": "expo",
        "position": 10,
        "en": {
            "name": "Conventions and Exhibitions",
            "summary": (
                "Yuelai's exhibition halls and conference centre host trade fairs, expos and "
                "concerts that bring visitors from across China and abroad."
            ),
            "body": (
                "<p>The Yuelai International Convention and Exhibition City in the north of "
                "Liangjiang is the largest exhibition venue in western China. Its expo centre and "
                "conference centre combine exhibition halls, meeting rooms, hotels and "
                "performance space.</p><p>Major events such as the Smart China Expo have been "
                "held here, and the surrounding area is developing design, culture and tourism "
                "businesses linked to the exhibition trade.</p>"
            ),
        },
        "zh_hans": {
            "name": "会展",
            "summary": "悦来的展馆和会议中心举办各类展会、博览会和演出活动，吸引着国内外观众。",
            "body": (
                "<p>位于两江新区北部的悦来国际会展城，是西部地区规模最大的会展平台。"
                "城内的博览中心和国际会议中心集展览、会议、住宿和演出等功能于一体。</p>"
                "<p>智博会等大型活动曾在这里举办，周边还在发展与会展相关的设计、文化和旅游产业。"
                "</p>"
            ),
        },
    },
]

# --------------------------------------------------------------------------------------------------
# Industrial parks, zones and ports
# --------------------------------------------------------------------------------------------------

PARKS = [
    {
        "slug": "guoyuan-port",
        "scene": "port",
        "position": 1,
        "area_km2": None,
        "established": 2013,
        "latitude": 29.62,
        "longitude": 106.71,
        "phone": "",
        "website": "",
        "industries": ["logistics"],
        "en": {
            "name": "Guoyuan Port",
            "summary": (
                "A rail-water-road hub on the Yangtze and the only port-type national logistics "
                "hub in western China."
            ),
            "body": (
                "<p>Guoyuan Port opened in 2013 on the Yangtze River in the east of Liangjiang. "
                "It has 16 berths for 5,000-tonne vessels and a designed capacity of about 30 "
                "million tonnes a year; in 2021 it handled 20.9 million tonnes.</p><p>Rail lines "
                "run straight onto the quays, so containers can switch between ship, train and "
                "truck. The port links the Yangtze with the China-Europe Railway Express and the "
                "New Western Land-Sea Corridor.</p><p>A comprehensive bonded zone and an "
                "international hub industrial park next to the port serve companies that need "
                "storage, processing and customs services.</p>"
            ),
            "district": "Jiangbei District",
            "address": "Guoyuan Port, Liangjiang New Area, Chongqing",
            "leading_industries": "Port logistics, multimodal transport, bonded trade",
        },
        "zh_hans": {
            "name": "果园港",
            "summary": "长江上游的铁公水联运枢纽，也是西部地区唯一的港口型国家物流枢纽。",
            "body": (
                "<p>果园港位于两江新区东部的长江岸边，于2013年投入使用，建有16个5000吨级泊位，"
                "设计年通过能力约3000万吨，2021年完成货物吞吐量2090万吨。</p>"
                "<p>铁路专用线直通码头，集装箱可以在船舶、火车和汽车之间快速转运。"
                "港口把长江黄金水道与中欧班列、西部陆海新通道连在了一起。</p>"
                "<p>港区旁的综合保税区和国际枢纽产业园，为企业提供仓储、加工和通关等服务。</p>"
            ),
            "district": "江北区",
            "address": "重庆市两江新区果园港",
            "leading_industries": "港口物流、多式联运、保税贸易",
        },
    },
    {
        "slug": "lianglu-cuntan-bonded-zone",
        "scene": "port",
        "position": 2,
        "area_km2": 8.37,
        "established": 2008,
        "latitude": 29.63,
        "longitude": 106.62,
        "phone": "",
        "website": "",
        "industries": ["logistics", "electronics", "aviation"],
        "en": {
            "name": "Lianglu Cuntan Comprehensive Bonded Zone",
            "summary": (
                "China's first inland bonded port area, and the only one that joins a river port "
                "with an airport."
            ),
            "body": (
                "<p>Approved in 2008, the zone was the first bonded port area in inland China. It "
                "has two parts: a waterport at Cuntan on the Yangtze and an airport area at "
                "Lianglu beside Chongqing's main airport. Together they cover 8.37 square "
                "kilometres.</p><p>Laptop makers were among its first tenants, and the zone "
                "became a large base for notebook computers and other electronics. It also "
                "supports aircraft leasing and maintenance and bonded trade.</p><p>The former "
                "bonded port area now operates as a comprehensive bonded zone, one of Chongqing's "
                "main platforms for opening up.</p>"
            ),
            "district": "Jiangbei and Yubei districts",
            "address": "Lianglu Cuntan Comprehensive Bonded Zone, Liangjiang New Area, Chongqing",
            "leading_industries": "Electronics, bonded logistics, aircraft leasing and repair",
        },
        "zh_hans": {
            "name": "两路寸滩综合保税区",
            "summary": "中国第一个内陆保税港区，也是全国唯一“水港＋空港”双功能的保税港区。",
            "body": (
                "<p>该区于2008年获批，是我国内陆第一个保税港区，"
                "由长江边的寸滩水港功能区和毗邻重庆主要机场的两路空港功能区组成，"
                "总面积8.37平方公里。</p><p>笔记本电脑企业是最早的一批入驻者，"
                "这里随后发展成为重要的笔记本电脑和电子产品生产基地，还开展飞机租赁、"
                "维修和保税贸易等业务。</p><p>原保税港区现已转型为综合保税区，"
                "是重庆对外开放的重要平台之一。</p>"
            ),
            "district": "江北区、渝北区",
            "address": "重庆市两江新区两路寸滩综合保税区",
            "leading_industries": "电子信息、保税物流、飞机租赁与维修",
        },
    },
    {
        "slug": "jiangbeizui-cbd",
        "scene": "skyline",
        "position": 3,
        "area_km2": 5,
        "established": None,
        "latitude": 29.566,
        "longitude": 106.575,
        "phone": "",
        "website": "",
        "industries": ["finance"],
        "en": {
            "name": "Jiangbeizui Financial City",
            "summary": (
                "Liangjiang's central business district, on the point where the Jialing River "
                "joins the Yangtze."
            ),
            "body": (
                "<p>Jiangbeizui faces the Yuzhong peninsula across the water and covers about 5 "
                "square kilometres. It is the core of Liangjiang's finance and headquarters "
                "economy.</p><p>By the end of 2016 more than 730 companies had settled here, "
                "about 140 of them banks, insurers, securities firms and other financial "
                "institutions.</p><p>Together with Guoyuan Port and the Lianglu Cuntan bonded "
                "zone, Jiangbeizui is one of the platforms Liangjiang brings to its cooperation "
                "with Sichuan's Tianfu New Area.</p>"
            ),
            "district": "Jiangbei District",
            "address": "Jiangbeizui, Liangjiang New Area, Chongqing",
            "leading_industries": "Banking, insurance, securities, corporate headquarters",
        },
        "zh_hans": {
            "name": "江北嘴金融城",
            "summary": "两江新区的中央商务区，坐落在嘉陵江与长江交汇的江北嘴。",
            "body": (
                "<p>江北嘴与渝中半岛隔江相望，面积约5平方公里，"
                "是两江新区金融业和总部经济的核心区域。</p><p>截至2016年底，"
                "这里已入驻企业730余家，其中银行、保险、证券等金融机构约140家。</p>"
                "<p>在两江新区与四川天府新区的合作中，江北嘴与果园港、两路寸滩保税区一起，"
                "是两江拿出的重要平台。</p>"
            ),
            "district": "江北区",
            "address": "重庆市两江新区江北嘴",
            "leading_industries": "银行、保险、证券、企业总部",
        },
    },
    {
        "slug": "yufu-industrial-park",
        "scene": "factory",
        "position": 4,
        "area_km2": 67,
        "established": 2010,
        "latitude": 29.64,
        "longitude": 106.79,
        "phone": "",
        "website": "",
        "industries": ["automobiles", "high-end-equipment", "logistics"],
        "en": {
            "name": "Yufu Industrial Park",
            "summary": (
                "A new industrial town in eastern Liangjiang built around car making, rail "
                "vehicles, heavy equipment and logistics."
            ),
            "body": (
                "<p>Set up in 2010, Yufu New Town is planned to cover 67 square kilometres and "
                "house about 300,000 people. It takes in the towns of Yuzui and Fusheng and part "
                "of Guojiatuo.</p><p>Four industries lead here: engines and auto parts, rail "
                "vehicles, large equipment and modern logistics. Changan, SAIC-GM-Wuling and "
                "Beijing Hyundai have vehicle plants in the area, supplied by international parts "
                "makers, and the Shuguang Yufu Automotive Industrial Park opened inside it in "
                "2014.</p><p>Warehouse developers such as Goodman and Prologis have built "
                "logistics parks here, close to Guoyuan Port and the Yuzui rail freight "
                "station.</p>"
            ),
            "district": "Jiangbei District",
            "address": "Yufu Industrial Park, Liangjiang New Area, Chongqing",
            "leading_industries": "Autos and parts, rail vehicles, large equipment, logistics",
        },
        "zh_hans": {
            "name": "鱼复工业园",
            "summary": "两江新区东部的产业新城，以汽车、轨道交通车辆、大型装备和物流为主导产业。",
            "body": (
                "<p>鱼复新城于2010年设立，规划面积67平方公里，规划人口约30万，范围包括鱼嘴镇、"
                "复盛镇和郭家沱的部分区域。</p><p>这里重点发展发动机及汽车零部件、轨道交通车辆、"
                "大型装备和现代物流四大产业。长安汽车、上汽通用五菱、"
                "北京现代先后在此建设整车工厂，众多国际零部件企业就近配套；2014年，"
                "园内的曙光鱼复汽车产业园投入使用。</p><p>嘉民、"
                "普洛斯等仓储物流开发商在园区建有物流园，紧邻果园港和鱼嘴铁路货运站。</p>"
            ),
            "district": "江北区",
            "address": "重庆市两江新区鱼复工业园",
            "leading_industries": "汽车及零部件、轨道交通车辆、大型装备、现代物流",
        },
    },
    {
        "slug": "longxing-development-zone",
        "scene": "car",
        "position": 5,
        "area_km2": 111,
        "established": 2010,
        "latitude": 29.70,
        "longitude": 106.84,
        "phone": "",
        "website": "",
        "industries": ["automobiles", "aviation", "high-end-equipment", "electronics"],
        "en": {
            "name": "Longxing Development Zone",
            "summary": (
                "An industrial zone in the east of Liangjiang where cars, aerospace, equipment "
                "and electronics line up along Longjun Avenue."
            ),
            "body": (
                "<p>Launched in 2010 in the towns of Longxing and Shichuan, the zone has a "
                "planned area of 111 square kilometres, 31 of them set aside for industry.</p>"
                "<p>Its industries follow the Longjun Avenue axis: vehicles, aerospace, "
                "equipment, electronics and related services. The Chongqing base of "
                "SAIC-GM-Wuling, built for 6.6 billion yuan, is one of its largest projects.</p>"
                "<p>By 2020 about 50 square kilometres had been built up and 128 projects had "
                "been signed.</p>"
            ),
            "district": "Yubei District",
            "address": "Longxing Development Zone, Liangjiang New Area, Chongqing",
            "leading_industries": "Automobiles, aerospace, equipment, electronics",
        },
        "zh_hans": {
            "name": "龙兴开发区",
            "summary": "位于两江新区东部的工业园区，汽车、航空航天、装备和电子产业沿龙兴大道布局。",
            "body": (
                "<p>龙兴开发区于2010年启动建设，涵盖龙兴、石船两镇，规划面积111平方公里，"
                "其中工业用地31平方公里。</p><p>园区沿龙兴大道发展汽车、航空航天、装备、"
                "电子及配套服务业。投资66亿元的上汽通用五菱重庆基地是其中规模较大的项目之一。</p>"
                "<p>截至2020年，园区建成面积约50平方公里，累计签约项目128个。</p>"
            ),
            "district": "渝北区",
            "address": "重庆市两江新区龙兴开发区",
            "leading_industries": "汽车、航空航天、装备制造、电子信息",
        },
    },
    {
        "slug": "shuitu-high-tech-park",
        "scene": "chip",
        "position": 6,
        "area_km2": None,
        "established": None,
        "latitude": 29.76,
        "longitude": 106.50,
        "phone": "",
        "website": "",
        "industries": ["electronics", "biomedicine"],
        "en": {
            "name": "Shuitu High-tech Industrial Park",
            "summary": (
                "Liangjiang's base for display panels, specialty glass, power semiconductors and "
                "life sciences."
            ),
            "body": (
                "<p>The Shuitu area is home to several of Liangjiang's largest electronics "
                "projects. BOE's display plants here include a sixth-generation flexible AMOLED "
                "line that cost 46.5 billion yuan.</p><p>Corning finishes LCD glass and cover "
                "glass for screens nearby, and a joint venture of Alpha and Omega Semiconductor "
                "produces power semiconductors on 12-inch wafers.</p><p>The area also hosts the "
                "Dadi (International) Life Science Park, an expansion of the Dadi Enterprise Park "
                "for biomedicine.</p>"
            ),
            "district": "Liangjiang New Area",
            "address": "Shuitu, Liangjiang New Area, Chongqing",
            "leading_industries": "Displays, specialty glass, power semiconductors, biomedicine",
        },
        "zh_hans": {
            "name": "水土高新技术产业园",
            "summary": "两江新区的显示面板、特种玻璃、功率半导体和生命科学产业基地。",
            "body": (
                "<p>两江新区多个大型电子信息项目落户水土片区。京东方在这里建有多条显示生产线，"
                "其中第6代柔性AMOLED生产线投资达465亿元。</p>"
                "<p>康宁在附近从事液晶玻璃基板和屏幕盖板玻璃的后段加工，"
                "万国半导体的合资企业则生产12英寸晶圆功率半导体。</p>"
                "<p>大地企业公园的扩展区——大地（国际）生命科学园也位于这一片区，主攻生物医药。</p>"
            ),
            "district": "两江新区",
            "address": "重庆市两江新区水土片区",
            "leading_industries": "显示面板、特种玻璃、功率半导体、生物医药",
        },
    },
    {
        "slug": "yuelai-exhibition-city",
        "scene": "expo",
        "position": 7,
        "area_km2": None,
        "established": None,
        "latitude": 29.72,
        "longitude": 106.55,
        "phone": "",
        "website": "",
        "industries": ["exhibitions"],
        "en": {
            "name": "Yuelai International Convention and Exhibition City",
            "summary": (
                "A riverside exhibition district on the Jialing River, and the largest exhibition "
                "platform in western China."
            ),
            "body": (
                "<p>Yuelai, once a small village on the Jialing River, is now Liangjiang's "
                "convention and exhibition quarter. The exhibition centre alone stands on about "
                "1.3 square kilometres of land, with some 606,800 square metres of floor "
                "space.</p><p>The Chongqing International Expo Center and the Yuelai "
                "International Conference Center combine halls, meeting rooms, hotels, "
                "restaurants and arenas, and have hosted events such as the Smart China Expo.</p>"
                "<p>The district was among the first national pilots for green, low-impact city "
                "design, and is adding design, culture and tourism businesses.</p>"
            ),
            "district": "Yubei District",
            "address": "Yuelai, Liangjiang New Area, Chongqing",
            "leading_industries": "Exhibitions, conferences, design, culture and tourism",
        },
        "zh_hans": {
            "name": "悦来国际会展城",
            "summary": "坐落在嘉陵江畔的会展片区，是西部地区规模最大的会展平台。",
            "body": (
                "<p>悦来曾是嘉陵江边的一个小村落，如今已成为两江新区的会展城。仅会展中心一处，"
                "占地就约1.3平方公里，建筑面积约60.68万平方米。</p>"
                "<p>重庆国际博览中心和悦来国际会议中心集展馆、会议室、酒店、餐饮和场馆于一体，"
                "智博会等大型活动都曾在这里举行。</p>"
                "<p>会展城是全国首批绿色生态城区和海绵城市试点区域之一，正在积极发展设计、"
                "文化和旅游产业。</p>"
            ),
            "district": "渝北区",
            "address": "重庆市两江新区悦来",
            "leading_industries": "会展、会议、设计、文化旅游",
        },
    },
    {
        "slug": "aviation-industrial-park",
        "scene": "plane",
        "position": 8,
        "area_km2": None,
        "established": None,
        "latitude": 29.72,
        "longitude": 106.86,
        "phone": "",
        "website": "",
        "industries": ["aviation"],
        "en": {
            "name": "Liangjiang Aviation Industrial Park",
            "summary": (
                "The home of Liangjiang's general aviation industry, from light aircraft assembly "
                "to helicopters."
            ),
            "body": (
                "<p>The park was created to give Chongqing a general aviation industry. Its "
                "best-known tenants assemble Pilatus PC-6 and PC-12 utility aircraft, designed in "
                "Switzerland.</p><p>Chongqing Helicopter Investment, which acquired the American "
                "maker Enstrom, also belongs to the cluster. The park works with the bonded "
                "zone's aircraft leasing and maintenance businesses.</p>"
            ),
            "district": "Liangjiang New Area",
            "address": "Liangjiang Aviation Industrial Park, Liangjiang New Area, Chongqing",
            "leading_industries": "General aviation, helicopters, aircraft services",
        },
        "zh_hans": {
            "name": "两江航空产业园",
            "summary": "两江新区通用航空产业的集聚地，涵盖轻型飞机组装和直升机等领域。",
            "body": (
                "<p>航空产业园的设立，旨在为重庆培育通用航空产业。"
                "园内最知名的项目是瑞士设计的皮拉图斯PC-6、PC-12通用飞机组装线。</p>"
                "<p>收购了美国恩斯特龙公司的重庆直升机产业投资有限公司也是园区的重要成员。"
                "产业园还与保税区的飞机租赁、维修业务形成联动。</p>"
            ),
            "district": "两江新区",
            "address": "重庆市两江新区两江航空产业园",
            "leading_industries": "通用航空、直升机、航空服务",
        },
    },
    {
        "slug": "dadi-enterprise-park",
        "scene": "lab",
        "position": 9,
        "area_km2": None,
        "established": None,
        "latitude": 29.70,
        "longitude": 106.55,
        "phone": "",
        "website": "",
        "industries": ["biomedicine"],
        "en": {
            "name": "Dadi Enterprise Park",
            "summary": (
                "A biomedicine park where more than 120 pharmaceutical and health companies work "
                "side by side."
            ),
            "body": (
                "<p>The Dadi Enterprise Park covers 251 mu with about 320,000 square metres of "
                "floor space, and has become one of the main platforms for Liangjiang's health "
                "industry.</p><p>More than 120 innovative drug, biotech and medical device "
                "companies have moved in. Its expansion, the Dadi (International) Life Science "
                "Park, covers about 400 mu in the Shuitu area and is being built in phases.</p>"
            ),
            "district": "Liangjiang New Area",
            "address": "Dadi Enterprise Park, Liangjiang New Area, Chongqing",
            "leading_industries": "Innovative drugs, biotechnology, medical devices",
        },
        "zh_hans": {
            "name": "大地企业公园",
            "summary": "生物医药专业园区，已聚集120余家医药健康企业。",
            "body": (
                "<p>大地企业公园占地251亩，建筑面积约32万平方米，"
                "是两江新区发展大健康产业的重要平台之一。</p><p>园区已吸引创新药、"
                "生物技术和医疗器械等领域企业120余家。其扩展区大地（国际）生命科学园位于水土片区，"
                "占地约400亩，正在分期建设。</p>"
            ),
            "district": "两江新区",
            "address": "重庆市两江新区大地企业公园",
            "leading_industries": "创新药、生物技术、医疗器械",
        },
    },
]

# --------------------------------------------------------------------------------------------------
# Enterprises
# --------------------------------------------------------------------------------------------------

ENTERPRISES = [
    # --- Automobiles -----------------------------------------------------------------------------
    {
        "slug": "changan-automobile",
        "scene": "car",
        "park": "yufu-industrial-park",
        "industries": ["automobiles", "new-energy-vehicles"],
        "origin": "CN",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "Changan Automobile",
            "summary": (
                "One of China's largest carmakers, headquartered in Chongqing, with major plants "
                "in Liangjiang."
            ),
            "body": (
                "<p>Changan Automobile is a state-owned Chinese carmaker with its headquarters in "
                "Chongqing's Jiangbei District. Its Jiangbei factory stands in the Yufu "
                "Industrial Park in the east of Liangjiang.</p><p>Besides cars sold under its own "
                "brands, Changan works with foreign partners through joint ventures such as "
                "Changan Ford. It has invested about 10.2 billion yuan in a new-energy vehicle "
                "industrial park in the area.</p>"
            ),
        },
        "zh_hans": {
            "name": "长安汽车",
            "summary": "中国大型汽车企业之一，总部位于重庆，在两江新区设有重要生产基地。",
            "body": (
                "<p>长安汽车是总部位于重庆江北区的国有汽车企业，"
                "其江北工厂坐落在两江新区东部的鱼复工业园。</p><p>除自主品牌乘用车外，"
                "长安还通过长安福特等合资企业与国际车企合作，"
                "并在新区投资约102亿元建设新能源汽车产业园。</p>"
            ),
        },
    },
    {
        "slug": "changan-ford",
        "scene": "car",
        "park": None,
        "industries": ["automobiles"],
        "origin": "US",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "Changan Ford",
            "summary": (
                "The joint venture of Changan and Ford, building Ford and Lincoln cars in "
                "Chongqing."
            ),
            "body": (
                "<p>Changan Ford brings together Changan Automobile and the American carmaker "
                "Ford. Its plants in the New North Zone of Liangjiang are among the company's "
                "main production sites in China.</p><p>A third plant started production in "
                "November 2014, adding about 360,000 vehicles a year of capacity. The company "
                "also builds the Lincoln Corsair, the first Lincoln made outside North "
                "America.</p>"
            ),
        },
        "zh_hans": {
            "name": "长安福特",
            "summary": "长安汽车与美国福特汽车的合资企业，在重庆生产福特和林肯品牌汽车。",
            "body": (
                "<p>长安福特由长安汽车和美国福特汽车合资组建，"
                "位于两江新区北部新区的工厂是其在中国的主要生产基地之一。</p><p>2014年11月，"
                "第三工厂投产，新增年产能约36万辆。公司还生产林肯冒险家，"
                "这是林肯品牌第一款在北美以外生产的车型。</p>"
            ),
        },
    },
    {
        "slug": "sgmw-chongqing",
        "scene": "car",
        "park": "longxing-development-zone",
        "industries": ["automobiles"],
        "origin": "CN",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "SAIC-GM-Wuling Chongqing Base",
            "summary": "The Chongqing vehicle and engine base of the SAIC-GM-Wuling joint venture.",
            "body": (
                "<p>SAIC-GM-Wuling, a joint venture led by Chinese carmaker SAIC, built its "
                "Chongqing base in the Longxing Development Zone at a cost of 6.6 billion "
                "yuan.</p><p>The base is designed to make 400,000 vehicles and 400,000 engines a "
                "year for the SGMW range.</p>"
            ),
        },
        "zh_hans": {
            "name": "上汽通用五菱重庆基地",
            "summary": "上汽通用五菱在重庆的整车和发动机生产基地。",
            "body": (
                "<p>上汽通用五菱是以上汽集团为主导的合资车企，其重庆基地位于龙兴开发区，"
                "总投资66亿元。</p><p>基地设计年产能为整车40万辆、发动机40万台。</p>"
            ),
        },
    },
    {
        "slug": "beijing-hyundai",
        "scene": "car",
        "park": "yufu-industrial-park",
        "industries": ["automobiles"],
        "origin": "KR",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "Beijing Hyundai",
            "summary": "The Sino-Korean carmaker set up a vehicle plant in Yufu New Town.",
            "body": (
                "<p>Beijing Hyundai is a joint venture between BAIC of Beijing and the Korean "
                "carmaker Hyundai Motor.</p><p>Its Chongqing plant in Yufu New Town was one of "
                "the vehicle projects that made the area a car-making centre, and it drew parts "
                "suppliers to the surrounding industrial park.</p>"
            ),
        },
        "zh_hans": {
            "name": "北京现代",
            "summary": "中韩合资车企，在鱼复新城建设了整车工厂。",
            "body": (
                "<p>北京现代由北京汽车集团与韩国现代汽车公司合资组建。</p>"
                "<p>其位于鱼复新城的重庆工厂，是推动这一片区成为汽车产业基地的重要整车项目之一，"
                "也带动了一批零部件企业在周边园区落户。</p>"
            ),
        },
    },
    {
        "slug": "saic-hongyan",
        "scene": "car",
        "park": None,
        "industries": ["automobiles", "high-end-equipment"],
        "origin": "CN",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "SAIC Hongyan",
            "summary": "A Chongqing maker of heavy trucks, part of the SAIC Motor group.",
            "body": (
                "<p>SAIC Hongyan builds heavy-duty trucks and commercial vehicles in Liangjiang. "
                "It belongs to SAIC Motor, one of China's largest vehicle groups.</p><p>Its "
                "trucks serve construction, logistics and other industries across China, and the "
                "company is part of the area's commercial-vehicle chain.</p>"
            ),
        },
        "zh_hans": {
            "name": "上汽红岩",
            "summary": "重庆本地的重型卡车制造企业，隶属上汽集团。",
            "body": (
                "<p>上汽红岩在两江新区生产重型卡车和商用车，隶属国内大型汽车集团之一的上汽集团。"
                "</p><p>其产品广泛用于全国的工程建设和物流运输等领域，"
                "是新区商用车产业链的重要一环。</p>"
            ),
        },
    },
    {
        "slug": "yanfeng-seating",
        "scene": "factory",
        "park": "yufu-industrial-park",
        "industries": ["automobiles"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Chongqing Yanfeng Johnson Controls Seating",
            "summary": "A car-seat maker serving the vehicle plants of Liangjiang from Yufu.",
            "body": (
                "<p>The company makes seats for cars built in and around Liangjiang. Its plant in "
                "the Yufu Industrial Park represents an investment of about 550 million yuan on a "
                "175-mu site.</p><p>Being close to the assembly lines lets it deliver seats "
                "quickly to carmakers in the area.</p>"
            ),
        },
        "zh_hans": {
            "name": "重庆延锋江森座椅",
            "summary": "汽车座椅生产企业，从鱼复为两江新区的整车厂配套。",
            "body": (
                "<p>该公司为两江新区及周边生产的汽车提供座椅。"
                "其位于鱼复工业园的工厂投资约5.5亿元，占地175亩。</p><p>工厂紧邻整车生产线，"
                "能够快速响应区内车企的配套需求。</p>"
            ),
        },
    },
    {
        "slug": "yazaki-instrument",
        "scene": "factory",
        "park": "yufu-industrial-park",
        "industries": ["automobiles"],
        "origin": "JP",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Chongqing Yazaki Instrument",
            "summary": "A subsidiary of Japan's Yazaki group making instruments for vehicles.",
            "body": (
                "<p>Chongqing Yazaki Instrument belongs to the Japanese auto parts group Yazaki "
                "and makes dashboard instruments for cars.</p><p>Its Liangjiang factory began "
                "production in 2014, supplying carmakers in the area.</p>"
            ),
        },
        "zh_hans": {
            "name": "重庆矢崎仪表",
            "summary": "日本矢崎集团旗下企业，生产汽车仪表。",
            "body": (
                "<p>重庆矢崎仪表隶属日本汽车零部件企业矢崎集团，主要生产汽车仪表。</p>"
                "<p>其两江工厂于2014年投产，为新区的整车企业配套供货。</p>"
            ),
        },
    },
    {
        "slug": "thyssenkrupp",
        "scene": "factory",
        "park": "yufu-industrial-park",
        "industries": ["automobiles", "high-end-equipment"],
        "origin": "DE",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "thyssenkrupp",
            "summary": "The German industrial group supplies auto components from Yufu New Town.",
            "body": (
                "<p>thyssenkrupp is a German engineering and materials group. In Liangjiang it is "
                "one of the international parts makers that have settled in Yufu New Town near "
                "the area's car plants.</p><p>Its presence reflects the growing depth of the "
                "local automotive supply chain.</p>"
            ),
        },
        "zh_hans": {
            "name": "蒂森克虏伯",
            "summary": "德国工业集团，在鱼复新城为汽车产业提供零部件。",
            "body": (
                "<p>蒂森克虏伯是德国工程与材料集团，也是落户鱼复新城、"
                "靠近整车厂的国际零部件企业之一。</p><p>它的入驻，"
                "体现了两江汽车产业配套体系的日益完善。</p>"
            ),
        },
    },
    {
        "slug": "nemak",
        "scene": "factory",
        "park": "yufu-industrial-park",
        "industries": ["automobiles"],
        "origin": "MX",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Nemak",
            "summary": "A Mexican maker of aluminium engine and vehicle components.",
            "body": (
                "<p>Nemak, based in Mexico, casts lightweight aluminium parts such as cylinder "
                "heads and engine blocks for carmakers around the world.</p><p>Its Liangjiang "
                "operation in Yufu New Town serves engine and vehicle plants in the region.</p>"
            ),
        },
        "zh_hans": {
            "name": "尼玛克",
            "summary": "墨西哥铝制发动机及汽车零部件制造商。",
            "body": (
                "<p>总部位于墨西哥的尼玛克，为全球车企生产缸盖、缸体等轻量化铝铸件。</p>"
                "<p>其在鱼复新城的工厂，为周边的发动机厂和整车厂提供配套。</p>"
            ),
        },
    },
    {
        "slug": "federal-mogul",
        "scene": "factory",
        "park": "yufu-industrial-park",
        "industries": ["automobiles"],
        "origin": "US",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Federal-Mogul",
            "summary": "An American supplier of engine and powertrain components.",
            "body": (
                "<p>Federal-Mogul is a US-founded maker of engine, powertrain and other vehicle "
                "components.</p><p>It is among the foreign parts companies that chose Yufu New "
                "Town to be close to Liangjiang's car and engine plants.</p>"
            ),
        },
        "zh_hans": {
            "name": "辉门",
            "summary": "美国发动机及动力总成零部件供应商。",
            "body": (
                "<p>辉门是源自美国的汽车零部件企业，产品涵盖发动机、动力总成等部件。</p>"
                "<p>为贴近两江的整车厂和发动机厂，辉门选择在鱼复新城落户。</p>"
            ),
        },
    },
    # --- New-energy vehicles ---------------------------------------------------------------------
    {
        "slug": "seres",
        "scene": "car",
        "park": None,
        "industries": ["new-energy-vehicles", "automobiles"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Seres",
            "summary": (
                "A Chongqing-based maker of new-energy vehicles with a smart factory in Liangjiang."
            ),
            "body": (
                "<p>Seres builds electric and extended-range vehicles and is one of Chongqing's "
                "home-grown carmakers.</p><p>Its smart factory in Liangjiang relies on automation "
                "and digital control, an example of the area's shift to intelligent "
                "manufacturing.</p>"
            ),
        },
        "zh_hans": {
            "name": "赛力斯",
            "summary": "重庆本土新能源汽车企业，在两江新区建有智能工厂。",
            "body": (
                "<p>赛力斯生产纯电动和增程式汽车，是重庆土生土长的整车企业。</p>"
                "<p>其位于两江新区的智能工厂大量采用自动化和数字化技术，"
                "体现了新区向智能制造转型的方向。</p>"
            ),
        },
    },
    {
        "slug": "li-auto",
        "scene": "car",
        "park": None,
        "industries": ["new-energy-vehicles"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Li Auto",
            "summary": (
                "A Chinese maker of smart electric vehicles, part of Liangjiang's new-energy car "
                "chain."
            ),
            "body": (
                "<p>Li Auto designs and sells smart electric family vehicles in China.</p><p>The "
                "company is one of the carmakers driving the growth of Liangjiang's new-energy "
                "vehicle chain.</p>"
            ),
        },
        "zh_hans": {
            "name": "理想汽车",
            "summary": "国内智能电动汽车企业，是两江新能源汽车产业链的组成部分。",
            "body": (
                "<p>理想汽车专注于智能电动家庭用车的研发和销售。</p>"
                "<p>该公司是推动两江新能源汽车产业链发展的整车企业之一。</p>"
            ),
        },
    },
    {
        "slug": "ganfeng-lithium",
        "scene": "factory",
        "park": None,
        "industries": ["new-energy-vehicles"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Ganfeng Lithium",
            "summary": "A lithium and battery company supplying the new-energy vehicle chain.",
            "body": (
                "<p>Ganfeng Lithium produces lithium materials and batteries, key inputs for "
                "electric vehicles.</p><p>Its projects in Liangjiang bring battery know-how "
                "closer to the area's vehicle makers.</p>"
            ),
        },
        "zh_hans": {
            "name": "赣锋锂业",
            "summary": "锂材料和电池企业，为新能源汽车产业链配套。",
            "body": (
                "<p>赣锋锂业生产锂材料和电池，这些都是电动汽车的关键原材料和部件。</p>"
                "<p>其在两江的项目，让电池技术离新区的整车企业更近。</p>"
            ),
        },
    },
    # --- Electronics -----------------------------------------------------------------------------
    {
        "slug": "boe",
        "scene": "chip",
        "park": "shuitu-high-tech-park",
        "industries": ["electronics"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "BOE Technology",
            "summary": (
                "China's leading display maker, with LCD and flexible AMOLED lines in Shuitu."
            ),
            "body": (
                "<p>BOE makes display panels for phones, computers, televisions and cars. In "
                "Liangjiang's Shuitu area it runs both LCD and AMOLED production lines.</p><p>Its "
                "sixth-generation flexible AMOLED line represents an investment of 46.5 billion "
                "yuan. In 2020 the roof was capped on a huge high-tech component workshop, a "
                "milestone celebrated as a local success story.</p>"
            ),
        },
        "zh_hans": {
            "name": "京东方",
            "summary": "国内领先的显示器件企业，在水土片区建有液晶和柔性AMOLED生产线。",
            "body": (
                "<p>京东方为手机、电脑、电视和汽车生产显示面板，"
                "在两江新区水土片区同时建有液晶和AMOLED生产线。</p>"
                "<p>其第6代柔性AMOLED生产线投资465亿元。2020年，项目大型高科技配套厂房顺利封顶，"
                "成为新区的一个成功案例。</p>"
            ),
        },
    },
    {
        "slug": "corning",
        "scene": "chip",
        "park": "shuitu-high-tech-park",
        "industries": ["electronics"],
        "origin": "US",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Corning",
            "summary": (
                "The American specialty-glass maker finishes display and cover glass in Liangjiang."
            ),
            "body": (
                "<p>Corning's Chongqing plant finishes glass substrates for 8.5-generation LCD "
                "panels; it reached mass production in early 2017.</p><p>In December 2023 it also "
                "began mass-producing Gorilla cover glass for phones and other devices. In all, "
                "Corning has invested about US$1.5 billion here, and it uses Guoyuan Port's "
                "rail-water links to ship materials.</p>"
            ),
        },
        "zh_hans": {
            "name": "康宁",
            "summary": "美国特种玻璃企业，在两江新区从事显示玻璃和盖板玻璃加工。",
            "body": (
                "<p>康宁重庆工厂为8.5代液晶面板进行玻璃基板后段加工，于2017年初实现量产。</p>"
                "<p>2023年12月，工厂又开始量产用于手机等设备的大猩猩盖板玻璃。"
                "康宁在此累计投资约15亿美元，并借助果园港的铁水联运运输原材料。</p>"
            ),
        },
    },
    {
        "slug": "alpha-omega-semiconductor",
        "scene": "chip",
        "park": "shuitu-high-tech-park",
        "industries": ["electronics"],
        "origin": "US",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Alpha and Omega Semiconductor (Chongqing)",
            "summary": "A joint venture producing power semiconductors on 12-inch wafers.",
            "body": (
                "<p>US-based Alpha and Omega Semiconductor formed this joint venture with "
                "Chongqing funds to make power semiconductors. The venture has registered capital "
                "of US$330 million, 51 percent of it held by AOS.</p><p>Its 12-inch wafer fab in "
                "Shuitu makes chips that control power in computers, phones, vehicles and "
                "industrial equipment.</p>"
            ),
        },
        "zh_hans": {
            "name": "万国半导体（重庆）",
            "summary": "生产12英寸晶圆功率半导体的合资企业。",
            "body": (
                "<p>总部位于美国的万国半导体与重庆方面的基金合资设立该公司，注册资本3.3亿美元，"
                "万国半导体持股51%。</p><p>公司在水土建有12英寸晶圆厂，所产芯片用于电脑、手机、"
                "汽车和工业设备的电源管理。</p>"
            ),
        },
    },
    {
        "slug": "acer",
        "scene": "chip",
        "park": "lianglu-cuntan-bonded-zone",
        "industries": ["electronics"],
        "origin": "TW",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Acer",
            "summary": (
                "The Taiwanese computer brand was among the first laptop firms in the bonded zone."
            ),
            "body": (
                "<p>Acer, a Taiwanese maker of personal computers, set up in the Lianglu Cuntan "
                "bonded port area soon after its first phase opened.</p><p>Together with contract "
                "manufacturers, it helped turn the zone into a major base for notebook "
                "computers.</p>"
            ),
        },
        "zh_hans": {
            "name": "宏碁",
            "summary": "台湾电脑品牌，是最早入驻保税港区的笔记本电脑企业之一。",
            "body": (
                "<p>台湾个人电脑企业宏碁，在两路寸滩保税港区一期建成后不久便入驻。</p>"
                "<p>宏碁与代工企业一道，推动保税港区发展成为重要的笔记本电脑生产基地。</p>"
            ),
        },
    },
    {
        "slug": "asus",
        "scene": "chip",
        "park": "lianglu-cuntan-bonded-zone",
        "industries": ["electronics"],
        "origin": "TW",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "ASUS",
            "summary": (
                "The Taiwanese computer and electronics brand operates in the bonded port area."
            ),
            "body": (
                "<p>ASUS makes laptops, motherboards and other electronics. It is one of the "
                "Taiwanese brands that built the bonded zone's notebook cluster.</p><p>Its "
                "presence draws component suppliers and logistics services to the area.</p>"
            ),
        },
        "zh_hans": {
            "name": "华硕",
            "summary": "台湾电脑及电子产品品牌，在保税港区开展业务。",
            "body": (
                "<p>华硕生产笔记本电脑、主板等电子产品，"
                "是在保税港区形成笔记本电脑产业集群的台湾品牌之一。</p>"
                "<p>它的入驻也带动了零部件供应商和物流服务向园区集聚。</p>"
            ),
        },
    },
    {
        "slug": "compal",
        "scene": "chip",
        "park": "lianglu-cuntan-bonded-zone",
        "industries": ["electronics"],
        "origin": "TW",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Compal Electronics",
            "summary": "A Taiwanese contract manufacturer of laptops and electronic products.",
            "body": (
                "<p>Compal builds notebook computers and other devices for global brands. Its "
                "Chongqing operation was among the first large factories in the bonded port "
                "area.</p><p>Contract manufacturers like Compal gave the zone the production "
                "scale that made it a laptop centre.</p>"
            ),
        },
        "zh_hans": {
            "name": "重庆仁宝",
            "summary": "台湾笔记本电脑和电子产品代工企业。",
            "body": (
                "<p>仁宝为全球品牌代工笔记本电脑等电子产品，"
                "其重庆工厂是保税港区最早的大型工厂之一。</p><p>正是仁宝这样的代工企业，"
                "为保税港区带来了笔记本电脑产业的规模效应。</p>"
            ),
        },
    },
    {
        "slug": "wistron",
        "scene": "chip",
        "park": "lianglu-cuntan-bonded-zone",
        "industries": ["electronics"],
        "origin": "TW",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Wistron",
            "summary": (
                "A Taiwanese electronics manufacturer in the laptop cluster of the bonded zone."
            ),
            "body": (
                "<p>Wistron designs and manufactures notebook computers and other electronics for "
                "international brands.</p><p>It set up factories in the bonded port area in its "
                "early years, alongside Acer and Compal.</p>"
            ),
        },
        "zh_hans": {
            "name": "纬创",
            "summary": "台湾电子制造企业，是保税港区笔记本电脑产业集群的一员。",
            "body": (
                "<p>纬创为国际品牌设计和制造笔记本电脑等电子产品。</p><p>保税港区建设初期，"
                "纬创便与宏碁、仁宝一道在此设厂。</p>"
            ),
        },
    },
    {
        "slug": "hp",
        "scene": "chip",
        "park": "lianglu-cuntan-bonded-zone",
        "industries": ["electronics"],
        "origin": "US",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "HP",
            "summary": "The American computer company anchored the bonded zone's laptop industry.",
            "body": (
                "<p>HP, the US maker of personal computers and printers, was one of the Fortune "
                "Global 500 companies that came to the bonded port area in its early years.</p>"
                "<p>Its orders helped attract contract manufacturers and suppliers, laying the "
                "foundation of Chongqing's notebook industry.</p>"
            ),
        },
        "zh_hans": {
            "name": "惠普",
            "summary": "美国电脑企业，是保税港区笔记本电脑产业的龙头之一。",
            "body": (
                "<p>惠普是美国个人电脑和打印机企业，也是保税港区建设初期入驻的世界500强企业之一。"
                "</p><p>惠普的订单吸引了代工企业和配套商纷纷跟进，为重庆笔记本电脑产业打下了基础。"
                "</p>"
            ),
        },
    },
    # --- Digital economy -------------------------------------------------------------------------
    {
        "slug": "tencent",
        "scene": "data",
        "park": None,
        "industries": ["digital-economy"],
        "origin": "CN",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "Tencent",
            "summary": (
                "The Chinese internet company has built a cloud computing data centre in "
                "Liangjiang."
            ),
            "body": (
                "<p>Tencent runs social, gaming, payment and cloud services used by hundreds of "
                "millions of people.</p><p>In Liangjiang it has invested about 3 billion yuan in "
                "a cloud data centre, part of the area's push into cloud computing and big "
                "data.</p>"
            ),
        },
        "zh_hans": {
            "name": "腾讯",
            "summary": "中国互联网企业，在两江新区建设了云计算数据中心。",
            "body": (
                "<p>腾讯提供社交、游戏、支付和云服务，用户数以亿计。</p>"
                "<p>腾讯在两江新区投资约30亿元建设云计算数据中心，助力新区发展云计算和大数据产业。"
                "</p>"
            ),
        },
    },
    {
        "slug": "chinasoft-international",
        "scene": "data",
        "park": None,
        "industries": ["digital-economy"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Chinasoft International",
            "summary": "A Chinese software and IT services company with a presence in Liangjiang.",
            "body": (
                "<p>Chinasoft International provides software development, consulting and IT "
                "outsourcing services to companies and public bodies.</p><p>Its work in "
                "Liangjiang supports the area's aim of growing software, service outsourcing and "
                "digital industries.</p>"
            ),
        },
        "zh_hans": {
            "name": "中软国际",
            "summary": "国内软件与信息技术服务企业，在两江新区设有业务。",
            "body": (
                "<p>中软国际为企业和公共机构提供软件开发、咨询和IT外包服务。</p>"
                "<p>其在两江的业务，契合新区大力发展软件、服务外包和数字产业的方向。</p>"
            ),
        },
    },
    {
        "slug": "zhubajie",
        "scene": "data",
        "park": None,
        "industries": ["digital-economy"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Zhubajie.com",
            "summary": (
                "A Chongqing-born online platform that connects businesses with freelance talent."
            ),
            "body": (
                "<p>Zhubajie.com runs a crowdsourcing marketplace where companies post tasks such "
                "as design, software and marketing, and service providers bid to do them.</p>"
                "<p>Visiting journalists have featured it as an example of Liangjiang's internet "
                "start-ups.</p>"
            ),
        },
        "zh_hans": {
            "name": "猪八戒网",
            "summary": "诞生于重庆的在线服务交易平台，连接企业与各类专业人才。",
            "body": (
                "<p>猪八戒网是一个众包服务平台，企业在上面发布设计、软件开发、营销等需求，"
                "服务商竞标承接。</p><p>来访的外国记者曾把它作为两江互联网创业企业的代表进行报道。"
                "</p>"
            ),
        },
    },
    # --- High-end equipment ----------------------------------------------------------------------
    {
        "slug": "abb",
        "scene": "factory",
        "park": None,
        "industries": ["high-end-equipment"],
        "origin": "CH",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "ABB",
            "summary": (
                "The Swiss-Swedish electrification and automation group runs a transformer plant "
                "here."
            ),
            "body": (
                "<p>ABB supplies power equipment, robots and automation systems to industry and "
                "utilities worldwide.</p><p>Its transformer factory in Liangjiang is part of the "
                "area's power-equipment cluster.</p>"
            ),
        },
        "zh_hans": {
            "name": "ABB",
            "summary": "瑞士-瑞典电气与自动化集团，在两江新区设有变压器工厂。",
            "body": (
                "<p>ABB为全球工业和电力企业提供电力设备、机器人和自动化系统。</p>"
                "<p>其在两江的变压器工厂，是新区电力装备产业集群的组成部分。</p>"
            ),
        },
    },
    # --- Aviation and aerospace ------------------------------------------------------------------
    {
        "slug": "pilatus",
        "scene": "plane",
        "park": "aviation-industrial-park",
        "industries": ["aviation"],
        "origin": "CH",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Pilatus Aircraft",
            "summary": (
                "The Swiss aircraft maker's PC-6 and PC-12 models are assembled in Liangjiang."
            ),
            "body": (
                "<p>Pilatus, based in Switzerland, is known for rugged single-engine utility "
                "planes.</p><p>Assembly lines for its PC-6 and PC-12 aircraft were brought to "
                "Liangjiang's aviation industrial park, a flagship of the area's general aviation "
                "plans.</p>"
            ),
        },
        "zh_hans": {
            "name": "皮拉图斯飞机",
            "summary": "瑞士飞机制造商，PC-6和PC-12机型在两江组装。",
            "body": (
                "<p>瑞士皮拉图斯公司以坚固耐用的单发通用飞机著称。</p><p>其PC-6、"
                "PC-12飞机组装线落户两江航空产业园，是新区发展通用航空的标志性项目。</p>"
            ),
        },
    },
    {
        "slug": "chongqing-helicopter-investment",
        "scene": "plane",
        "park": "aviation-industrial-park",
        "industries": ["aviation"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Chongqing Helicopter Investment",
            "summary": "A Chongqing company that invests in helicopter making and owns Enstrom.",
            "body": (
                "<p>Chongqing Helicopter Investment was formed to build up a helicopter industry "
                "in the city.</p><p>It bought Enstrom, a US maker of light helicopters, bringing "
                "designs and experience to Liangjiang's aviation cluster.</p>"
            ),
        },
        "zh_hans": {
            "name": "重庆直升机产业投资有限公司",
            "summary": "重庆本地的直升机产业投资企业，收购了美国恩斯特龙公司。",
            "body": (
                "<p>重庆直升机产业投资有限公司致力于在重庆培育直升机产业。</p>"
                "<p>公司收购了美国轻型直升机制造商恩斯特龙，为两江航空产业集群带来了产品和经验。"
                "</p>"
            ),
        },
    },
    {
        "slug": "onespace",
        "scene": "plane",
        "park": None,
        "industries": ["aviation"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "OneSpace",
            "summary": "A private Chinese company developing commercial rockets.",
            "body": (
                "<p>OneSpace is one of China's private launch companies, developing rockets to "
                "carry small satellites into orbit.</p><p>Its base in Liangjiang adds commercial "
                "space to the area's aviation industry.</p>"
            ),
        },
        "zh_hans": {
            "name": "零壹空间",
            "summary": "国内民营商业火箭企业。",
            "body": (
                "<p>零壹空间是国内民营航天企业之一，主要研制发射小型卫星的运载火箭。</p>"
                "<p>公司落户两江，为新区航空产业增添了商业航天板块。</p>"
            ),
        },
    },
    # --- Logistics and trade ---------------------------------------------------------------------
    {
        "slug": "goodman",
        "scene": "warehouse",
        "park": "yufu-industrial-park",
        "industries": ["logistics"],
        "origin": "AU",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Goodman",
            "summary": "The Australian industrial property group develops logistics parks in Yufu.",
            "body": (
                "<p>Goodman builds and manages warehouses and logistics parks around the "
                "world.</p><p>In Yufu New Town its facilities serve manufacturers and "
                "distributors close to Guoyuan Port and the area's car plants.</p>"
            ),
        },
        "zh_hans": {
            "name": "嘉民",
            "summary": "澳大利亚工业地产集团，在鱼复开发物流园区。",
            "body": (
                "<p>嘉民集团在全球开发和管理仓库与物流园区。</p>"
                "<p>其在鱼复新城的设施靠近果园港和区内整车厂，为制造和分销企业提供服务。</p>"
            ),
        },
    },
    {
        "slug": "prologis",
        "scene": "warehouse",
        "park": "yufu-industrial-park",
        "industries": ["logistics"],
        "origin": "US",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Prologis",
            "summary": "The American logistics real-estate company operates warehouses in Yufu.",
            "body": (
                "<p>Prologis is one of the world's largest owners of logistics buildings.</p>"
                "<p>Its Yufu warehouses give manufacturers and retailers modern storage close to "
                "Liangjiang's port, rail and road links.</p>"
            ),
        },
        "zh_hans": {
            "name": "普洛斯",
            "summary": "美国物流地产企业，在鱼复运营仓储设施。",
            "body": (
                "<p>普洛斯是全球规模最大的物流设施持有者之一。</p><p>其鱼复仓库靠近两江的港口、"
                "铁路和公路枢纽，为制造商和零售商提供现代化仓储。</p>"
            ),
        },
    },
    {
        "slug": "cainiao",
        "scene": "warehouse",
        "park": None,
        "industries": ["logistics"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Cainiao",
            "summary": "Alibaba's logistics network, handling e-commerce parcels in Liangjiang.",
            "body": (
                "<p>Cainiao is the logistics arm of the Alibaba group, linking warehouses, "
                "couriers and cross-border shipping.</p><p>Its facilities in Liangjiang support "
                "online retail across western China.</p>"
            ),
        },
        "zh_hans": {
            "name": "菜鸟",
            "summary": "阿里巴巴旗下物流网络，在两江开展电商物流业务。",
            "body": (
                "<p>菜鸟是阿里巴巴集团的物流板块，连接仓储、快递和跨境运输。</p>"
                "<p>其在两江的设施为西部地区的网络零售提供物流支撑。</p>"
            ),
        },
    },
    {
        "slug": "chongqing-port-logistics",
        "scene": "port",
        "park": "guoyuan-port",
        "industries": ["logistics"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Chongqing Port and Logistics Group",
            "summary": (
                "The city's port operator, which runs terminals and rail-water services at Guoyuan."
            ),
            "body": (
                "<p>The group runs port and logistics businesses along the Yangtze in Chongqing, "
                "including terminal and logistics operations at Guoyuan Port.</p><p>It has "
                "developed rail-water services that bring cargo from neighbouring provinces such "
                "as Guizhou to the port for shipment down the river or abroad.</p>"
            ),
        },
        "zh_hans": {
            "name": "重庆港务物流集团",
            "summary": "重庆的港口运营企业，负责果园港码头及铁水联运业务。",
            "body": (
                "<p>集团在重庆长江沿线经营港口和物流业务，其中包括果园港的码头和物流运营。</p>"
                "<p>集团发展铁水联运业务，把贵州等周边省份的货物集中到果园港，"
                "再经长江运往下游或海外。</p>"
            ),
        },
    },
    {
        "slug": "itochu",
        "scene": "warehouse",
        "park": "lianglu-cuntan-bonded-zone",
        "industries": ["logistics"],
        "origin": "JP",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "Itochu",
            "summary": "The Japanese trading house was an early investor in the bonded port area.",
            "body": (
                "<p>Itochu is one of Japan's largest general trading companies, active in "
                "textiles, machinery, food, energy and logistics.</p><p>It was among the Fortune "
                "Global 500 firms that joined the Lianglu Cuntan bonded port area in its early "
                "years.</p>"
            ),
        },
        "zh_hans": {
            "name": "伊藤忠商事",
            "summary": "日本综合商社，是保税港区的早期投资者。",
            "body": (
                "<p>伊藤忠商事是日本大型综合商社之一，业务涵盖纺织、机械、食品、能源和物流等领域。"
                "</p><p>两路寸滩保税港区建设初期，伊藤忠便作为世界500强企业之一入驻。</p>"
            ),
        },
    },
    # --- Finance ---------------------------------------------------------------------------------
    {
        "slug": "china-development-bank",
        "scene": "finance",
        "park": "jiangbeizui-cbd",
        "industries": ["finance"],
        "origin": "CN",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "China Development Bank",
            "summary": (
                "China's policy bank for infrastructure and industry, present in Jiangbeizui."
            ),
            "body": (
                "<p>China Development Bank finances infrastructure, industry and other long-term "
                "projects that support national development plans.</p><p>Its presence in "
                "Jiangbeizui helps anchor the district as the financial centre of Liangjiang.</p>"
            ),
        },
        "zh_hans": {
            "name": "国家开发银行",
            "summary": "支持基础设施和产业发展的政策性银行，在江北嘴设有机构。",
            "body": (
                "<p>国家开发银行为基础设施、产业等长期项目提供融资，服务国家发展规划。</p>"
                "<p>国开行入驻江北嘴，进一步巩固了这里作为两江金融中心的地位。</p>"
            ),
        },
    },
    {
        "slug": "picc-life",
        "scene": "finance",
        "park": "jiangbeizui-cbd",
        "industries": ["finance"],
        "origin": "CN",
        "fortune500": True,
        "established": None,
        "website": "",
        "en": {
            "name": "PICC Life",
            "summary": "The life insurance arm of the PICC group, with an office in Jiangbeizui.",
            "body": (
                "<p>PICC Life offers life, health and pension insurance as part of the People's "
                "Insurance Company of China group.</p><p>It is one of the insurers that have "
                "settled in the Jiangbeizui financial district.</p>"
            ),
        },
        "zh_hans": {
            "name": "人保寿险",
            "summary": "中国人保集团旗下的人寿保险公司，在江北嘴设有机构。",
            "body": (
                "<p>人保寿险隶属中国人民保险集团，提供人寿、健康和养老保险服务。</p>"
                "<p>它是入驻江北嘴金融城的保险机构之一。</p>"
            ),
        },
    },
    {
        "slug": "southwest-securities",
        "scene": "finance",
        "park": "jiangbeizui-cbd",
        "industries": ["finance"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Southwest Securities",
            "summary": (
                "A Chongqing-headquartered securities firm in the Jiangbeizui financial district."
            ),
            "body": (
                "<p>Southwest Securities provides brokerage, investment banking and asset "
                "management services.</p><p>As a securities house rooted in Chongqing, it is one "
                "of the local financial institutions in Jiangbeizui.</p>"
            ),
        },
        "zh_hans": {
            "name": "西南证券",
            "summary": "总部位于重庆的证券公司，落户江北嘴金融城。",
            "body": (
                "<p>西南证券提供证券经纪、投资银行和资产管理等服务。</p>"
                "<p>作为扎根重庆的证券公司，它是江北嘴的本地金融机构之一。</p>"
            ),
        },
    },
    {
        "slug": "woori-bank",
        "scene": "finance",
        "park": "jiangbeizui-cbd",
        "industries": ["finance"],
        "origin": "KR",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Woori Bank",
            "summary": "A Korean commercial bank with a branch in Jiangbeizui.",
            "body": (
                "<p>Woori Bank is one of South Korea's major commercial banks.</p><p>Its branch "
                "adds a Korean bank to the international institutions of the Jiangbeizui "
                "financial district.</p>"
            ),
        },
        "zh_hans": {
            "name": "友利银行",
            "summary": "韩国商业银行，在江北嘴设有分支机构。",
            "body": (
                "<p>友利银行是韩国主要商业银行之一。</p><p>其在江北嘴设立的分支机构，"
                "使金融城的外资金融机构阵容更加多元。</p>"
            ),
        },
    },
    # --- Exhibitions -----------------------------------------------------------------------------
    {
        "slug": "yuelai-investment-group",
        "scene": "expo",
        "park": "yuelai-exhibition-city",
        "industries": ["exhibitions"],
        "origin": "CN",
        "fortune500": False,
        "established": None,
        "website": "",
        "en": {
            "name": "Chongqing Yuelai Investment Group",
            "summary": (
                "The company developing and promoting the Yuelai convention and exhibition city."
            ),
            "body": (
                "<p>Chongqing Yuelai Investment Group develops the Yuelai International "
                "Convention and Exhibition City and seeks investors for it.</p><p>It organises "
                "investment promotion events and works with universities and companies to bring "
                "design, culture and tourism businesses to Yuelai.</p>"
            ),
        },
        "zh_hans": {
            "name": "重庆悦来投资集团",
            "summary": "负责悦来国际会展城开发建设和招商推介的企业。",
            "body": (
                "<p>重庆悦来投资集团负责悦来国际会展城的开发建设和招商引资。</p>"
                "<p>集团举办招商推介活动，并与高校和企业合作，把设计、文化和旅游产业引入悦来。</p>"
            ),
        },
    },
]

# --------------------------------------------------------------------------------------------------
# Development zones: districts and functional zones
# --------------------------------------------------------------------------------------------------

ZONES = [
    {
        "slug": "jiangbei-district",
        "scene": "skyline",
        "position": 1,
        "area_km2": 220.77,
        "population": 870000,
        "en": {
            "name": "Jiangbei District",
            "kind": "District",
            "summary": (
                "The district on the north bank of the Yangtze and Jialing rivers, home to "
                "Jiangbeizui, Guoyuan Port and the Yufu industrial area."
            ),
            "profile": (
                "<p>Jiangbei District faces Chongqing's old centre across the Jialing River and "
                "covers 220.77 square kilometres, with about 870,000 residents.</p><p>Its western "
                "end holds the Jiangbeizui financial district; further east lie Guoyuan Port and "
                "the Yufu industrial area, with car, equipment and logistics companies.</p>"
                "<p>Under a 2025 reform, Jiangbei and Yubei districts were brought into "
                "Liangjiang New Area.</p>"
            ),
        },
        "zh_hans": {
            "name": "江北区",
            "kind": "行政区",
            "summary": "位于长江、嘉陵江北岸，江北嘴、果园港和鱼复工业片区都在区内。",
            "profile": (
                "<p>江北区与渝中老城隔嘉陵江相望，面积220.77平方公里，常住人口约87万。</p>"
                "<p>区域西端是江北嘴金融城，往东则是果园港和鱼复工业片区，汽车、"
                "装备和物流企业在此集聚。</p><p>根据2025年的区划改革，"
                "江北区和渝北区已并入两江新区。</p>"
            ),
        },
    },
    {
        "slug": "yubei-district",
        "scene": "skyline",
        "position": 2,
        "area_km2": None,
        "population": 1630000,
        "en": {
            "name": "Yubei District",
            "kind": "District",
            "summary": (
                "Chongqing's airport district, stretching from the northern new town to the "
                "Longxing industrial area."
            ),
            "profile": (
                "<p>Yubei District lies north of the city centre and has about 1.63 million "
                "residents in 11 towns and 19 sub-districts.</p><p>Chongqing Jiangbei "
                "International Airport, the Lianglu airport area of the bonded zone, the Yuelai "
                "exhibition city and the Longxing Development Zone are all within its "
                "boundaries.</p><p>Together with Jiangbei, the district was merged into "
                "Liangjiang New Area in a 2025 reform.</p>"
            ),
        },
        "zh_hans": {
            "name": "渝北区",
            "kind": "行政区",
            "summary": "重庆的空港所在地，从北部新城一直延伸到龙兴工业片区。",
            "profile": (
                "<p>渝北区位于主城北部，下辖11个镇、19个街道，常住人口约163万。</p>"
                "<p>重庆江北国际机场、保税区的两路空港功能区、悦来国际会展城和龙兴开发区都在区内。"
                "</p><p>在2025年的区划改革中，渝北区与江北区一并纳入两江新区。</p>"
            ),
        },
    },
    {
        "slug": "beibei-district",
        "scene": "park",
        "position": 3,
        "area_km2": None,
        "population": None,
        "en": {
            "name": "Beibei District",
            "kind": "District",
            "summary": (
                "A green district on the Jialing River in the north-west, part of which lies "
                "within Liangjiang."
            ),
            "profile": (
                "<p>Beibei sits on the Jialing River in the north-west of Chongqing's main urban "
                "area, known for its hills, gorges and universities.</p><p>About 118 square "
                "kilometres of the district lie within the boundaries of Liangjiang New Area.</p>"
            ),
        },
        "zh_hans": {
            "name": "北碚区",
            "kind": "行政区",
            "summary": "位于主城西北、嘉陵江畔的生态城区，部分区域划入两江新区。",
            "profile": (
                "<p>北碚区地处重庆主城西北部的嘉陵江畔，以山水峡谷和高校云集而闻名。</p>"
                "<p>全区约有118平方公里位于两江新区范围内。</p>"
            ),
        },
    },
    {
        "slug": "directly-administered-area",
        "scene": "skyline",
        "position": 4,
        "area_km2": None,
        "population": None,
        "en": {
            "name": "Directly Administered Area",
            "kind": "Functional zone",
            "summary": (
                "The part of Liangjiang that the administrative committee develops and manages "
                "itself."
            ),
            "profile": (
                "<p>Within the new area's boundaries, the directly administered area is where the "
                "Liangjiang administrative committee plans land, attracts investment and builds "
                "infrastructure on its own account.</p><p>Industrial parks, infrastructure and "
                "public services in this part of the area are planned and delivered by the "
                "committee's own departments.</p>"
            ),
        },
        "zh_hans": {
            "name": "直管区",
            "kind": "功能区",
            "summary": "由两江新区管委会直接开发和管理的区域。",
            "profile": (
                "<p>在新区范围内，直管区由两江新区管委会直接负责土地规划、招商引资和基础设施建设。"
                "</p><p>这一区域的产业园区、基础设施和公共服务，由管委会各部门统一规划、组织实施。"
                "</p>"
            ),
        },
    },
    {
        "slug": "new-north-zone",
        "scene": "skyline",
        "position": 5,
        "area_km2": 130,
        "population": None,
        "en": {
            "name": "New North Zone",
            "kind": "Functional zone",
            "summary": (
                "Northern Chongqing's first development zone, now a centre for cars, cloud "
                "computing and industrial design."
            ),
            "profile": (
                "<p>Founded in 2002, the New North Zone covers about 130 square kilometres. It "
                "takes in the Chongqing Economic and Technological Development Zone, set up in "
                "1993 on 9.6 square kilometres.</p><p>Carmakers such as Changan Ford have large "
                "plants here, and the zone has added cloud computing, the Internet of Things and "
                "industrial design.</p>"
            ),
        },
        "zh_hans": {
            "name": "北部新区",
            "kind": "功能区",
            "summary": "重庆北部最早的开发区，如今是汽车、云计算和工业设计产业的集聚地。",
            "profile": (
                "<p>北部新区成立于2002年，面积约130平方公里，其中包括1993年设立、"
                "面积9.6平方公里的重庆经济技术开发区。</p>"
                "<p>长安福特等整车企业在这里建有大型工厂，新区还大力发展云计算、"
                "物联网和工业设计等产业。</p>"
            ),
        },
    },
    {
        "slug": "industrial-development-zone",
        "scene": "factory",
        "position": 6,
        "area_km2": None,
        "population": None,
        "en": {
            "name": "Liangjiang Industrial Development Zone",
            "kind": "Functional zone",
            "summary": (
                "The manufacturing heartland in the east of Liangjiang, taking in Yufu, Longxing "
                "and the surrounding towns."
            ),
            "profile": (
                "<p>The industrial development zone lies in the east of Liangjiang, next to "
                "Jiangbei, Yubei and Nan'an. Its first phase, made up of the Yufu and Longshi "
                "areas, covers 178 square kilometres.</p><p>It was planned for advanced "
                "manufacturing, and today its parks make cars and engines, rail vehicles, power "
                "equipment and electronics.</p>"
            ),
        },
        "zh_hans": {
            "name": "两江工业开发区",
            "kind": "功能区",
            "summary": "两江新区东部的制造业腹地，涵盖鱼复、龙兴及周边乡镇。",
            "profile": (
                "<p>两江工业开发区位于新区东部，与江北、渝北、南岸三区相邻。"
                "一期范围包括鱼复和龙石两个片区，面积178平方公里。</p><p>开发区定位于先进制造业，"
                "如今园区内生产整车和发动机、轨道交通车辆、电力装备和电子产品。</p>"
            ),
        },
    },
    {
        "slug": "collaborative-innovation-zone",
        "scene": "lab",
        "position": 7,
        "area_km2": 30,
        "population": None,
        "en": {
            "name": "Liangjiang Collaborative Innovation Zone",
            "kind": "Functional zone",
            "summary": (
                "A science district where research institutes, universities and start-ups work "
                "together with industry."
            ),
            "profile": (
                "<p>The zone is planned to cover 30 square kilometres, with a core of 6.8 square "
                "kilometres in the Longsheng area in the east of Liangjiang.</p><p>It is one of "
                "the area's three main innovation platforms, bringing research institutes and "
                "talent together with industry. It also works with Chengdu Science City on joint "
                "projects under the Chengdu-Chongqing economic circle.</p>"
            ),
        },
        "zh_hans": {
            "name": "两江协同创新区",
            "kind": "功能区",
            "summary": "科研院所、高校和创业企业与产业协同创新的科创片区。",
            "profile": (
                "<p>协同创新区规划面积30平方公里，核心区6.8平方公里，位于新区东部的龙盛片区。</p>"
                "<p>它是两江三大创新平台之一，推动科研院所、人才和产业深度融合，"
                "并与成都科学城在成渝地区双城经济圈框架下合作开展项目。</p>"
            ),
        },
    },
]

# --------------------------------------------------------------------------------------------------
# Officials (from section 3.3 of the facts; current leaders only)
# --------------------------------------------------------------------------------------------------

OFFICIALS = [
    {
        "slug": "luo-lin",
        "position": 1,
        "en": {
            "name": "Luo Lin",
            "title": "Party Secretary, Liangjiang New Area",
            "biography": (
                "<p>Luo Lin leads the Party Working Committee of Liangjiang New Area and oversees "
                "the area's overall development. Luo Lin previously served as director of the "
                "administrative committee from 2021 and took up the current post in 2023.</p>"
            ),
        },
        "zh_hans": {
            "name": "罗蔺",
            "title": "两江新区党工委书记",
            "biography": (
                "<p>罗蔺任两江新区党工委书记，统筹新区各项发展工作。"
                "2021年起曾任两江新区管委会主任，2023年起任现职。</p>"
            ),
        },
    },
    {
        "slug": "xu-hongqiu",
        "position": 2,
        "en": {
            "name": "Xu Hongqiu",
            "title": "Director, Liangjiang New Area Administrative Committee",
            "biography": (
                "<p>Xu Hongqiu heads the administrative committee of Liangjiang New Area, which "
                "is responsible for its economic development, investment promotion and public "
                "services. Xu joined the committee as deputy director in 2023 and later became "
                "director.</p>"
            ),
        },
        "zh_hans": {
            "name": "许宏球",
            "title": "两江新区管委会主任",
            "biography": (
                "<p>许宏球任两江新区管委会主任，负责新区经济发展、招商引资和公共服务等工作。"
                "2023年任管委会副主任，后任主任。</p>"
            ),
        },
    },
]

# --------------------------------------------------------------------------------------------------
# Departments of the administrative committee
# --------------------------------------------------------------------------------------------------

_ADDRESS_EN = "Liangjiang New Area Administrative Committee, Chongqing"
_ADDRESS_ZH = "重庆市两江新区管委会"

DEPARTMENTS = [
    {
        "slug": "information-industry",
        "position": 1,
        "phone": "+86 23 6757 3885",
        "email": "",
        "en": {
            "name": "Department of Information Industry",
            "duties": (
                "<p>Plans, monitors and promotes industrial development in the new area, with a "
                "focus on six industries: automobiles, electronic information, cloud computing, "
                "high-end equipment, aviation and biomedicine.</p><p>Also supports new energy, "
                "energy saving and environmental protection, and follows major industrial "
                "projects from signing to production.</p>"
            ),
            "address": _ADDRESS_EN,
        },
        "zh_hans": {
            "name": "信息产业部",
            "duties": (
                "<p>负责新区产业发展的规划、监测和推进，重点关注汽车、电子信息、云计算、高端装备、"
                "航空和生物医药六大产业。</p><p>同时推动新能源、节能环保产业发展，"
                "跟踪服务重大产业项目从签约到投产的全过程。</p>"
            ),
            "address": _ADDRESS_ZH,
        },
    },
    {
        "slug": "market-quality-supervision",
        "position": 2,
        "phone": "+86 23 6757 3675",
        "email": "",
        "en": {
            "name": "Market and Quality Supervision Bureau",
            "duties": (
                "<p>Oversees product quality, standards and fair market order in the industrial "
                "development zone and the bonded port areas.</p><p>Handles related registrations "
                "and inspections for companies, aiming to let them complete procedures at a "
                "single service window.</p>"
            ),
            "address": _ADDRESS_EN,
        },
        "zh_hans": {
            "name": "市场和质量监督管理局",
            "duties": (
                "<p>负责工业开发区和保税港区范围内的产品质量、标准和市场秩序监管。</p>"
                "<p>办理企业相关登记和检查事项，力求让企业在一个服务窗口办完手续。</p>"
            ),
            "address": _ADDRESS_ZH,
        },
    },
    {
        "slug": "general-office",
        "position": 3,
        "phone": "",
        "email": "",
        "en": {
            "name": "General Office",
            "duties": (
                "<p>Coordinates the daily work of the administrative committee, including "
                "meetings, documents, information releases and liaison with other government "
                "bodies.</p>"
            ),
            "address": _ADDRESS_EN,
        },
        "zh_hans": {
            "name": "办公室",
            "duties": (
                "<p>负责管委会日常运转的综合协调，包括会务、文电、"
                "信息发布以及与其他政府部门的联络。</p>"
            ),
            "address": _ADDRESS_ZH,
        },
    },
    {
        "slug": "investment-promotion",
        "position": 4,
        "phone": "",
        "email": "",
        "en": {
            "name": "Investment Promotion Bureau",
            "duties": (
                "<p>Promotes Liangjiang to investors at home and abroad, organises signing events "
                "and investment campaigns, and helps new projects settle in the area.</p>"
            ),
            "address": _ADDRESS_EN,
        },
        "zh_hans": {
            "name": "招商投资局",
            "duties": (
                "<p>面向国内外投资者推介两江新区，组织项目签约和招商活动，协助新项目落地。</p>"
            ),
            "address": _ADDRESS_ZH,
        },
    },
    {
        "slug": "finance-bureau",
        "position": 5,
        "phone": "",
        "email": "",
        "en": {
            "name": "Finance Bureau",
            "duties": (
                "<p>Manages the new area's budget and public funds, and administers financial "
                "support and incentive policies for businesses.</p>"
            ),
            "address": _ADDRESS_EN,
        },
        "zh_hans": {
            "name": "财政局",
            "duties": "<p>负责新区预算和财政资金管理，落实面向企业的财政扶持和奖励政策。</p>",
            "address": _ADDRESS_ZH,
        },
    },
    {
        "slug": "planning-natural-resources",
        "position": 6,
        "phone": "",
        "email": "",
        "en": {
            "name": "Planning and Natural Resources Bureau",
            "duties": (
                "<p>Prepares land-use and urban plans for the new area, manages land supply and "
                "reviews planning applications for construction projects.</p>"
            ),
            "address": _ADDRESS_EN,
        },
        "zh_hans": {
            "name": "规划和自然资源局",
            "duties": "<p>编制新区国土空间和城市规划，管理土地供应，审查建设项目的规划申请。</p>",
            "address": _ADDRESS_ZH,
        },
    },
    {
        "slug": "science-technology-innovation",
        "position": 7,
        "phone": "",
        "email": "",
        "en": {
            "name": "Science and Technology Innovation Bureau",
            "duties": (
                "<p>Supports research institutes, innovation platforms and high-tech companies, "
                "and helps turn research results into products and businesses.</p>"
            ),
            "address": _ADDRESS_EN,
        },
        "zh_hans": {
            "name": "科技创新局",
            "duties": (
                "<p>扶持科研院所、创新平台和高新技术企业发展，推动科技成果转化为产品和产业。</p>"
            ),
            "address": _ADDRESS_ZH,
        },
    },
    {
        "slug": "ecology-environment",
        "position": 8,
        "phone": "",
        "email": "",
        "en": {
            "name": "Ecology and Environment Bureau",
            "duties": (
                "<p>Protects air, water and soil quality in the new area, reviews the "
                "environmental impact of projects and looks after parks, rivers and green "
                "space.</p>"
            ),
            "address": _ADDRESS_EN,
        },
        "zh_hans": {
            "name": "生态环境局",
            "duties": (
                "<p>负责新区大气、水和土壤环境保护，审查项目环境影响，守护公园、河流和绿地生态。"
                "</p>"
            ),
            "address": _ADDRESS_ZH,
        },
    },
]

# The three drawn pictures of each park's gallery (portal/demo/drawing.py, scene of the park, seeds
# park number × 10 + 1, 2, 3), described as they look: alt text (what the picture shows) and a
# caption (what it is about), in English and Chinese. Keep them in step with the drawing if it changes.
GALLERIES = {
    "guoyuan-port": [
        {
            "en": {
                "alt": "Five stacks of orange, green, yellow and blue containers on a quay, a tall orange crane on the right, the river in front and a low orange sun over grey hills",
                "caption": "Containers waiting on the quay by the Yangtze",
            },
            "zh_hans": {
                "alt": "码头上五摞橙、绿、黄、蓝色集装箱，右侧一台高大的橙色起重机，前方是江水，灰色山峦上挂着橙色的太阳",
                "caption": "长江边码头上待运的集装箱",
            },
        },
        {
            "en": {
                "alt": "Two tall container stacks and two low red ones at the water's edge, an orange crane standing alone on the right under a small orange sun",
                "caption": "The crane and the container yard",
            },
            "zh_hans": {
                "alt": "水边两摞高高的集装箱和两摞矮矮的红色集装箱，右侧一台橙色起重机独自矗立，天上一轮小小的橙色太阳",
                "caption": "起重机与集装箱堆场",
            },
        },
        {
            "en": {
                "alt": "A long row of six colourful container stacks along the river, an orange crane among them on the right and the sun above the middle of the quay",
                "caption": "A full quay: rail, road and river meet here",
            },
            "zh_hans": {
                "alt": "江边一长排六摞彩色集装箱，右侧起重机立在其间，太阳悬在码头中段上方",
                "caption": "繁忙的码头：铁路、公路和水路在这里交汇",
            },
        },
    ],
    "lianglu-cuntan-bonded-zone": [
        {
            "en": {
                "alt": "Three stacks of red, yellow, green and blue containers on the left of a quay, an orange crane on the right with a large orange sun behind its arm",
                "caption": "Goods in bonded storage at the riverside yard",
            },
            "zh_hans": {
                "alt": "码头左侧三摞红、黄、绿、蓝色集装箱，右侧一台橙色起重机，吊臂后是一轮大大的橙色太阳",
                "caption": "江边堆场里保税存放的货物",
            },
        },
        {
            "en": {
                "alt": "Three container stacks, mostly green and yellow, beside the river, a low orange sun on the left and an orange crane on the far right",
                "caption": "Containers on the bonded zone's river quay",
            },
            "zh_hans": {
                "alt": "江边三摞以绿色和黄色为主的集装箱，左边低低的橙色太阳，最右侧一台橙色起重机",
                "caption": "综合保税区江边码头上的集装箱",
            },
        },
        {
            "en": {
                "alt": "Three small stacks of containers in the middle of a quay, an orange crane on the right and an orange sun low on the far left, above grey hills",
                "caption": "Morning at the bonded zone's container yard",
            },
            "zh_hans": {
                "alt": "码头中间三小摞集装箱，右侧一台橙色起重机，最左边灰色山峦上方低悬着橙色的太阳",
                "caption": "综合保税区集装箱堆场的清晨",
            },
        },
    ],
    "jiangbeizui-cbd": [
        {
            "en": {
                "alt": "Dark office towers with lit yellow windows along the water at dusk, a pale yellow sun setting between the towers",
                "caption": "The financial district's towers at dusk",
            },
            "zh_hans": {
                "alt": "黄昏时分，江边一排深色写字楼亮着黄色的窗灯，淡黄色的太阳在楼宇之间落下",
                "caption": "黄昏中的金融城楼群",
            },
        },
        {
            "en": {
                "alt": "A close row of tall towers with lit windows on the riverbank, a round pale yellow moon high above them in a dark blue sky",
                "caption": "Jiangbeizui's skyline across the river at night",
            },
            "zh_hans": {
                "alt": "江岸上一排紧密相连的高楼亮着窗灯，深蓝色的夜空中高悬一轮淡黄色的圆月",
                "caption": "隔江望去的江北嘴夜景天际线",
            },
        },
        {
            "en": {
                "alt": "Towers of many heights with lit windows, the tallest in the middle, a yellow moon half hidden behind one of them and its light on the dark water",
                "caption": "Evening lights in the central business district",
            },
            "zh_hans": {
                "alt": "高低错落的楼宇亮着窗灯，最高的一座在中间，黄色的月亮一半藏在楼后，灯光映在深色的江面上",
                "caption": "中央商务区的夜晚灯火",
            },
        },
    ],
    "yufu-industrial-park": [
        {
            "en": {
                "alt": "Four dark factory halls with saw-tooth roofs and tall red-tipped chimneys in a row, a large red sun behind the second chimney, grey sky",
                "caption": "Factory halls of the industrial park",
            },
            "zh_hans": {
                "alt": "一排四座锯齿形屋顶的深色厂房，高高的烟囱顶端涂成红色，第二根烟囱后面是一轮大大的红日，天空灰蓝",
                "caption": "工业园的厂房",
            },
        },
        {
            "en": {
                "alt": "Two factory halls with saw-tooth roofs and a chimney each, grey hills behind them and a red sun over the hills on the right",
                "caption": "Workshops for vehicles and heavy equipment",
            },
            "zh_hans": {
                "alt": "两座锯齿形屋顶的厂房，各有一根烟囱，身后是灰色的山峦，右边山顶上方挂着红日",
                "caption": "生产车辆和大型装备的车间",
            },
        },
        {
            "en": {
                "alt": "Three saw-tooth factory halls on flat grey ground, the red sun rising behind the middle hall's chimney",
                "caption": "Sunrise over the production halls",
            },
            "zh_hans": {
                "alt": "平坦的灰色地面上三座锯齿形屋顶的厂房，红日从中间厂房的烟囱后升起",
                "caption": "厂房上空的日出",
            },
        },
    ],
    "longxing-development-zone": [
        {
            "en": {
                "alt": "Two red cars driving on a grey road with a yellow centre line, grey hills and a red sun behind them",
                "caption": "New cars on a test road in the zone",
            },
            "zh_hans": {
                "alt": "两辆红色汽车行驶在画着黄色中线的灰色道路上，身后是灰色山峦和一轮红日",
                "caption": "开发区测试道路上的新车",
            },
        },
        {
            "en": {
                "alt": "Three red cars in a row on a grey road with a yellow line, a small red sun high in a pale grey sky",
                "caption": "Cars leaving the assembly plant",
            },
            "zh_hans": {
                "alt": "三辆红色汽车在画着黄线的灰色道路上排成一行，浅灰色的天空高处是一轮小小的红日",
                "caption": "驶出总装厂的汽车",
            },
        },
        {
            "en": {
                "alt": "A single red car on the left of a long empty road with a yellow line, a red sun above low grey hills",
                "caption": "A road through the development zone",
            },
            "zh_hans": {
                "alt": "一辆红色汽车停在长长的空旷道路左侧，路上画着黄线，低矮的灰色山峦上方挂着红日",
                "caption": "穿过开发区的道路",
            },
        },
    ],
    "shuitu-high-tech-park": [
        {
            "en": {
                "alt": "A large black chip outlined in teal in the centre, thin teal circuit lines ending in dots all around it on a dark background, a teal sun at the top left",
                "caption": "Chips and circuits: the park's semiconductor industry",
            },
            "zh_hans": {
                "alt": "画面中央一块青绿色描边的黑色大芯片，四周深色背景上布满末端带圆点的细细青绿色电路线，左上角是一轮青绿色的太阳",
                "caption": "芯片与电路：园区的半导体产业",
            },
        },
        {
            "en": {
                "alt": "A black chip with a teal outline above a dark circuit board, teal traces crossing it, a teal sun low over the hills on its left",
                "caption": "Circuit design in the high-tech park",
            },
            "zh_hans": {
                "alt": "深色电路板上方一块青绿色描边的黑色芯片，青绿色线路纵横交错，芯片左边的山头上低悬着青绿色的太阳",
                "caption": "高新技术园区里的电路设计",
            },
        },
        {
            "en": {
                "alt": "A black chip outlined in teal on a dark circuit board, short teal traces all over the picture, a teal sun above the chip's top right corner",
                "caption": "Displays and power semiconductors are made here",
            },
            "zh_hans": {
                "alt": "深色电路板上一块青绿色描边的黑色芯片，画面各处是短短的青绿色线路，芯片右上角上方是青绿色的太阳",
                "caption": "这里生产显示面板和功率半导体",
            },
        },
    ],
    "yuelai-exhibition-city": [
        {
            "en": {
                "alt": "Blue towers with orange windows along a blue river under a clear blue sky, an orange sun behind the towers on the left",
                "caption": "The exhibition city by the Jialing River",
            },
            "zh_hans": {
                "alt": "蓝色的江边一排亮着橙色窗灯的蓝色楼宇，天空晴朗湛蓝，左侧楼后露出橙色的太阳",
                "caption": "嘉陵江畔的会展城",
            },
        },
        {
            "en": {
                "alt": "A row of blue towers with orange windows on the waterfront, a large orange sun above the lower buildings on the left",
                "caption": "Hotels and halls on the waterfront",
            },
            "zh_hans": {
                "alt": "滨水的一排蓝色楼宇亮着橙色窗灯，左边较矮的建筑上方是一轮大大的橙色太阳",
                "caption": "滨水的酒店与展馆",
            },
        },
        {
            "en": {
                "alt": "Many blue towers of similar height lined up along the river, orange windows lit, the orange sun half hidden behind a tower on the left",
                "caption": "Evening at the convention district",
            },
            "zh_hans": {
                "alt": "许多高度相近的蓝色楼宇沿江排开，橙色窗灯亮起，左侧的橙色太阳一半藏在楼后",
                "caption": "会展片区的傍晚",
            },
        },
    ],
    "aviation-industrial-park": [
        {
            "en": {
                "alt": "A white airliner with a red tail flying left to right above grey hills in a blue sky, a red sun at the top right",
                "caption": "An aircraft over the aviation park",
            },
            "zh_hans": {
                "alt": "一架红色尾翼的白色客机在蓝天下自左向右飞过灰色山峦，右上角是一轮红日",
                "caption": "飞越航空产业园的飞机",
            },
        },
        {
            "en": {
                "alt": "A white airliner with a red tail climbing over grey hills, a red sun in the top right corner of a clear blue sky",
                "caption": "Take-off from the general aviation airfield",
            },
            "zh_hans": {
                "alt": "一架红色尾翼的白色客机在灰色山峦上空爬升，晴朗的蓝天右上角挂着红日",
                "caption": "从通用机场起飞",
            },
        },
        {
            "en": {
                "alt": "A white airliner with a red tail flying low over high grey hills, the red sun hidden behind its wing",
                "caption": "Flying over the hills of Liangjiang",
            },
            "zh_hans": {
                "alt": "一架红色尾翼的白色客机低空掠过高高的灰色山峦，红日被机翼遮住",
                "caption": "飞越两江的群山",
            },
        },
    ],
    "dadi-enterprise-park": [
        {
            "en": {
                "alt": "A black square chip outlined in teal over blue-grey hills and ground, thin teal lines with dots across a pale sky, a teal sun peeking out on the chip's left",
                "caption": "Laboratories of the biomedicine park",
            },
            "zh_hans": {
                "alt": "蓝灰色的山峦和地面上方一块青绿色描边的黑色方形芯片，浅色天空中横竖着带圆点的细青绿色线条，芯片左边探出青绿色的太阳",
                "caption": "生物医药园区的实验室",
            },
        },
        {
            "en": {
                "alt": "A black chip outlined in teal in front of blue-grey hills, a teal sun rising right behind its top edge, thin teal lines in the pale sky",
                "caption": "Research and testing in the enterprise park",
            },
            "zh_hans": {
                "alt": "蓝灰色山峦前一块青绿色描边的黑色芯片，青绿色的太阳正从芯片上沿后面升起，浅色天空中有细细的青绿色线条",
                "caption": "企业公园里的研发与检测",
            },
        },
        {
            "en": {
                "alt": "A black chip with a teal outline on blue-grey ground, a teal sun behind its top left corner, teal lines with dots across the sky and the ground",
                "caption": "Medical devices and new drugs are developed here",
            },
            "zh_hans": {
                "alt": "蓝灰色地面上一块青绿色描边的黑色芯片，青绿色的太阳藏在芯片左上角后，天空和地面上布满带圆点的青绿色线条",
                "caption": "这里研发医疗器械和创新药物",
            },
        },
    ],
}
