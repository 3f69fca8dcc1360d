"""Article text for the CMS zoo portals: real-looking government news, every article distinct.

Each article is drawn from a topic (a headline template and paragraph templates in the register
of county and city portals) and filled with invented place names, offices, figures and dates by a
random generator seeded from the article's key, so a zoo rebuilds byte for byte. No two articles
share a title or a paragraph (:func:`make_article` is called through :class:`Writer`, which checks).

Example::

    writer = Writer(seed="yunxi", places=PLACES_YUNXI)
    art = writer.article("2024-03-12")
    art.title, art.source, art.paragraphs
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

__all__ = ["Article", "Writer", "PLACES_YUNXI", "PLACES_SHIMEN"]


@dataclass
class Article:
    title: str
    date: str  # YYYY-MM-DD
    time: str  # HH:MM
    source: str
    paragraphs: list[str]
    author: str = ""
    extra: dict = field(default_factory=dict)


#: (city, county list, township list, villages) of the two fictional portals
PLACES_YUNXI = {
    "city": "云溪市",
    "districts": ["云溪区", "南岭区", "白石县", "青川县", "梅岭县"],
    "towns": ["青石镇", "柳溪乡", "白沙街道", "桃源镇", "石门乡", "长乐镇", "凤岭街道", "龙泉镇", "花溪乡",
              "双河镇", "永丰街道", "清水镇", "竹林乡", "新塘镇", "安平镇", "梨园乡"],
    "villages": ["上湾村", "黄泥村", "杨柳村", "大坪村", "新华村", "东岭村", "河口村", "松林村", "胜利村",
                 "前进村", "高桥村", "水口村"],
    "leaders": ["陈建华", "刘海峰", "王立新", "张秀英", "李国强", "赵文静", "周明亮", "孙红梅"],
}
PLACES_SHIMEN = {
    "city": "石门县",
    "districts": ["石门县"],
    # 昇平镇 and 李镕 are outside GB2312 (GBK only): pages declared gb2312 that contain them are common
    "towns": ["城关镇", "溪口镇", "马鞍乡", "太平镇", "官渡镇", "罗坪乡", "金竹镇", "横山乡", "樟树镇",
              "大同镇", "新安乡", "兴隆街道", "昇平镇"],
    "villages": ["中心村", "和平村", "枫树村", "石桥村", "团结村", "龙潭村", "沙坪村", "茶园村", "岩头村",
                 "新民村"],
    "leaders": ["何志刚", "杨春燕", "吴建军", "郑丽萍", "黄德明", "李镕"],
}

# Topics: (headline templates, office, paragraph templates). Slots: {city} {dist} {town} {town2}
# {vill} {leader} {n1}..{n4} (whole numbers) {p1} {p2} (percentages) {m} {d} (month, day of the
# article) {m2} (a later month) {yr}.
TOPICS: list[tuple[list[str], str, list[str]]] = [
    (
        ["{city}召开{yr}年安全生产工作会议", "{dist}部署汛期前安全隐患大排查"],
        "应急管理局",
        [
            "{m}月{d}日，{city}召开安全生产工作会议，通报近期全市安全生产形势，对道路交通、建筑施工、危险化学品和人员密集场所等重点领域隐患排查工作作出部署。",
            "会议通报，今年以来全市共检查企业{n1}家次，发现并督促整改各类隐患{n2}处，整改率达到{p1}%，对{n3}家存在重大隐患的企业依法实施停产整顿。",
            "会议要求，各{dist_word}要严格落实“党政同责、一岗双责”，{m2}月底前完成对辖区内所有燃气管网、自建房和高层建筑消防设施的拉网式排查，做到隐患清单、责任清单、整改清单“三单”闭环。",
            "会议强调，要加强应急值守和信息报送，{town}、{town2}等山区乡镇要提前转移受地质灾害威胁的群众，确保人民群众生命财产安全。",
        ],
    ),
    (
        ["{town}高标准农田建设项目通过验收", "{dist}新建高标准农田{n1}亩"],
        "农业农村局",
        [
            "近日，{town}{yr}年度高标准农田建设项目通过县级验收。项目总投资{n2}万元，覆盖{vill}等{n3}个行政村，新建和改造灌溉渠道{n4}公里。",
            "项目区实行“田、土、水、路、林、电、技、管”综合治理，小田并大田后机耕效率提高约{p1}%，预计每亩年均增产粮食{n3}0公斤以上。",
            "验收组采取查阅资料、实地抽测等方式，对项目的工程质量、资金使用和管护机制逐项核查，认为项目建设内容与批复一致，质量总体良好。",
            "下一步，{town}将落实工程管护主体和管护经费，引导种粮大户和农民合作社流转经营，让高标准农田真正发挥效益。",
        ],
    ),
    (
        ["{city}公布{yr}年第一批民生实事项目", "{city}{yr}年十件民生实事进展情况"],
        "政府办公室",
        [
            "经市政府常务会议研究，{city}{yr}年民生实事项目确定为{n3}项，涉及教育、医疗、养老、交通和老旧小区改造等领域，计划总投资{n2}万元。",
            "其中，新建和改扩建公办幼儿园{n3}所，新增学位{n1}个；在{town}、{town2}等乡镇新建村级养老服务站{n4}个，为{n1}名高龄老人提供助餐服务。",
            "为确保项目按期完成，市政府明确每个项目由一名市领导牵头，实行月调度、季通报，项目进度在政府门户网站定期公开，接受群众监督。",
            "截至{m}月{d}日，已有{n4}个项目开工建设，总体完成年度投资计划的{p1}%。",
        ],
    ),
    (
        ["{dist}开展春季义务植树活动", "{city}春季造林绿化完成{n1}亩"],
        "林业局",
        [
            "{m}月{d}日上午，{dist}四套班子领导和机关干部职工{n1}余人来到{town}{vill}荒山植树点，参加春季义务植树活动。",
            "活动现场，大家扶苗、培土、浇水，分工协作、干劲十足，共栽下香樟、桂花、枫香等苗木{n2}余株。",
            "今年以来，全{dist_word}已完成人工造林{n4}亩、退化林修复{n3}00亩，森林覆盖率提高到{p1}%。",
            "{dist}林业部门提醒，当前正值春季森林防火关键期，进山人员严禁携带火种，发现火情请及时拨打12119报警电话。",
        ],
    ),
    (
        ["{city}开展{yr}年度医保待遇政策宣传月活动", "城乡居民医保{yr}年度集中参保缴费启动"],
        "医疗保障局",
        [
            "为让群众更好了解医保政策，{city}医疗保障局于{m}月{d}日启动医保政策宣传月活动，组织工作人员深入{town}、{town2}等{n3}个乡镇开展现场宣讲。",
            "{yr}年度城乡居民基本医疗保险个人缴费标准为每人每年{n1}元，参保群众可通过微信、支付宝、银行网点或村（社区）代收点缴费。",
            "今年，我市继续将{n4}种门诊慢特病纳入医保报销范围，普通门诊统筹年度报销限额提高至{n2}元，政策范围内住院费用报销比例稳定在{p1}%左右。",
            "参保群众如有疑问，可拨打12393医保服务热线咨询，或到各级医保经办窗口办理。",
        ],
    ),
    (
        ["{town}举办农村实用技术培训班", "{dist}培训高素质农民{n1}人次"],
        "农业农村局",
        [
            "{m}月{d}日，{town}农业综合服务站在{vill}村委会举办农村实用技术培训班，邀请市农科所专家为{n1}余名种植户授课。",
            "培训围绕水稻机插秧、茶园病虫害绿色防控和设施蔬菜水肥管理等内容展开，专家还到田间地头进行现场示范，手把手传授技术要领。",
            "近年来，{town}依托“一村一品”发展特色种植{n2}亩，带动{n4}户农户户均增收{n3}000元以上。",
        ],
    ),
    (
        ["{city}举行{yr}年重大项目集中开工仪式", "{dist}{n3}个重点项目集中签约"],
        "发展和改革委员会",
        [
            "{m}月{d}日，{city}{yr}年重大项目集中开工仪式在{dist}经济开发区举行，本次集中开工项目{n3}个，总投资{n2}亿元。",
            "开工项目涵盖先进制造、新能源、现代物流、城市基础设施等领域，其中投资10亿元以上的项目{n4}个，预计全部建成后可新增就业岗位{n1}个。",
            "市长{leader}在开工仪式上表示，各级各部门要当好项目建设的“服务员”，对开工项目实行“一个项目、一名领导、一个专班”推进机制，全力以赴解决用地、用能、融资等难题。",
            "据了解，今年全市共谋划重点项目{n1}个，截至目前已开工{p2}%，完成投资{n4}亿元。",
        ],
    ),
    (
        ["关于{yr}年城乡居民养老保险集中缴费的通知", "关于做好{yr}年度城乡居民养老保险参保缴费工作的通知"],
        "人力资源和社会保障局",
        [
            "各乡镇（街道）人民政府、市直有关单位：为做好{yr}年度城乡居民基本养老保险参保缴费工作，现将有关事项通知如下。",
            "一、缴费时间。{yr}年{m}月{d}日至{m2}月30日为集中缴费期，年满16周岁（不含在校学生）、未参加职工基本养老保险的本市户籍居民均可参保。",
            "二、缴费档次。个人缴费标准设为每年200元至{n1}元共{n3}个档次，参保人自主选择档次缴费，多缴多得；政府对选择500元及以上档次缴费的给予每人每年{n4}元补贴。",
            "三、工作要求。各乡镇（街道）要加强政策宣传，重点做好低保对象、特困人员等困难群体的代缴工作，确保应保尽保。咨询电话：0736-12333。",
        ],
    ),
    (
        ["{dist}完成{n3}个老旧小区改造", "{city}启动{yr}年城镇老旧小区改造"],
        "住房和城乡建设局",
        [
            "{m}月{d}日，记者从{city}住房和城乡建设局获悉，{yr}年全市计划改造城镇老旧小区{n3}个，涉及居民{n1}户，总投资约{n2}万元。",
            "改造内容包括雨污分流、管网更新、屋面防水、加装电梯和停车位改造等，{dist}{town}片区的{n4}个小区将同步建设社区养老和托育服务设施。",
            "为让改造更贴近居民需求，各小区在实施前均召开居民议事会，改造方案经三分之二以上居民同意后方可开工，施工期间设立群众监督员。",
            "目前，首批{n4}个小区已完成施工招标，预计{m2}月中旬全面开工。",
        ],
    ),
    (
        ["{city}召开优化营商环境工作推进会", "{dist}企业开办实现“一日办结”"],
        "行政审批服务局",
        [
            "{m}月{d}日，{city}召开优化营商环境工作推进会，总结去年以来“放管服”改革成效，部署新一轮营商环境提升行动。",
            "去年，全市政务服务事项网上可办率达到{p1}%，企业开办时间压缩至0.{n3}个工作日，{n1}个事项实现“秒批秒办”。",
            "会议发布了{n4}条优化营商环境新举措，包括推行涉企经营许可“证照联办”、工程建设项目审批“一窗通办”和惠企政策“免申即享”等。",
            "会议要求，各部门要建立问题清单和整改台账，对企业反映的问题{n3}个工作日内给予答复，坚决杜绝推诿扯皮。",
        ],
    ),
    (
        ["{town}{vill}获评省级美丽乡村示范村", "{dist}{n3}个村入选省级美丽乡村"],
        "乡村振兴局",
        [
            "近日，省乡村振兴局公布{yr}年度美丽乡村示范村名单，{dist}{town}{vill}榜上有名。",
            "近年来，{vill}以农村人居环境整治为抓手，完成改厕{n1}户，新建污水处理终端{n3}座，村庄道路全部硬化亮化，昔日的“泥巴路”变成了“风景线”。",
            "该村还依托山水资源发展乡村旅游，开办农家乐{n4}家，去年接待游客{n2}人次，村集体经济收入突破{n3}0万元。",
        ],
    ),
    (
        ["{city}发布{yr}年{m}月环境空气质量状况", "{m}月份全市空气质量优良天数比例{p1}%"],
        "生态环境局",
        [
            "{yr}年{m}月，{city}城区环境空气质量优良天数为{n3}天，优良天数比例为{p1}%，同比上升{n4}个百分点。",
            "主要污染物中，细颗粒物（PM2.5）月均浓度为{n3}微克/立方米，可吸入颗粒物（PM10）月均浓度为{n4}微克/立方米，二氧化硫和二氧化氮浓度均达到国家二级标准。",
            "各区县中，{dist}空气质量综合指数最低，{town}国控监测点优良天数比例达到{p2}%。",
            "下一步，市生态环境局将继续加强扬尘管控和机动车尾气治理，推进重点行业超低排放改造，持续改善空气质量。",
        ],
    ),
    (
        ["{dist}举办{yr}年春风行动招聘会", "{city}举办高校毕业生专场招聘会"],
        "人力资源和社会保障局",
        [
            "{m}月{d}日，{dist}{yr}年“春风行动”暨就业援助月专场招聘会在{town}文化广场举行，吸引{n1}余名求职者到场。",
            "本次招聘会共组织{n4}家企业参会，提供制造、电商、物流、家政等岗位{n2}个，现场达成初步就业意向{n3}00余人。",
            "招聘会现场还设立了政策咨询台和技能培训报名点，工作人员向求职者讲解创业担保贷款、社保补贴和职业技能培训补贴等政策。",
        ],
    ),
    (
        ["{city}完成{yr}年度义务教育学校招生划片工作", "{city}{yr}年义务教育招生入学政策解读"],
        "教育局",
        [
            "日前，{city}教育局公布{yr}年义务教育阶段学校招生划片范围，全市{n3}所公办小学、{n4}所公办初中全部实行划片招生、免试就近入学。",
            "适龄儿童少年可于{m2}月1日至15日登录市义务教育招生服务平台进行网上报名，材料不全的可到学区学校现场核验。",
            "对随迁子女入学，我市继续实行居住证积分办法，符合条件的统筹安排到公办学校就读，今年预计提供学位{n1}个。",
            "{city}教育局提醒家长，招生期间不存在任何“内部指标”，如发现违规招生行为，可拨打12345政务服务便民热线举报。",
        ],
    ),
    (
        ["{town}开展“送医下乡”义诊活动", "{dist}家庭医生签约服务覆盖率达{p1}%"],
        "卫生健康委员会",
        [
            "{m}月{d}日，{dist}人民医院组织内科、儿科、眼科等科室的{n3}名医务人员来到{town}{vill}开展义诊活动。",
            "活动现场，医生们为群众免费测量血压、血糖，开展心电图检查，耐心解答健康问题，共义诊群众{n1}余人次，发放健康宣传资料{n2}份。",
            "今年以来，{dist}组建家庭医生团队{n4}支，重点人群家庭医生签约服务覆盖率达到{p1}%，高血压、糖尿病患者规范管理率均超过{p2}%。",
        ],
    ),
    (
        ["{city}{yr}年第一季度经济运行情况", "{dist}前{m}个月规模以上工业增加值增长{n4}.{n3}%"],
        "统计局",
        [
            "据初步核算，{yr}年一季度{city}实现地区生产总值{n2}亿元，按不变价格计算，同比增长{n4}.{n3}%，增速高于全省平均水平。",
            "分产业看，第一产业增加值{n3}{n4}.6亿元，增长3.{n3}%；第二产业增加值{n1}.2亿元，增长{n4}.8%；第三产业增加值增长{n3}.1%。",
            "全市规模以上工业企业{n1}家，其中{n4}个大类行业增加值实现增长；社会消费品零售总额同比增长{p2}%，消费市场持续回暖。",
            "总体看，一季度全市经济运行起步平稳、稳中向好，但外部环境不确定性依然较大，部分企业生产经营仍面临困难。",
        ],
    ),
    (
        ["{city}公布{yr}年第{n3}批拟命名地名", "关于{town}部分道路命名的公示"],
        "民政局",
        [
            "根据《地名管理条例》和我市地名管理有关规定，市民政局会同{dist}人民政府拟对{town}新建的{n3}条道路进行命名，现予以公示。",
            "拟命名道路包括：{town}新区东西向道路“兴业路”，全长{n1}米；南北向道路“望川路”，全长{n3}00米，等。命名遵循“尊重历史、体现特色、好找好记”的原则。",
            "公示期为{m}月{d}日至{m2}月{d}日。公示期间，单位或个人对拟命名方案有意见的，可书面向市民政局区划地名科反映，联系电话：0736-8{n2}。",
        ],
    ),
    (
        ["{dist}召开防汛抗旱工作会议", "{city}进入主汛期 各地严阵以待"],
        "水利局",
        [
            "{m}月{d}日，{dist}召开防汛抗旱工作会议，分析今年汛期气象水文形势，部署防汛抗旱各项工作。",
            "气象部门预测，今年汛期我市降水总体偏多{n3}成，{town}、{town2}等山区乡镇发生山洪和地质灾害的风险较高。",
            "会议要求，全{dist_word}{n1}座小型水库要逐库落实行政、技术和巡查三个责任人，汛限水位以上一律不得蓄水；{n4}处地质灾害隐患点要落实群测群防，提前制定人员转移预案。",
            "目前，{dist}已储备编织袋{n2}条、冲锋舟{n4}艘，组建防汛抢险队伍{n3}支，做好了应对大汛的各项准备。",
        ],
    ),
    (
        ["{town}集中整治农村人居环境", "{dist}农村生活垃圾收运处置体系实现全覆盖"],
        "乡村振兴局",
        [
            "连日来，{town}组织干部群众{n1}余人次，对辖区{n3}个行政村的房前屋后、河道沟渠和公路沿线开展集中清理，清运垃圾{n2}吨。",
            "该镇建立“户分类、村收集、镇转运、县处理”的垃圾收运体系，为{vill}等村配备分类垃圾桶{n4}0余个，聘请保洁员{n4}名。",
            "同时，{town}将人居环境整治纳入村规民约，每月开展“最美庭院”评选，以评促改，引导群众自觉养成文明卫生习惯。",
        ],
    ),
    (
        ["{city}市场监管局开展春节前食品安全专项检查", "{dist}开展校园周边食品安全整治"],
        "市场监督管理局",
        [
            "{m}月{d}日起，{city}市场监督管理局组织执法人员对全市大型商超、农贸市场和餐饮单位开展食品安全专项检查。",
            "检查重点为进口冷链食品、肉类、年货食品的进货查验和索证索票情况，共检查经营主体{n1}家，抽检食品样品{n3}0批次。",
            "检查中发现{n4}家经营户存在过期食品未及时下架、从业人员健康证过期等问题，执法人员当场责令整改，并对{n3}家立案调查。",
            "市场监管部门提醒广大消费者，购买食品要到正规渠道，注意查看生产日期和保质期，如发现问题可拨打12315投诉举报。",
        ],
    ),
    (
        ["{dist}文化惠民演出走进{town}", "{city}{yr}年“送戏下乡”活动启动"],
        "文化广电旅游局",
        [
            "{m}月{d}日晚，{dist}{yr}年文化惠民演出活动走进{town}，{n1}余名群众在{vill}文化广场观看演出。",
            "演出以歌舞、小品、地方戏曲等形式，宣传乡村振兴、移风易俗和平安建设，节目贴近群众生活，现场掌声不断。",
            "今年，{dist}计划开展“送戏下乡”演出{n3}0场、公益电影放映{n2}场，实现行政村全覆盖。",
        ],
    ),
    (
        ["{city}人民政府关于{yr}年度耕地保护目标责任考核结果的通报", "{city}开展耕地保护专项整治"],
        "自然资源和规划局",
        [
            "根据省耕地保护目标责任考核办法，市政府组织对各区县{yr}年度耕地保护目标责任履行情况进行了考核，现将考核结果通报如下。",
            "{dist}等{n3}个区县考核结果为优秀，其余区县为合格。全市耕地保有量和永久基本农田保护面积均完成省下达的目标任务，全年补充耕地{n1}亩。",
            "考核中也发现，部分乡镇仍存在违法占用耕地建房、挖塘养鱼等问题，涉及耕地{n4}0余亩，已责令限期整改。",
            "各区县要严格落实耕地保护党政同责，坚决遏制耕地“非农化”、严格管控“非粮化”，确保耕地数量不减少、质量不降低。",
        ],
    ),
]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = ["晓东", "海燕", "志强", "丽娟", "文博", "建平", "雪梅", "国栋", "慧敏", "振华", "思远", "春花"]


UNDATED = [
    ("{yr}年{m}月{d}日至{m2}月30日", "即日起至下月底"),
    ("{yr}年{m}月{d}日", "近日"),
    ("{m}月{d}日至{m2}月{d}日", "公示之日起30日内"),
    ("{m}月{d}日上午", "近日上午"),
    ("{m}月{d}日晚", "近日晚间"),
    ("{m}月{d}日起", "近日起"),
    ("{m}月{d}日", "近日"),
    ("{yr}年{m}月", "上月"),
    ("前{m}个月", "今年以来"),
    ("{m2}月1日至15日", "每年招生期间"),
    ("{m2}月底", "年底"),
    ("{m2}月中旬", "下月中旬"),
    ("{m2}月30日", "下月底"),
    ("{m}月份", "上月"),
    ("{m}月", "本月"),
    ("{yr}年度", "本年度"),
    ("{yr}年", "今年"),
]


def _undate(template: str) -> str:
    for old, new in UNDATED:
        template = template.replace(old, new)
    return template


def _seeded(*parts: object) -> random.Random:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


class Writer:
    """Makes distinct articles for one portal (``seed`` keeps two portals apart)."""

    def __init__(self, seed: str, places: dict) -> None:
        self.seed = seed
        self.places = places
        self.count = 0
        self.titles: set[str] = set()
        self.paragraphs: set[str] = set()

    def article(self, date: str, *, topic: int | None = None, min_paras: int = 2, long: bool = False,
                undated: bool = False) -> Article:
        """A new article published on ``date`` (YYYY-MM-DD); ``long`` makes two long paragraphs;
        ``undated`` words the text without any date (近日, 今年 ...), for pages that show none."""
        for attempt in range(200):
            rng = _seeded(self.seed, self.count, attempt, date)
            art = self._draw(rng, date, topic, min_paras, long, undated)
            if art.title not in self.titles and not (set(art.paragraphs) & self.paragraphs):
                self.count += 1
                self.titles.add(art.title)
                self.paragraphs.update(art.paragraphs)
                return art
        raise RuntimeError("could not draw a distinct article")  # pragma: no cover

    def _draw(self, rng: random.Random, date: str, topic: int | None, min_paras: int, long: bool,
              undated: bool = False) -> Article:
        heads, office, paras = TOPICS[topic if topic is not None else rng.randrange(len(TOPICS))]
        if undated:
            heads, paras = [_undate(h) for h in heads], [_undate(t) for t in paras]
        yr, month, day = (int(x) for x in date.split("-"))
        p = self.places
        towns = rng.sample(p["towns"], 2)
        dist = rng.choice(p["districts"])
        slots = {
            "city": p["city"],
            "dist": dist,
            "dist_word": "县" if dist.endswith("县") else ("区" if dist.endswith("区") else "市"),
            "town": towns[0],
            "town2": towns[1],
            "vill": rng.choice(p["villages"]),
            "leader": rng.choice(p["leaders"]),
            "n1": rng.randrange(120, 9800),
            "n2": rng.randrange(1000, 98000),
            "n3": rng.randrange(3, 29),
            "n4": rng.randrange(2, 19),
            "p1": f"{rng.randrange(80, 99)}.{rng.randrange(0, 10)}",
            "p2": f"{rng.randrange(60, 96)}.{rng.randrange(0, 10)}",
            "m": month,
            "d": day,
            "m2": min(12, month + rng.randrange(1, 3)),
            "yr": yr,
        }
        title = rng.choice(heads).format(**slots)
        if long:
            body = [t.format(**slots) for t in paras]
            half = (len(body) + 1) // 2
            texts = ["".join(body[:half]), "".join(body[half:])]
        else:
            k = rng.randrange(max(2, min_paras), len(paras) + 1)
            texts = [t.format(**slots) for t in paras[:k]]
        source = p["city"] + ("人民政府办公室" if office == "政府办公室" else office)
        author = rng.choice(SURNAMES) + rng.choice(GIVEN) if rng.random() < 0.5 else ""
        time = f"{rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}"
        return Article(title=title, date=date, time=time, source=source, paragraphs=texts, author=author)
