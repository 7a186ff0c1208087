<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgencyList</name>
    <message>
        <source>The list of agencies is not valid JSON (at character %1: %2).</source>
        <translation>机构名单不是有效的 JSON（第 %1 个字符：%2）。</translation>
    </message>
    <message>
        <source>The list of agencies has no "agencies" array.</source>
        <translation>机构名单中没有 "agencies" 数组。</translation>
    </message>
    <message>
        <source>Agency %1 of the list has no valid code (lower-case letters, digits and _).</source>
        <translation>名单中第 %1 个机构没有有效的代码（只能用小写字母、数字和 _）。</translation>
    </message>
    <message>
        <source>The agency code “%1” appears twice in the list.</source>
        <translation>机构代码“%1”在名单中出现了两次。</translation>
    </message>
    <message>
        <source>The agency “%1” needs a name in Chinese (zh_CN) and in English (en).</source>
        <translation>机构“%1”需要中文（zh_CN）和英文（en）名称。</translation>
    </message>
    <message>
        <source>The built-in list of agencies is missing from this build.</source>
        <translation>此版本缺少内置的转介机构名单。</translation>
    </message>
    <message>
        <source>The built-in list of agencies could not be read: %1</source>
        <translation>无法读取内置的转介机构名单：%1</translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between chosen answers</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a total and its band</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>This assessment was started on version %1 of the form; it must be checked with that version.</source>
        <translation>此评估是用第 %1 版表单填写的，必须用该版本检查。</translation>
    </message>
    <message>
        <source>The assessment was not submitted. Please complete:</source>
        <translation>评估未提交。请补充：</translation>
    </message>
    <message>
        <source>The assessment is incomplete: household and form are needed.</source>
        <translation>评估不完整：需要家庭和表单。</translation>
    </message>
    <message>
        <source>This assessment was submitted on %1 and can no longer be changed. To record what has changed since, start a new assessment.</source>
        <translation>该评估已于%1提交，不能再修改。如情况有变化，请新建一次评估。</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Questions marked &lt;span style="color:#b00020"&gt;*&lt;/span&gt; need an answer before the assessment can be submitted; a draft can be saved at any time.</source>
        <translation>标有 &lt;span style="color:#b00020"&gt;*&lt;/span&gt; 的问题须填写后才能提交评估；草稿可随时保存。</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>本户</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Submitted on %1 — read only</source>
        <translation>已于 %1 提交 — 只读</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>新建，尚未保存</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>评估对象：%1</translation>
    </message>
    <message>
        <source>form version %1</source>
        <translation>表单第 %1 版</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>草稿已于 %1 保存。</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted: %n answer(s) need attention. See the messages in red next to the questions; the draft can still be saved as it is.</source>
        <translation>
            <numerusform>未提交：有 %n 处回答需要处理，请看问题旁的红色提示；草稿仍可按现状保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>回答未保存</translation>
    </message>
    <message>
        <source>Some answers are not saved. Save them as a draft before closing?</source>
        <translation>部分回答尚未保存。关闭前保存为草稿吗？</translation>
    </message>
    <message>
        <source>Submit the assessment</source>
        <translation>提交评估</translation>
    </message>
    <message>
        <source>Once submitted, the assessment cannot be changed: a new assessment records what changes later. Submit it now?</source>
        <translation>提交后评估不能再修改，以后情况有变化时请另做一次新的评估。现在提交吗？</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>&amp;New assessment</source>
        <translation>新建评估(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>评估对象</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>评估对象：</translation>
    </message>
    <message>
        <source>(a former member)</source>
        <translation>（已移出的成员）</translation>
    </message>
    <message>
        <source>Save the new household first; then its needs can be assessed here.</source>
        <translation>请先保存新建的家庭档案，然后才能在这里进行需求评估。</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>The needs assessment form could not be read.</source>
        <translation>无法读取需求评估表。</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>打开评估</translation>
    </message>
    <message>
        <source>This assessment was made with a form this version of Fieldfile does not have:
%1</source>
        <translation>这份评估所用的表单版本在当前版本的 Fieldfile 中不存在：
%1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A form file from the county is not used (the newest form that can be used is still in use); please tell the county:</source>
        <translation>县里发布的一个表单文件未被采用（仍使用可用的最新版本），请告知县民政局：</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>需求评估</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to caseworker</source>
        <translation>分配给社工</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>家庭：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The households move to that caseworker's laptop after this laptop and the county have synced; the county checks that the caseworker is one of the station's.</source>
        <translation>本机与县里同步后，这些户会转到该社工的电脑上；县里会核对该社工是否属于本社工站。</translation>
    </message>
    <message>
        <source>&amp;Caseworker:</source>
        <translation>社工(&amp;C)：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s): %1</source>
        <translation>
            <numerusform>%n 户：%1</numerusform>
        </translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
</context>
<context>
    <name>AssistancePlanRepository</name>
    <message>
        <source>No household is chosen.</source>
        <translation>未选择家庭。</translation>
    </message>
    <message>
        <source>Write the goal.</source>
        <translation>请填写目标。</translation>
    </message>
    <message>
        <source>Choose the goal this action belongs to.</source>
        <translation>请选择该措施所属的目标。</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>请填写措施内容。</translation>
    </message>
    <message>
        <source>Choose the need category the action addresses.</source>
        <translation>请选择该措施针对的需求类别。</translation>
    </message>
    <message>
        <source>Say who is responsible for the action.</source>
        <translation>请填写措施的责任人。</translation>
    </message>
    <message>
        <source>The due date is missing.</source>
        <translation>缺少完成期限。</translation>
    </message>
    <message>
        <source>Choose the status of the action.</source>
        <translation>请选择措施状态。</translation>
    </message>
    <message>
        <source>The need chosen is one of %1; the action's category must be the same.</source>
        <translation>所选需求属于“%1”，措施的类别必须与之相同。</translation>
    </message>
    <message>
        <source>The need chosen is not among the household's identified needs. Choose one of the list, or none.</source>
        <translation>所选需求不在本户已识别的需求中。请从列表中选择，或选“不针对具体需求”。</translation>
    </message>
