// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoPhrases.h"

#include <initializer_list>
#include <utility>

namespace ff {

namespace {
using Shape = DemoHousehold::Shape;
using Texts = std::initializer_list<const char16_t*>;
using Pairs = std::initializer_list<std::pair<const char16_t*, const char16_t*>>;

QStringList list(Texts texts)
{
    QStringList out;
    for (const char16_t* t : texts)
        out.append(QString::fromUtf16(t));
    return out;
}

struct SessionText
{
    const char* category;
    const char16_t* activity;
    const char16_t* outcome;
};

QList<DemoPhrases::Session> sessions(std::initializer_list<SessionText> texts)
{
    QList<DemoPhrases::Session> out;
    for (const SessionText& t : texts)
        out.append(
            {QString::fromLatin1(t.category), QString::fromUtf16(t.activity), QString::fromUtf16(t.outcome)});
    return out;
}

QList<DemoPhrases::Pair> pairs(Pairs texts)
{
    QList<DemoPhrases::Pair> out;
    for (const auto& [a, b] : texts)
        out.append({QString::fromUtf16(a), QString::fromUtf16(b)});
    return out;
}
} // namespace

QStringList DemoPhrases::goals(Shape shape)
{
    switch (shape) {
    case Shape::ElderlyAlone:
        return list({u"老人日常生活有人照应，每月至少探访一次", u"慢性病规范用药，看病就医有保障",
                     u"老人精神生活充实，与邻里多来往", u"住房安全，冬季取暖有保障",
                     u"落实特困供养待遇，基本生活无忧"});
    case Shape::Grandparents:
        return list({u"孩子按时上学，监护责任落实到位", u"加强孩子与外出父母的亲情联系",
                     u"祖父母身体状况稳定，有能力照看孩子", u"孩子学业和营养有保障",
                     u"孩子假期安全，远离溺水等风险"});
    case Shape::WorkingFamily:
        break;
    }
    return list({u"家庭人均收入稳定在低保标准以上", u"患病成员得到规范治疗，医疗负担减轻",
                 u"残疾成员办好残疾人证，获得康复服务", u"户主掌握一门实用技能，实现就近就业",
                 u"子女顺利完成学业，不因贫辍学", u"家庭关系和睦，遇到困难有人帮"});
}

QList<DemoPhrases::Pair> DemoPhrases::actions(const QString& category)
{
    if (category == QLatin1String("resource_linking"))
        return pairs({{u"协助申请医疗救助，整理住院票据", u"镇民政办"},
                      {u"申请教育救助和营养餐补助", u""},
                      {u"对接残联办理辅助器具适配", u"县残联"},
                      {u"联系住建部门评估危房改造", u"镇村建办"},
                      {u"链接志愿者每周上门帮助打扫、买药", u"村志愿服务队"},
                      {u"协助办理慢性病门诊证", u"镇卫生院"},
                      {u"申请临时救助金渡过难关", u"镇民政办"},
                      {u"联系慈善组织资助冬衣和取暖煤", u"县慈善总会"},
                      {u"联系家庭医生签约，每季度上门随访", u"镇卫生院 家庭医生"}});
    if (category == QLatin1String("capacity_building"))
        return pairs({{u"推荐户主参加县里的养殖技术培训", u"镇农技站"},
                      {u"联系扶贫车间安排就近务工", u"村委会"},
                      {u"协助申请小额贴息贷款发展种植", u"镇农商银行"},
                      {u"报名参加家政服务技能培训", u"县人社局"},
                      {u"帮助制定家庭收支计划，学会记账", u""},
                      {u"推荐到村公益性岗位就业", u"村委会"}});
    if (category == QLatin1String("psychological_counselling"))
        return pairs({{u"每两周一次上门谈心，缓解焦虑情绪", u""},
                      {u"为孩子安排心理辅导（每两周一次）", u"县心理咨询中心"},
                      {u"引导家属正确看待疾病，减轻照护压力", u""},
                      {u"邀请参加同伴支持小组", u""},
                      {u"转介专业心理咨询师评估", u"县社会工作服务中心"}});
    if (category == QLatin1String("social_integration"))
        return pairs({{u"与学校班主任建立每月联系", u""},
                      {u"协助孩子每周与外出父母视频通话", u""},
                      {u"邀请老人参加村老年活动中心活动", u"村老年协会"},
                      {u"调解家庭矛盾，修复家庭关系", u""},
                      {u"联系邻居结对，日常照看", u"村委会"},
                      {u"动员亲属定期回家探望", u""}});
    return pairs({{u"讲解低保年审和家庭收入核对政策", u""},
                  {u"协助申办残疾人证", u"县残联"},
                  {u"讲解医保报销和大病保险政策", u""},
                  {u"宣传“雨露计划”等教育资助政策", u""},
                  {u"讲解高龄津贴和养老保险领取办法", u""}});
}

QList<DemoPhrases::Pair> DemoPhrases::services(const QString& category)
{
    if (category == QLatin1String("resource_linking"))
        return pairs({{u"协助准备医疗救助申请材料，陪同到镇民政办递交", u"材料已受理，等待审批"},
                      {u"联系家庭医生上门测血压、调整用药", u"血压较稳定，约定下月复诊"},
                      {u"为孩子申请营养餐补助，与学校核对信息", u"补助已落实，下月开始发放"},
                      {u"对接村志愿服务队，每周两次上门送菜送药", u"志愿者已排班"},
                      {u"联系县慈善总会争取冬季取暖补助", u"已发放取暖煤五百公斤"},
                      {u"陪同户主到县医院办理慢病门诊证", u"门诊证已办好，报销比例提高"},
                      {u"协助申请临时救助，核实家庭支出情况", u"临时救助金已发放"},
                      {u"联系残联工作人员上门评估辅助器具需求", u"已登记，等待适配轮椅"}});
    if (category == QLatin1String("capacity_building"))
        return pairs({{u"介绍镇扶贫车间用工信息，陪同面试", u"户主已被录用，试用一个月"},
                      {u"讲解养殖技术培训报名办法，协助报名", u"已报名下月培训班"},
                      {u"与户主一起制定家庭增收计划", u"计划种植两亩中药材"},
                      {u"指导家庭记账，梳理日常开支", u"户主愿意坚持记账"},
                      {u"了解培训后就业情况，帮助联系用工企业", u"已在县城找到工作"},
                      {u"协助填写小额贷款申请表", u"申请已提交农商银行"}});
    if (category == QLatin1String("psychological_counselling"))
        return pairs({{u"上门谈心，倾听户主对病情的担忧", u"情绪有所缓解，愿意配合治疗"},
                      {u"与孩子单独交谈，了解在校情况和心理状态", u"孩子较内向，需持续关注"},
                      {u"对照护者进行减压疏导", u"照护者表示压力减轻"},
                      {u"与老人聊天，回顾生活经历，缓解孤独感", u"老人情绪明显好转"},
                      {u"陪伴丧偶的户主，帮助处理哀伤情绪", u"能正常吃饭睡觉，愿意出门走动"}});
    if (category == QLatin1String("social_integration"))
        return pairs({{u"协助孩子与在外务工的父母视频通话", u"孩子很开心，约定每周通话"},
                      {u"调解婆媳矛盾，组织家庭会议", u"双方达成共识，关系有所改善"},
                      {u"陪同老人参加村老年协会活动", u"老人结识了几位同龄人"},
                      {u"走访邻居，动员结对照看", u"邻居同意每天看望一次"},
                      {u"与班主任沟通孩子在校表现", u"老师答应多关心孩子"}});
    return pairs({{u"讲解低保年审和家庭收入核对政策", u"家属已了解需要准备的材料"},
                  {u"宣讲医疗保险缴费和大病保险报销政策", u"户主已按时缴纳医保"},
                  {u"讲解残疾人两项补贴申领条件", u"准备下周到镇里申请"},
                  {u"讲解“雨露计划”职业教育补助", u"家长同意为孩子申请"},
                  {u"解答户主对低保金调整的疑问", u"户主表示理解"}});
}

QList<DemoPhrases::Session> DemoPhrases::groupSessions(bool children)
{
    if (children)
        return sessions(
            {{"psychological_counselling", u"留守儿童“快乐成长”小组：用画画说出想念",
              u"孩子们愿意表达想念父母的心情"},
             {"capacity_building", u"留守儿童暑期防溺水安全教育小组", u"孩子们记住了“六不”安全要求"},
             {"psychological_counselling", u"留守儿童“说出心里话”小组第二次活动",
              u"几个孩子主动分享了在校的烦恼"},
             {"social_integration", u"亲子视频通话日：帮助孩子与外出父母连线", u"每个孩子都和父母通了话"}});
    return sessions(
        {{"social_integration", u"老年人互助小组：手工编织和拉家常", u"老人们约定每周三下午一起活动"},
         {"capacity_building", u"独居老人健康小组：高血压的日常管理", u"老人们学会了自己量血压"},
         {"capacity_building", u"老年人防诈骗小组", u"老人们能说出常见的诈骗手法"}});
}

QList<DemoPhrases::Session> DemoPhrases::communitySessions()
{
    return sessions({{"policy_advocacy", u"社会救助政策进村宣讲会", u"村民现场咨询二十余人次"},
                     {"policy_advocacy", u"医保缴费和大病保险政策宣传", u"发放宣传单一百余份"},
                     {"resource_linking", u"重阳节敬老活动：志愿者为老人理发、测血压", u"服务老人三十余人"},
                     {"social_integration", u"村庄环境整治志愿服务", u"困难户与邻里一同参与，关系更融洽"}});
}

QStringList DemoPhrases::visitNotes(Shape shape)
{
    switch (shape) {
    case Shape::ElderlyAlone:
        return list({u"老人独自在家，精神尚可，屋内整洁；提醒按时服药。",
                     u"老人腿脚不便，水缸已空，已请邻居帮忙挑水。", u"老人血压偏高，已联系村医上门复查。",
                     u"天气转凉，检查了取暖炉和烟囱，叮嘱注意煤气中毒。",
                     u"老人说儿子过年回来过，心情不错；粮油充足。",
                     u"老人近来食欲差，已联系家庭医生下周上门。"});
    case Shape::Grandparents:
        return list({u"祖父母照看，孩子按时上学；祖父腿脚不便。",
                     u"孩子作业完成较好，但与父母联系少，已协助视频通话。",
                     u"孩子感冒两天未上学，已联系村医，并告知班主任。",
                     u"家中粮食充足，孩子衣物较单薄，已联系志愿者送冬衣。",
                     u"祖母反映孙子放学后常去河边玩，已做防溺水教育。",
                     u"孩子父亲春节返乡，已当面商定监护和联系安排。"});
    case Shape::WorkingFamily:
        break;
    }
    return list({u"户主住院治疗中，妻子在家照顾老人孩子，经济压力大。",
                 u"户主在扶贫车间务工，收入稳定，家庭情况好转。", u"残疾成员情绪稳定，残疾人证已办好。",
                 u"妻子反映农忙缺人手，已联系村互助组。", u"房屋屋顶漏雨，已拍照上报危房改造。",
                 u"户主术后恢复较好，已能做些轻活；医疗救助已到账。"});
}

QStringList DemoPhrases::assessmentVisitNotes()
{
    return list({u"入户开展需求评估，了解家庭基本情况和主要困难。",
                 u"入户评估，与家人逐项核对需求，建立一户一档。",
                 u"首次入户评估，查看住房和生活条件，讲解后续帮扶安排。"});
}

QStringList DemoPhrases::routineVisitNotes()
{
    return list({u"例行走访，家庭情况稳定，无新增困难。", u"入户核实家庭人口和收入，与登记一致。",
                 u"例行走访，户主外出务工，与家属交谈，生活正常。", u"走访了解近况，身体和生活情况尚好。",
                 u"例行走访，提醒按时参加医保缴费。"});
}

QStringList DemoPhrases::caseNotes(Shape shape)
{
    switch (shape) {
    case Shape::ElderlyAlone:
        return list({u"电话回访老人，说这几天咳嗽，已请村医明天上门看看。",
                     u"与老人女儿通电话，她每月寄生活费，答应春节回来接老人住几天。",
                     u"到镇民政办咨询特困供养申请材料，需补村委会证明和老人身份证复印件。",
                     u"村委会反映老人夜里独自摔倒过一次，已商定邻居每天早晚看一眼。",
                     u"协调家庭医生签约，下周二上门体检，量血压和血糖。"});
    case Shape::Grandparents:
        return list({u"与孩子班主任通电话：孩子成绩中等，上课注意力不集中，老师愿意多关注。",
                     u"孩子母亲从宁波打来电话，询问孩子近况，约定每周日晚视频一次。",
                     u"与村妇联主任商量，把孩子纳入周末“儿童之家”活动名单。",
                     u"祖父住院三天，孩子暂由姑姑照看；已告知学校和村委会。",
                     u"整理孩子的监护人联系方式，更新了紧急联系人。"});
    case Shape::WorkingFamily:
        break;
    }
    return list({u"陪同户主到镇卫健办办理大病医疗救助，材料已受理，约二十个工作日到账。",
                 u"与扶贫车间负责人联系，妻子下月可以去上班，计件工资。",
                 u"户主情绪低落，谈了半小时，约定下周再来；必要时转介心理咨询。",
                 u"村委会已把危房改造申请报到镇上，等待鉴定。",
                 u"核实低保复查材料：收入证明已交，还缺孩子在校证明。"});
}

QStringList DemoPhrases::visitPurposes(Shape shape)
{
    switch (shape) {
    case Shape::ElderlyAlone:
        return list({u"独居老人定期探访", u"了解老人用药和就医情况", u"冬季取暖安全检查"});
    case Shape::Grandparents:
        return list({u"监护随访，了解孩子上学情况", u"假期前安全教育", u"了解祖父母身体状况"});
    case Shape::WorkingFamily:
        break;
    }
    return list({u"了解医疗救助审批进度", u"复核家庭收入情况", u"回访培训后就业情况"});
}

QStringList DemoPhrases::urgentNeeds(Shape shape)
{
    switch (shape) {
    case Shape::ElderlyAlone:
        return list({u"慢性病每月药费负担重", u"冬季取暖", u"腿脚不便，挑水买菜困难", u"身边没人照应"});
    case Shape::Grandparents:
        return list({u"孙子下学期的学杂费", u"祖父看病", u"孩子没人辅导功课", u"孩子的冬衣和被褥"});
    case Shape::WorkingFamily:
        break;
    }
    return list({u"户主住院费用", u"找一份离家近的工作", u"房屋漏雨需要修缮", u"孩子上高中的学费",
                 u"残疾儿子的康复训练"});
}

QStringList DemoPhrases::policyQuestions()
{
    return list({u"低保金为什么比去年少了", u"孩子上大学能不能继续享受低保", u"医保报销比例是多少",
                 u"外出打工后低保会不会被取消"});
}

QStringList DemoPhrases::childSafetyNotes()
{
    return list(
        {u"孩子晚上常一人在家，祖母住院期间无人照看。", u"孩子身上有淤青，说法前后不一，需进一步了解。"});
}

QStringList DemoPhrases::othersMet()
{
    return list({u"村委会主任", u"邻居", u"村医", u"孩子的班主任", u"村妇联主席"});
}

QList<DemoPhrases::Pair> DemoPhrases::risks(const QString& type)
{
    if (type == QLatin1String("child_protection"))
        return pairs(
            {{u"邻居反映孩子常独自在家，衣着单薄，监护人长期外出务工。",
              u"孩子母亲已返乡照顾，监护落实，转为每月监护随访。"},
             {u"学校反映孩子近两周未到校，手臂有淤青，祖母说是摔的。",
              u"经派出所和学校核实为意外摔伤，孩子已复学，继续关注。"},
             {u"孩子夜里常一人在家，祖父住院，无其他亲属照看。", u"已由姑姑接去照顾，签订委托照护协议。"}});
    if (type == QLatin1String("domestic_violence"))
        return pairs({{u"妇女反映丈夫酒后多次动手，身上有伤。",
                       u"派出所出具告诫书，妇联跟进，丈夫已戒酒，近两月未再发生。"},
                      {u"邻居听到夜间争吵和哭喊，妇女不愿多谈。",
                       u"多次谈心后妇女说明情况，已转介妇联，由妇联持续跟进。"}});
    if (type == QLatin1String("health_emergency"))
        return pairs({{u"户主突发疾病住院，家中无人照料。", u"户主已出院回家，儿子请假回来照顾。"},
                      {u"独居老人摔倒后无法起身，被邻居发现。", u"老人已送医治疗，出院后由侄子照看。"}});
    return pairs({{u"房屋墙体开裂，雨季有倒塌危险。", u"危房改造已完成，家人已搬回新房。"},
                  {u"户主情绪低落，多次说“活着没意思”。", u"经心理咨询师评估，风险已降低，继续每周谈心。"}});
}

QList<DemoPhrases::Pair> DemoPhrases::referrals(const QString& agency)
{
    if (agency == QLatin1String("medical_security"))
        return pairs({{u"户主住院费用高，自付部分难以承担，申请医疗救助", u"医疗救助已到账三千二百元"}});
    if (agency == QLatin1String("disabled_federation"))
        return pairs({{u"残疾成员需要辅助器具和康复训练", u"轮椅已发放，康复训练每周一次"}});
    if (agency == QLatin1String("education_bureau"))
        return pairs({{u"孩子上高中学费困难，申请教育资助", u"国家助学金已批准，每学期一千元"}});
    if (agency == QLatin1String("minors_protection"))
        return pairs(
            {{u"监护人长期外出，孩子无人照料，申请临时监护照料", u"已落实亲属委托照护，机构每月回访"}});
    if (agency == QLatin1String("mental_health"))
        return pairs(
            {{u"户主长期情绪低落、失眠，需要专业心理评估", u"已评估为中度抑郁，按时服药并定期复诊"}});
    if (agency == QLatin1String("hr_social_security"))
        return pairs({{u"户主有就业意愿，需要就业推荐和技能培训", u"已推荐到县城物流公司上班"}});
    if (agency == QLatin1String("housing_bureau"))
        return pairs({{u"房屋属危房，申请危房改造", u"改造已完成并通过验收"}});
    if (agency == QLatin1String("legal_aid"))
        return pairs({{u"老人与子女发生赡养纠纷，需要法律援助", u"经调解，子女每月支付赡养费三百元"}});
    return pairs({{u"妇女遭受家庭暴力，需要妇联介入和庇护", u"妇联已介入，妇女暂住娘家，定期回访"}});
}

QStringList DemoPhrases::referralSentNotes()
{
    return list(
        {u"电话联系对方负责人，并送达转介表", u"已陪同户主当面递交材料", u"转介表和家庭情况说明已邮寄", u""});
}

QStringList DemoPhrases::referralAcceptedNotes()
{
    return list({u"已安排专人对接，预计两周内入户", u"对方已受理，正在审核材料", u"已约定下周面谈"});
}

QStringList DemoPhrases::referralDeclinedNotes()
{
    return list({u"不符合资助条件：家庭人均收入超过标准", u"该机构本年度名额已满，建议转介慈善组织",
                 u"材料不全，需补充医院诊断证明后重新转介"});
}

QStringList DemoPhrases::mandatoryReportRecipients()
{
    return list({u"镇派出所", u"县未成年人救助保护中心", u"镇派出所（电话报告后补书面材料）"});
}

QList<DemoPhrases::Pair> DemoPhrases::statusReviews(const QString& proposedStatus)
{
    if (proposedStatus == QLatin1String("tekun"))
        return pairs({{u"老人无劳动能力、无生活来源，唯一的儿子已去世，无法定赡养人",
                       u"村委会证明；户籍资料；死亡证明复印件；入户调查记录"}});
    if (proposedStatus == QLatin1String("dibao"))
        return pairs(
            {{u"户主确诊重病，丧失劳动能力，家庭人均收入低于低保标准",
              u"县医院诊断证明；家庭经济状况核对报告；入户调查记录"},
             {u"家中房屋因暴雨损毁，主要劳动力受伤，收入骤减", u"灾情核查表；医院诊断证明；村委会证明"}});
    if (proposedStatus == QLatin1String("none"))
        return pairs({{u"子女外出务工收入稳定，家庭人均收入连续三个月超过低保标准",
                       u"务工收入证明；银行流水；邻里走访记录"}});
    if (proposedStatus == QLatin1String("low_income"))
        return pairs({{u"户主已就业，收入有所增加，但仍有慢性病长期用药支出",
                       u"工资证明；门诊票据；家庭经济状况核对报告"}});
    if (proposedStatus == QLatin1String("temporary"))
        return pairs(
            {{u"家中突发火灾，衣物粮食被烧毁，生活暂时困难", u"现场照片；村委会证明；派出所出警记录"}});
    return pairs({{u"家庭收入不稳定，存在返贫风险，需纳入动态监测", u"家庭经济状况核对报告；入户调查记录"}});
}

} // namespace ff