</context>
<context>
    <name>AttachmentContentStore</name>
    <message>
        <source>The file could not be stored on this laptop.</source>
        <translation>文件未能保存到这台电脑上。</translation>
    </message>
    <message>
        <source>This is not a part of an attachment.</source>
        <translation>这不是附件的一部分。</translation>
    </message>
    <message>
        <source>The attachment could not be stored now.</source>
        <translation>附件现在无法保存。</translation>
    </message>
    <message>
        <source>This part does not belong to the attachment it names.</source>
        <translation>这一部分不属于它所指的附件。</translation>
    </message>
    <message>
        <source>A part of the attachment is missing before this one.</source>
        <translation>这一部分之前还缺附件的其他部分。</translation>
    </message>
    <message>
        <source>This part of the attachment has the wrong length.</source>
        <translation>附件这一部分的长度不对。</translation>
    </message>
    <message>
        <source>The attachment arrived with other content than it should have; it is sent again from the start.</source>
        <translation>收到的附件内容与应有的不符，将从头重新传送。</translation>
    </message>
    <message>
        <source>Attachments no longer needed could not be removed from this laptop.</source>
        <translation>不再需要的附件未能从这台电脑上删除。</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Each file keeps its own name as its title</source>
        <translation>每个文件以自己的文件名作为标题</translation>
    </message>
    <message>
        <source>Change attachment</source>
        <translation>修改附件</translation>
    </message>
    <message>
        <source>%1 (%2), added %3 by %4</source>
        <translation>%1（%2），%4 于 %3 添加</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>The household as a whole</source>
        <translation>整户</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Kind of document:</source>
        <translation>材料类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Concerns:</source>
        <translation>涉及(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose what kind of document this is.</source>
        <translation>请选择这是哪一类材料。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to attach.</source>
        <translation>“%1”是空文件，没有可添加的内容。</translation>
    </message>
    <message>
        <source>“%1” is %2; an attachment may be at most %3. Take the photo again at a lower resolution, or scan fewer pages into each file.</source>
        <translation>“%1”有 %2，附件最大只能 %3。请用较低的分辨率重新拍照，或每个文件少扫几页。</translation>
    </message>
    <message>
        <source>“%1” is not a photo (JPEG, PNG) or a scan (PDF): only these can be attached.</source>
        <translation>“%1”不是照片（JPEG、PNG）或扫描件（PDF），只能添加这几种文件。</translation>
    </message>
    <message>
        <source>No household is chosen.</source>
        <translation>没有选择家庭。</translation>
    </message>
    <message>
        <source>Choose what kind of document this is.</source>
        <translation>请选择这是哪一类材料。</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 fit.</source>
        <translation>标题有 %1 个字，最多 %2 个字。</translation>
    </message>
    <message>
        <source>This file is attached to this household already, as “%1” (added %2 by %3).</source>
        <translation>这个文件已经是本户的附件，标题为“%1”（%3 于 %2 添加）。</translation>
    </message>
    <message>
        <source>The attachment could not be saved.</source>
        <translation>附件未能保存。</translation>
    </message>
    <message>
        <source>This attachment is no longer on this laptop.</source>
        <translation>这台电脑上已没有这个附件。</translation>
    </message>
    <message>
        <source>Give the attachment a title.</source>
        <translation>请给附件填写标题。</translation>
    </message>
</context>
<context>
    <name>AttachmentRoutes</name>
    <message>
        <source>A request for an attachment needs device=ID, record=ID and offset=N.</source>
        <translation>附件请求需要 device=ID、record=ID 和 offset=N。</translation>
    </message>
    <message>
        <source>A device asks only for itself.</source>
        <translation>设备只能为自己请求。</translation>
    </message>
</context>
<context>
    <name>AttachmentTransfer</name>
    <message>
        <source>Sending attachments… %1 of %2 MB</source>
        <translation>正在发送附件…… %1 / %2 MB</translation>
    </message>
    <message>
        <source>Receiving attachments… %1 of %2 MB</source>
        <translation>正在接收附件…… %1 / %2 MB</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3 by %4</source>
        <translation>%1 · %2 · %4 于 %3 添加</translation>
    </message>
    <message>
        <source>&amp;Turn ⟳</source>
        <translation>旋转(&amp;T) ⟳</translation>
    </message>
    <message>
        <source>Turns the picture a quarter to the right (for viewing; the file stays as it is)</source>
        <translation>把图片向右转 90 度（只为查看，文件本身不变）</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>另存一份(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This photo cannot be shown: its file is damaged. Save a copy to try another program.</source>
        <translation>这张照片无法显示：文件已损坏。可以另存一份，用其他程序试试。</translation>
    </message>
    <message>
        <source>This is a PDF scan (%1). Fieldfile shows photos only: save a copy and open it with a PDF reader.</source>
        <translation>这是 PDF 扫描件（%1）。本软件只能显示照片：请另存一份，用 PDF 阅读器打开。</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>另存附件</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存一份</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The copy is saved as %1. It is not encrypted there: delete it when it is no longer needed.</source>
        <translation>已另存为 %1。那里的文件没有加密：不再需要时请删除。</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查看(&amp;S)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存一份(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>修改(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Photos and scans of the household's documents: ID cards, the hukou page, proof of income, signed consent forms, the housing. Drop files here from the file manager, or use Attach files. They are kept encrypted with your profile and sent to the county at the next sync.</source>
        <translation>本户材料的照片和扫描件：身份证、户口簿、收入证明、签字的知情同意书、住房情况等。可以从文件管理器把文件拖到这里，或点“添加附件”。附件随个人档案加密保存，下次同步时发送到县里。</translation>
    </message>
    <message>
        <source>Photos (JPEG, PNG) or scans (PDF), up to %1 each</source>
        <translation>照片（JPEG、PNG）或扫描件（PDF），每个最大 %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>⌛
to come</source>
        <translation>⌛
待接收</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Concerns %1</source>
        <translation>涉及 %1</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>原家庭成员</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Added %1 by %2</source>
        <translation>%2 于 %1 添加</translation>
    </message>
    <message>
        <source>Its file is still to come from the county: it arrives at a sync once the laptop that added it has sent it.</source>
        <translation>文件还没有从县里收到：添加它的电脑发送之后，下次同步时就会收到。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached. These were not:</source>
        <translation>
            <numerusform>已添加 %n 个文件。以下文件没有添加：</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of “%1” is still to come from the county: it arrives at a sync once the laptop that added it has sent it.</source>
        <translation>“%1”的文件还没有从县里收到：添加它的电脑发送之后，下次同步时就会收到。</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from this household's file? Do this only for a file attached by mistake: it is removed on every laptop and at the county at the next sync.</source>
        <translation>要从本户档案中删除“%1”（%2）吗？只有加错文件时才这样做：下次同步后，所有电脑和县里都会删除它。</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <source>A submitted assessment was changed back: a submission is final, and a reassessment is a new assessment.</source>
        <translation>已提交的评估被改回：提交后不可更改，重新评估须新建一份评估。</translation>
    </message>
    <message>
        <source>A change its author's role may not make.</source>
        <translation>该修改超出其作者角色的权限。</translation>
    </message>
    <message>
        <source>A submitted assessment is final: start a reassessment instead.</source>
        <translation>已提交的评估不能再修改：请另行发起重新评估。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>A household's status marked confirmed on a caseworker's device: only a station supervisor or county staff may confirm a status.</source>
        <translation>在社工的设备上将户的救助身份标为已确认：只有社工站督导或县级工作人员可以确认救助身份。</translation>
    </message>
    <message>
        <source>A record that a household file was opened was changed or removed: those records are never changed.</source>
        <translation>修改或删除了“打开户档案”的记录：这类记录一经记下永不更改。</translation>
    </message>
    <message>
        <source>Only the station supervisor or the county confirms a household's status.</source>
        <translation>只有社工站督导或县里可以确认户的救助身份。</translation>
    </message>
    <message>
        <source>Who opened a household file, and when, is kept as it was recorded.</source>
        <translation>谁在何时打开过户档案，按记录原样保存，不能更改。</translation>
    </message>
    <message>
        <source>A status review decision made outside the county: only county staff confirm or refuse a status review.</source>
        <translation>在县级以外作出了动态调整决定：只有县民政局工作人员可以确认或不予确认动态调整申请。</translation>
    </message>
    <message>
        <source>A status review recommended or returned on a caseworker's device: only a station supervisor or county staff may do that.</source>
        <translation>在社工的设备上对动态调整申请作出了推荐或退回：只有社工站督导或县民政局工作人员可以这样做。</translation>
    </message>
    <message>
        <source>A note approved or returned on a caseworker's device: only a station supervisor or county staff review notes.</source>
        <translation>在社工的设备上通过或退回了记录：只有社工站督导或县民政局工作人员审核记录。</translation>
    </message>
    <message>
        <source>A review comment was changed or removed: comments are kept as they were written.</source>
        <translation>审核意见被修改或删除：意见按写下时的原样保存。</translation>
    </message>
    <message>
        <source>An assistance status changed outside the county: a household's status changes only through a status review confirmed by county staff.</source>
        <translation>在县级以外更改了救助类别：户的救助类别只能通过县民政局确认的动态调整来更改。</translation>
    </message>
    <message>
        <source>Only the county confirms or refuses a status review, after the station supervisor has recommended it.</source>
        <translation>动态调整申请经社工站督导推荐后，由县民政局确认或不予确认。</translation>
    </message>
    <message>
        <source>Only the station supervisor (or the county) recommends a status review or returns it.</source>
        <translation>只有社工站督导（或县民政局）可以推荐或退回动态调整申请。</translation>
    </message>
    <message>
        <source>Only the station supervisor or the county approves or returns a note.</source>
        <translation>只有社工站督导或县民政局可以通过或退回记录。</translation>
    </message>
    <message>
        <source>A comment is kept as it was written: add another comment instead.</source>
        <translation>意见按写下时的原样保存：如需补充，请再写一条意见。</translation>
    </message>
    <message>
        <source>The assistance status changes only through a status review (tab Status review): the station supervisor recommends it and the county confirms it.</source>
        <translation>救助类别只能通过动态调整（“动态调整”标签页）更改：由社工站督导推荐，县民政局确认。</translation>
    </message>
    <message>
        <source>A household's caseworker or station changed on a caseworker's device: only the station supervisor or the county assigns households.</source>
        <translation>在社工的设备上修改了家庭的负责社工或社工站：只有社工站督导或县里可以分配家庭。</translation>
    </message>
    <message>
        <source>The station supervisor assigns households to the station's caseworkers (File → Assign to caseworker); the station follows the county's assignment.</source>
        <translation>由社工站督导把家庭分配给本站社工（文件 → 分配给社工）；社工站以县里的分配为准。</translation>
    </message>
    <message>
        <source>A volunteer or service project written on a caseworker's device: only a station supervisor or county staff keep the station's records.</source>
        <translation>在社工的设备上写入了志愿者或服务项目：只有社工站督导或县级工作人员维护社工站的记录。</translation>
    </message>
    <message>
        <source>A volunteer or service project moved to another station: a station record stays with the station it was made for.</source>
        <translation>志愿者或服务项目被移到了另一个社工站：社工站的记录始终属于建立它的社工站。</translation>
    </message>
    <message>
        <source>Only the station supervisor or the county keeps the volunteers and service projects.</source>
        <translation>只有社工站督导或县级工作人员维护志愿者和服务项目。</translation>
    </message>
    <message>
        <source>A volunteer or project stays with the station it was made for.</source>
        <translation>志愿者或项目始终属于建立它的社工站。</translation>
    </message>
    <message>
        <source>A case note was removed or its author changed: case notes are kept, and a mistake is corrected with its earlier text kept in the history.</source>
        <translation>删除了个案记录或更改了其作者：个案记录一律保留，写错了就更正，原先的文字保留在历史中。</translation>
    </message>
    <message>
        <source>A case note is kept as it was written: correct it instead, and its earlier text stays in its history.</source>
        <translation>个案记录按原样保留：请改用“更正”，原先的文字会保留在它的历史中。</translation>
    </message>
    <message>
        <source>A household merged into another on a caseworker's device: only a station supervisor or county staff merge households filed twice.</source>
        <translation>在社工的设备上把一户合并进了另一户：只有社工站督导或县级工作人员才能合并重复登记的家庭。</translation>
    </message>
    <message>
        <source>Only the station supervisor or the county merges a household filed twice.</source>
        <translation>只有社工站督导或县级工作人员才能合并重复登记的家庭。</translation>
    </message>
    <message>
        <source>An attachment's file, size or author was changed: what was attached stays as it was; a wrong file is removed and the right one added.</source>
        <translation>附件的文件、大小或添加人被更改：已添加的附件保持原样；加错的文件应删除后再添加正确的文件。</translation>
    </message>
    <message>
        <source>An attached file stays as it was added: remove it and add the right file instead.</source>
        <translation>已添加的文件保持原样：请删除它，再添加正确的文件。</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>&amp;Pause automatic sync</source>
        <translation>暂停自动同步(&amp;P)</translation>
    </message>
    <message>
        <source>Connect to the county first (Sync → Connect to the county…)</source>
        <translation>请先连接县民政局（同步 → 连接县民政局…）</translation>
    </message>
    <message>
        <source>The county has turned automatic sync off: use Sync now (F5)</source>
        <translation>县民政局已关闭自动同步：请使用“立即同步”（F5）</translation>
    </message>
    <message numerus="yes">
        <source>While the county answers, Fieldfile syncs by itself every %n minute(s) and when it closes. Check this to stop that until you uncheck it.</source>
        <translation>
            <numerusform>能连上县民政局时，Fieldfile 每 %n 分钟自动同步一次，关闭时也同步。勾选此项即暂停，直到取消勾选。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseNoteDialog</name>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Correct a case note</source>
        <translation>更正个案记录</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>Save the &amp;correction</source>
        <translation>保存更正(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Written by %1 at %2. The text as it was stays in the note's history; the note will say that you corrected it.</source>
        <translation>由%1于%2记录。原来的文字会保留在这条记录的历史中，记录上会注明由您更正。</translation>
    </message>
</context>
<context>
    <name>CaseNoteIndex</name>
    <message>
        <source>The notes could not be indexed.</source>
        <translation>无法为个案记录建立检索索引。</translation>
    </message>
</context>
<context>
    <name>CaseNoteRepository</name>
    <message>
        <source>No household is chosen.</source>
        <translation>未选择家庭。</translation>
    </message>
    <message>
        <source>The date of the note is missing.</source>
        <translation>请填写记录日期。</translation>
    </message>
    <message>
        <source>The date of the note is in the future.</source>
        <translation>记录日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Write the note: it is empty.</source>
        <translation>记录内容为空，请填写。</translation>
    </message>
    <message>
        <source>The note is %1 characters long; a note holds at most %2. Split it into several notes.</source>
        <translation>这条记录有%1个字，每条最多%2个字。请分成几条记录。</translation>
    </message>
    <message>
        <source>This note is no longer on this laptop.</source>
        <translation>这条记录已不在本机上。</translation>
    </message>
    <message>
        <source>Nothing was corrected: the note is as it was.</source>
        <translation>没有更正任何内容：记录与原来相同。</translation>
    </message>
    <message>
        <source>The household notes could not be read.</source>
        <translation>无法读取家庭备注。</translation>
    </message>
</context>
<context>
    <name>CaseNotesTab</name>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>添加记录(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Earlier &amp;texts…</source>
        <translation>原先文字(&amp;T)…</translation>
    </message>
    <message>
        <source>A new note: what you did, saw or learnt, and what comes next</source>
        <translation>新记录：做了什么、看到或了解到什么、下一步怎么办</translation>
    </message>
    <message>
        <source>Adds the note, dated and signed with your name (Ctrl+Enter)</source>
        <translation>添加这条记录，注明日期并署上您的姓名（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Find in this household's notes (words, e.g. 低保 学校)</source>
        <translation>在本户记录中查找（词语，如：低保 学校）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>%1已更正</translation>
    </message>
    <message>
        <source>Written by %1 at %2</source>
        <translation>由%1于%2记录</translation>
    </message>
    <message>
        <source>Corrected by %1 at %2</source>
        <translation>由%1于%2更正</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>个案记录</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>个案记录（%1）</translation>
    </message>
    <message>
        <source>As written by %1 at %2</source>
        <translation>%1于%2的原始记录</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Earlier texts of the note of %1</source>
        <translation>%1记录的原先文字</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
</context>
<context>
    <name>ChangeImporter</name>
    <message>
        <source>Waiting for its household, which has not arrived yet.</source>
        <translation>等待所属家庭的记录到达（尚未收到）。</translation>
    </message>
    <message>
        <source>A kind of record this version of Fieldfile does not know.</source>
        <translation>本版本一户一档不认识的记录类型。</translation>
    </message>
    <message>
        <source>A field this version of Fieldfile does not know.</source>
        <translation>本版本一户一档不认识的字段。</translation>
    </message>
    <message>
        <source>The change is incomplete or damaged.</source>
        <translation>这条修改不完整或已损坏。</translation>
    </message>
    <message>
        <source>The changes could not be imported. Nothing was changed.</source>
        <translation>无法导入这些修改。未作任何更改。</translation>
    </message>
    <message>
        <source>A change made on another device than the one that sent the package.</source>
        <translation>这条修改不是由发送同步包的设备做出的。</translation>
    </message>
    <message>
        <source>A household the sender's user does not hold (not in their caseload or station).</source>
        <translation>发送方用户无权修改的家庭（不在其负责的家庭或所在社工站范围内）。</translation>
    </message>
    <message>
        <source>The change names another household than the one its record belongs to.</source>
        <translation>该修改所标明的家庭与该记录所属的家庭不一致。</translation>
    </message>
    <message>
        <source>A household assigned to someone who is not a caseworker of the assigning supervisor's station.</source>
        <translation>家庭被分配给了不属于该督导所在社工站的人员。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>Click (or press Enter) to list the households behind this number</source>
        <translation>单击（或按回车键）列出这个数字所统计的户</translation>
    </message>
    <message>
        <source>Not known for this period</source>
        <translation>本期无法得知</translation>
    </message>
    <message>
        <source>Save chart as picture…</source>
        <translation>图表存为图片…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture, e.g. for a report</source>
        <translation>将图表保存为 PNG 图片，可放进报告</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Save the table's numbers as a CSV file that spreadsheets open</source>
        <translation>将表格中的数字保存为电子表格能打开的 CSV 文件</translation>
    </message>
</context>
<context>
    <name>ClosingSync</name>
    <message>
        <source>Sending your changes to the county before Fieldfile closes…</source>
        <translation>关闭前正在把您的更改发送到县民政局…</translation>
    </message>
    <message>
        <source>Close &amp;now</source>
        <translation>立即关闭(&amp;N)</translation>
    </message>
    <message>
        <source>Closing Fieldfile</source>
        <translation>正在关闭 Fieldfile</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme-poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Low-income household</source>
        <translation>低收入家庭</translation>
    </message>
    <message>
        <source>Marginal household at risk</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>Temporary assistance</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <source>No assistance</source>
        <translation>未纳入救助</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>因病</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>因残</translation>
    </message>
    <message>
        <source>Education costs</source>
        <translation>因学</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>因灾</translation>
    </message>
    <message>
        <source>Lack of land</source>
        <translation>缺土地</translation>
    </message>
    <message>
        <source>Lack of water</source>
        <translation>缺水</translation>
    </message>
    <message>
        <source>Lack of skills</source>
        <translation>缺技术</translation>
    </message>
    <message>
        <source>Lack of labour</source>
        <translation>缺劳力</translation>
    </message>
    <message>
        <source>Lack of capital</source>
        <translation>缺资金</translation>
    </message>
    <message>
        <source>Poor transport</source>
        <translation>交通条件落后</translation>
    </message>
    <message>
        <source>Weak own motivation</source>
        <translation>自身发展动力不足</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Own house, safe</source>
        <translation>自有住房（安全）</translation>
    </message>
    <message>
        <source>Own house, dilapidated</source>
        <translation>自有住房（危房）</translation>
    </message>
    <message>
        <source>Relocation housing</source>
        <translation>安置房</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>租房</translation>
    </message>
    <message>
        <source>Living with relatives</source>
        <translation>借住亲友家</translation>
    </message>
    <message>
        <source>Wages from work</source>
        <translation>务工收入</translation>
    </message>
    <message>
        <source>Farming and livestock</source>
        <translation>种植养殖</translation>
    </message>
    <message>
        <source>Own business</source>
        <translation>经营收入</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>Assistance payments</source>
        <translation>救助金</translation>
    </message>
    <message>
        <source>Policy subsidies</source>
        <translation>政策性补贴</translation>
    </message>
    <message>
        <source>Support from relatives</source>
        <translation>亲友接济</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>儿童保护（强制报告）</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>暴力</translation>
    </message>
    <message>
        <source>Health emergency</source>
        <translation>健康急症</translation>
    </message>
    <message>
        <source>Other risk</source>
        <translation>其他风险</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Grandson</source>
        <translation>孙子</translation>
    </message>
    <message>
        <source>Granddaughter</source>
        <translation>孙女</translation>
    </message>
    <message>
        <source>Daughter-in-law</source>
        <translation>儿媳</translation>
    </message>
    <message>
        <source>Son-in-law</source>
        <translation>女婿</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>大病</translation>
    </message>
    <message>
        <source>Frail</source>
        <translation>体弱</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <source>Grade 1 (most severe)</source>
        <translation>一级（最重）</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Grade 4 (mildest)</source>
        <translation>四级（最轻）</translation>
    </message>
    <message>
        <source>Below school age</source>
        <translation>学龄前</translation>
    </message>
    <message>
        <source>In primary school</source>
        <translation>小学在读</translation>
    </message>
    <message>
        <source>In junior middle school</source>
        <translation>初中在读</translation>
    </message>
    <message>
        <source>In senior or vocational school</source>
        <translation>高中或中职在读</translation>
    </message>
    <message>
        <source>In college</source>
        <translation>大学在读</translation>
    </message>
    <message>
        <source>Left school early</source>
        <translation>辍学</translation>
    </message>
    <message>
        <source>Illiterate</source>
        <translation>文盲或半文盲</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior or vocational school</source>
        <translation>高中或中专</translation>
    </message>
    <message>
        <source>College or above</source>
        <translation>大专及以上</translation>
    </message>
    <message>
        <source>Skilled labour</source>
        <translation>技能劳动力</translation>
    </message>
    <message>
        <source>Ordinary labour</source>
        <translation>普通劳动力</translation>
    </message>
    <message>
        <source>Weak or half labour</source>
        <translation>弱劳动力或半劳动力</translation>
    </message>
    <message>
        <source>Lost ability to work</source>
        <translation>丧失劳动力</translation>
    </message>
    <message>
        <source>Not of working age</source>
        <translation>无劳动力（非劳动年龄）</translation>
    </message>
    <message>
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <source>Child in difficulty</source>
        <translation>困境儿童</translation>
    </message>
    <message>
        <source>Left-behind elderly</source>
        <translation>留守老年人</translation>
    </message>
    <message>
        <source>Left-behind woman</source>
        <translation>留守妇女</translation>
    </message>
    <message>
        <source>Empty-nest elderly</source>
        <translation>空巢老人</translation>
    </message>
    <message>
        <source>Bereaved of only child</source>
        <translation>失独老人</translation>
    </message>
    <message>
        <source>Sick or disabled elderly</source>
        <translation>病残老人</translation>
    </message>
    <message>
        <source>Elderly unable to care for themselves</source>
        <translation>失能老人</translation>
    </message>
    <message>
        <source>Woman in special difficulty</source>
        <translation>特殊困难妇女</translation>
    </message>
    <message>
        <source>Person with disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Youth with behaviour problems</source>
        <translation>不良行为青少年</translation>
    </message>
    <message>
        <source>Under community correction</source>
        <translation>社区矫正对象</translation>
    </message>
    <message>
        <source>Released prisoner</source>
        <translation>刑满释放人员</translation>
    </message>
    <message>
        <source>Child protection / mandatory report</source>
        <translation>儿童保护／强制报告</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>家庭暴力</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解除</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Social integration</source>
        <translation>社会融入</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>能力提升</translation>
    </message>
    <message>
        <source>Psychological counselling</source>
        <translation>心理疏导</translation>
    </message>
    <message>
        <source>Resource linking</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <source>Policy advocacy</source>
        <translation>宣传倡导</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>小组工作</translation>
    </message>
    <message>
        <source>Community work</source>
        <translation>社区工作</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Recommended to the county</source>
        <translation>已推荐至县民政局</translation>
    </message>
    <message>
        <source>Returned to the caseworker</source>
        <translation>已退回社工</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Returned with comment</source>
        <translation>退回意见</translation>
    </message>
    <message>
        <source>Approved with comment</source>
        <translation>通过意见</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Household register (hukou)</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <source>Proof of income</source>
        <translation>收入证明</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Medical or disability certificate</source>
        <translation>病历或残疾证明</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve conflicts</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>These fields were changed differently by people who had not seen each other's change. Nothing has been lost: choose the value that is right, or write a new one.</source>
        <translation>以下项目被两个人分别改成了不同的值，他们彼此都没看到对方的修改。内容没有丢失：请选出正确的值，或填写一个新值。</translation>
    </message>
    <message>
        <source>No conflicts are left in this household file.</source>
        <translation>此户档案已没有冲突。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>当前显示的值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>修改人：%1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>保留这个值</translation>
    </message>
    <message>
        <source>Or a new value:</source>
        <translation>或填写新值：</translation>
    </message>
    <message>
        <source>Use the new value</source>
        <translation>使用新值</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>%1 Both values stay as they are until it is settled there; nothing is lost.</source>
        <translation>%1 在有权处理的人处理之前，两个值都保持原样，不会丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the county</source>
        <translation>连接县民政局</translation>
    </message>
    <message>
        <source>Connect this laptop once. The county's IT staff give you the server address and a one-time enrollment code. Afterwards the laptop syncs whenever it has a connection.</source>
        <translation>这台笔记本电脑只需连接一次。县民政局的信息技术人员会给您服务器地址和一次性注册码。之后，只要有网络，电脑就能同步。</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Enrollment code:</source>
        <translation>注册码：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>only if the county uses a certificate of its own</source>
        <translation>仅在县里使用自建证书时填写</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the county server's certificate, e.g. 3F:A2:…, as its IT staff read it out. Leave it empty unless they gave you one.</source>
        <translation>县级服务器证书的 SHA-256 指纹，如 3F:A2:…，由县里的信息技术人员提供。没有提供就留空。</translation>
    </message>
    <message>
        <source>Certificate fingerprint:</source>
        <translation>证书指纹：</translation>
    </message>
</context>
<context>
    <name>ConnectProfileDialog</name>
    <message>
        <source>Connect to your county</source>
        <translation>连接到所在县</translation>
    </message>
    <message>
        <source>only if the county uses a certificate of its own</source>
        <translation>仅在县里使用自建证书时填写</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the county server's certificate, e.g. 3F:A2:…, as its IT staff read it out. Leave it empty unless they gave you one.</source>
        <translation>县级服务器证书的 SHA-256 指纹，如 3F:A2:…，由县里的信息技术人员提供。没有提供就留空。</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>The county's IT staff give you the server address and a one-time enrollment code. Your name, role and station come from the county. The password protects everything Fieldfile keeps on this laptop: you type it each time you start Fieldfile or it has been locked.</source>
        <translation>县里的信息技术人员会给您服务器地址和一次性注册码。您的姓名、角色和所属社工站由县里提供。密码保护本机上 Fieldfile 保存的一切：每次启动 Fieldfile 或锁定后都要输入。</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Enrollment code:</source>
        <translation>注册码：</translation>
    </message>
    <message>
        <source>Certificate fingerprint:</source>
        <translation>证书指纹：</translation>
    </message>
    <message>
        <source>Choose a password:</source>
        <translation>设置密码：</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connecting to the county…</source>
        <translation>正在连接县民政局……</translation>
    </message>
    <message>
        <source>Type the server address the county gave you.</source>
        <translation>请输入县里给您的服务器地址。</translation>
    </message>
    <message>
        <source>Type the enrollment code the county gave you.</source>
        <translation>请输入县里给您的注册码。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message numerus="yes">
        <source>Your county asks for passwords of at least %n characters. Choose a longer one.</source>
        <translation>
            <numerusform>本县要求密码至少 %n 个字符，请设置更长的密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>The request's headers are too large.</source>
        <translation>请求头过大。</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>请求格式错误。</translation>
    </message>
    <message>
        <source>The server accepts only requests that state their size.</source>
        <translation>服务器只接受注明大小的请求。</translation>
    </message>
    <message>
        <source>The package is larger than the server accepts.</source>
        <translation>同步包超过服务器允许的大小。</translation>
    </message>
    <message>
        <source>The county server is busy receiving other packages. Try again in a minute.</source>
        <translation>县级服务器正忙于接收其他同步包，请一分钟后再试。</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts.</source>
        <translation>请求超出服务器接受的大小。</translation>
    </message>
</context>
<context>
    <name>CountyAttachments</name>
    <message>
        <source>The county holds no such attachment for this device.</source>
        <translation>县里没有这台设备可取的这个附件。</translation>
    </message>
    <message>
        <source>The county database could not be read.</source>
        <translation>无法读取县级数据库。</translation>
    </message>
    <message>
        <source>This device is not enrolled with the county.</source>
        <translation>这台设备没有在县里登记。</translation>
    </message>
    <message>
        <source>This part of the attachment is not sealed to the county's key.</source>
        <translation>附件的这一部分不是用县里的密钥加密的。</translation>
    </message>
    <message>
        <source>The county does not hold this attachment's file whole yet: the laptop that added it has still to send it.</source>
        <translation>县里还没有收齐这个附件的文件：添加它的电脑还需要发送。</translation>
    </message>
    <message>
        <source>An attachment is read in parts of 1 MiB: offset must be a multiple of 1,048,576 below its size.</source>
        <translation>附件按每段 1 MiB 读取：offset 必须是 1,048,576 的倍数，且小于文件大小。</translation>
    </message>
</context>
<context>
    <name>CountyBackup</name>
    <message>
        <source>The county's epoch could not be written.</source>
        <translation>无法写入县里的数据纪元标识。</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 holds a backup already: choose an empty folder, so that no backup is overwritten.</source>
        <translation>%1 里已有备份：请选择一个空文件夹，以免覆盖备份。</translation>
    </message>
    <message>
        <source>The database could not be copied to %1.</source>
        <translation>无法把数据库复制到 %1。</translation>
    </message>
    <message>
        <source>The county's key file could not be copied to %1.</source>
        <translation>无法把县里的密钥文件复制到 %1。</translation>
    </message>
    <message>
        <source>%1 holds no backup: it needs county.db and county.db.keys, as fieldfile-server backup writes them.</source>
        <translation>%1 里没有备份：需要 fieldfile-server backup 写出的 county.db 和 county.db.keys。</translation>
    </message>
    <message>
        <source>A county server is serving %1: stop it first (systemctl stop fieldfile-server), then restore.</source>
        <translation>县服务器正在使用 %1：请先停止它（systemctl stop fieldfile-server），再恢复。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not the backup of a county.</source>
        <translation>%1 不是县级部署的备份。</translation>
    </message>
    <message>
        <source>The backup is of county %1, but %2 holds county %3: nothing was restored.</source>
        <translation>这是县 %1 的备份，但 %2 属于县 %3：没有恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>无法把备份复制到 %1。</translation>
    </message>
</context>
<context>
    <name>CountyDirectory</name>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>households</source>
        <translation>家庭数</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>household no.</source>
        <translation>家庭编号</translation>
    </message>
    <message>
        <source>village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改序号</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>暂存时间</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>opened at</source>
        <translation>打开时间</translation>
    </message>
    <message>
        <source>opened by</source>
        <translation>打开人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>last seen</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>last package</source>
        <translation>最近的同步包</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>CountyKeyFile</name>
    <message>
        <source>The county's key file %1 could not be written.</source>
        <translation>无法写入县级密钥文件 %1。</translation>
    </message>
</context>
<context>
    <name>CountyPublisher</name>
    <message>
        <source>The kind of “%1” cannot be told from its name: give --kind form, agencies or visit-rules.</source>
        <translation>无法从名称判断“%1”的类型：请用 --kind 指定 form、agencies 或 visit-rules。</translation>
    </message>
    <message>
        <source>“%1” was published before with other content, and a published form version never changes: give it a new version number.</source>
        <translation>“%1”此前已以不同内容发布，已发布的表单版本不能更改：请使用新的版本号。</translation>
    </message>
    <message>
        <source>The county's key file cannot be read, so nothing can be signed.</source>
        <translation>无法读取县里的密钥文件，因此无法签名。</translation>
    </message>
</context>
<context>
    <name>CountyRecordCopy</name>
    <message>
        <source>The county's records could not be prepared for counting.</source>
        <translation>无法准备县级数据用于统计。</translation>
    </message>
</context>
<context>
    <name>CountyService</name>
    <message>
        <source>The TLS certificate %1 cannot be read.</source>
        <translation>无法读取 TLS 证书 %1。</translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be read.</source>
        <translation>无法读取 TLS 私钥 %1。</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key (RSA or EC, without a passphrase).</source>
        <translation>%1 不是 PEM 格式的私钥（RSA 或 EC，且不能有口令）。</translation>
    </message>
    <message>
        <source>The package is larger than the server accepts.</source>
        <translation>同步包超过服务器允许的大小。</translation>
    </message>
    <message>
        <source>A pull needs device=ID and after=N.</source>
        <translation>拉取请求需要 device=设备编号 和 after=位置。</translation>
    </message>
    <message>
        <source>A device pulls only its own changes.</source>
        <translation>设备只能接收发给它自己的修改。</translation>
    </message>
    <message>
        <source>The county server's disk is full. Nothing was imported; the laptop keeps its changes and sends them again later.</source>
        <translation>县级服务器磁盘已满。本次未导入任何内容；笔记本会保留这些修改，稍后再次发送。</translation>
    </message>
    <message>
        <source>An enrollment is larger than the server accepts.</source>
        <translation>登记请求超过了服务器接受的大小。</translation>
    </message>
    <message>
        <source>A request for the published documents needs device=ID.</source>
        <translation>请求已发布的文件需要 device=ID。</translation>
    </message>
    <message>
        <source>A device asks only for itself.</source>
        <translation>设备只能为自己请求。</translation>
    </message>
</context>
<context>
    <name>CountyStore</name>
    <message>
        <source>This database already belongs to the county deployment “%1”.</source>
        <translation>此数据库已属于县级部署“%1”。</translation>
    </message>
    <message>
        <source>The county needs an id, e.g. 371321.</source>
        <translation>请给出县的编号，例如 371321。</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>Could not create the county deployment.</source>
        <translation>无法创建县级部署。</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>用户需要姓名。</translation>
    </message>
    <message>
        <source>The role must be caseworker, supervisor or county, not “%1”.</source>
        <translation>角色只能是 caseworker（社工）、supervisor（督导）或 county（县民政局），不能是“%1”。</translation>
    </message>
    <message>
        <source>A caseworker or supervisor belongs to a social-work station: give --station.</source>
        <translation>社工和督导都属于某个社工站：请用 --station 给出。</translation>
    </message>
    <message>
        <source>There is already a user called “%1”.</source>
        <translation>已有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>There is no user called “%1”.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>Could not issue an enrollment code.</source>
        <translation>无法生成注册码。</translation>
    </message>
    <message>
        <source>The device sent incomplete keys.</source>
        <translation>设备发来的密钥不完整。</translation>
    </message>
    <message>
        <source>Could not enroll the device.</source>
        <translation>无法注册此设备。</translation>
    </message>
    <message>
        <source>This enrollment code is not valid. Check it, or ask the county for a new one.</source>
        <translation>注册码无效。请核对，或向县民政局申请新的注册码。</translation>
    </message>
    <message>
        <source>This enrollment code has already been used. Ask the county for a new one.</source>
        <translation>此注册码已被使用。请向县民政局申请新的注册码。</translation>
    </message>
    <message>
        <source>This device is already enrolled.</source>
        <translation>此设备已经注册。</translation>
    </message>
    <message>
        <source>There is no enrolled, unrevoked device “%1”.</source>
        <translation>没有已注册且未吊销的设备“%1”。</translation>
    </message>
    <message>
        <source>This server has no county deployment yet: run fieldfile-server init.</source>
        <translation>此服务器尚未创建县级部署：请运行 fieldfile-server init。</translation>
    </message>
    <message>
        <source>No county deployment in this database. Run: fieldfile-server init --county ID</source>
        <translation>此数据库中没有县级部署。请运行：fieldfile-server init --county 县编号</translation>
    </message>
    <message>
        <source>County %1
Users: %2
Devices: %3 enrolled, %4 revoked
Households: %5
Changes: %6
Packages imported: %7
Open conflicts: %8
Parked changes: %9</source>
        <translation>县：%1
用户：%2
设备：已注册 %3 台，已吊销 %4 台
家庭：%5 户
修改：%6 条
已导入同步包：%7 个
未解决冲突：%8 个
暂存修改：%9 条</translation>
    </message>
    <message>
        <source>Could not add the user.</source>
        <translation>无法添加用户。</translation>
    </message>
    <message>
        <source>This device is not enrolled with the county.</source>
        <translation>此设备未在县民政局注册。</translation>
    </message>
    <message>
        <source>This device was revoked by the county.</source>
        <translation>此设备已被县民政局吊销。</translation>
    </message>
    <message>
        <source>Could not read the changes for this device.</source>
        <translation>无法读取此设备的修改。</translation>
    </message>
    <message>
        <source>The county database is busy or read-only; nothing was imported. Try again.</source>
        <translation>县级数据库正忙或为只读，未导入任何数据。请重试。</translation>
    </message>
    <message>
        <source>The package could not be imported. Nothing was changed.</source>
        <translation>数据包无法导入，未做任何更改。</translation>
    </message>
    <message>
        <source>The county server is busy importing; try to connect again in a minute.</source>
        <translation>县级服务器正在导入数据，请过一分钟再连接。</translation>
    </message>
    <message>
        <source>A laptop may send only its own packages; county staff import the others.</source>
        <translation>笔记本只能发送它自己的数据包；其他数据包由县级工作人员导入。</translation>
    </message>
    <message>
        <source>The county's key file %1 is locked by another program: its recovery key was not made. Try again.</source>
        <translation>县的密钥文件 %1 正被其他程序锁定，未能生成恢复密钥。请重试。</translation>
    </message>
    <message>
        <source>The county's recovery key could not be added to its key file %1.</source>
        <translation>无法把县的恢复密钥写入密钥文件 %1。</translation>
    </message>
    <message>
        <source>The shortest password allowed must be from %1 to %2 characters long, not %3 (a shorter one is too easy to guess).</source>
        <translation>允许的最短密码长度须在 %1 到 %2 个字符之间，不能是 %3（太短容易被猜中）。</translation>
    </message>
    <message>
        <source>Laptops must lock after %1 to %2 minutes without use, not %3.</source>
        <translation>笔记本电脑须在无操作 %1 到 %2 分钟后锁定，不能是 %3。</translation>
    </message>
    <message>
        <source>Could not store the county's policy.</source>
        <translation>无法保存县的安全策略。</translation>
    </message>
    <message>
        <source>This package was written by the demo profile: its households are invented and never enter the county's records. Nothing was imported.</source>
        <translation>此数据包来自演示档案：其中的户都是虚构的，永远不会进入县里的记录。未导入任何内容。</translation>
    </message>
    <message>
        <source>Laptops sync automatically every 1 to %1 minutes (0: only when asked), not %2.</source>
        <translation>笔记本自动同步的间隔应为 1 到 %1 分钟（0 表示只在要求时同步），不能是 %2。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>文件 %1 无法写入。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>My caseload (%1)</source>
        <translation>我的服务对象（%1）</translation>
    </message>
    <message>
        <source>Every household on this laptop</source>
        <translation>本机所有户</translation>
    </message>
    <message>
        <source>Counting %1, %2…</source>
        <translation>正在统计：%1，%2…</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <source>%1, %2 · counted at %3</source>
        <translation>%1，%2 · %3 统计</translation>
    </message>
    <message>
        <source>All planned visits on time</source>
        <translation>计划走访按时率</translation>
    </message>
    <message>
        <source>Left-behind children's on time</source>
        <translation>留守儿童监护随访按时率</translation>
    </message>
    <message>
        <source>No planned visits were due in these months</source>
        <translation>这几个月没有到期的计划走访</translation>
    </message>
    <message>
        <source>Households on file now</source>
        <translation>当前在册户数</translation>
    </message>
    <message>
        <source>No referrals in either period</source>
        <translation>两期都没有转介</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>图表存为图片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>图片未能写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Whose households:</source>
        <translation>统计范围(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>统计期(&amp;P)：</translation>
    </message>
    <message>
        <source>All methods of work</source>
        <translation>全部工作方法</translation>
    </message>
    <message>
        <source>Casework, group work or community work, or all three</source>
        <translation>个案、小组或社区工作，或三者合计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Services given, by category, month by month</source>
        <translation>各月服务次数（按服务类别）</translation>
    </message>
    <message>
        <source>Planned visits done on time, month by month</source>
        <translation>各月计划走访按时率</translation>
    </message>
    <message>
        <source>Households on file, by assistance status</source>
        <translation>在册户数（按救助类别）</translation>
    </message>
    <message>
        <source>Referrals: made, accepted, completed</source>
        <translation>转介：转出、受理、完成</translation>
    </message>
    <message>
        <source>Counting; the window can be used meanwhile</source>
        <translation>正在统计，窗口仍可照常使用</translation>
    </message>
    <message>
        <source>Counting %1, %2: the charts over time are done, the tables follow…</source>
        <translation>正在统计%1（%2）：按月图表已完成，表格稍后显示…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not create the folder for the database: %1</source>
        <translation>无法创建数据库所在的文件夹：%1</translation>
    </message>
    <message>
        <source>Could not open the database file %1.</source>
        <translation>无法打开数据库文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a Fieldfile database or is damaged.</source>
        <translation>文件 %1 不是一户一档的数据库，或已损坏。</translation>
    </message>
    <message>
        <source>The database file %1 is not encrypted yet.</source>
        <translation>数据库文件 %1 尚未加密。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened encrypted.</source>
        <translation>无法以加密方式打开数据库文件 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL database address: use postgresql://user@host:port/database.</source>
        <translation>“%1”不是 PostgreSQL 数据库地址，请使用 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>A PostgreSQL county database needs a local path for its key file.</source>
        <translation>PostgreSQL 县级数据库需要一个本机路径来存放其密钥文件。</translation>
    </message>
    <message>
        <source>This computer cannot reach PostgreSQL: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>本机无法连接 PostgreSQL：未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Could not open the PostgreSQL database %1.</source>
        <translation>无法打开 PostgreSQL 数据库 %1。</translation>
    </message>
</context>
<context>
    <name>DemoDataTask</name>
    <message>
        <source>Creating a demo caseload of %1 households…</source>
        <translation>正在创建%1户演示数据……</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Could not create the demo data.</source>
        <translation>无法创建演示数据。</translation>
    </message>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>无法创建演示数据：%1</translation>
    </message>
</context>
<context>
    <name>DeviceSync</name>
    <message>
        <source>The cryptography library could not make this device's keys.</source>
        <translation>加密库无法为本机生成密钥。</translation>
    </message>
    <message>
        <source>Could not store this device's keys.</source>
        <translation>无法保存本机的密钥。</translation>
    </message>
    <message>
        <source>The county's answer is incomplete.</source>
        <translation>县民政局服务器的答复不完整。</translation>
    </message>
    <message>
        <source>Could not store the county's keys.</source>
        <translation>无法保存县民政局的密钥。</translation>
    </message>
    <message>
        <source>Could not remember how far this device has synced.</source>
        <translation>无法记录本机的同步进度。</translation>
    </message>
    <message>
        <source>This laptop is not connected to a county yet. Connect it once with an enrollment code.</source>
        <translation>这台笔记本电脑尚未连接县民政局。请先用注册码连接一次。</translation>
    </message>
    <message>
        <source>Everything written on this laptop has already reached the county: there is nothing to send.</source>
        <translation>本机记录的内容都已送达县民政局：没有需要发送的内容。</translation>
    </message>
    <message>
        <source>The package could not be written: this laptop's keys are missing.</source>
        <translation>无法生成同步包：本机缺少密钥。</translation>
    </message>
    <message>
        <source>This laptop is not connected to a county yet.</source>
        <translation>这台笔记本电脑尚未连接县民政局。</translation>
    </message>
    <message>
        <source>This receipt is for another laptop (%1).</source>
        <translation>这张回执属于另一台笔记本电脑（%1）。</translation>
    </message>
    <message>
        <source>Could not record the receipt.</source>
        <translation>无法记录这张回执。</translation>
    </message>
    <message>
        <source>Could not update this laptop's caseload.</source>
        <translation>无法更新本机的服务对象名单。</translation>
    </message>
    <message>
        <source>The demo is never connected to a county.</source>
        <translation>演示数据永远不会连接到县里。</translation>
    </message>
    <message>
        <source>Could not store what the county says of this laptop's user.</source>
        <translation>无法保存县里提供的本机用户信息。</translation>
    </message>
    <message>
        <source>The demo's households are invented: they are never sent to a county.</source>
        <translation>演示中的户都是虚构的，永远不会发送到县里。</translation>
    </message>
    <message>
        <source>Could not remember whether automatic sync is paused.</source>
        <translation>无法记住是否已暂停自动同步。</translation>
    </message>
    <message>
        <source>Could not store the county's next certificate.</source>
        <translation>无法保存县里的下一个证书。</translation>
    </message>
</context>
<context>
    <name>DueVisitsPage</name>
    <message>
        <source>Due visits</source>
        <translation>待走访</translation>
    </message>
    <message>
        <source>Include visits due within:</source>
        <translation>包括几天内到期的走访：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Why visits are required</source>
        <translation>走访要求</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>间隔（天）</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>下次走访期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation>计划走访</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The county's visit rules (%1) have errors, so the built-in rules are used:</source>
        <translation>县里的走访规则（%1）有错误，暂用内置规则：</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n household(s)</source>
        <translation>
            <numerusform>%1 — %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，%n 户逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Every household (default)</source>
        <translation>所有家庭（默认）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未走访</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits are due. Well done.</source>
        <translation>没有待走访的家庭。做得好！</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) overdue</source>
        <translation>
            <numerusform>%n 户已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n 户即将到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n 个村</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1 of %2 shown</source>
        <translation>显示 %2 户中的前 %1 户</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1: %2 has the same resident ID number as %3</source>
        <translation>%1：%2的身份证号与本次填写的%3相同</translation>
    </message>
    <message>
        <source>%1: %2, born the same day, lives in the same village</source>
        <translation>%1：同村有同名、同一天出生的%2</translation>
    </message>
    <message>
        <source>%1: the same phone number</source>
        <translation>%1：电话号码相同</translation>
    </message>
</context>
<context>
    <name>EncryptedVfs</name>
    <message>
        <source>The SQLite library is too old to keep the data encrypted.</source>
        <translation>SQLite 库版本太旧，无法加密保存数据。</translation>
    </message>
    <message>
        <source>The SQLite library cannot be used to keep the data encrypted.</source>
        <translation>无法使用 SQLite 库加密保存数据。</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened encrypted.</source>
        <translation>无法以加密方式打开数据库文件 %1。</translation>
    </message>
    <message>
        <source>The key does not open the database file %1.</source>
        <translation>此密钥打不开数据库文件 %1。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or has been tampered with (page %2).</source>
        <translation>数据库文件 %1 已损坏或被篡改（第 %2 页）。</translation>
    </message>
    <message>
        <source>The database file %1 is not encrypted, or not a Fieldfile database.</source>
        <translation>数据库文件 %1 未加密，或不是 Fieldfile 数据库。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: its key is not known.</source>
        <translation>无法打开数据库文件 %1：不知道它的密钥。</translation>
    </message>
    <message>
        <source>The database file %1 refused a change that would have stored data unencrypted or damaged it.</source>
        <translation>数据库文件 %1 拒绝了一项会以明文保存数据或损坏数据的修改。</translation>
    </message>
    <message>
        <source>Fieldfile is locked: the database file %1 cannot be read or written until it is unlocked.</source>
        <translation>Fieldfile 已锁定：解锁之前无法读写数据库文件 %1。</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>Unexpected “%1” after the end of the expression.</source>
        <translation>表达式结束后出现了多余的“%1”。</translation>
    </message>
    <message>
        <source>The expression ends where a value was expected.</source>
        <translation>表达式在应当出现值的地方结束了。</translation>
    </message>
    <message>
        <source>A “)” is missing.</source>
        <translation>缺少“)”。</translation>
    </message>
    <message>
        <source>${…} needs the name of a question.</source>
        <translation>${…} 中需要填写题目名称。</translation>
    </message>
    <message>
        <source>A “}” is missing after ${%1.</source>
        <translation>${%1 后面缺少“}”。</translation>
    </message>
    <message>
        <source>This text is not closed with %1.</source>
        <translation>这段文字缺少结尾的 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Unknown word “%1”: answers are written ${name}; functions are %2.</source>
        <translation>无法识别的词“%1”：引用答案请写 ${名称}；可用的函数有 %2。</translation>
    </message>
    <message>
        <source>The function %1 needs “(”.</source>
        <translation>函数 %1 后面需要“(”。</translation>
    </message>
    <message>
        <source>A “)” is missing after the arguments of %1.</source>
        <translation>函数 %1 的参数后面缺少“)”。</translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s), not %3.</source>
        <translation>%1 需要 %2 个参数，而不是 %3 个。</translation>
    </message>
    <message>
        <source>Unexpected “%1”.</source>
        <translation>意外的“%1”。</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>表达式为空。</translation>
    </message>
    <message>
        <source>The expression is nested too deeply (more than %1 levels of brackets, operators or functions); write it as simpler rules.</source>
        <translation>表达式嵌套过深（括号、运算符或函数超过%1层），请拆成几条简单的规则。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Household number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房情况</translation>
    </message>
    <message>
        <source>Annual household income (yuan)</source>
        <translation>家庭年收入（元）</translation>
    </message>
    <message>
        <source>Main income sources</source>
        <translation>主要收入来源</translation>
    </message>
    <message>
        <source>Assistance status</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Causes of hardship</source>
        <translation>致贫原因</translation>
    </message>
    <message>
        <source>Relocated household</source>
        <translation>易地搬迁户</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Social-work station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <source>Risk markers</source>
        <translation>风险标记</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Disability type</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Work ability</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊群体</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>表单版本</translation>
    </message>
    <message>
        <source>Date of assessment</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>需求评估</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <source>Household consented</source>
        <translation>服务对象同意转介</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>转介进度</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>转出日期</translation>
    </message>
    <message>
        <source>Note on sending</source>
        <translation>转出说明</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Note on acceptance</source>
        <translation>接收说明</translation>
    </message>
    <message>
        <source>Declined on</source>
        <translation>拒收日期</translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>服务成效</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <source>Kind of risk</source>
        <translation>风险类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>标记人</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>标记时间</translation>
    </message>
    <message>
        <source>Flag status</source>
        <translation>标记状态</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>解除人</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>解除时间</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>解除说明</translation>
    </message>
    <message>
        <source>Status when proposed</source>
        <translation>申请时救助类别</translation>
    </message>
    <message>
        <source>Proposed status</source>
        <translation>拟调整为</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>审核说明</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Risk flag</source>
        <translation>风险标记</translation>
    </message>
    <message>
        <source>Status review</source>
        <translation>动态调整</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>服务方法</translation>
    </message>
    <message>
        <source>Members involved</source>
        <translation>参与成员</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>走访目的</translation>
    </message>
    <message>
        <source>Date of visit</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Members met</source>
        <translation>见到的成员</translation>
    </message>
    <message>
        <source>Others met</source>
        <translation>见到的其他人</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>措施状态</translation>
    </message>
    <message>
        <source>Need category</source>
        <translation>需求类别</translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation>走访状态</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>帮扶目标</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>Service log</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Need addressed</source>
        <translation>针对的需求</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>About whom</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Mandatory report</source>
        <translation>强制报告</translation>
    </message>
    <message>
        <source>Removed or kept</source>
        <translation>移除还是保留</translation>
    </message>
    <message>
        <source>Kept (changed)</source>
        <translation>保留（有修改）</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>评估状态</translation>
    </message>
    <message>
        <source>Status confirmed</source>
        <translation>救助身份已确认</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>打开时间</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>打开人</translation>
    </message>
    <message>
        <source>Station recommendation</source>
        <translation>社工站意见</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Recommended on</source>
        <translation>推荐日期</translation>
    </message>
    <message>
        <source>Station supervisor's opinion</source>
        <translation>督导意见</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Supervisor's review</source>
        <translation>督导审核</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Changed after approval</source>
        <translation>通过后又修改</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Kind of comment</source>
        <translation>意见类型</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>填写时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Service project</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长技能</translation>
    </message>
    <message>
        <source>Trainings attended</source>
        <translation>参加的培训</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Provider organisation</source>
        <translation>承接机构</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Contracted service hours</source>
        <translation>合同服务时数</translation>
    </message>
    <message>
        <source>Contracted households</source>
        <translation>合同服务户数</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>个案记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>更正人</translation>
    </message>
    <message>
        <source>Corrected at</source>
        <translation>更正时间</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>材料类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Type of file</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256 of the content</source>
        <translation>内容的 SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>文件不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>%1 needs a label in Chinese (zh_CN) and in English (en).</source>
        <translation>%1需要中文（zh_CN）和英文（en）标签。</translation>
    </message>
    <message>
        <source>The form has no "id".</source>
        <translation>表单缺少 "id"。</translation>
    </message>
    <message>
        <source>The form's title</source>
        <translation>表单标题</translation>
    </message>
    <message>
        <source>The form has no sections.</source>
        <translation>表单没有任何部分。</translation>
    </message>
    <message>
        <source>A section has no "id".</source>
        <translation>有一个部分缺少 "id"。</translation>
    </message>
    <message>
        <source>The id “%1” is used twice.</source>
        <translation>编号“%1”被使用了两次。</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>部分“%1”</translation>
    </message>
    <message>
        <source>A question in section “%1” has no "id".</source>
        <translation>部分“%1”中有一道题缺少 "id"。</translation>
    </message>
    <message>
        <source>Question “%1”: unknown type “%2” (known: %3).</source>
        <translation>题目“%1”：未知的类型“%2”（可用类型：%3）。</translation>
    </message>
    <message>
        <source>Question “%1”</source>
        <translation>题目“%1”</translation>
    </message>
    <message>
        <source>Question “%1”: a choice has no "code".</source>
        <translation>题目“%1”：有一个选项缺少 "code"。</translation>
    </message>
    <message>
        <source>Choice “%1” of question “%2”</source>
        <translation>题目“%2”的选项“%1”</translation>
    </message>
    <message>
        <source>Question “%1”: a choice question needs at least two choices.</source>
        <translation>题目“%1”：选择题至少需要两个选项。</translation>
    </message>
    <message>
        <source>The constraint message of question “%1”</source>
        <translation>题目“%1”的限制提示</translation>
    </message>
    <message>
        <source>The rule of “%1” is wrong at character %2: %3</source>
        <translation>“%1”的规则在第 %2 个字符处有误：%3</translation>
    </message>
    <message>
        <source>The rule of “%1” refers to ${%2}, which is not a question of this form.</source>
        <translation>“%1”的规则引用了 ${%2}，但本表单没有这道题。</translation>
    </message>
    <message>
        <source>Version %1 of the form “%2” is missing from this build.</source>
        <translation>本程序中没有表单“%2”的第 %1 版。</translation>
    </message>
    <message>
        <source>Section “%1”: "needs" must be a list of need rules.</source>
        <translation>栏目“%1”："needs" 必须是需求规则的列表。</translation>
    </message>
    <message>
        <source>Need rule %1 of section “%2”</source>
        <translation>栏目“%2”的第 %1 条需求规则</translation>
    </message>
    <message>
        <source>%1: unknown service category “%2” (known: %3).</source>
        <translation>%1：未知的服务类别“%2”（可用：%3）。</translation>
    </message>
    <message>
        <source>%1 has no "when" condition.</source>
        <translation>%1 缺少 "when" 条件。</translation>
    </message>
    <message>
        <source>%1: the condition is wrong at character %2: %3</source>
        <translation>%1：条件在第 %2 个字符处有误：%3</translation>
    </message>
    <message>
        <source>%1: the condition refers to ${%2}, which is not a question of this form.</source>
        <translation>%1：条件引用了 ${%2}，但本表中没有这个问题。</translation>
    </message>
    <message>
        <source>The form has no "version": give it a whole number, 1 for a new form, one more than the last published version for a new version.</source>
        <translation>表单缺少 "version"（版本号）：请填写整数，新表单为 1，新版本为上一发布版本加 1。</translation>
    </message>
    <message>
        <source>The form's "version" must be a whole number of 1 or more, not %1.</source>
        <translation>表单的 "version"（版本号）必须是大于等于 1 的整数，不能是 %1。</translation>
    </message>
    <message>
        <source>Section “%1”: "appliesTo" must be household (answered once for the household) or member (answered for each member), not “%2”.</source>
        <translation>部分“%1”："appliesTo" 必须是 household（每户填写一次）或 member（每位成员各填一次），不能是“%2”。</translation>
    </message>
    <message>
        <source>Question “%1”: a scale needs "min" below "max" (here %2 and %3).</source>
        <translation>问题“%1”：量表的 "min" 必须小于 "max"（此处为 %2 和 %3）。</translation>
    </message>
    <message>
        <source>The form “%1” is missing from this build.</source>
        <translation>此版本的程序中缺少表单“%1”。</translation>
    </message>
    <message>
        <source>Question “%1”: the "score" of choice “%2” must be a number.</source>
        <translation>问题“%1”：选项“%2”的 "score"（分值）必须是数字。</translation>
    </message>
    <message>
        <source>Question “%1”: a total needs "of", the list of the ids of the questions whose scores it adds.</source>
        <translation>问题“%1”：总分需要 "of"，即要相加计分的各问题的 id 列表。</translation>
    </message>
    <message>
        <source>Question “%1”: band %2 needs "from", the lowest total it covers.</source>
        <translation>问题“%1”：第%2个分级需要 "from"，即该级的最低分。</translation>
    </message>
    <message>
        <source>Band %1 of question “%2”</source>
        <translation>问题“%2”的第%1个分级</translation>
    </message>
    <message>
        <source>Question “%1”: two bands start at %2.</source>
        <translation>问题“%1”：有两个分级都从%2分开始。</translation>
    </message>
    <message>
        <source>Question “%1” adds “%2”, which is not a question of section “%3”.</source>
        <translation>问题“%1”计入了“%2”，但它不是“%3”部分的问题。</translation>
    </message>
    <message>
        <source>Question “%1” adds “%2”, which is not a single-choice question.</source>
        <translation>问题“%1”计入了“%2”，但它不是单选题。</translation>
    </message>
    <message>
        <source>Question “%1” adds “%2”, whose choice “%3” has no "score".</source>
        <translation>问题“%1”计入了“%2”，但其选项“%3”没有 "score"（分值）。</translation>
    </message>
    <message>
        <source>The file is named for version %1 of “%2”, but holds version %3 of “%4”.</source>
        <translation>文件名表示“%2”的第 %1 版，但内容是“%4”的第 %3 版。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is built into Fieldfile already; a published version never changes: give it a new number.</source>
        <translation>“%2”的第 %1 版已内置于一户一档；已发布的版本不能再改动，请使用新的版本号。</translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No section of this form applies here.</source>
        <translation>本表没有适用于此对象的栏目。</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>此题必须回答</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1（%2分）</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1分（满分%2分）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>total: band</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered so far (%3 points)</source>
        <translation>已答%1/%2项（目前%3分）</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>“%1” needs an answer.</source>
        <translation>“%1”需要回答。</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <source>“%1” must be a date.</source>
        <translation>“%1”必须是日期。</translation>
    </message>
    <message>
        <source>“%1”: choose one of the answers offered.</source>
        <translation>“%1”：请从给出的选项中选择一项。</translation>
    </message>
    <message>
        <source>“%1”: choose only among the answers offered.</source>
        <translation>“%1”：只能在给出的选项中选择。</translation>
    </message>
    <message>
        <source>“%1”: answer yes or no.</source>
        <translation>“%1”：请回答是或否。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>“%1”: this answer is not possible.</source>
        <translation>“%1”：这个答案不可能成立。</translation>
    </message>
    <message>
        <source>“%1”: choose a member of this household.</source>
        <translation>“%1”：请选择本户的家庭成员。</translation>
    </message>
</context>
<context>
    <name>HeadlessReport</name>
    <message>
        <source>There is no profile “%1” on this computer.</source>
        <translation>本机没有名为“%1”的账户档案。</translation>
    </message>
    <message>
        <source>There is no profile on this computer yet.</source>
        <translation>本机还没有账户档案。</translation>
    </message>
    <message>
        <source>Say whose profile to count with --profile NAME.</source>
        <translation>请用 --profile 名称 指定要统计的账户档案。</translation>
    </message>
    <message>
        <source>Write the indicators of a scope and period, beside the previous period.</source>
        <translation>输出某一范围和期间的指标，并列出上期数据。</translation>
    </message>
    <message>
        <source>Write a report and exit.</source>
        <translation>生成报表后退出。</translation>
    </message>
    <message>
        <source>county (everything this computer holds, the default), township:NAME, station:NAME or caseworker:NAME.</source>
        <translation>county（本机全部数据，默认）、township:乡镇名、station:社工站名 或 caseworker:社工姓名。</translation>
    </message>
    <message>
        <source>A month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>月份（2026-11）、季度（2026-Q4）或年份（2026）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Whose profile: its folder, or its person's name (default: the only one).</source>
        <translation>账户档案：其文件夹或使用人姓名（默认：本机唯一的档案）。</translation>
    </message>
    <message>
        <source>A file whose first line is the profile's password (else it is read from standard input).</source>
        <translation>首行为账户密码的文件（否则从标准输入读取）。</translation>
    </message>
    <message>
        <source>Count an unencrypted database file instead of a profile.</source>
        <translation>统计未加密的数据库文件，而非账户档案。</translation>
    </message>
    <message>
        <source>Language of the report: zh_CN or en.</source>
        <translation>报表语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--period is a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>--period 须为月份（2026-11）、季度（2026-Q4）或年份（2026）。</translation>
    </message>
    <message>
        <source>--scope is county, township:NAME, station:NAME or caseworker:NAME.</source>
        <translation>--scope 须为 county、township:乡镇名、station:社工站名 或 caseworker:社工姓名。</translation>
    </message>
    <message>
        <source>Say where to write the report with --output FILE.</source>
        <translation>请用 --output 文件 指定报表的保存位置。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The password file %1 could not be read.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>This profile is encrypted: give its password with --password-file FILE or on standard input.</source>
        <translation>此账户档案已加密：请用 --password-file 文件 或从标准输入提供密码。</translation>
    </message>
    <message>
        <source>The indicators of %1, %2, are in %3.</source>
        <translation>%1 %2 的指标已写入 %3。</translation>
    </message>
    <message>
        <source>csv (the indicators as a table, the default) or pdf (the printed report: the monthly station report, the county summary).</source>
        <translation>csv（指标表格，默认）或 pdf（打印版报告：社工站月报、全县汇总报告）。</translation>
    </message>
    <message>
        <source>Reports are written as CSV (--format csv) or PDF (--format pdf).</source>
        <translation>报告可输出为 CSV（--format csv）或 PDF（--format pdf）。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>冲突已解决</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>（本机没有此记录）</translation>
    </message>
    <message>
        <source>(unknown member)</source>
        <translation>（未知成员）</translation>
    </message>
    <message>
        <source>(a need not on this device)</source>
        <translation>（本机上没有的需求）</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>全户</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — %1</source>
        <translation>变更历史 — %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field change(s), newest first.</source>
        <translation>
            <numerusform>共%n项修改，最新的在最前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HouseholdAssignment</name>
    <message>
        <source>Could not assign the household.</source>
        <translation>无法分配此家庭。</translation>
    </message>
    <message>
        <source>There is no caseworker called “%1”.</source>
        <translation>没有名为“%1”的社工。</translation>
    </message>
    <message>
        <source>There is no household “%1” on this server: households arrive with the packages and syncs of the laptops that made them (fieldfile-server households lists them).</source>
        <translation>服务器上没有家庭“%1”：家庭随录入它的笔记本电脑的数据包或同步到达（用 fieldfile-server households 查看列表）。</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>&amp;History…</source>
        <translation>变更历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>家庭成员（%1）</translation>
    </message>
    <message>
        <source>New household file</source>
        <translation>新建户档案</translation>
    </message>
    <message>
        <source>Household file: %1 %2</source>
        <translation>户档案：%1 %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>This household file has changes that are not saved. Discard them?</source>
        <translation>此户档案有尚未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <source>In conflict: %1. Two people entered different values; the value shown is one of them, nothing is lost.</source>
        <translation>存在冲突：%1。两人填写了不同的值；当前显示的是其中之一，任何内容都不会丢失。</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>Save or discard your changes to this file first, then resolve the conflicts.</source>
        <translation>请先保存或放弃对本档案的修改，然后再处理冲突。</translation>
    </message>
    <message>
        <source>(no head of household)</source>
        <translation>（未登记户主）</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Household no. %1</source>
        <translation>户编号 %1</translation>
    </message>
    <message>
        <source>Text not recorded</source>
        <translation>有内容尚未记录</translation>
    </message>
    <message>
        <source>Text typed on %1 has not been recorded yet (each is recorded with its own button there). Close the file and lose it?</source>
        <translation>“%1”页上填写的内容还没有记录（需点击该页上相应的按钮记录）。仍要关闭档案并丢弃这些内容吗？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>This may be a household already on file:</source>
        <translation>这户可能已经建档：</translation>
    </message>
    <message>
        <source>Look it up in the caseload first (search by ID number or name). If it is a different household, press Save again to file it.</source>
        <translation>请先在服务对象中查一查（按身份证号或姓名搜索）。如确实是另一户，请再按一次“保存”建档。</translation>
    </message>
    <message>
        <source>Text typed on %1 has not been recorded yet (each is recorded with its own button there). Save the file and close it without that text?</source>
        <translation>在%1上输入的文字还没有添加（每处都要用那里的按钮添加）。保存并关闭档案、不要这些文字吗？</translation>
    </message>
</context>
<context>
    <name>HouseholdFileDocument</name>
    <message>
        <source>Household file</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <source>Household number: %1</source>
        <translation>户编号：%1</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>家庭基本情况</translation>
    </message>
    <message numerus="yes">
        <source>Members (%n)</source>
        <translation>
            <numerusform>家庭成员（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>个案记录</translation>
    </message>
    <message>
        <source>Needs assessments</source>
        <translation>需求评估</translation>
    </message>
    <message>
        <source>Assistance plan: goals</source>
        <translation>帮扶方案：目标</translation>
    </message>
    <message>
        <source>Assistance plan: actions</source>
        <translation>帮扶方案：措施</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>风险标记</translation>
    </message>
    <message>
        <source>Status reviews</source>
        <translation>动态调整</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Household file %1</source>
        <translation>一户一档 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>No change recorded.</source>
        <translation>没有变更记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n field change(s) from %1 to %2, by %3.</source>
        <translation>
            <numerusform>%1 至 %2 共 %n 项字段变更，变更人：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest changes:</source>
        <translation>最近的变更：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>变更人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Confirmed at the visit</source>
        <translation>走访确认</translation>
    </message>
    <message>
        <source>The household has read this file and confirms that it is correct.</source>
        <translation>本户已阅读以上档案内容，确认属实。</translation>
    </message>
    <message>
        <source>Caseworker (signature):</source>
        <translation>社工（签名）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Household (signature):</source>
        <translation>户主或家庭成员（签名）：</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>(no visit yet)</source>
        <translation>（尚未走访）</translation>
    </message>
    <message>
        <source>e.g. 13812345678 or 0539-1234567</source>
        <translation>如 13812345678 或 0539-1234567</translation>
    </message>
    <message>
        <source>Set by the visits recorded in the Visits tab.</source>
        <translation>由“走访”标签页中记录的走访自动更新。</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The status this household was filed with has not been confirmed by the station supervisor or the county yet.</source>
        <translation>建档时填写的救助身份尚未经社工站督导或县里确认。</translation>
    </message>
    <message>
        <source>Confirm that this household's assistance status is the one on record</source>
        <translation>确认此户的救助身份与登记的一致</translation>
    </message>
    <message>
        <source>Confirm status</source>
        <translation>确认救助身份</translation>
    </message>
    <message>
        <source>The county's assignment: the station supervisor assigns households to caseworkers (File → Assign to caseworker), effective at the next sync.</source>
        <translation>县里的分配：由社工站督导把家庭分配给社工（文件 → 分配给社工），下次同步后生效。</translation>
    </message>
</context>
<context>
    <name>HouseholdListCsv</name>
    <message>
        <source>The households could not be read.</source>
        <translation>无法读取户信息。</translation>
    </message>
    <message>
        <source>%1 of the %2 households could be read; nothing was written.</source>
        <translation>%2 户中只读取到 %1 户，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>HouseholdListModel</name>
    <message>
        <source>(no head)</source>
        <translation>（无户主）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未走访</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Assistance status</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊群体</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>%1 (in conflict)</source>
        <translation>%1（有冲突）</translation>
    </message>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation>%1（未确认）</translation>
    </message>
    <message>
        <source>%1 (member: %2)</source>
        <translation>%1（成员：%2）</translation>
    </message>
</context>
<context>
    <name>HouseholdListPage</name>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部救助类别</translation>
    </message>
    <message>
        <source>All special groups</source>
        <translation>全部特殊群体</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>有风险的</translation>
    </message>
    <message>
        <source>Risk: all households</source>
        <translation>风险：全部</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name, pinyin initials (zw), ID number or village</source>
        <translation>姓名、拼音首字母（如 zw）、身份号码或村名</translation>
    </message>
    <message>
        <source>Type part of a name (张伟), its pinyin initials (zw), an ID number or its first digits, a household number or the start of a village name.</source>
        <translation>可输入姓名或其中几个字（张伟）、拼音首字母（zw）、身份号码或其前几位、户编号，或村名的开头。</translation>
    </message>
    <message numerus="yes">
        <source>%1 household(s) match</source>
        <translation>
            <numerusform>找到%1户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 household(s) in the caseload</source>
        <translation>
            <numerusform>共%1户</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 households match; the first %1 are shown. Type more of the name or number to narrow the search.</source>
        <translation>找到超过%1户，只显示前%1户。请多输入几个字或几位号码，缩小搜索范围。</translation>
    </message>
</context>
<context>
    <name>HouseholdMerge</name>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation>不能把一户合并到它自己。</translation>
    </message>
    <message>
        <source>Both households must be on this laptop to merge them.</source>
        <translation>两户都必须在本机上才能合并。</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>没有可合并的内容。</translation>
    </message>
    <message>
        <source>The household filed twice has a status review the county decided: county staff merge it.</source>
        <translation>重复登记的这一户有县里已决定的动态调整申请：请由县级工作人员合并。</translation>
    </message>
    <message>
        <source>The merged households could not be read.</source>
        <translation>无法读取已合并的家庭。</translation>
    </message>
</context>
<context>
    <name>HouseholdPickerDialog</name>
    <message>
        <source>Choose households</source>
        <translation>选择家庭</translation>
    </message>
    <message>
        <source>Name, pinyin initials (zw), ID number, household number or village</source>
        <translation>姓名、拼音首字母（zw）、身份证号、户编号或村名</translation>
    </message>
    <message>
        <source>&amp;Add chosen</source>
        <translation>添加所选(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(no head)</source>
        <translation>（无户主）</translation>
    </message>
    <message>
        <source>Already in the session</source>
        <translation>已在本次活动中</translation>
    </message>
    <message>
        <source>Showing %1 of %2 households; type to narrow the list.</source>
        <translation>显示 %2 户中的 %1 户；请输入更多内容缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s).</source>
        <translation>
            <numerusform>共 %n 户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen.</source>
        <translation>
            <numerusform>已选 %n 户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>The assistance status of a household on file changes only through a status review: propose the change in the Status review tab, with reasons and evidence; the station supervisor or the county decides it.</source>
        <translation>已建档户的救助身份只能通过动态调整变更：请在“动态调整”页提出申请并写明理由和证明材料，由社工站督导或县里决定。</translation>
    </message>
    <message>
        <source>This household has no assistance status to confirm.</source>
        <translation>此户没有需要确认的救助身份。</translation>
    </message>
    <message>
        <source>Choose the caseworker to assign the households to.</source>
        <translation>请选择要分配给的社工。</translation>
    </message>
    <message>
        <source>A household to assign is not on this laptop.</source>
        <translation>要分配的家庭不在本机上。</translation>
    </message>
</context>
<context>
    <name>HouseholdValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>Choose an assistance status from the list.</source>
        <translation>请从列表中选择救助类别。</translation>
    </message>
    <message>
        <source>The phone number should be an 11-digit mobile number (e.g. 13812345678) or a landline with area code (e.g. 0531-12345678).</source>
        <translation>联系电话应为11位手机号（如13812345678）或带区号的固定电话（如0531-12345678）。</translation>
    </message>
    <message>
        <source>The annual income must be a number from 0 to 10,000,000 yuan.</source>
        <translation>家庭年收入应为0至10,000,000元之间的数字。</translation>
    </message>
    <message>
        <source>The last visit cannot be in the future.</source>
        <translation>最近走访日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A household needs at least one member: the head of household.</source>
        <translation>每户至少要有一名成员：户主。</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>第%1名成员</translation>
    </message>
    <message>
        <source>the name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>the name is longer than 30 characters.</source>
        <translation>姓名超过30个字。</translation>
    </message>
    <message>
        <source>choose the sex.</source>
        <translation>请选择性别。</translation>
    </message>
    <message>
        <source>choose the relation to the head of household.</source>
        <translation>请选择与户主关系。</translation>
    </message>
    <message>
        <source>the date of birth is required.</source>
        <translation>请填写出生日期。</translation>
    </message>
    <message>
        <source>the date of birth cannot be in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>the date of birth is too far in the past.</source>
        <translation>出生日期过早，请核对。</translation>
    </message>
    <message>
        <source>the ID number gives the date of birth %1, but %2 was entered.</source>
        <translation>身份号码中的出生日期是%1，但填写的是%2。</translation>
    </message>
    <message>
        <source>the ID number belongs to a person of the other sex (17th digit).</source>
        <translation>身份号码第17位表示的性别与所填性别不符。</translation>
    </message>
    <message>
        <source>the same ID number is entered for two members.</source>
        <translation>两名成员填写了相同的身份号码。</translation>
    </message>
    <message>
        <source>choose the disability grade (1 to 4).</source>
        <translation>请选择残疾等级（一至四级）。</translation>
    </message>
    <message>
        <source>a disability grade is given without a disability type.</source>
        <translation>填写了残疾等级，但没有选择残疾类别。</translation>
    </message>
    <message>
        <source>the disability grade must be 1, 2, 3 or 4.</source>
        <translation>残疾等级只能是一、二、三或四级。</translation>
    </message>
    <message>
        <source>One member must be the head of household.</source>
        <translation>必须有一名成员是户主。</translation>
    </message>
    <message>
        <source>Only one member can be the head of household; %1 are marked.</source>
        <translation>每户只能有一名户主，现有%1名成员标为户主。</translation>
    </message>
</context>
<context>
    <name>IdentifiedNeeds</name>
    <message>
        <source>Social integration</source>
        <translation>社会融入</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>能力提升</translation>
    </message>
    <message>
        <source>Psychological counselling</source>
        <translation>心理疏导</translation>
    </message>
    <message>
        <source>Resource linking</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <source>Policy advocacy</source>
        <translation>宣传倡导</translation>
    </message>
</context>
<context>
    <name>IdentifiedNeedsBox</name>
    <message>
        <source>Identified needs</source>
        <translation>已识别需求</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>本户</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>已移出的成员</translation>
    </message>
    <message>
        <source>for %1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (form version %2), for %3, submitted %4</source>
        <translation>%1（表单第 %2 版），评估对象：%3，提交于 %4</translation>
    </message>
    <message>
        <source>Needs are identified by the needs assessments of a saved household.</source>
        <translation>需求来自已保存家庭的需求评估。</translation>
    </message>
    <message>
        <source>None yet: needs are identified when a needs assessment is submitted (tab Assessments).</source>
        <translation>暂无：提交需求评估后（“需求评估”页）会在这里列出已识别的需求。</translation>
    </message>
    <message>
        <source>Identified needs (%1)</source>
        <translation>已识别需求（%1）</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>计划措施</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>尚无措施</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an action for this need on the Plan tab.</source>
        <translation>请在“帮扶计划”标签页为此需求添加措施。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>同步包</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入……</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%v of %m packages</source>
        <translation>%v / %m 个同步包</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>%1 package(s) imported, %2 imported before, %3 refused. A receipt was written beside each package that was imported: give it back with the USB stick.</source>
        <translation>已导入 %1 个同步包，%2 个此前已导入，拒绝 %3 个。每个导入过的同步包旁边都已生成回执：请随U盘一并交回。</translation>
    </message>
</context>
<context>
    <name>IndicatorRecords</name>
    <message>
        <source>No status recorded</source>
        <translation>未记录救助类别</translation>
    </message>
    <message>
        <source>Served or visited in the period</source>
        <translation>本期接受过服务或走访</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service record(s)</source>
        <translation>
            <numerusform>%n 条服务记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Visited %1</source>
        <translation>%1 走访</translation>
    </message>
    <message>
        <source>Planned for %1, not done</source>
        <translation>计划 %1 走访，未走访</translation>
    </message>
    <message>
        <source>Planned for %1, done %2</source>
        <translation>计划 %1 走访，%2 已走访</translation>
    </message>
    <message>
        <source>To %1 · sent %2 · %3</source>
        <translation>转介至%1 · %2 转出 · %3</translation>
    </message>
</context>
<context>
    <name>IndicatorReport</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>上期（%1）</translation>
    </message>
    <message>
        <source>Indicator id</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <source>Breakdown key</source>
        <translation>分项代码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>IndicatorReportDocument</name>
    <message>
        <source>Monthly station report</source>
        <translation>社工站月报</translation>
    </message>
    <message>
        <source>Station report</source>
        <translation>社工站报告</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>全县汇总报告</translation>
    </message>
    <message>
        <source>Indicator report</source>
        <translation>指标报告</translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3)</source>
        <translation>统计期间：%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>对比期间：%1</translation>
    </message>
    <message>
        <source>Main figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Services by method and category</source>
        <translation>服务次数（按方式和类别）</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>救助家庭</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Visits and guardianship follow-ups</source>
        <translation>走访与监护随访</translation>
    </message>
    <message>
        <source>Needs and the plan</source>
        <translation>需求与帮扶方案</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Risk flags and child protection</source>
        <translation>风险与强制报告</translation>
    </message>
    <message>
        <source>Caseworker workload</source>
        <translation>社工工作量</translation>
    </message>
    <message>
        <source>Volunteers and purchased services</source>
        <translation>志愿者与政府购买服务</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>各社工站</translation>
    </message>
    <message>
        <source>No household is assigned to a station.</source>
        <translation>没有分配到社工站的家庭。</translation>
    </message>
    <message>
        <source>%1; the previous period in brackets.</source>
        <translation>%1；括号内为上期数据。</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <source>Reviewed by (county civil-affairs bureau):</source>
        <translation>审核（县民政局）：</translation>
    </message>
    <message>
        <source>Reviewed by (station supervisor):</source>
        <translation>审核（社工站督导）：</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>填报人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>IndicatorScope</name>
    <message>
        <source>The county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Township %1</source>
        <translation>乡镇 %1</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>社工站 %1</translation>
    </message>
    <message>
        <source>Caseworker %1</source>
        <translation>社工 %1</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>No status recorded</source>
        <translation>未记录救助类别</translation>
    </message>
    <message>
        <source>No caseworker</source>
        <translation>未分配社工</translation>
    </message>
    <message>
        <source>Households on file (now)</source>
        <translation>在册户数（当前）</translation>
    </message>
    <message>
        <source>Households served or visited</source>
        <translation>服务或走访户数</translation>
    </message>
    <message>
        <source>Households entering assistance</source>
        <translation>新纳入救助户数</translation>
    </message>
    <message>
        <source>Households leaving assistance</source>
        <translation>退出救助户数</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Households reached by services</source>
        <translation>服务覆盖户数</translation>
    </message>
    <message>
        <source>Hours of service</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>完成走访次数</translation>
    </message>
    <message>
        <source>Planned visits due</source>
        <translation>应走访次数</translation>
    </message>
    <message>
        <source>Planned visits done on time</source>
        <translation>按时走访次数</translation>
    </message>
    <message>
        <source>Planned visits done on time (%)</source>
        <translation>走访按时率（%）</translation>
    </message>
    <message>
        <source>Guardianship follow-ups of left-behind children due</source>
        <translation>留守儿童监护随访应访次数</translation>
    </message>
    <message>
        <source>Guardianship follow-ups of left-behind children done on time</source>
        <translation>留守儿童监护随访按时次数</translation>
    </message>
    <message>
        <source>Guardianship follow-ups of left-behind children done on time (%)</source>
        <translation>留守儿童监护随访按时率（%）</translation>
    </message>
    <message>
        <source>Needs identified</source>
        <translation>识别的需求数</translation>
    </message>
    <message>
        <source>Needs identified with a plan action</source>
        <translation>已有帮扶措施的需求数</translation>
    </message>
    <message>
        <source>Needs identified with a plan action (%)</source>
        <translation>需求措施覆盖率（%）</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>转介次数</translation>
    </message>
    <message>
        <source>Referrals accepted</source>
        <translation>转介受理次数</translation>
    </message>
    <message>
        <source>Referrals completed</source>
        <translation>转介完成次数</translation>
    </message>
    <message>
        <source>Median days from referral to completion</source>
        <translation>转介至完成天数（中位数）</translation>
    </message>
    <message>
        <source>Risk flags opened</source>
        <translation>新增风险标记</translation>
    </message>
    <message>
        <source>Risk flags closed</source>
        <translation>解除风险标记</translation>
    </message>
    <message>
        <source>Child-protection concerns raised</source>
        <translation>新发现儿童保护问题</translation>
    </message>
    <message>
        <source>Child-protection concerns reported</source>
        <translation>儿童保护强制报告数</translation>
    </message>
    <message>
        <source>Median days from concern to mandatory report</source>
        <translation>发现至强制报告天数（中位数）</translation>
    </message>
    <message>
        <source>Caseload (households, now)</source>
        <translation>负责户数（当前）</translation>
    </message>
    <message>
        <source>Services given by caseload</source>
        <translation>所负责户的服务次数</translation>
    </message>
    <message>
        <source>Visits done by caseload</source>
        <translation>所负责户的走访次数</translation>
    </message>
    <message>
        <source>Hours of service by caseload</source>
        <translation>所负责户的服务时长（小时）</translation>
    </message>
    <message>
        <source>Volunteers who served</source>
        <translation>参与服务的志愿者人数</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长（小时）</translation>
    </message>
    <message>
        <source>Purchased-service hours delivered</source>
        <translation>购买服务已完成时长（小时）</translation>
    </message>
    <message>
        <source>Purchased-service hours contracted</source>
        <translation>购买服务合同时长（小时）</translation>
    </message>
</context>
<context>
    <name>JournalReplayer</name>
    <message>
        <source>The tables could not be rebuilt from the journal. Nothing was changed.</source>
        <translation>无法根据变更历史重建数据表。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>Nothing was saved: the database refused the change.</source>
        <translation>未保存任何内容：数据库拒绝了这次修改。</translation>
    </message>
    <message>
        <source>Nothing was saved: the database is busy or read-only.</source>
        <translation>未保存任何内容：数据库正忙或为只读。</translation>
    </message>
    <message>
        <source>Nothing was saved: nobody is signed in.</source>
        <translation>未保存任何内容：当前没有登录的用户。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LegacyDatabase</name>
    <message>
        <source>The data file %1 could not be prepared for moving.</source>
        <translation>无法准备移动数据文件 %1。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Fieldfile now protects the households' data on this laptop with a password: whoever finds a lost laptop cannot read them. Choose your password. You will type it each time you start Fieldfile.</source>
        <translation>Fieldfile 现在用密码保护本机上的户数据：笔记本丢失后，捡到的人也无法读取。请设置您的密码，以后每次启动 Fieldfile 都要输入。</translation>
    </message>
    <message>
        <source>Protect this laptop's data</source>
        <translation>保护本机数据</translation>
    </message>
    <message>
        <source>Fieldfile opens only once the data on this laptop are protected with a password. Nothing was changed.</source>
        <translation>本机数据设置密码保护后 Fieldfile 才能打开。未做任何更改。</translation>
    </message>
    <message>
        <source>The data file %1 could not be moved into the profile folder %2.</source>
        <translation>无法把数据文件 %1 移入档案文件夹 %2。</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Fieldfile — locked</source>
        <translation>Fieldfile — 已锁定</translation>
    </message>
    <message>
        <source>Fieldfile is locked. Type your password in the lock window to go on.</source>
        <translation>Fieldfile 已锁定。请在锁定窗口中输入密码后继续。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Fieldfile is locked</source>
        <translation>Fieldfile 已锁定</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fieldfile is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fieldfile 已锁定&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Locked after a while without use, to protect the households' data. %1: type your password to go on where you were. Nothing you typed has been lost.</source>
        <translation>一段时间无操作后已自动锁定，以保护户数据。%1：输入密码即可回到刚才的位置，已输入的内容都还在。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit Fieldfile</source>
        <translation>退出 Fieldfile</translation>
    </message>
    <message>
        <source>Closes Fieldfile. Saved records stay; what was typed and not saved is lost.</source>
        <translation>关闭 Fieldfile。已保存的记录都在；输入了但未保存的内容会丢失。</translation>
    </message>
    <message numerus="yes">
        <source>After several wrong passwords, wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>多次输错密码，请等 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the password of this profile.</source>
        <translation>密码不正确。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Fieldfile</source>
        <translation>关于一户一档</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fieldfile %1&lt;/h3&gt;&lt;p&gt;One file per household (一户一档) for social-assistance caseworkers, usable offline for days.&lt;/p&gt;&lt;p&gt;Every change is kept in the history with who made it and when.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一户一档 %1&lt;/h3&gt;&lt;p&gt;为社会救助社工设计的一户一档软件，可连续多日离线使用。&lt;/p&gt;&lt;p&gt;每一次修改都记入变更历史，注明修改人和时间。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fieldfile — household files</source>
        <translation>一户一档 — 社会救助家庭档案</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>新建户档案(&amp;N)…</translation>
    </message>
    <message>
        <source>Start the file of a household not yet in the caseload (Ctrl+N)</source>
        <translation>为尚未建档的家庭新建档案（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open household file</source>
        <translation>打开户档案(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected household's file (Enter or double-click)</source>
        <translation>打开选中家庭的档案（回车或双击）</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Who changed what in the selected household, and when (Ctrl+H)</source>
        <translation>查看选中家庭由谁、在何时改了什么（Ctrl+H）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Fieldfile</source>
        <translation>关于一户一档(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Connected to county %1. Syncing now…</source>
        <translation>已连接县 %1，正在同步……</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>同步完成。</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Send what is unsent and receive what is new (F5)</source>
        <translation>发送未发送的记录，接收新的记录（F5）</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the unsent changes to a file, e.g. on a USB stick, for the county</source>
        <translation>把未发送的修改写入文件（如U盘），交给县民政局</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>导入回执(&amp;R)…</translation>
    </message>
    <message>
        <source>Read the county's receipt for a package, so this laptop knows what arrived</source>
        <translation>读取县民政局对同步包的回执，让本机知道哪些已送达</translation>
    </message>
    <message>
        <source>&amp;Connect to the county…</source>
        <translation>连接县民政局(&amp;C)…</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Fieldfile sync packages (*.ffpkg)</source>
        <translation>一户一档同步包 (*.ffpkg)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <source>Fieldfile receipts (*.ffrct)</source>
        <translation>一户一档回执 (*.ffrct)</translation>
    </message>
    <message numerus="yes">
        <source>The county received %n change(s) from this laptop.</source>
        <translation>
            <numerusform>县民政局已收到本机的 %n 条修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>处理冲突(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose between values two people entered for the same field</source>
        <translation>在两个人为同一项目填写的不同值之间作出选择</translation>
    </message>
    <message>
        <source>Import packages from laptops…</source>
        <translation>导入笔记本电脑的同步包…</translation>
    </message>
    <message>
        <source>County staff: import .ffpkg files brought on USB sticks, with a report and a receipt for each</source>
        <translation>县民政局工作人员：导入U盘带来的 .ffpkg 文件，生成报告并为每个文件出具回执</translation>
    </message>
    <message>
        <source>Import packages from laptops</source>
        <translation>导入笔记本电脑的同步包</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>全部服务对象(&amp;C)</translation>
    </message>
    <message>
        <source>Every household of the caseload (Ctrl+1)</source>
        <translation>服务对象中的所有家庭（Ctrl+1）</translation>
    </message>
    <message>
        <source>&amp;Due visits</source>
        <translation>待走访(&amp;D)</translation>
    </message>
    <message>
        <source>Households whose visit is overdue or due soon, by village, to plan a day's route (Ctrl+2)</source>
        <translation>走访已逾期或即将到期的家庭，按村排列，便于安排当天路线（Ctrl+2）</translation>
    </message>
    <message>
        <source>Record a &amp;group session…</source>
        <translation>登记小组活动(&amp;G)…</translation>
    </message>
    <message>
        <source>A group or community activity with several households, entered once</source>
        <translation>多户参加的小组或社区活动，只需登记一次</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据文件：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sync package written</source>
        <translation>同步包已写好</translation>
    </message>
    <message>
        <source>%1 change(s) are in the package
%2

Copy it to a USB stick and bring it to the county. They import it and give you back a receipt file (.ffrct) on the stick: then choose Sync → Import receipt…. Until then the changes stay in this laptop's outbox.</source>
        <translation>同步包中有 %1 条修改：
%2

请把它拷到U盘带到县民政局。导入后县里会在U盘上给您一个回执文件（.ffrct），回来后选择“同步 → 导入回执…”。在此之前，这些修改会一直保存在本机待发送。</translation>
    </message>
    <message>
        <source>Demo caseworker</source>
        <translation>演示社工</translation>
    </message>
    <message>
        <source>The password protects everything Fieldfile keeps on this laptop. Changing it takes a moment; your data stay as they are.</source>
        <translation>密码保护本机上 Fieldfile 保存的一切。修改密码只需片刻，数据本身不变。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Hide every window until your password is typed (Ctrl+L)</source>
        <translation>隐藏所有窗口，直到输入密码（Ctrl+L）</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>This is the demo</source>
        <translation>这是演示</translation>
    </message>
    <message>
        <source>The demo holds invented households and is never connected to a county.

For real work, quit Fieldfile and start it again: the start window offers "Connect another person…", which makes your own profile protected by your password.</source>
        <translation>演示中的户都是虚构的，永远不会连接到县里。

正式工作时，请退出 Fieldfile 再重新启动：启动窗口中有“连接其他人员…”，可建立您自己的、受密码保护的档案。</translation>
    </message>
    <message>
        <source>Demo station supervisor</source>
        <translation>演示督导</translation>
    </message>
    <message>
        <source>Demo county staff</source>
        <translation>演示县民政局工作人员</translation>
    </message>
    <message>
        <source>Try the demo as…</source>
        <translation>以其他身份试用演示</translation>
    </message>
    <message>
        <source>Open Fieldfile again to try the demo as %1.</source>
        <translation>请重新打开 Fieldfile，以%1身份试用演示。</translation>
    </message>
    <message>
        <source>Try the demo &amp;as</source>
        <translation>以此身份试用演示(&amp;A)</translation>
    </message>
    <message>
        <source>Demo as %1 — invented households, never sent to a county</source>
        <translation>演示（%1）——虚构的户，永不发送给县民政局</translation>
    </message>
    <message>
        <source>My &amp;tasks</source>
        <translation>我的待办(&amp;T)</translation>
    </message>
    <message>
        <source>Visits, follow-ups, plan actions, returned notes and decided status reviews, by village (Ctrl+T)</source>
        <translation>待走访、待跟进、帮扶行动、被退回的记录和已有结果的动态调整，按村排列 (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>工作台(&amp;W)</translation>
    </message>
    <message>
        <source>The supervisor's workbench: notes to review and the station overview (Ctrl+3)</source>
        <translation>督导工作台：待审核的记录和社工站概况（Ctrl+3）</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) assigned: the county applies it at the next sync.</source>
        <translation>
            <numerusform>已分配 %n 户：下次同步后由县里生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assign to caseworker…</source>
        <translation>分配给社工(&amp;A)…</translation>
    </message>
    <message>
        <source>Give the selected households to one of the station's caseworkers (Ctrl+Shift+A); select several with Shift or Ctrl</source>
        <translation>把选中的家庭分配给本站的一位社工（Ctrl+Shift+A）；按住 Shift 或 Ctrl 可多选</translation>
    </message>
    <message>
        <source>St&amp;ation: volunteers and projects</source>
        <translation>社工站：志愿者与项目(&amp;A)</translation>
    </message>
    <message>
        <source>The station's volunteers and government-purchased service projects, with their hours (Ctrl+4)</source>
        <translation>社工站的志愿者和政府购买服务项目及其服务时数（Ctrl+4）</translation>
    </message>
    <message>
        <source>Automatic sync did not go through: %1</source>
        <translation>自动同步未成功：%1</translation>
    </message>
    <message>
        <source>Finds the case notes of every household that hold some words (Ctrl+Shift+F)</source>
        <translation>在所有家庭的个案记录中查找含有某些词语的记录（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Households merged: the county and the other laptops learn it at the next sync.</source>
        <translation>已合并：县里和其他电脑在下次同步时得到这一变更。</translation>
    </message>
    <message>
        <source>&amp;Merge a household filed twice…</source>
        <translation>合并重复登记的家庭(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge a household filed twice into the selected one: its members, notes and casework move into it</source>
        <translation>把重复登记的家庭合并到所选家庭：其成员、记录和个案工作都移入所选家庭</translation>
    </message>
    <message>
        <source>Find &amp;in case notes…</source>
        <translation>在个案记录中查找(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished, but %n form(s) or list(s) from the county were refused: %1</source>
        <translation>
            <numerusform>同步完成，但县里的 %n 个表单或名单被拒绝：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync finished. %n attachment file(s) still to be sent or received: the next sync goes on where this one stopped.</source>
        <translation>
            <numerusform>同步完成。还有 %n 个附件文件未发送或接收完：下次同步会从中断处继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>列表导出为 CSV</translation>
    </message>
    <message>
        <source>This page has no list to export. The dashboard's tables have their own Export table as CSV… buttons.</source>
        <translation>本页没有可导出的列表。统计图表的每个表格下都有“表格导出为 CSV…”按钮。</translation>
    </message>
    <message>
        <source>The list is saved as %1.</source>
        <translation>列表已保存为 %1。</translation>
    </message>
    <message>
        <source>Da&amp;shboard: charts and figures</source>
        <translation>统计图表(&amp;S)</translation>
    </message>
    <message>
        <source>Services, visits on time, households by status and referrals, month by month, with the numbers behind each chart (Ctrl+5)</source>
        <translation>服务、按时走访、各救助类别户数和转介的逐月统计，每个图表下附数字（Ctrl+5）</translation>
    </message>
    <message>
        <source>E&amp;xport list as CSV…</source>
        <translation>列表导出为 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the list shown (the households as filtered, my tasks, due visits, the review queue) as a CSV file that spreadsheets open</source>
        <translation>将当前显示的列表（筛选后的户、我的待办、待走访、待审核）保存为电子表格能打开的 CSV 文件</translation>
    </message>
    <message>
        <source>The household list is still being exported.</source>
        <translation>户列表仍在导出中。</translation>
    </message>
    <message>
        <source>Exporting the household list: %1 of %2 households…</source>
        <translation>正在导出户列表：已完成 %1 户，共 %2 户…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Exporting the household list…</source>
        <translation>正在导出户列表…</translation>
    </message>
    <message>
        <source>Your tasks are still being gathered: export them once they are shown.</source>
        <translation>您的待办还在整理中，显示出来后再导出。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计图表</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>No disability</source>
        <translation>无残疾</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>18 characters; birth date and sex are filled in from it</source>
        <translation>18位；出生日期和性别会自动填入</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入%1位，共18位</translation>
    </message>
    <message>
        <source>Valid number: born %1, %2.</source>
        <translation>号码有效：%1出生，%2。</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>%1 disability, grade %2</source>
        <translation>%1，%2级</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>编辑成员(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>移除成员(&amp;R)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove %1 from this household? The removal is kept in the history and takes effect when you save.</source>
        <translation>要把%1从此户移除吗？移除会记入变更历史，保存后生效。</translation>
    </message>
</context>
<context>
    <name>MergeHouseholdDialog</name>
    <message>
        <source>Merge a household filed twice</source>
        <translation>合并重复登记的家庭</translation>
    </message>
    <message>
        <source>Household that stays: %1

Choose the household that is the same family filed again. Its members, notes and casework move into the household that stays; the same person (same resident ID number) is kept once; it is then removed, and the county and every laptop learn it with the next sync.</source>
        <translation>保留的家庭：%1

请选择同一家庭被重复登记的那一户。它的成员、个案记录和个案工作将移入保留的家庭；同一个人（身份证号相同）只保留一次；随后该户被删除，县里和各台电脑在下次同步时得到这一变更。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No household on this laptop looks like this one: none has a member with the same resident ID number, the same name and birth date in the same village, or the same phone.</source>
        <translation>本机上没有与这一户相似的家庭：没有哪一户有身份证号相同的成员、同村同名同出生日期的成员，或相同的电话。</translation>
    </message>
    <message>
        <source>%1, %2, household no. %3</source>
        <translation>%1，%2，户编号 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) already in the household that stays (same ID number), kept once.</source>
        <translation>
            <numerusform>保留的家庭中已有%n名相同成员（身份证号相同），只保留一份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) move into it.</source>
        <translation>
            <numerusform>%n名成员移入保留的家庭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that move: %1.</source>
        <translation>移入的记录：%1。</translation>
    </message>
    <message>
        <source>Merge %1 into %2?

%3

The merged household is removed; its history stays in the journal.</source>
        <translation>把%1合并到%2吗？

%3

被合并的家庭将被删除；它的历史仍保留在日志中。</translation>
    </message>
    <message>
        <source>&amp;Merge the chosen one into this household</source>
        <translation>把所选一户并入保留的家庭(&amp;M)</translation>
    </message>
    <message>
        <source>The household that stays keeps its own details (address, phone, status); the other's are not copied.</source>
        <translation>保留的家庭保留自己的基本信息（地址、电话、救助类别）；另一户的这些信息不复制。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database file could not be read.</source>
        <translation>无法读取数据库文件。</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Fieldfile. Please update Fieldfile.</source>
        <translation>此数据库由更新版本的一户一档创建，请先升级本软件。</translation>
    </message>
    <message>
        <source>Could not make a backup copy before updating the database. Nothing was changed.</source>
        <translation>升级数据库前无法制作备份。未作任何更改。</translation>
    </message>
    <message>
        <source>Could not update the database.</source>
        <translation>无法升级数据库。</translation>
    </message>
    <message>
        <source>Could not update the database to version %1. Nothing was changed.</source>
        <translation>无法将数据库升级到第%1版。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>NoteReviewRepository</name>
    <message>
        <source>Nothing was saved: say in a comment what the caseworker should change or add.</source>
        <translation>未保存：请在意见中写明社工需要修改或补充什么。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Nothing was saved: this note was never submitted for review.</source>
        <translation>未保存：这条记录从未提交审核。</translation>
    </message>
    <message>
        <source>Nothing was saved: this note is not waiting for review any more (someone decided it already, or the caseworker removed it).</source>
        <translation>未保存：这条记录已不在待审核状态（已有人审核，或社工已删除）。</translation>
    </message>
    <message>
        <source>Nothing was saved: the comment is empty.</source>
        <translation>未保存：意见为空。</translation>
    </message>
    <message>
        <source>Nothing was saved: answer the supervisor's comment before sending the note back.</source>
        <translation>未保存：重新提交前请先答复督导的意见。</translation>
    </message>
    <message>
        <source>Nothing was saved: only a returned note is sent back for review.</source>
        <translation>未保存：只有被退回的记录才能重新提交审核。</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <source>Find in case notes</source>
        <translation>查找个案记录</translation>
    </message>
    <message>
        <source>Words in the notes, e.g. 低保 复查 (every word must occur)</source>
        <translation>记录中的词语，如：低保 复查（须包含所有词语）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Open the household</source>
        <translation>打开该户档案(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Type words to find the notes that hold them all.</source>
        <translation>输入词语，查找包含所有这些词语的记录。</translation>
    </message>
    <message>
        <source>No note holds all of these words.</source>
        <translation>没有记录同时包含这些词语。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n notes found; more hold these words: add a word to narrow the search.</source>
        <translation>
            <numerusform>显示最新的%n条记录；还有更多记录包含这些词语，请再加一个词缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found, newest first. Enter opens the household.</source>
        <translation>
            <numerusform>找到%n条记录，最新的在前。按回车键打开该户档案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnDemandParts</name>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 belongs to another version of Fieldfile.</source>
        <translation>%1 属于另一个版本的 Fieldfile。</translation>
    </message>
    <message>
        <source>Fieldfile could not load the part it needs for this (the dashboard, printing and sync): %1 Reinstalling Fieldfile should repair it.</source>
        <translation>Fieldfile 无法加载此功能所需的组件（统计图表、打印和同步）：%1重新安装 Fieldfile 即可修复。</translation>
    </message>
</context>
<context>
    <name>OverviewListDialog</name>
    <message>
        <source>the first %1 of %2</source>
        <translation>共 %2 条，显示前 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a line, or select it and press Enter, to open the household's file.</source>
        <translation>双击一行，或选中后按回车键，打开该户档案。</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Open household</source>
        <translation>打开户档案(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>The file is too large to be a sync package (%1 MB; at most %2 MB).</source>
        <translation>文件太大，不可能是同步包（%1 MB，最多 %2 MB）。</translation>
    </message>
    <message>
        <source>This file is not a Fieldfile sync package.</source>
        <translation>这个文件不是一户一档的同步包。</translation>
    </message>
    <message>
        <source>This package was made by another version of Fieldfile (format %1); update Fieldfile to read it.</source>
        <translation>此同步包由其他版本的一户一档生成（格式 %1），请升级本软件后再读取。</translation>
    </message>
    <message>
        <source>The package is damaged: its header is too large.</source>
        <translation>同步包已损坏：包头过大。</translation>
    </message>
    <message>
        <source>The package is incomplete: the file ends inside its header. Copy it again.</source>
        <translation>同步包不完整：文件在包头处中断。请重新拷贝。</translation>
    </message>
    <message>
        <source>The package is damaged: its header cannot be read.</source>
        <translation>同步包已损坏：无法读取包头。</translation>
    </message>
    <message>
        <source>The package claims more than a package may hold (%1 changes). It is refused.</source>
        <translation>同步包声称的内容超出上限（%1条修改），已拒绝。</translation>
    </message>
    <message>
        <source>This package is addressed to “%1”, not to “%2”.</source>
        <translation>此同步包的接收方是“%1”，而不是“%2”。</translation>
    </message>
    <message>
        <source>The package comes from a device that is not enrolled here (%1).</source>
        <translation>此同步包来自未在此登记的设备（%1）。</translation>
    </message>
    <message>
        <source>The package comes from a device that was revoked (%1). It is refused.</source>
        <translation>此同步包来自已被吊销的设备（%1），已拒绝。</translation>
    </message>
    <message>
        <source>The package is damaged (part %1 has an impossible size).</source>
        <translation>同步包已损坏（第%1部分的大小不可能）。</translation>
    </message>
    <message>
        <source>The package is incomplete: it ends after %1 of its %2 parts. Copy it again from the laptop.</source>
        <translation>同步包不完整：共%2部分，只有前%1部分。请从笔记本电脑重新拷贝。</translation>
    </message>
    <message>
        <source>The package has extra bytes after its end. It is refused.</source>
        <translation>同步包末尾有多余的数据，已拒绝。</translation>
    </message>
    <message>
        <source>The package's signature does not match the device %1: it was altered or forged.</source>
        <translation>同步包的签名与设备 %1 不符：包已被改动或伪造。</translation>
    </message>
    <message>
        <source>This package cannot be opened with this county's key.</source>
        <translation>无法用本县的密钥打开此同步包。</translation>
    </message>
    <message>
        <source>The package is damaged (part %1 fails its check).</source>
        <translation>同步包已损坏（第%1部分校验失败）。</translation>
    </message>
    <message>
        <source>The package is damaged: its contents do not match its header.</source>
        <translation>同步包已损坏：内容与包头不符。</translation>
    </message>
    <message>
        <source>The package is damaged: change %1 in it cannot be read.</source>
        <translation>同步包已损坏：其中第 %1 条修改无法读取。</translation>
    </message>
    <message>
        <source>The package is damaged: it holds more than %1 changes, more than a package may hold.</source>
        <translation>同步包已损坏：其中的修改超过 %1 条，超出同步包的上限。</translation>
    </message>
    <message>
        <source>The package is damaged: its list of changes cannot be read.</source>
        <translation>同步包已损坏：无法读取其中的修改列表。</translation>
    </message>
    <message>
        <source>The package is damaged: it holds %1 change(s), but its header says %2.</source>
        <translation>同步包已损坏：其中有 %1 条修改，但包头写的是 %2 条。</translation>
    </message>
    <message>
        <source>The package is damaged: its compressed contents do not state their size, or state more than %1 MB.</source>
        <translation>同步包已损坏：压缩内容没有注明大小，或注明的大小超过 %1 MB。</translation>
    </message>
    <message>
        <source>The package is damaged: its contents do not decompress to exactly the size they state.</source>
        <translation>同步包已损坏：内容解压后的大小与其注明的大小不符。</translation>
    </message>
</context>
<context>
    <name>PlainFileEncryptor</name>
    <message>
        <source>Could not finish encrypting the database file %1.</source>
        <translation>无法完成数据库文件 %1 的加密。</translation>
    </message>
    <message>
        <source>Could not restore the database file %1.</source>
        <translation>无法恢复数据库文件 %1。</translation>
    </message>
    <message>
        <source>Could not remove the unencrypted copy %1.</source>
        <translation>无法删除未加密的副本 %1。</translation>
    </message>
    <message>
        <source>The database file %1 is being encrypted by another program.</source>
        <translation>数据库文件 %1 正由其他程序加密。</translation>
    </message>
    <message>
        <source>The database file %1 could not be encrypted.</source>
        <translation>无法加密数据库文件 %1。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is not a Fieldfile database.</source>
        <translation>文件 %1 不是 Fieldfile 数据库。</translation>
    </message>
    <message>
        <source>The database file %1 could not be encrypted. It is unchanged.</source>
        <translation>无法加密数据库文件 %1，文件未改变。</translation>
    </message>
    <message>
        <source>The database file %1 is encrypted, but its unencrypted copy %2 could not be removed.</source>
        <translation>数据库文件 %1 已加密，但无法删除其未加密的副本 %2。</translation>
    </message>
</context>
<context>
    <name>PlanActionDialog</name>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>New plan action</source>
        <translation>新建帮扶措施</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>帮扶措施</translation>
    </message>
    <message>
        <source>What will be done, e.g. apply for education assistance for the child</source>
        <translation>要做什么，如为孩子申请教育救助</translation>
    </message>
    <message>
        <source>A person or an agency</source>
        <translation>个人或单位</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>None: the category in general</source>
        <translation>不针对具体需求（只选类别）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>need (member)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>已移出的成员</translation>
    </message>
    <message>
        <source>%1 (from an earlier assessment)</source>
        <translation>%1（来自较早的评估）</translation>
    </message>
    <message>
        <source>a need not on this device</source>
        <translation>本机上没有的需求</translation>
    </message>
</context>
<context>
    <name>PlanGoalDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New plan goal</source>
        <translation>新建帮扶目标</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>帮扶目标</translation>
    </message>
    <message>
        <source>e.g. The children attend school regularly and have a reliable guardian</source>
        <translation>如：孩子按时上学，监护人落实到位</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Add &amp;action…</source>
        <translation>添加措施(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation>目标 / 措施</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>复核 %1</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>添加目标(&amp;G)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) overdue</source>
        <translation>
            <numerusform>%1 · 逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No plan yet. Start with a goal, then add the actions that reach it.</source>
        <translation>尚无帮扶计划。请先添加目标，再添加实现目标的措施。</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n 项措施逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the goal “%1” and its %n action(s)? The removal is kept in the history.</source>
        <translation>
            <numerusform>要移除目标“%1”及其 %n 项措施吗？移除会记入变更历史。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the action “%1”? The removal is kept in the history.</source>
        <translation>要移除措施“%1”吗？移除会记入变更历史。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Need addressed</source>
        <translation>针对的需求</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>category: need</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>帮扶计划</translation>
    </message>
    <message numerus="yes">
        <source>Plan (%n overdue)</source>
        <translation>
            <numerusform>帮扶计划（%n 项逾期）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>Could not read the county database.</source>
        <translation>无法读取县级数据库。</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Fieldfile. Please update Fieldfile.</source>
        <translation>此数据库由更新版本的一户一档创建，请先升级本软件。</translation>
    </message>
    <message>
        <source>Could not update the database to version %1. Nothing was changed.</source>
        <translation>无法将数据库升级到第%1版。未作任何更改。</translation>
    </message>
    <message>
        <source>Could not update the database.</source>
        <translation>无法升级数据库。</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>The report could not be counted.</source>
        <translation>无法统计该报告。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Print household file</source>
        <translation>打印一户一档</translation>
    </message>
    <message>
        <source>This household is no longer on file.</source>
        <translation>该家庭已不在档案中。</translation>
    </message>
    <message>
        <source>Monthly station report</source>
        <translation>社工站月报</translation>
    </message>
    <message>
        <source>No household on this computer is assigned to a station yet.</source>
        <translation>本机还没有分配到社工站的家庭。</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>全县汇总报告</translation>
    </message>
    <message>
        <source>Counting the indicators of %1, %2…</source>
        <translation>正在统计 %1 %2 的指标…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 was not finished: Fieldfile locked while it was being counted. Ask for it again.</source>
        <translation>%1 未完成：统计期间 Fieldfile 已锁定。请重新生成。</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>&amp;Print household file…</source>
        <translation>打印一户一档(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected household's file with every tab's records, to be signed at a visit</source>
        <translation>打印所选家庭的档案（含各页记录），供走访时签字确认</translation>
    </message>
    <message>
        <source>Save household file as P&amp;DF…</source>
        <translation>一户一档另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Monthly station report…</source>
        <translation>社工站月报(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;County summary…</source>
        <translation>全县汇总报告(&amp;C)…</translation>
    </message>
    <message>
        <source>Print household file</source>
        <translation>打印一户一档</translation>
    </message>
    <message>
        <source>Monthly station report</source>
        <translation>社工站月报</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>全县汇总报告</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Generated on %1</source>
        <translation>生成日期：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>ProfileDirectory</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not create a folder for the new profile in %1.</source>
        <translation>无法在 %1 中为新档案创建文件夹。</translation>
    </message>
</context>
<context>
    <name>ProfileGate</name>
    <message>
        <source>The demo profile could not be marked as such.</source>
        <translation>无法把演示档案标记为演示。</translation>
    </message>
    <message>
        <source>Fieldfile</source>
        <translation>一户一档</translation>
    </message>
</context>
<context>
    <name>ProfileKeyFile</name>
    <message>
        <source>The profile's key file %1 could not be read.</source>
        <translation>无法读取档案的密钥文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a Fieldfile profile key file.</source>
        <translation>文件 %1 不是 Fieldfile 档案密钥文件。</translation>
    </message>
    <message>
        <source>The profile's key file %1 is damaged.</source>
        <translation>档案的密钥文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The profile's key could not be protected with the password.</source>
        <translation>无法用密码保护档案的密钥。</translation>
    </message>
    <message>
        <source>The profile's key file %1 could not be written.</source>
        <translation>无法写入档案的密钥文件 %1。</translation>
    </message>
</context>
<context>
    <name>ProfileOpener</name>
    <message>
        <source>The demo profile has no password.</source>
        <translation>演示档案没有密码。</translation>
    </message>
    <message>
        <source>That is not the password of this profile.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>The cryptography library could not make a key for the profile.</source>
        <translation>加密库无法为档案生成密钥。</translation>
    </message>
    <message>
        <source>The county's recovery key is not valid.</source>
        <translation>县的恢复密钥无效。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>新密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile's key could not be protected with the password.</source>
        <translation>无法用密码保护档案的密钥。</translation>
    </message>
    <message>
        <source>The data file %1 of this profile is not encrypted: Fieldfile does not open it.</source>
        <translation>此档案的数据文件 %1 未加密：Fieldfile 不打开它。</translation>
    </message>
</context>
<context>
    <name>ProvisioningFinishTask</name>
    <message>
        <source>Preparing the household list and its search from what the first sync received…</source>
        <translation>正在根据首次同步收到的数据整理户列表及其搜索……</translation>
    </message>
    <message>
        <source>Preparing the household list</source>
        <translation>正在整理户列表</translation>
    </message>
</context>
<context>
    <name>PublishedDocument</name>
    <message>
        <source>A form is published as &lt;form id&gt;.v&lt;version&gt;.json, e.g. needs-assessment.v4.json, not “%1”.</source>
        <translation>表单须以“&lt;表单标识&gt;.v&lt;版本&gt;.json”的名称发布，例如 needs-assessment.v4.json，而不是“%1”。</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is built into Fieldfile already; a published version never changes: give it a new number.</source>
        <translation>“%2”的第 %1 版已内置于 Fieldfile；已发布的版本不能更改，请使用新的版本号。</translation>
    </message>
    <message>
        <source>The form could not be read.</source>
        <translation>无法读取该表单。</translation>
    </message>
    <message>
        <source>The file is named for version %1 of “%2”, but holds version %3 of “%4”.</source>
        <translation>文件名表示“%2”的第 %1 版，但内容是“%4”的第 %3 版。</translation>
    </message>
    <message>
        <source>The list of agencies is published as agencies.json, not “%1”.</source>
        <translation>机构名单须以 agencies.json 的名称发布，而不是“%1”。</translation>
    </message>
    <message>
        <source>The visit rules are published as visit-rules.json, not “%1”.</source>
        <translation>走访规则须以 visit-rules.json 的名称发布，而不是“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of document the county publishes (form, agencies, visit-rules).</source>
        <translation>“%1”不是县里可发布的文件类型（form、agencies、visit-rules）。</translation>
    </message>
</context>
<context>
    <name>PublishedDocumentStore</name>
    <message>
        <source>The documents the county published could not be read.</source>
        <translation>无法读取县里发布的文件。</translation>
    </message>
    <message>
        <source>The document “%1” could not be stored.</source>
        <translation>无法保存文件“%1”。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>This file is not a Fieldfile receipt.</source>
        <translation>这个文件不是一户一档的回执。</translation>
    </message>
    <message>
        <source>The receipt is incomplete or damaged.</source>
        <translation>回执不完整或已损坏。</translation>
    </message>
    <message>
        <source>The receipt is not signed by this county: it was altered or comes from elsewhere.</source>
        <translation>回执不是本县签发的：已被改动或来自别处。</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Save the new household first.</source>
        <translation>请先保存新建的户档案。</translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <source>Save the household file before referring it.</source>
        <translation>请先保存户档案，再进行转介。</translation>
    </message>
    <message>
        <source>Choose the agency the household is referred to.</source>
        <translation>请选择转介机构。</translation>
    </message>
    <message>
        <source>Say why the household is referred.</source>
        <translation>请填写转介原因。</translation>
    </message>
    <message>
        <source>A referral cannot be sent without the household's consent: record that they agreed.</source>
        <translation>未经服务对象同意不能转介：请记录其已同意。</translation>
    </message>
    <message>
        <source>Give the date the household agreed to the referral.</source>
        <translation>请填写服务对象同意转介的日期。</translation>
    </message>
    <message>
        <source>The date of consent cannot be in the future.</source>
        <translation>同意日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The referral cannot be sent on a date in the future.</source>
        <translation>转出日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The household must agree before the referral is sent.</source>
        <translation>服务对象须在转出前同意转介。</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the referral was sent.</source>
        <translation>跟进期限不能早于转出日期。</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>此转介记录已不存在。</translation>
    </message>
    <message>
        <source>Only a referral that was sent and not yet answered can be %1; this one is %2.</source>
        <translation>只有已转出、尚未答复的转介才能标记为“%1”；此转介目前为“%2”。</translation>
    </message>
    <message>
        <source>Only a referral the agency accepted can be completed; this one is %1.</source>
        <translation>只有机构已接收的转介才能标记为完成；此转介目前为“%1”。</translation>
    </message>
    <message>
        <source>Give the date of this step.</source>
        <translation>请填写此环节的日期。</translation>
    </message>
    <message>
        <source>The date of this step cannot be in the future.</source>
        <translation>此环节的日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date of this step cannot be before the previous step (%1).</source>
        <translation>此环节的日期不能早于上一环节（%1）。</translation>
    </message>
    <message>
        <source>Say why the agency declined the referral.</source>
        <translation>请填写机构拒收的原因。</translation>
    </message>
    <message>
        <source>Say what came of the referral.</source>
        <translation>请填写转介的结果。</translation>
    </message>
    <message>
        <source>A referral that is declined or completed needs no follow-up.</source>
        <translation>已拒收或已完成的转介无需跟进。</translation>
    </message>
    <message>
        <source>A referral without consent is only for the mandatory report of a child-protection concern: raise a child-protection risk flag first.</source>
        <translation>无需同意的转介仅用于儿童保护问题的强制报告：请先添加“儿童保护”风险标记。</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>Yes, on</source>
        <translation>已同意，日期</translation>
    </message>
    <message>
        <source>Record s&amp;tep</source>
        <translation>记录进度(&amp;T)</translation>
    </message>
    <message>
        <source>Change follow-up date</source>
        <translation>更改跟进期限</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>The need the agency can meet</source>
        <translation>需要该机构解决的需求</translation>
    </message>
    <message>
        <source>Whom you contacted, what you sent</source>
        <translation>联系了谁，提供了哪些材料</translation>
    </message>
    <message>
        <source>What the agency said or did</source>
        <translation>机构的答复或处理情况</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>最新说明</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>新建转介</translation>
    </message>
    <message>
        <source>Next step of the selected referral</source>
        <translation>所选转介的下一环节</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>⚠ %1 (overdue)</source>
        <translation>⚠ %1（已逾期）</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>尚无转介记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n 项转介</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n follow-up(s) overdue</source>
        <translation>
            <numerusform>⚠ %n 项跟进已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>no follow-up overdue</source>
        <translation>无逾期跟进</translation>
    </message>
    <message>
        <source>The referral was sent to %1.</source>
        <translation>已转介至%1。</translation>
    </message>
    <message>
        <source>Select the referral whose next step you record.</source>
        <translation>请选择要记录进度的转介。</translation>
    </message>
    <message>
        <source>The referral is now: %1.</source>
        <translation>转介进度已更新为：%1。</translation>
    </message>
    <message>
        <source>Select the referral whose follow-up date you change.</source>
        <translation>请选择要更改跟进期限的转介。</translation>
    </message>
    <message>
        <source>Follow up by %1.</source>
        <translation>跟进期限已改为 %1。</translation>
    </message>
    <message>
        <source>Se&amp;nd referral</source>
        <translation>转出(&amp;N)</translation>
    </message>
    <message>
        <source>Not needed: mandatory report of a child-protection concern</source>
        <translation>无需同意：儿童保护强制报告</translation>
    </message>
    <message>
        <source>Under the mandatory reporting rules (强制报告) a child-protection concern is reported to the police or the child protection centre without the family's consent. The household needs an open child-protection risk flag; sending records the flag's report.</source>
        <translation>按照强制报告制度，儿童保护问题无需家庭同意即向公安机关或未成年人保护中心报告。该户须有未关闭的“儿童保护”风险标记；发送后即记为该标记的报告。</translation>
    </message>
    <message>
        <source>The mandatory report to %1 was recorded as sent, and as the report of the household's child-protection flag.</source>
        <translation>已记录向%1发出的强制报告，并记为该户“儿童保护”风险标记的报告。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message numerus="yes">
        <source>Referrals (%n overdue)</source>
        <translation>
            <numerusform>转介（%n 项逾期）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Nothing was saved. Please correct:</source>
        <translation>未保存任何内容。请更正：</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>%2/%1</source>
        <extracomment>a month: %1 the year, %2 the month</extracomment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <extracomment>a quarter: %1 the year, %2 the quarter (1–4)</extracomment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>a year</extracomment>
        <translation>%1年</translation>
    </message>
</context>
<context>
    <name>ReportPrintDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Period &amp;kind:</source>
        <translation>期间类型(&amp;K)：</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RequestAuthenticator</name>
    <message>
        <source>This request is not signed by an enrolled device.</source>
        <translation>该请求没有已登记设备的签名。</translation>
    </message>
    <message>
        <source>This request's time is too far from the county's clock.</source>
        <translation>该请求的时间与县级服务器的时钟相差太大。</translation>
    </message>
    <message>
        <source>This device is not enrolled with the county, or it was revoked.</source>
        <translation>该设备未在县级服务器登记，或已被吊销。</translation>
    </message>
    <message>
        <source>This request was sent before.</source>
        <translation>该请求已经发送过。</translation>
    </message>
    <message>
        <source>This device sends too many requests. Wait a few minutes and sync again.</source>
        <translation>该设备发送的请求过多。请等几分钟后再同步。</translation>
    </message>
    <message>
        <source>The county server could not check this request now. Sync again in a minute.</source>
        <translation>县级服务器暂时无法核验此请求，请一分钟后再同步。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>The ID number is missing.</source>
        <translation>请填写公民身份号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>身份号码应为18位，这里是%1位。</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份号码由17位数字加最后一位数字或X组成。</translation>
    </message>
    <message>
        <source>The ID number does not start with a valid region code.</source>
        <translation>身份号码开头的地区码无效。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number (digits 7 to 14) is not a real date.</source>
        <translation>身份号码中的出生日期（第7至14位）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number is in the future.</source>
        <translation>身份号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The ID number does not add up: for these first 17 digits its last character would be %1, not %2. Usually another digit is mistyped: compare all 18 with the ID card.</source>
        <translation>身份号码校验不通过：按前17位计算，最后一位应为%1，而不是%2。通常是其他某一位输错了：请对照身份证逐位核对全部18位。</translation>
    </message>
</context>
<context>
    <name>ReviewArrivals</name>
    <message numerus="yes">
        <source>%n note(s) returned</source>
        <translation>
            <numerusform>%n 条记录被退回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status review(s) returned by the station</source>
        <translation>
            <numerusform>%n 项动态调整被社工站退回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status review(s) refused by the county</source>
        <translation>
            <numerusform>%n 项动态调整未获县里批准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status review(s) confirmed</source>
        <translation>
            <numerusform>%n 项动态调整已确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status review(s) recommended to the county</source>
        <translation>
            <numerusform>%n 项动态调整已由社工站报县</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) approved</source>
        <translation>
            <numerusform>%n 条记录已通过审核</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · changed after approval</source>
        <translation>%1 · 通过后又修改</translation>
    </message>
    <message>
        <source>The caseworker changed this note after it was approved: read it again.</source>
        <translation>这条记录通过后社工又做了修改，请重新审阅。</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Returned to caseworker</source>
        <translation>已退回社工</translation>
    </message>
    <message>
        <source>&amp;Caseworker:</source>
        <translation>社工(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Waitin&amp;g:</source>
        <translation>等待(&amp;G)：</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) or more</source>
        <translation>
            <numerusform>%n 天及以上</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见往来</translation>
    </message>
    <message>
        <source>Your comm&amp;ent to the caseworker (needed to return the note):</source>
        <translation>给社工的意见(&amp;E)（退回时必须填写）：</translation>
    </message>
    <message>
        <source>What should the caseworker change or add?</source>
        <translation>社工需要修改或补充什么？</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>The note is fine as it is (Ctrl+Enter); the comment, if any, goes with it</source>
        <translation>记录无误，审核通过（Ctrl+Enter）；如填写了意见，一并留存</translation>
    </message>
    <message>
        <source>&amp;Return to caseworker</source>
        <translation>退回社工(&amp;R)</translation>
    </message>
    <message>
        <source>Send the note back with the comment saying what to change (Ctrl+R)</source>
        <translation>连同意见退回，写明需要修改什么（Ctrl+R）</translation>
    </message>
    <message>
        <source>Add co&amp;mment</source>
        <translation>添加意见(&amp;M)</translation>
    </message>
    <message>
        <source>Add the comment to the thread without deciding</source>
        <translation>只添加意见，暂不作审核决定</translation>
    </message>
    <message>
        <source>O&amp;pen household</source>
        <translation>打开户档案(&amp;P)</translation>
    </message>
    <message>
        <source>Open the household's file, to read the note among its records (Enter)</source>
        <translation>打开该户档案，结合其他记录阅读（回车键）</translation>
    </message>
    <message>
        <source>Keys: ↓/↑ or J/K next/previous note · Ctrl+Enter approve · Ctrl+R return with the comment · Tab to the comment box · Enter open the household</source>
        <translation>快捷键：↓/↑ 或 J/K 下一条/上一条 · Ctrl+Enter 通过 · Ctrl+R 连同意见退回 · Tab 转到意见框 · 回车 打开户档案</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>No note is waiting for its caseworker.</source>
        <translation>没有退回待社工处理的记录。</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>没有待审核的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) returned, waiting for the caseworker</source>
        <translation>
            <numerusform>%n 条记录已退回，等待社工处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) awaiting review</source>
        <translation>
            <numerusform>%n 条记录待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the oldest waiting %n day(s)</source>
        <translation>
            <numerusform>最早的已等待 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the station supervisor or county staff approve or return notes.</source>
        <translation>只有社工站督导或县级工作人员可以通过或退回记录。</translation>
    </message>
    <message>
        <source>Household %1</source>
        <translation>家庭：%1</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2</source>
        <translation>%1 提交于 %2</translation>
    </message>
    <message numerus="yes">
        <source>Returned by %1 on %2, waiting for the caseworker %n day(s)</source>
        <translation>
            <numerusform>%1 于 %2 退回，等待社工处理已 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted by %1 on %2, waiting %n day(s)</source>
        <translation>
            <numerusform>%1 提交于 %2，已等待 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by the caseworker after it was approved: read it again.</source>
        <translation>通过后社工又做了修改，请重新审阅。</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>还没有意见。</translation>
    </message>
    <message>
        <source>returned the note</source>
        <translation>退回了记录</translation>
    </message>
    <message>
        <source>approved the note</source>
        <translation>通过了记录</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>提出意见</translation>
    </message>
    <message>
        <source>Approved: %1 (%2).</source>
        <translation>已通过：%1（%2）。</translation>
    </message>
    <message>
        <source>Not returned: write in the comment box what the caseworker should change or add, then press Ctrl+R again.</source>
        <translation>未退回：请在意见框中写明社工需要修改或补充什么，再按 Ctrl+R。</translation>
    </message>
    <message>
        <source>Returned to %1 with your comment: %2.</source>
        <translation>已连同意见退回给 %1：%2。</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>意见已添加。</translation>
    </message>
    <message>
        <source>Approve the note</source>
        <translation>通过记录</translation>
    </message>
    <message>
        <source>Approve “%1” by %2?</source>
        <translation>通过 %2 的“%1”吗？</translation>
    </message>
    <message>
        <source>It leaves the queue as approved.</source>
        <translation>通过后，这条记录将移出待审队列。</translation>
    </message>
    <message>
        <source>Your comment goes with it: %1</source>
        <translation>您的意见将一并附上：%1</translation>
    </message>
</context>
<context>
    <name>RiskBanner</name>
    <message>
        <source>⚠ Open risk: %1 (%2 severity), raised %3 by %4: %5</source>
        <translation>⚠ 未解除风险：%1（风险等级：%2），%4 于 %3 标记：%5</translation>
    </message>
    <message>
        <source>⚠ Risk recorded before risk flags existed: %1. Raise a risk flag for each risk that still applies (Risk flags tab).</source>
        <translation>⚠ 旧版登记的风险：%1。请为仍然存在的风险添加风险标记（“风险标记”页）。</translation>
    </message>
    <message>
        <source>about %1: %2</source>
        <translation>涉及%1：%2</translation>
    </message>
    <message>
        <source>Mandatory report not yet recorded (Risk flags tab).</source>
        <translation>尚未记录强制报告（见“风险标记”标签页）。</translation>
    </message>
</context>
<context>
    <name>RiskFlagRepository</name>
    <message>
        <source>Save the household file before raising a risk flag.</source>
        <translation>请先保存户档案，再添加风险标记。</translation>
    </message>
    <message>
        <source>Choose the kind of risk.</source>
        <translation>请选择风险类型。</translation>
    </message>
    <message>
        <source>Choose how severe the risk is.</source>
        <translation>请选择风险等级。</translation>
    </message>
    <message>
        <source>Describe the risk: what was seen or reported, and about whom.</source>
        <translation>请描述风险：看到或接到报告的情况，涉及哪位成员。</translation>
    </message>
    <message>
        <source>The risk flag was not raised. Please correct:</source>
        <translation>风险标记未添加。请更正：</translation>
    </message>
    <message>
        <source>This risk flag no longer exists.</source>
        <translation>此风险标记已不存在。</translation>
    </message>
    <message>
        <source>This risk flag is already closed.</source>
        <translation>此风险标记已解除。</translation>
    </message>
    <message>
        <source>A risk flag is closed only with a note: say why the risk is over or who now handles it.</source>
        <translation>解除风险标记必须填写说明：写明风险为何已消除，或现由谁负责处置。</translation>
    </message>
    <message>
        <source>A report needs both: to whom it was made and on which day.</source>
        <translation>报告须同时填写报告对象和报告日期。</translation>
    </message>
    <message>
        <source>The day of the report cannot be in the future.</source>
        <translation>报告日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The day of the report is long before the flag was raised; check the date.</source>
        <translation>报告日期远早于标记提出的日期，请核对日期。</translation>
    </message>
    <message>
        <source>The person the risk is about is not a member of this household.</source>
        <translation>所选涉及对象不是本户成员。</translation>
    </message>
    <message>
        <source>A child-protection concern must be reported to the authorities (mandatory report): record to whom and when it was reported before closing the flag.</source>
        <translation>儿童保护问题须按强制报告制度向有关部门报告：请先记录报告对象和报告日期，再关闭此标记。</translation>
    </message>
    <message>
        <source>Say to whom the concern was reported and on which day.</source>
        <translation>请填写向谁报告以及报告日期。</translation>
    </message>
    <message>
        <source>The report was not recorded. Please correct:</source>
        <translation>报告未记录。请更正：</translation>
    </message>
</context>
<context>
    <name>RiskFlagTab</name>
    <message>
        <source>(kind of risk)</source>
        <translation>（风险类型）</translation>
    </message>
    <message>
        <source>(severity)</source>
        <translation>（风险等级）</translation>
    </message>
    <message>
        <source>&amp;Raise flag</source>
        <translation>添加标记(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose selected flag</source>
        <translation>解除所选标记(&amp;L)</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>What was seen or reported, about whom, and what was done at once</source>
        <translation>看到或接到报告的情况、涉及哪位成员、已采取的紧急措施</translation>
    </message>
    <message>
        <source>Why the risk is over, or who now handles it</source>
        <translation>风险为何已消除，或现由谁负责处置</translation>
    </message>
    <message>
        <source>Raise a risk flag</source>
        <translation>添加风险标记</translation>
    </message>
    <message>
        <source>Closed %1 by %2: %3</source>
        <translation>%2 于 %1 解除：%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The risk flag was raised. It shows on this file and in the household list until it is closed.</source>
        <translation>已添加风险标记。解除之前，它会显示在此户档案和户列表中。</translation>
    </message>
    <message>
        <source>Select the flag to close.</source>
        <translation>请选择要解除的风险标记。</translation>
    </message>
    <message>
        <source>The risk flag was closed.</source>
        <translation>风险标记已解除。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Record re&amp;port</source>
        <translation>记录报告(&amp;P)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告情况</translation>
    </message>
    <message>
        <source>e.g. the township police station, the county child protection centre</source>
        <translation>如：镇派出所、县未成年人保护中心</translation>
    </message>
    <message>
        <source>The selected flag</source>
        <translation>所选标记</translation>
    </message>
    <message>
        <source>The household as a whole</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>已移出的成员</translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation>尚未报告</translation>
    </message>
    <message>
        <source>A child-protection concern is a mandatory report: record to whom and when it was reported.</source>
        <translation>儿童保护问题属于强制报告事项：请记录报告对象和报告日期。</translation>
    </message>
    <message>
        <source>The risk flag was raised. A child-protection concern must be reported to the authorities at once: record to whom and when it was reported (right).</source>
        <translation>风险标记已提出。儿童保护问题须立即向有关部门报告：请在右侧记录报告对象和报告日期。</translation>
    </message>
    <message>
        <source>Select the flag whose report you record.</source>
        <translation>请选择要记录报告的标记。</translation>
    </message>
    <message>
        <source>The report was recorded.</source>
        <translation>报告已记录。</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>风险标记</translation>
    </message>
    <message>
        <source>Risk flags ⚠</source>
        <translation>风险标记 ⚠</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Caseworker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Station supervisor</source>
        <translation>社工站督导</translation>
    </message>
    <message>
        <source>County staff</source>
        <translation>县级工作人员</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>refused: the file cannot be read.</source>
        <translation>已拒绝：无法读取文件。</translation>
    </message>
    <message>
        <source>refused: the file is too large to be a sync package.</source>
        <translation>已拒绝：文件太大，不可能是同步包。</translation>
    </message>
    <message>
        <source>refused: </source>
        <translation>已拒绝：</translation>
    </message>
    <message>
        <source>already imported; nothing changed</source>
        <translation>此前已导入，未作任何更改</translation>
    </message>
    <message>
        <source>applied %1, already here %2, conflicts opened %3, parked %4</source>
        <translation>应用 %1 条，已有 %2 条，新冲突 %3 个，暂存 %4 条</translation>
    </message>
    <message>
        <source>receipt: </source>
        <translation>回执：</translation>
    </message>
    <message>
        <source>the receipt could not be written to </source>
        <translation>无法写入回执：</translation>
    </message>
    <message>
        <source>The Fieldfile county server: deployment, users, devices and package import.</source>
        <translation>一户一档县级服务器：部署、用户、设备和同步包导入。</translation>
    </message>
    <message>
        <source>The county's id, for init (e.g. its region code 371321).</source>
        <translation>县的编号，用于 init（例如行政区划代码 371321）。</translation>
    </message>
    <message>
        <source>For add-user: caseworker, supervisor or county.</source>
        <translation>用于 add-user：caseworker（社工）、supervisor（督导）或 county（县民政局）。</translation>
    </message>
    <message>
        <source>For add-user: the user's social-work station.</source>
        <translation>用于 add-user：用户所在的社工站。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
    <message>
        <source>There is no county database at %1. Create one with: fieldfile-server init --county ID</source>
        <translation>%1 处没有县级数据库。请先创建：fieldfile-server init --county 县编号</translation>
    </message>
    <message>
        <source>Usage: fieldfile-server %1</source>
        <translation>用法：fieldfile-server %1</translation>
    </message>
    <message>
        <source>County deployment %1 created in %2.</source>
        <translation>已在 %2 创建县级部署 %1。</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>One-time enrollment code for %1: %2</source>
        <translation>%1 的一次性注册码：%2</translation>
    </message>
    <message>
        <source>Device %1 revoked: its packages will be refused.</source>
        <translation>设备 %1 已吊销：其同步包将被拒绝。</translation>
    </message>
    <message>
        <source>Usage: fieldfile-server import FILE.ffpkg...</source>
        <translation>用法：fieldfile-server import 文件.ffpkg……</translation>
    </message>
    <message>
        <source>For serve: the address and port, e.g. 0.0.0.0:8443 (port 0: any free port).</source>
        <translation>用于 serve：地址和端口，例如 0.0.0.0:8443（端口为 0 表示任选空闲端口）。</translation>
    </message>
    <message>
        <source>For serve: PEM certificate for HTTPS.</source>
        <translation>用于 serve：HTTPS 的 PEM 证书。</translation>
    </message>
    <message>
        <source>For serve: PEM private key for HTTPS.</source>
        <translation>用于 serve：HTTPS 的 PEM 私钥。</translation>
    </message>
    <message>
        <source>serve needs --listen ADDRESS:PORT, e.g. --listen 0.0.0.0:8443.</source>
        <translation>serve 需要 --listen 地址:端口，例如 --listen 0.0.0.0:8443。</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert and --tls-key.</source>
        <translation>HTTPS 需要同时给出 --tls-cert 和 --tls-key。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 (in use, or not an address of this machine).</source>
        <translation>无法在 %1 监听（端口已被占用，或不是本机地址）。</translation>
    </message>
    <message>
        <source>County %1 listening on %2://%3:%4</source>
        <translation>县 %1 正在 %2://%3:%4 上提供服务</translation>
    </message>
    <message>
        <source>parked %1: %2</source>
        <translation>暂存 %1 条：%2</translation>
    </message>
    <message>
        <source>For serve: changes per pull page (default %1; smaller pages lose less when a poor connection drops).</source>
        <translation>用于 serve：每页下发的修改条数（默认 %1；页越小，网络不稳定断开时损失越少）。</translation>
    </message>
    <message>
        <source>--page-changes needs a number from 1 to 100000.</source>
        <translation>--page-changes 须为 1 到 100000 之间的数字。</translation>
    </message>
    <message>
        <source>For households: only those of nobody.</source>
        <translation>用于 households：只列出未分配社工的家庭。</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>（见 --help）</translation>
    </message>
    <message>
        <source>County staff belong to no station: leave out --station.</source>
        <translation>县级工作人员不属于任何社工站：请去掉 --station。</translation>
    </message>
    <message>
        <source>There is no caseworker called “%1”.</source>
        <translation>没有名为“%1”的社工。</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256), for laptops to check when they connect: %1</source>
        <translation>证书指纹（SHA-256），供笔记本电脑连接时核对：%1</translation>
    </message>
    <message>
        <source>Add a user: a caseworker, a supervisor or county staff.</source>
        <translation>添加用户：社工、督导或县级工作人员。</translation>
    </message>
    <message>
        <source>Issue a one-time code for a user to enroll one laptop.</source>
        <translation>签发一次性注册码，供用户注册一台笔记本电脑。</translation>
    </message>
    <message>
        <source>List the households and whose they are (to find one to assign).</source>
        <translation>列出家庭及其所属社工（便于找出要分配的家庭）。</translation>
    </message>
    <message>
        <source>Import sync packages; write a signed receipt next to each.</source>
        <translation>导入同步包，并在每个同步包旁写入签名回执。</translation>
    </message>
    <message>
        <source>Create the county deployment, its id and keys, in a new database.</source>
        <translation>在新数据库中创建县级部署及其编号和密钥。</translation>
    </message>
    <message>
        <source>List the changes the county keeps parked, and why.</source>
        <translation>列出县里暂存的修改及其原因。</translation>
    </message>
    <message>
        <source>Revoke a device: its packages are refused from now on.</source>
        <translation>吊销设备：此后拒绝其同步包。</translation>
    </message>
    <message>
        <source>Serve the laptops' sync over HTTP or HTTPS until stopped.</source>
        <translation>通过 HTTP 或 HTTPS 为笔记本电脑提供同步服务，直到被停止。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the list of commands, as a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Say what to do: %1 (see --help).</source>
        <translation>请指定要执行的命令：%1（见 --help）。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two of a list of commands</comment>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names in a list of commands</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Show the county's counts: users, devices, households, imports.</source>
        <translation>显示县级部署的统计：用户、设备、家庭和已导入的同步包。</translation>
    </message>
    <message>
        <source>List the users: role, station, devices and households.</source>
        <translation>列出用户：角色、社工站、设备数和家庭数。</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3.</source>
        <translation>--%1 需要一个 %2 到 %3 之间的数字。</translation>
    </message>
    <message>
        <source>--proxy needs an IP address, e.g. --proxy 127.0.0.1.</source>
        <translation>--proxy 需要一个 IP 地址，例如 --proxy 127.0.0.1。</translation>
    </message>
    <message>
        <source>For serve: the address of a reverse proxy in front of the server (may be given more than once); the limits per client address do not apply to it, the proxy limits each client.</source>
        <translation>用于 serve：服务器前面反向代理的地址（可多次指定）；按客户端地址的限制不适用于它，由代理限制每个客户端。</translation>
    </message>
    <message>
        <source>For serve: connections open at once, in all (default %1).</source>
        <translation>用于 serve：同时打开的连接总数（默认 %1）。</translation>
    </message>
    <message>
        <source>For serve: connections open at once from one address (default %1).</source>
        <translation>用于 serve：来自同一地址同时打开的连接数（默认 %1）。</translation>
    </message>
    <message>
        <source>For serve: seconds a client has to send a request's headers (default %1).</source>
        <translation>用于 serve：客户端发送请求头的时限，单位秒（默认 %1）。</translation>
    </message>
    <message>
        <source>For serve: seconds a request's body may pause before the connection is closed (default %1).</source>
        <translation>用于 serve：请求正文可停顿的秒数，超过即关闭连接（默认 %1）。</translation>
    </message>
    <message>
        <source>For serve: seconds a kept-alive connection may wait for its next request (default %1).</source>
        <translation>用于 serve：保持的连接等待下一个请求的秒数（默认 %1）。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>For policy: the shortest password a laptop's profile may have, %1 to %2 characters (default %3).</source>
        <translation>用于 policy：笔记本档案密码的最短长度，%1 到 %2 个字符（默认 %3）。</translation>
    </message>
    <message>
        <source>For policy: minutes without use after which a laptop locks, %1 to %2 (default %3).</source>
        <translation>用于 policy：笔记本无操作多少分钟后锁定，%1 到 %2（默认 %3）。</translation>
    </message>
    <message>
        <source>Policy changed: each laptop receives it at its next sync.</source>
        <translation>策略已修改：每台笔记本在下次同步时收到。</translation>
    </message>
    <message>
        <source>Shortest password: %1 characters</source>
        <translation>最短密码：%1 个字符</translation>
    </message>
    <message>
        <source>Laptops lock after: %1 min without use</source>
        <translation>笔记本无操作 %1 分钟后锁定</translation>
    </message>
    <message>
        <source>Give a laptop profile whose password was forgotten a new password.</source>
        <translation>为忘记密码的笔记本档案设置新密码。</translation>
    </message>
    <message>
        <source>For recover-profile: read the new password from the first line of this file (else it is typed twice, unseen).</source>
        <translation>用于 recover-profile：从此文件的第一行读取新密码（否则需不显示地输入两次）。</translation>
    </message>
    <message>
        <source>%1 is the demo profile: it has no password and nothing to recover.</source>
        <translation>%1 是演示档案：没有密码，无需恢复。</translation>
    </message>
    <message>
        <source>The profile of %1 has no recovery: it was made before its laptop received the county's recovery key, so its password cannot be recovered.</source>
        <translation>%1 的档案没有恢复密钥：它建立于笔记本收到县恢复密钥之前，因此密码无法恢复。</translation>
    </message>
    <message>
        <source>The profile of %1 belongs to county “%2”, not to this county (%3): only its own county can recover it.</source>
        <translation>%1 的档案属于县“%2”，不属于本县（%3）：只有其所属县才能恢复。</translation>
    </message>
    <message>
        <source>This county has no recovery key: its key file %1 cannot be read or has none. Run the command as the server's user.</source>
        <translation>本县没有恢复密钥：密钥文件 %1 无法读取或其中没有。请以服务器的用户身份运行此命令。</translation>
    </message>
    <message>
        <source>The profile of %1 was sealed to another recovery key than this county's: it cannot be recovered here.</source>
        <translation>%1 的档案是用另一把恢复密钥加封的，不是本县的：无法在这里恢复。</translation>
    </message>
    <message>
        <source>The profile of %1 could not be opened with the county's recovery key: its key file is damaged.</source>
        <translation>无法用县的恢复密钥打开 %1 的档案：其密钥文件已损坏。</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>There is no terminal to type the new password on: give it with --password-file FILE.</source>
        <translation>没有可输入新密码的终端：请用 --password-file FILE 提供。</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再输入一次同样的密码：</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>两次输入的密码不一致。未做任何更改。</translation>
    </message>
    <message>
        <source>The new password is too short: the county asks for at least %1 characters. Nothing was changed.</source>
        <translation>新密码太短：本县要求至少 %1 个字符。未做任何更改。</translation>
    </message>
    <message>
        <source>The new password could not protect the profile's key (not enough memory?). Nothing was changed.</source>
        <translation>新密码无法保护档案的密钥（内存不足？）。未做任何更改。</translation>
    </message>
    <message>
        <source>The profile of %1 (county %2) has a new password; its failed sign-ins are reset.</source>
        <translation>%1 的档案（县 %2）已设置新密码，登录失败次数已清零。</translation>
    </message>
    <message>
        <source>The profile of %1 (station %2, county %3) has a new password; its failed sign-ins are reset.</source>
        <translation>%1 的档案（社工站 %2，县 %3）已设置新密码，登录失败次数已清零。</translation>
    </message>
    <message>
        <source>Copy %1 back into the profile's folder on the laptop; then sign in with the new password.</source>
        <translation>请把 %1 复制回笔记本上的档案文件夹，然后用新密码登录。</translation>
    </message>
    <message>
        <source>Who opened a household's file, when, and on which device.</source>
        <translation>谁在何时、用哪台设备打开过某户的档案。</translation>
    </message>
    <message>
        <source>There is no household “%1”.</source>
        <translation>没有户“%1”。</translation>
    </message>
    <message>
        <source>Assign households to a caseworker: one or more by household number (or id), or every household of one caseworker with --from and --to.</source>
        <translation>把户分配给社工：按户编号（或内部编号）分配一户或多户，或用 --from 和 --to 把一名社工的全部户转给另一名社工。</translation>
    </message>
    <message>
        <source>Reassign every household of this caseworker.</source>
        <translation>重新分配这名社工的全部户。</translation>
    </message>
    <message>
        <source>The caseworker who takes them over.</source>
        <translation>接手的社工。</translation>
    </message>
    <message>
        <source>%1 holds no household.</source>
        <translation>%1 名下没有户。</translation>
    </message>
    <message>
        <source>There is no household “%1” (give its household number, e.g. 37132116015-001063, or its id from `fieldfile-server households`). Nothing was assigned.</source>
        <translation>没有户“%1”（请给出户编号，例如 37132116015-001063，或 `fieldfile-server households` 列出的内部编号）。未分配任何户。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) assigned to %1.</source>
        <translation>
            <numerusform>已将 %n 户分配给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or set what laptops ask of passwords, when they lock and how often they sync.</source>
        <translation>查看或设置笔记本电脑的密码要求、自动锁定时间和自动同步间隔。</translation>
    </message>
    <message>
        <source>For policy: minutes between a laptop's automatic syncs while the county answers, 0 to %1; 0: only when its user asks (default %2).</source>
        <translation>用于 policy：能连上县里时笔记本自动同步的间隔分钟数，0 到 %1；0 表示只在用户要求时同步（默认 %2）。</translation>
    </message>
    <message>
        <source>Laptops sync every: %1 min while the county answers</source>
        <translation>能连上县里时，笔记本每 %1 分钟自动同步</translation>
    </message>
    <message>
        <source>Laptops sync: only when their user asks</source>
        <translation>笔记本同步：只在用户要求时</translation>
    </message>
    <message>
        <source>List households that may be one household filed twice: members with the same resident ID number in different households.</source>
        <translation>列出可能重复建档的家庭：不同家庭中身份证号相同的成员。</translation>
    </message>
    <message>
        <source>%1 package(s): %2 imported, %3 imported before, %4 refused.</source>
        <translation>共 %1 个同步包：导入 %2 个，%3 个此前已导入，拒绝 %4 个。</translation>
    </message>
    <message>
        <source>List the enrolled devices, when each was last seen and sent its last package (--stale N: only those not seen for N days).</source>
        <translation>列出已登记的设备、各自最近联系的时间和最近发送同步包的时间（--stale N：只列出 N 天未联系的设备）。</translation>
    </message>
    <message>
        <source>For devices: only the devices in use that have not synced for this many days.</source>
        <translation>用于 devices：只列出这么多天未同步的在用设备。</translation>
    </message>
    <message>
        <source>--stale takes a number of days from 0 to 3650, not "%1".</source>
        <translation>--stale 需要 0 到 3650 之间的天数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Publish a form version, the agencies or the visit rules to every laptop.</source>
        <translation>向所有笔记本电脑发布表单版本、机构名单或走访规则。</translation>
    </message>
    <message>
        <source>For publish: what the file is (form, agencies or visit-rules); by default what its name says.</source>
        <translation>用于 publish：文件的类型（form、agencies 或 visit-rules）；默认按文件名判断。</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1：无法读取该文件。</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a form or a list.</source>
        <translation>%1：文件过大，不可能是表单或名单。</translation>
    </message>
    <message>
        <source>Published %1: every laptop receives it at its next sync.</source>
        <translation>已发布 %1：每台笔记本电脑在下次同步时收到。</translation>
    </message>
    <message>
        <source>%1 was published already with the same content: nothing changed.</source>
        <translation>%1 已以相同内容发布过：没有任何更改。</translation>
    </message>
    <message>
        <source>%1 is refused, nothing was published:</source>
        <translation>%1 被拒绝，未发布任何内容：</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>List the forms and lists published to the laptops.</source>
        <translation>列出已向笔记本电脑发布的表单和名单。</translation>
    </message>
    <message>
        <source>Nothing is published: laptops use the forms and lists built into Fieldfile.</source>
        <translation>尚未发布任何内容：笔记本电脑使用 Fieldfile 内置的表单和名单。</translation>
    </message>
    <message>
        <source>Write the indicators of a scope and period, beside the previous period, as CSV.</source>
        <translation>将某一范围和期间的指标及上期数据写成 CSV 文件。</translation>
    </message>
    <message>
        <source>For report: county (the default), township:NAME, station:NAME or caseworker:NAME.</source>
        <translation>用于 report：county（全县，默认）、township:乡镇名、station:社工站名 或 caseworker:社工姓名。</translation>
    </message>
    <message>
        <source>For report: a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>用于 report：月份（2026-11）、季度（2026-Q4）或年份（2026）。</translation>
    </message>
    <message>
        <source>For report: csv (the only format of the county's reports).</source>
        <translation>用于 report：csv（县级报表仅支持此格式）。</translation>
    </message>
    <message>
        <source>For report: the file to write (- for the standard output).</source>
        <translation>用于 report：要写入的文件（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>--period is a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>--period 须为月份（2026-11）、季度（2026-Q4）或年份（2026）。</translation>
    </message>
    <message>
        <source>--scope is county, township:NAME, station:NAME or caseworker:NAME.</source>
        <translation>--scope 须为 county、township:乡镇名、station:社工站名 或 caseworker:社工姓名。</translation>
    </message>
    <message>
        <source>The county's reports are written as CSV (--format csv).</source>
        <translation>县级报表以 CSV 格式输出（--format csv）。</translation>
    </message>
    <message>
        <source>The indicators of %1, %2, are in %3.</source>
        <translation>%1 %2 的指标已写入 %3。</translation>
    </message>
    <message>
        <source>Copy the county (its database and key file) into a new folder, while it serves.</source>
        <translation>在服务运行时，把县里的数据（数据库和密钥文件）复制到一个新文件夹。</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 MB, the journal up to %3) and %4. Keep it where the county's server is not, readable by county IT only.</source>
        <translation>备份已写出：%1（%2 MB，日志到 %3）和 %4。请保存在县服务器以外的地方，只让县信息科人员可读。</translation>
    </message>
    <message>
        <source>Put a backup in place of the county (the server stopped); laptops then send their changes again.</source>
        <translation>用备份替换县里的数据（须先停止服务器）；之后各台电脑会重新发送自己的更改。</translation>
    </message>
    <message>
        <source>Restored %1 from %2. At its next sync every laptop sends its own changes again, so what was written after the backup comes back; devices enrolled after the backup must enroll again.</source>
        <translation>已从 %2 恢复 %1。每台电脑下次同步时会重新发送自己的更改，备份之后写的内容会回来；备份之后登记的设备需要重新登记。</translation>
    </message>
    <message>
        <source>Announce to the laptops the certificate the server will use next (or --clear).</source>
        <translation>向各台电脑预告服务器下一步要用的证书（或用 --clear 取消）。</translation>
    </message>
    <message>
        <source>For announce-certificate: announce no next certificate.</source>
        <translation>用于 announce-certificate：取消预告下一个证书。</translation>
    </message>
    <message>
        <source>No next certificate is announced.</source>
        <translation>没有预告下一个证书。</translation>
    </message>
    <message>
        <source>Announced: %1, valid until %2.</source>
        <translation>已预告：%1，有效期到 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>%1 has expired already (%2).</source>
        <translation>%1 已经过期（%2）。</translation>
    </message>
    <message>
        <source>Announced %1 (valid until %2). Every laptop that syncs from now on accepts it; once all have synced (fieldfile-server devices), serve with it.</source>
        <translation>已预告 %1（有效期到 %2）。从现在起同步的每台电脑都会接受它；等所有电脑都同步过（见 fieldfile-server devices），再换用这个证书。</translation>
    </message>
    <message>
        <source>The county database: a file (default: %1), or a PostgreSQL database, postgresql://user@host:port/name (with --keys).</source>
        <translation>县级数据库：一个文件（默认：%1），或一个 PostgreSQL 数据库 postgresql://用户@主机:端口/数据库名（需同时给出 --keys）。</translation>
    </message>
    <message>
        <source>With a PostgreSQL database: the county's key file on this machine, NAME.keys.</source>
        <translation>使用 PostgreSQL 数据库时：县级密钥文件在本机的位置，名为 NAME.keys。</translation>
    </message>
    <message>
        <source>A PostgreSQL county database needs --keys FILE.keys: the county's key file on this machine, made by init, to back up apart from the database.</source>
        <translation>PostgreSQL 县级数据库需要 --keys 文件.keys：县级密钥文件在本机的位置，由 init 创建，须与数据库分开备份。</translation>
    </message>
    <message>
        <source>--keys is for a PostgreSQL database; a county database file keeps its key file beside it.</source>
        <translation>--keys 仅用于 PostgreSQL 数据库；县级数据库文件的密钥文件就在其旁边。</translation>
    </message>
    <message>
        <source>%1 does not work on a county database in PostgreSQL yet (docs/postgresql.md says what does).</source>
        <translation>%1 暂不支持 PostgreSQL 中的县级数据库（可用的命令见 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>A county database in PostgreSQL is backed up with PostgreSQL's own tools: pg_dump -Fc while the servers go on serving, and with it a copy of the county's key file %1, which is not in the database (docs/deployment.md, Backup and restore).</source>
        <translation>PostgreSQL 中的县级数据库用 PostgreSQL 自己的工具备份：在服务器继续运行时执行 pg_dump -Fc，并同时复制县里的密钥文件 %1（它不在数据库中）（见 docs/deployment.md“备份与恢复”）。</translation>
    </message>
    <message>
        <source>For restore: after PostgreSQL's administrator restored the county's database with pg_restore, only start a new epoch.</source>
        <translation>用于 restore：PostgreSQL 管理员用 pg_restore 恢复了县级数据库之后，只启用新的数据纪元标识。</translation>
    </message>
    <message>
        <source>--epoch-only is for a county database in PostgreSQL that its administrator restored with pg_restore. A county database file is restored with restore FOLDER, which starts a new epoch itself.</source>
        <translation>--epoch-only 用于由管理员以 pg_restore 恢复的 PostgreSQL 县级数据库。县级数据库文件请用 restore 文件夹 恢复，它会自行启用新的数据纪元标识。</translation>
    </message>
    <message>
        <source>A county database in PostgreSQL is restored by its administrator: stop every serve process, restore the database with pg_restore from a pg_dump backup, put the key file saved with that backup back as %1, then run restore --epoch-only so that the laptops send their changes again (docs/deployment.md, Backup and restore).</source>
        <translation>PostgreSQL 中的县级数据库由其管理员恢复：先停止所有 serve 进程，用 pg_restore 从 pg_dump 备份恢复数据库，把与该备份一起保存的密钥文件放回 %1，然后运行 restore --epoch-only，使各台电脑重新发送自己的更改（见 docs/deployment.md“备份与恢复”）。</translation>
    </message>
    <message>
        <source>The county in %1 has a new epoch. At its next sync every laptop sends its own changes again and pulls from the start; devices enrolled after the backup must enroll again.</source>
        <translation>%1 中的县级数据已启用新的数据纪元标识。每台电脑下次同步时会重新发送自己的更改并从头拉取；备份之后登记的设备需要重新登记。</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>This laptop does not trust the county server's certificate. If the county uses a certificate of its own, ask its IT staff for the certificate fingerprint (fieldfile-server shows it when it starts) and enter it when you connect.</source>
        <translation>本机不信任县级服务器的证书。如果县里使用自建证书，请向县里的信息技术人员索取证书指纹（fieldfile-server 启动时会显示），并在连接时填写。</translation>
    </message>
</context>
<context>
    <name>ServiceLogRepository</name>
    <message>
        <source>Choose at least one household.</source>
        <translation>请至少选择一户。</translation>
    </message>
    <message>
        <source>Casework is with one household. For several households choose group or community work.</source>
        <translation>个案服务只针对一户。多户参加请选择小组或社区工作。</translation>
    </message>
    <message>
        <source>The date of the service is missing.</source>
        <translation>缺少服务日期。</translation>
    </message>
    <message>
        <source>The date of the service is in the future; a service log records a service already given.</source>
        <translation>服务日期在今天之后；服务记录只登记已经提供的服务。</translation>
    </message>
    <message>
        <source>The duration must be a positive number of minutes.</source>
        <translation>时长必须是大于零的分钟数。</translation>
    </message>
    <message>
        <source>The duration cannot be longer than a day (1440 minutes).</source>
        <translation>时长不能超过一天（1440 分钟）。</translation>
    </message>
    <message>
        <source>Choose the method: casework, group work or community work.</source>
        <translation>请选择服务方法：个案、小组或社区工作。</translation>
    </message>
    <message>
        <source>Choose the service category.</source>
        <translation>请选择服务类别。</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>请填写服务内容。</translation>
    </message>
    <message>
        <source>The follow-up date is before the date of the service.</source>
        <translation>跟进日期早于服务日期。</translation>
    </message>
    <message>
        <source>A household is listed twice.</source>
        <translation>有一户被重复列出。</translation>
    </message>
    <message>
        <source>A member chosen is not a member of that household.</source>
        <translation>所选成员不属于该户。</translation>
    </message>
    <message>
        <source>The service project chosen is not known here.</source>
        <translation>所选服务项目在本机上不存在。</translation>
    </message>
    <message>
        <source>A volunteer chosen is not on the station's roster.</source>
        <translation>所选志愿者不在社工站的志愿者名册中。</translation>
    </message>
</context>
<context>
    <name>ServiceLogTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>添加服务记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n households)</source>
        <translation>
            <numerusform>%1（%n 户）</numerusform>
        </translation>
    </message>
    <message>
        <source>(former member)</source>
        <translation>（已移除的成员）</translation>
    </message>
    <message>
        <source>No services recorded yet.</source>
        <translation>尚无服务记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 次服务</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours in all</source>
        <translation>共 %1 小时</translation>
    </message>
    <message>
        <source>Remove this session from all %1 households that took part? The removal is kept in the history.</source>
        <translation>要从参加的全部 %1 户中移除这次活动吗？移除会记入变更历史。</translation>
    </message>
    <message>
        <source>Remove this service log? The removal is kept in the history.</source>
        <translation>要移除这条服务记录吗？移除会记入变更历史。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up due %1: %n day(s) overdue, no service since.</source>
        <translation>
            <numerusform>应于%1跟进：已逾期 %n 天，此后尚无服务记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>跟进已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n 项跟进逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Service logs</source>
        <translation>服务记录</translation>
    </message>
    <message numerus="yes">
        <source>Service logs (%n overdue)</source>
        <translation>
            <numerusform>服务记录（%n 项跟进逾期）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceProjectDialog</name>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>New service project</source>
        <translation>新建服务项目</translation>
    </message>
    <message>
        <source>Service project</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>e.g. Three Areas Plan social-work service 2026</source>
        <translation>例如：2026年三区计划社会工作服务项目</translation>
    </message>
    <message>
        <source>e.g. the county civil-affairs bureau</source>
        <translation>例如：县民政局</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ServiceProjectRepository</name>
    <message>
        <source>The project's name is missing.</source>
        <translation>缺少项目名称。</translation>
    </message>
    <message>
        <source>Write who purchases the service (the purchaser).</source>
        <translation>请填写购买服务的单位（购买方）。</translation>
    </message>
    <message>
        <source>Write the organisation that provides the service.</source>
        <translation>请填写承接服务的机构。</translation>
    </message>
    <message>
        <source>The project's period needs a first and a last day.</source>
        <translation>项目周期需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The project ends before it starts.</source>
        <translation>项目的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The contracted hours cannot be negative.</source>
        <translation>合同服务时数不能为负数。</translation>
    </message>
    <message>
        <source>The contracted households cannot be negative.</source>
        <translation>合同服务户数不能为负数。</translation>
    </message>
    <message>
        <source>A station supervisor keeps the projects of their own station.</source>
        <translation>社工站督导只能维护本站的项目。</translation>
    </message>
    <message>
        <source>This project was removed meanwhile.</source>
        <translation>该项目已被删除。</translation>
    </message>
</context>
<context>
    <name>ServiceProjectsPage</name>
    <message>
        <source>%1 (county-wide)</source>
        <translation>%1（全县）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Delivered per month</source>
        <translation>每月完成情况</translation>
    </message>
    <message>
        <source>%1: delivered per month against the contract (%2% of the contracted hours so far)</source>
        <translation>%1：每月完成情况与合同对照（累计已完成合同时数的 %2%）</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>购买方</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>承接机构</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>项目周期</translation>
    </message>
    <message>
        <source>Hours delivered / contracted</source>
        <translation>已完成 / 合同时数</translation>
    </message>
    <message>
        <source>Households served / contracted</source>
        <translation>已服务 / 合同户数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>完成时数</translation>
    </message>
    <message>
        <source>Hours contracted</source>
        <translation>合同时数</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>服务户数</translation>
    </message>
    <message>
        <source>&amp;Add project…</source>
        <translation>新建项目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>The station supervisor or the county keeps the projects; choose one in a service log to count its hours.</source>
        <translation>项目由社工站督导或县级工作人员维护；在服务记录中选择项目即可计入其服务时数。</translation>
    </message>
</context>
<context>
    <name>ServiceSessionDialog</name>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Remove household</source>
        <translation>移除家庭(&amp;R)</translation>
    </message>
    <message>
        <source>New service log</source>
        <translation>新建服务记录</translation>
    </message>
    <message>
        <source>Service log</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>What was done, with whom, where</source>
        <translation>做了什么、和谁、在哪里</translation>
    </message>
    <message>
        <source>What changed; what is still needed</source>
        <translation>有哪些变化；还需要什么</translation>
    </message>
    <message>
        <source>Household / members who took part</source>
        <translation>家庭 / 参加的成员</translation>
    </message>
    <message>
        <source>&amp;Add households…</source>
        <translation>添加家庭(&amp;A)…</translation>
    </message>
    <message>
        <source>Households and members</source>
        <translation>参加的家庭和成员</translation>
    </message>
    <message>
        <source>A group or community session is entered once: add every household that took part; it appears in each household's file. Tick the members who took part.</source>
        <translation>小组或社区活动只需登记一次：添加所有参加的家庭，记录会出现在每户的档案中。请勾选参加的成员。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(household not on this laptop)</source>
        <translation>（该户不在本机）</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>（不属于任何项目）</translation>
    </message>
    <message>
        <source>(project not on this laptop)</source>
        <translation>（本机上没有该项目）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing was saved: no one is ticked as taking part for %1. Tick the members who took part, or remove the household.</source>
        <translation>没有保存：%1 没有勾选参与的成员。请勾选参与服务的成员，或移除该户。</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Fieldfile</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Fieldfile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Fieldfile&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>One file per household, on this laptop, usable without a connection for days. How would you like to start?</source>
        <translation>一户一档，保存在本机，没有网络也能连续使用多天。您想怎样开始？</translation>
    </message>
    <message>
        <source>Try Fieldfile with demo data</source>
        <translation>用演示数据试用 Fieldfile</translation>
    </message>
    <message>
        <source>A caseload of invented households to learn with. It stays on this laptop and is never sent to a county.</source>
        <translation>一批虚构的户，供熟悉使用。只保存在本机，永远不会发送到县里。</translation>
    </message>
    <message>
        <source>Connect to your county</source>
        <translation>连接到所在县</translation>
    </message>
    <message>
        <source>For real work. You need the server address and the one-time enrollment code from your county's IT staff, and you choose a password that protects the data on this laptop.</source>
        <translation>用于正式工作。需要县信息技术人员提供的服务器地址和一次性注册码，并由您设置保护本机数据的密码。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;登录&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Connect another person…</source>
        <translation>连接其他人员…</translation>
    </message>
    <message>
        <source>A shared station laptop: each person connects once with their own enrollment code and password</source>
        <translation>社工站共用的笔记本：每人用自己的注册码和密码连接一次</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
    <message>
        <source>Invented households to learn with; never sent to the county</source>
        <translation>虚构的户，供熟悉使用；永远不会发送到县里</translation>
    </message>
    <message numerus="yes">
        <source>After several wrong passwords, wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>多次输错密码，请等 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>(not connected to a county yet)</source>
        <translation>（尚未连接到县里）</translation>
    </message>
</context>
<context>
    <name>StationOverview</name>
    <message numerus="yes">
        <source>Never visited; a visit every %n day(s) is required</source>
        <translation>
            <numerusform>从未走访；要求每 %n 天走访一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last visit %1; a visit every %n day(s) is required</source>
        <translation>
            <numerusform>最近走访 %1；要求每 %n 天走访一次</numerusform>
        </translation>
    </message>
    <message>
        <source>mandatory report not recorded</source>
        <translation>未登记强制报告</translation>
    </message>
    <message>
        <source>follow up by %1</source>
        <translation>%1 前跟进</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>无救助类别</translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation>%1 申请</translation>
    </message>
    <message>
        <source>changed after approval</source>
        <translation>通过后又修改</translation>
    </message>
</context>
<context>
    <name>StationOverviewPage</name>
    <message>
        <source>Station overview</source>
        <translation>社工站概况</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>服务对象户数</translation>
    </message>
    <message>
        <source>Visits
overdue</source>
        <translation>走访
逾期</translation>
    </message>
    <message>
        <source>Open risk
flags</source>
        <translation>未解除
风险标记</translation>
    </message>
    <message>
        <source>Child protection
not reported</source>
        <translation>儿童保护
未强制报告</translation>
    </message>
    <message>
        <source>Referral follow-ups
overdue</source>
        <translation>转介跟进
逾期</translation>
    </message>
    <message>
        <source>Plan actions
overdue</source>
        <translation>帮扶措施
逾期</translation>
    </message>
    <message>
        <source>Status reviews
waiting</source>
        <translation>动态调整
待处理</translation>
    </message>
    <message>
        <source>Notes awaiting
review</source>
        <translation>记录
待审核</translation>
    </message>
    <message>
        <source>Notes
returned</source>
        <translation>记录
已退回</translation>
    </message>
    <message>
        <source>Households whose visit is overdue by the visit rules, or never visited</source>
        <translation>按走访规定已逾期或从未走访的家庭</translation>
    </message>
    <message>
        <source>Open risk flags of every kind</source>
        <translation>各类未解除的风险标记</translation>
    </message>
    <message>
        <source>Open child-protection concerns whose mandatory report is not recorded yet, and how long the oldest has been waiting</source>
        <translation>尚未登记强制报告的儿童保护风险，以及其中最早一条已等待的天数</translation>
    </message>
    <message>
        <source>Referrals sent or accepted whose follow-up date has passed</source>
        <translation>已发出或已接收、但已过跟进日期的转介</translation>
    </message>
    <message>
        <source>Plan actions past their due date, neither done nor dropped</source>
        <translation>已过期限、既未完成也未取消的帮扶措施</translation>
    </message>
    <message>
        <source>Status reviews the station recommended, waiting for the county's decision</source>
        <translation>社工站已推荐、等待县级决定的动态调整</translation>
    </message>
    <message>
        <source>Status reviews proposed by the caseworker, waiting for the station's recommendation</source>
        <translation>社工已申请、等待社工站推荐意见的动态调整</translation>
    </message>
    <message>
        <source>Notes this caseworker submitted that wait for review: opens the review queue</source>
        <translation>该社工提交、等待审核的记录：点击打开审核队列</translation>
    </message>
    <message>
        <source>Notes returned to this caseworker, waiting for an answer or a change</source>
        <translation>已退回该社工、等待答复或修改的记录</translation>
    </message>
    <message>
        <source>Click a number (or select it and press Enter) to see what it counts; the notes open in the review queue. Red: child-protection concerns not yet reported.</source>
        <translation>点击数字（或选中后按回车键）查看明细；记录数在审核队列中打开。红色：尚未强制报告的儿童保护风险。</translation>
    </message>
    <message>
        <source>The county's visit rules (%1) have errors, so overdue visits are counted by the built-in rules.</source>
        <translation>县里的走访规定（%1）有错误，逾期走访按内置规定统计。</translation>
    </message>
    <message>
        <source>Station total</source>
        <translation>社工站合计</translation>
    </message>
    <message>
        <source>(no caseworker)</source>
        <translation>（未分配社工）</translation>
    </message>
    <message numerus="yes">
        <source>The oldest was raised %n day(s) ago</source>
        <translation>
            <numerusform>最早一条标记于 %n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reported; the oldest was raised %1 day(s) ago</source>
        <translation>
            <numerusform>%n 条未报告；最早一条标记于 %1 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>统计日期 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n caseworker(s)</source>
        <translation>
            <numerusform>%n 名社工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>走访逾期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Open risk flags</source>
        <translation>未解除的风险标记</translation>
    </message>
    <message>
        <source>Child-protection concerns whose mandatory report is not recorded come first, in red; then the oldest.</source>
        <translation>尚未登记强制报告的儿童保护风险排在最前（红色），其余按时间由早到晚。</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>已标记天数</translation>
    </message>
    <message>
        <source>Referral follow-ups overdue</source>
        <translation>转介跟进逾期</translation>
    </message>
    <message>
        <source>Plan actions overdue</source>
        <translation>帮扶措施逾期</translation>
    </message>
    <message>
        <source>Status reviews waiting</source>
        <translation>动态调整待处理</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>已等待天数</translation>
    </message>
    <message>
        <source>the whole station</source>
        <translation>全站</translation>
    </message>
    <message>
        <source>no caseworker</source>
        <translation>未分配社工</translation>
    </message>
    <message>
        <source>The longest waiting first.</source>
        <translation>等待最久的排在最前。</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Service projects</source>
        <translation>服务项目</translation>
    </message>
</context>
<context>
    <name>StatusReviewRepository</name>
    <message>
        <source>Save the household file before proposing a status review.</source>
        <translation>请先保存户档案，再提出动态调整申请。</translation>
    </message>
    <message>
        <source>Choose the assistance status you propose.</source>
        <translation>请选择拟调整的救助类别。</translation>
    </message>
    <message>
        <source>The household already has this status: propose a different one.</source>
        <translation>此户已是该救助类别，请选择其他类别。</translation>
    </message>
    <message>
        <source>Give the reasons for the proposal.</source>
        <translation>请填写调整理由。</translation>
    </message>
    <message>
        <source>Describe the evidence (documents seen, checks made).</source>
        <translation>请填写佐证材料（查看的证件材料、核查情况）。</translation>
    </message>
    <message>
        <source>A status review of this household is already waiting for a decision.</source>
        <translation>此户已有一项动态调整申请在等待审核。</translation>
    </message>
    <message>
        <source>This status review no longer exists.</source>
        <translation>此动态调整申请已不存在。</translation>
    </message>
    <message>
        <source>This status review has already been decided (%1).</source>
        <translation>此动态调整申请已审核（%1）。</translation>
    </message>
    <message>
        <source>Say why the proposal is returned, so the caseworker knows what to do.</source>
        <translation>请写明退回原因，以便社工知道如何补充。</translation>
    </message>
    <message>
        <source>Only the station supervisor (or the county) recommends a status review or returns it. This laptop is used by a caseworker.</source>
        <translation>只有社工站督导（或县民政局）可以推荐或退回动态调整申请。这台电脑由社工使用。</translation>
    </message>
    <message>
        <source>The station's step on this status review is done already (%1).</source>
        <translation>社工站对这项动态调整申请的审核已完成（%1）。</translation>
    </message>
    <message>
        <source>Choose whether the proposal is recommended to the county or returned.</source>
        <translation>请选择推荐至县民政局还是退回。</translation>
    </message>
    <message>
        <source>Only county staff confirm or refuse a status review, after the station supervisor has recommended it.</source>
        <translation>动态调整申请经社工站督导推荐后，只有县民政局工作人员可以确认或不予确认。</translation>
    </message>
    <message>
        <source>The station supervisor has not recommended this status review yet: the county decides after the station.</source>
        <translation>社工站督导尚未推荐这项动态调整申请：县民政局在社工站之后作出决定。</translation>
    </message>
    <message>
        <source>Choose whether the proposal is confirmed or refused.</source>
        <translation>请选择确认还是不予确认。</translation>
    </message>
    <message>
        <source>Say why the proposal is refused, so the station and the caseworker know.</source>
        <translation>请说明不予确认的理由，以便社工站和社工知晓。</translation>
    </message>
</context>
<context>
    <name>StatusReviewTab</name>
    <message>
        <source>(none recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>提交申请(&amp;P)</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>记录审核意见(&amp;D)</translation>
    </message>
    <message>
        <source>Why the household should enter, change or leave this status</source>
        <translation>此户为何应纳入、变更或退出该救助类别</translation>
    </message>
    <message>
        <source>Documents seen, income and property checks, visits</source>
        <translation>查看的证件材料、收入和财产核查、入户走访情况</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Propose a status change</source>
        <translation>提出动态调整申请</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Select the proposal to decide.</source>
        <translation>请选择要审核的申请。</translation>
    </message>
    <message>
        <source>Returned to the caseworker with your comment.</source>
        <translation>已连同审核说明退回社工。</translation>
    </message>
    <message>
        <source>Status review</source>
        <translation>动态调整</translation>
    </message>
    <message>
        <source>Station supervisor</source>
        <translation>社工站督导</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县民政局</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>County decision</source>
        <translation>县民政局决定</translation>
    </message>
    <message>
        <source>Station supervisor's step</source>
        <translation>社工站督导审核</translation>
    </message>
    <message>
        <source>Proposed %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for the station supervisor&lt;/b&gt;</source>
        <translation>&lt;b&gt;等待社工站督导审核&lt;/b&gt;</translation>
    </message>
    <message>
        <source>County: %1</source>
        <translation>县民政局：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for the county's decision&lt;/b&gt; — the status changes only when the county confirms it.</source>
        <translation>&lt;b&gt;等待县民政局决定&lt;/b&gt;——县民政局确认后救助类别才会更改。</translation>
    </message>
    <message>
        <source>The proposal was saved. It goes to the station supervisor with the next sync, then to the county.</source>
        <translation>申请已保存。下次同步时将提交社工站督导，之后报县民政局。</translation>
    </message>
    <message>
        <source>Choose whether to confirm the proposal or refuse it.</source>
        <translation>请选择确认还是不予确认。</translation>
    </message>
    <message>
        <source>Choose whether to recommend the proposal to the county or return it.</source>
        <translation>请选择推荐至县民政局还是退回。</translation>
    </message>
    <message>
        <source>Confirmed: the household's assistance status is changed.</source>
        <translation>已确认：该户的救助类别已更改。</translation>
    </message>
    <message>
        <source>Refused, with your comment: the status stays as it is.</source>
        <translation>已不予确认并附意见：救助类别保持不变。</translation>
    </message>
    <message>
        <source>Recommended to the county: it goes there with the next sync.</source>
        <translation>已推荐至县民政局：下次同步时报送。</translation>
    </message>
    <message>
        <source>Confirm the status change</source>
        <translation>确认救助状态变更</translation>
    </message>
    <message>
        <source>Confirm the change of assistance status %1 proposed by %2?</source>
        <translation>确认 %2 提出的救助状态变更 %1 吗？</translation>
    </message>
    <message>
        <source>The household's assistance status changes as soon as you confirm.</source>
        <translation>确认后，该户的救助状态立即变更。</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Cannot reach the county server (%1). Your work is kept on this laptop and will be sent at the next sync.</source>
        <translation>无法连接县民政局服务器（%1）。您的记录保存在本机，会在下次同步时发送。</translation>
    </message>
    <message>
        <source>The server address should look like https://county.example:8443.</source>
        <translation>服务器地址应类似 https://county.example:8443。</translation>
    </message>
    <message>
        <source>Connecting to the county…</source>
        <translation>正在连接县民政局……</translation>
    </message>
    <message>
        <source>This laptop is not connected to a county yet. Connect it once with an enrollment code.</source>
        <translation>这台笔记本电脑尚未连接县民政局。请先用注册码连接一次。</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>正在发送 %n 条修改……</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving changes… %n so far</source>
        <translation>
            <numerusform>正在接收修改……已收到 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The county server answered something unexpected.</source>
        <translation>县民政局服务器的答复异常。</translation>
    </message>
    <message>
        <source>Importing package %1 of %2…</source>
        <translation>正在导入第 %1 个同步包（共 %2 个）……</translation>
    </message>
    <message>
        <source>refused: the file cannot be read or is too large to be a package</source>
        <translation>已拒绝：无法读取文件，或文件太大，不可能是同步包</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>already imported; nothing changed</source>
        <translation>此前已导入，未作任何更改</translation>
    </message>
    <message>
        <source>applied %1, already here %2, conflicts opened %3, parked %4</source>
        <translation>应用 %1 条，已有 %2 条，新冲突 %3 个，暂存 %4 条</translation>
    </message>
    <message>
        <source>(the receipt could not be written beside the package)</source>
        <translation>（无法在同步包旁边写入回执）</translation>
    </message>
    <message>
        <source>parked %1: %2</source>
        <translation>暂存 %1 条：%2</translation>
    </message>
    <message>
        <source>Receiving changes… %1 of %2</source>
        <translation>正在接收修改……%1 / %2 条</translation>
    </message>
    <message>
        <source>The county server is busy (%1). Your work is kept on this laptop; sync again in a minute.</source>
        <translation>县级服务器正忙（%1）。您的工作已保存在本机，请一分钟后再同步。</translation>
    </message>
    <message>
        <source>This is the demo: its households are invented and it is never connected to a county. Connect your own profile instead.</source>
        <translation>这是演示：其中的户都是虚构的，永远不会连接到县里。请改为连接您自己的档案。</translation>
    </message>
    <message>
        <source>from device %1</source>
        <translation>来自设备 %1</translation>
    </message>
    <message>
        <source>from %1 (device %2)</source>
        <translation>来自 %1（设备 %2）</translation>
    </message>
    <message>
        <source>from %1, %2 (device %3)</source>
        <translation>来自 %1，%2（设备 %3）</translation>
    </message>
    <message>
        <source>Receiving the county's forms and lists…</source>
        <translation>正在接收县里的表单和名单…</translation>
    </message>
    <message>
        <source>its content is not what the county listed</source>
        <translation>其内容与县里列出的不符</translation>
    </message>
    <message>
        <source>it is not signed by the county</source>
        <translation>没有县里的签名</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The county's data was restored from a backup: sending your changes again…</source>
        <translation>县里的数据已从备份恢复：正在重新发送你的更改……</translation>
    </message>
    <message>
        <source>Preparing the household list…</source>
        <translation>正在整理家庭列表……</translation>
    </message>
    <message>
        <source>Preparing the household list… %1%</source>
        <translation>正在整理家庭列表…… %1%</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The receipt %1 cannot be read: %2</source>
        <translation>无法读取回执 %1：%2</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Fieldfile is locked: nothing is synced until it is unlocked.</source>
        <translation>Fieldfile 已锁定：解锁之前不进行同步。</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n 条修改未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a county</source>
        <translation>尚未连接县民政局</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>正在检查网络……</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>automatic sync paused</source>
        <translation>自动同步已暂停</translation>
    </message>
    <message>
        <source>Next automatic sync: %1</source>
        <translation>下次自动同步：%1</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Writing the package…</source>
        <translation>正在写出同步包……</translation>
    </message>
    <message>
        <source>The package could not be written to %1: %2</source>
        <translation>无法把同步包写到 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>My tasks</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Include tasks due within:</source>
        <translation>包括几天内到期的待办：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>知道了(&amp;R)</translation>
    </message>
    <message>
        <source>Hide this notice; the tasks stay on the list until they are done</source>
        <translation>不再显示这条通知；待办事项在完成之前一直留在清单上</translation>
    </message>
    <message>
        <source>Your answer to the supervisor:</source>
        <translation>给督导的回复：</translation>
    </message>
    <message>
        <source>What you changed or added, or why the note is right as it is</source>
        <translation>改了或补充了什么，或者为什么这条记录不需要修改</translation>
    </message>
    <message>
        <source>Answer and send &amp;back for review</source>
        <translation>回复并重新提交审核(&amp;B)</translation>
    </message>
    <message>
        <source>Sends the note back to the station supervisor with your answer. To change the note itself, open the household file and edit it: saving it sends it back too.</source>
        <translation>把记录连同你的回复重新提交给社工站督导。要变更历史本身，请打开户档案修改，保存后也会重新提交。</translation>
    </message>
    <message>
        <source>&amp;Open household file</source>
        <translation>打开户档案(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the household's file on the tab of this task (Enter or double-click)</source>
        <translation>打开这户的档案，并转到这项待办所在的页签（回车或双击）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1 — %2: “%3”</source>
        <translation>%1 — %2：“%3”</translation>
    </message>
    <message>
        <source>every household (default)</source>
        <translation>所有户（默认）</translation>
    </message>
    <message>
        <source>First visit: %1</source>
        <translation>首次走访：%1</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>走访：%1</translation>
    </message>
    <message>
        <source>planned for %1</source>
        <translation>已计划于 %1</translation>
    </message>
    <message>
        <source>Follow up the referral to %1</source>
        <translation>跟进转介：%1</translation>
    </message>
    <message>
        <source>Plan action: %1</source>
        <translation>帮扶行动：%1</translation>
    </message>
    <message>
        <source>Follow up the service: %1</source>
        <translation>服务回访：%1</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>被退回：%1</translation>
    </message>
    <message>
        <source>Status review confirmed (%1): tell the household</source>
        <translation>动态调整已确认（%1）：告知这户</translation>
    </message>
    <message>
        <source>Status review refused by the county (%1): tell the household</source>
        <translation>动态调整未获县里批准（%1）：告知这户</translation>
    </message>
    <message>
        <source>Status review returned by the station (%1): complete it and propose again</source>
        <translation>动态调整被社工站退回（%1）：补充后重新申请</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>已等 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未走访</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n 项待办</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>，%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Nothing to do today. Well done.</source>
        <translation>今天没有待办事项。做得好！</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项待办</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n 个村</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1 of %2 shown</source>
        <translation>显示 %2 户中的前 %1 户</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>督导意见与回复</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <source>Station supervisor's opinion</source>
        <translation>社工站督导意见</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>County's comment</source>
        <translation>县民政局意见</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Visits required</source>
        <translation>走访要求</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a task to see it in full.</source>
        <translation>选中一项待办，可在这里查看详情。</translation>
    </message>
    <message>
        <source>Sent back to the station supervisor for review, with your answer.</source>
        <translation>已连同你的回复重新提交给社工站督导审核。</translation>
    </message>
    <message>
        <source>New since the last sync: %1.</source>
        <translation>上次同步以来：%1。</translation>
    </message>
    <message>
        <source>Show my tasks</source>
        <translation>查看我的待办</translation>
    </message>
    <message>
        <source>Updating the list…</source>
        <translation>正在更新列表…</translation>
    </message>
    <message>
        <source>Gathering your tasks…</source>
        <translation>正在整理您的待办…</translation>
    </message>
    <message>
        <source>The tasks could not be gathered: %1</source>
        <translation>无法整理待办：%1</translation>
    </message>
</context>
<context>
    <name>ViewCsv</name>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>电子表格 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>文件未能写入：%1</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>&amp;Planned</source>
        <translation>计划中(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>已走访(&amp;D)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Visit of %1</source>
        <translation>%1 的走访</translation>
    </message>
    <message>
        <source>e.g. guardianship follow-up, check the school attendance</source>
        <translation>如：监护随访，了解上学情况</translation>
    </message>
    <message>
        <source>e.g. the village committee director, a neighbour</source>
        <translation>如：村委会主任、邻居</translation>
    </message>
    <message>
        <source>What you saw and heard; anything that needs action</source>
        <translation>所见所闻；需要跟进处理的情况</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>No household is chosen.</source>
        <translation>未选择家庭。</translation>
    </message>
    <message>
        <source>Say whether the visit is planned or done.</source>
        <translation>请说明走访是计划中还是已完成。</translation>
    </message>
    <message>
        <source>The planned date is missing.</source>
        <translation>缺少计划日期。</translation>
    </message>
    <message>
        <source>Write the purpose of the visit.</source>
        <translation>请填写走访目的。</translation>
    </message>
    <message>
        <source>The date of the visit is missing.</source>
        <translation>缺少走访日期。</translation>
    </message>
    <message>
        <source>The date of the visit is in the future. Plan it instead.</source>
        <translation>走访日期在今天之后。请改为计划走访。</translation>
    </message>
    <message>
        <source>Write what you found on the visit, even briefly.</source>
        <translation>请填写走访情况，简要即可。</translation>
    </message>
    <message>
        <source>Say whom you met: members of the household or others.</source>
        <translation>请填写见到了谁：家庭成员或其他人。</translation>
    </message>
    <message>
        <source>A member chosen is not a member of this household.</source>
        <translation>所选成员不属于本户。</translation>
    </message>
</context>
<context>
    <name>VisitRules</name>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>文件不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object with "version" and "rules".</source>
        <translation>文件必须是一个包含“version”和“rules”的 JSON 对象。</translation>
    </message>
    <message>
        <source>"version" must be 1 (the only version this Fieldfile reads).</source>
        <translation>“version”必须为 1（本版一户一档只能读取这一版本）。</translation>
    </message>
    <message>
        <source>"default_interval_days" must be a whole number of days from 1 to %1, or 0 for no default.</source>
        <translation>“default_interval_days”必须是 1 到 %1 之间的整天数，或为 0 表示不设默认间隔。</translation>
    </message>
    <message>
        <source>"rules" must be a list of rules.</source>
        <translation>“rules”必须是规则列表。</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>第 %1 条规则</translation>
    </message>
    <message>
        <source>%1 has no "group".</source>
        <translation>%1 缺少“group”（特殊群体）。</translation>
    </message>
    <message>
        <source>%1: unknown special group “%2” (known: %3).</source>
        <translation>%1：未知的特殊群体“%2”（可用的有：%3）。</translation>
    </message>
    <message>
        <source>%1: the group “%2” has a rule already.</source>
        <translation>%1：特殊群体“%2”已有一条规则。</translation>
    </message>
    <message>
        <source>%1: "interval_days" must be a whole number of days from 1 to %2.</source>
        <translation>%1：“interval_days”必须是 1 到 %2 之间的整天数。</translation>
    </message>
    <message>
        <source>%1: "reason" needs a text in Chinese (zh_CN) and in English (en).</source>
        <translation>%1：“reason”需要中文（zh_CN）和英文（en）说明。</translation>
    </message>
    <message>
        <source>The built-in visit rules are missing from this build.</source>
        <translation>此版本缺少内置的走访规则。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>见到</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>&amp;Plan a visit…</source>
        <translation>计划走访(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Record a visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>(former member)</source>
        <translation>（已移除的成员）</translation>
    </message>
    <message>
        <source>No regular visits are required for this household by the visit rules.</source>
        <translation>按走访规则，本户无需定期走访。</translation>
    </message>
    <message>
        <source>every household</source>
        <translation>所有家庭</translation>
    </message>
    <message numerus="yes">
        <source>Visit at least every %n day(s) (%1).</source>
        <translation>
            <numerusform>至少每 %n 天走访一次（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Never visited: due now.</source>
        <translation>从未走访：应立即走访。</translation>
    </message>
    <message numerus="yes">
        <source>Last visit %1; next was due %2 — %n day(s) overdue.</source>
        <translation>
            <numerusform>最近走访 %1；下次本应于 %2 前走访——已逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last visit %1; next due %2 (in %n day(s)).</source>
        <translation>
            <numerusform>最近走访 %1；下次应于 %2 前走访（还有 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this visit? The removal is kept in the history.</source>
        <translation>要移除这次走访吗？移除会记入变更历史。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>e.g. haircuts, tutoring, accompanying to hospital</source>
        <translation>例如：理发、辅导功课、陪同就医</translation>
    </message>
    <message>
        <source>One training a line, e.g. 2026-03 volunteer induction</source>
        <translation>每行一项培训，例如：2026年3月志愿者岗前培训</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VolunteerRepository</name>
    <message>
        <source>The volunteer's name is missing.</source>
        <translation>缺少志愿者姓名。</translation>
    </message>
    <message>
        <source>A volunteer belongs to a social-work station: choose the station.</source>
        <translation>志愿者属于某个社工站：请选择社工站。</translation>
    </message>
    <message>
        <source>The day the volunteer joined is in the future.</source>
        <translation>志愿者的加入日期晚于今天。</translation>
    </message>
    <message>
        <source>This volunteer was removed meanwhile.</source>
        <translation>该志愿者已被删除。</translation>
    </message>
</context>
<context>
    <name>VolunteerRosterPage</name>
    <message>
        <source>Services the volunteer took part in</source>
        <translation>志愿者参与的服务</translation>
    </message>
    <message numerus="yes">
        <source>Services %1 took part in: %n</source>
        <translation>
            <numerusform>%1 参与的服务：%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n household(s)</source>
        <translation>
            <numerusform>%1 · %n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Remove volunteer</source>
        <translation>删除志愿者</translation>
    </message>
    <message>
        <source>Remove %1 from the station's roster? The services they took part in keep their hours.</source>
        <translation>要把 %1 从社工站的志愿者名册中删除吗？其参与过的服务仍保留服务时数。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长技能</translation>
    </message>
    <message>
        <source>Trainings attended</source>
        <translation>参加的培训</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>服务方法</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation>新增志愿者(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>The station supervisor keeps the roster; you can link volunteers to your service logs.</source>
        <translation>志愿者名册由社工站督导维护；您可以在服务记录中关联志愿者。</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <source>Review &amp;queue (%1)</source>
        <translation>审核队列(&amp;Q)（%1）</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>审核队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Station &amp;overview</source>
        <translation>社工站概况(&amp;O)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fieldfile: one file per household for social-assistance caseworkers.</source>
        <translation>一户一档：社会救助社工的家庭档案软件。</translation>
    </message>
    <message>
        <source>Add &lt;n&gt; invented households to the database and exit.</source>
        <translation>向数据库添加 &lt;n&gt; 户虚构的演示家庭，然后退出。</translation>
    </message>
    <message>
        <source>Seed for --generate-demo (the same seed gives the same data).</source>
        <translation>--generate-demo 的随机种子（相同种子生成相同数据）。</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--generate-demo needs a number of households from 1 to 1000000.</source>
        <translation>--generate-demo 需要1至1000000之间的户数。</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed 需要一个整数。</translation>
    </message>
    <message>
        <source>%1 households written to %2 in %3 s.</source>
        <translation>已将%1户写入 %2，用时%3秒。</translation>
    </message>
    <message>
        <source>Fieldfile</source>
        <translation>一户一档</translation>
    </message>
    <message>
        <source>Open the unencrypted database file at &lt;path&gt; instead of a profile (for county IT and for trying things out).</source>
        <translation>打开 &lt;path&gt; 处未加密的数据库文件，而不是档案（供县信息技术人员查看或试用）。</translation>
    </message>
    <message>
        <source>With --database: do not create demo data when the file is new.</source>
        <translation>与 --database 一起使用：新文件不创建演示数据。</translation>
    </message>
    <message>
        <source>Open the demo profile (invented households) without the start window.</source>
        <translation>不经启动窗口，直接打开演示档案（虚构的户）。</translation>
    </message>
    <message>
        <source>With --demo: try the demo as caseworker, supervisor or county.</source>
        <translation>与 --demo 一起使用：以社工（caseworker）、督导（supervisor）或县民政局（county）身份试用演示。</translation>
    </message>
    <message>
        <source>--demo-role is caseworker, supervisor or county.</source>
        <translation>--demo-role 的取值为 caseworker、supervisor 或 county。</translation>
    </message>
    <message>
        <source>Show the main window, print its title and quit (checks that an installed Fieldfile starts).</source>
        <translation>显示主窗口，输出其标题后退出（用于检查安装好的 Fieldfile 能否启动）。</translation>
    </message>
    <message>
        <source>The household list could not be prepared from what the first sync received: %1

It will be prepared when the next sync ends; until then households may be missing from the list and from search.</source>
        <translation>无法根据首次同步收到的数据整理户列表：%1

下次同步完成后会自动整理；在此之前，列表和搜索中可能缺少部分家庭。</translation>
    </message>
</context>
</TS>