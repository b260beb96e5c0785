<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dc::ClauseRef</name>
    <message>
        <source>Clause reference &quot;%1&quot; must be a standard and a clause, like &quot;27001:2013 A.9.1.1&quot;.</source>
        <translation>条款引用“%1”必须包含标准和条款号，例如“27001:2013 A.9.1.1”。</translation>
    </message>
    <message>
        <source>Unknown standard &quot;%1&quot; in clause reference; use one of %2.</source>
        <translation>条款引用中的标准“%1”无法识别；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause number (expected e.g. 7.5.3 or A.5.37).</source>
        <translation>“%1”不是有效的条款号（应类似 7.5.3 或 A.5.37）。</translation>
    </message>
</context>
<context>
    <name>dc::Database</name>
    <message>
        <source>The store %1 is read-only; nothing was changed.</source>
        <translation>文档库 %1 为只读，未做任何更改。</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2).</source>
        <translation>文档库 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>无法打开文档库 %1：%2</translation>
    </message>
    <message>
        <source>configure the store</source>
        <translation>配置文档库</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the store.</source>
        <translation>%1 已存在，请为文档库另选一个文件名。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>mark the file as a store</source>
        <translation>将该文件标记为文档库</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>在 %1 找不到文档库。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a DocControl store.</source>
        <translation>%1 不是 DocControl 文档库。</translation>
    </message>
    <message>
        <source>read the store header</source>
        <translation>读取文档库文件头</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a DocControl store.</source>
        <translation>%1 是 SQLite 数据库，但不是 DocControl 文档库。</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>读取数据结构版本</translation>
    </message>
    <message>
        <source>%1 was written by a newer DocControl (schema %2; this version reads up to %3). Update DocControl to open it.</source>
        <translation>%1 由更高版本的 DocControl 写入（数据结构版本 %2；本版本最高只能读取 %3）。请升级 DocControl 后再打开。</translation>
    </message>
    <message>
        <source>%1 needs to be upgraded to schema %2, but it is read-only.</source>
        <translation>%1 需要升级到数据结构版本 %2，但该文件为只读。</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>dc::DemoStore</name>
    <message>
        <source>The demo content is missing from this build.</source>
        <translation>当前构建版本中缺少演示内容。</translation>
    </message>
</context>
<context>
    <name>dc::DocumentPreview</name>
    <message>
        <source>Select a document in the register to read it here.</source>
        <translation>在文件清单中选择一份文件，即可在此处查阅。</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>密级：%1</translation>
    </message>
    <message>
        <source>Effective %1</source>
        <translation>生效日期：%1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>dc::DocumentService</name>
    <message>
        <source>The document has no title.</source>
        <translation>文件标题不能为空。</translation>
    </message>
    <message>
        <source>A title may be at most 200 characters long.</source>
        <translation>标题最多 200 个字符。</translation>
    </message>
    <message>
        <source>The review interval must be 1 to 120 months, not %1.</source>
        <translation>评审周期必须为 1 至 120 个月，不能为 %1。</translation>
    </message>
    <message>
        <source>The retention period must be 0 to 100 years, not %1.</source>
        <translation>保存期限必须为 0 至 100 年，不能为 %1。</translation>
    </message>
    <message>
        <source>The content is larger than 8 MiB characters; attach large material instead.</source>
        <translation>内容超过 8 Mi 个字符的上限；大型资料请改为以附件形式提供。</translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not a user of this store.</source>
        <translation>负责人“%1”不是本文档库的用户。</translation>
    </message>
    <message>
        <source>The number %1 is already used by another document.</source>
        <translation>文件编号 %1 已被其他文件使用。</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>A change summary (修订说明) is required.</source>
        <translation>必须填写修订说明。</translation>
    </message>
    <message>
        <source>%1 has no revision %2.</source>
        <translation>%1 不存在修订版本 %2。</translation>
    </message>
    <message>
        <source>%1 has no effective revision yet.</source>
        <translation>%1 尚无生效的修订版本。</translation>
    </message>
</context>
<context>
    <name>dc::DocumentStore</name>
    <message>
        <source>register the document</source>
        <translation>登记文件</translation>
    </message>
    <message>
        <source>record the clause references</source>
        <translation>记录条款引用</translation>
    </message>
    <message>
        <source>save the revision</source>
        <translation>保存修订版本</translation>
    </message>
    <message>
        <source>save the draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>The revision is no longer a draft and cannot be changed.</source>
        <translation>该修订版本已不是草稿，不能再修改。</translation>
    </message>
    <message>
        <source>look up the document</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <source>There is no document numbered &quot;%1&quot;.</source>
        <translation>没有编号为“%1”的文件。</translation>
    </message>
    <message>
        <source>read the clause references</source>
        <translation>读取条款引用</translation>
    </message>
    <message>
        <source>read the revision</source>
        <translation>读取修订版本</translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation>该修订版本不存在。</translation>
    </message>
    <message>
        <source>read the revisions</source>
        <translation>读取修订历史</translation>
    </message>
    <message>
        <source>find the next document number</source>
        <translation>确定下一个文件编号</translation>
    </message>
</context>
<context>
    <name>dc::Enums</name>
    <message>
        <source>Manual</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <source>Work instruction</source>
        <translation>作业指导书</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>External document</source>
        <translation>外来文件</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>In approval</source>
        <translation>批准中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已替代</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>dc::GuiLauncher</name>
    <message>
        <source>Building the demo store: a management manual, policies, procedures and records of a fictitious cloud company…</source>
        <translation>正在创建演示文档库：一家虚构云服务公司的管理手册、策略、程序文件和记录…</translation>
    </message>
    <message>
        <source>DocControl Demo</source>
        <translation>DocControl 演示</translation>
    </message>
    <message>
        <source>Cannot Build the Demo</source>
        <translation>无法创建演示文档库</translation>
    </message>
    <message>
        <source>No Store Opened</source>
        <translation>未打开文档库</translation>
    </message>
    <message>
        <source>DocControl keeps an organisation&apos;s documents in a store file (.dcstore).

Create one with
    doccontrol init --org NAME --admin NAME --password-stdin
or try the demo with
    doccontrol --demo</source>
        <translation>DocControl 将组织的文件保存在文档库文件（.dcstore）中。

可用以下命令创建文档库：
    doccontrol init --org NAME --admin NAME --password-stdin
或用以下命令试用演示：
    doccontrol --demo</translation>
    </message>
</context>
<context>
    <name>dc::MainWindow</name>
    <message>
        <source>DocControl — %1</source>
        <translation>DocControl — %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>打开文档库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DocControl</source>
        <translation>关于 DocControl(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Search number, title or content (Ctrl+F)</source>
        <translation>搜索文件编号、标题或内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <translation>已登录：%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 份文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1” — Esc returns to the register</source>
        <translation>
            <numerusform>“%1”共有 %n 条搜索结果 — 按 Esc 返回文件清单</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <source>About DocControl</source>
        <translation>关于 DocControl</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DocControl %1&lt;/h3&gt;&lt;p&gt;Controlled documents for ISO/IEC 20000-1 and ISO/IEC 27001 management systems: registration, revisions, review and approval, controlled copies.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DocControl %1&lt;/h3&gt;&lt;p&gt;ISO/IEC 20000-1 与 ISO/IEC 27001 管理体系受控文件管理：文件登记、修订、审核与批准、受控文件发放。&lt;/p&gt;&lt;p&gt;文档库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>dc::Migrations</name>
    <message>
        <source>create the version 1 schema</source>
        <translation>创建第 1 版数据结构</translation>
    </message>
    <message>
        <source>create the version 2 schema</source>
        <translation>创建第 2 版数据结构</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>记录数据结构版本</translation>
    </message>
</context>
<context>
    <name>dc::NumberPattern</name>
    <message>
        <source>Numbering pattern &quot;%1&quot; has a &quot;{&quot; that is never closed.</source>
        <translation>编号规则“%1”中的“{”没有闭合。</translation>
    </message>
    <message>
        <source>In numbering pattern &quot;%1&quot;, {%2} needs a width from 1 to 9.</source>
        <translation>编号规则“%1”中，{%2} 的位数必须为 1 至 9。</translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; uses the unknown placeholder {%2}; use {prefix}, {seq:N}, {year} or {yy}.</source>
        <translation>编号规则“%1”使用了未知的占位符 {%2}；请使用 {prefix}、{seq:N}、{year} 或 {yy}。</translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; has a &quot;}&quot; without a &quot;{&quot;.</source>
        <translation>编号规则“%1”中的“}”没有对应的“{”。</translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; contains &quot;%2&quot;; document numbers hold only ASCII letters, digits and - _ . /</source>
        <translation>编号规则“%1”包含“%2”；文件编号只能包含 ASCII 字母、数字及 - _ . /</translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; needs a {seq} placeholder, or every number would be the same.</source>
        <translation>编号规则“%1”必须包含 {seq} 占位符，否则所有编号都会相同。</translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; may contain {seq} only once.</source>
        <translation>编号规则“%1”中 {seq} 只能出现一次。</translation>
    </message>
    <message>
        <source>The document number is empty.</source>
        <translation>文件编号不能为空。</translation>
    </message>
    <message>
        <source>Document number &quot;%1&quot; must be 3 to 40 characters long.</source>
        <translation>文件编号“%1”的长度必须为 3 至 40 个字符。</translation>
    </message>
    <message>
        <source>Document number &quot;%1&quot; must start with a letter or a digit.</source>
        <translation>文件编号“%1”必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>Document number &quot;%1&quot; contains &quot;%2&quot;; use only ASCII letters, digits and - _ . /</source>
        <translation>文件编号“%1”包含“%2”；只能使用 ASCII 字母、数字及 - _ . /</translation>
    </message>
</context>
<context>
    <name>dc::PasswordHash</name>
    <message>
        <source>The password is empty.</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>The password must be at least 4 characters long.</source>
        <translation>密码至少需要 4 个字符。</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>无法初始化加密库。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
    </message>
</context>
<context>
    <name>dc::Permissions</name>
    <message>
        <source>%1 may not %2.</source>
        <translation>%1 无权%2。</translation>
    </message>
    <message>
        <source>manage users (administrators only)</source>
        <translation>管理用户（仅限管理员）</translation>
    </message>
    <message>
        <source>register documents (document controllers only)</source>
        <translation>登记文件（仅限文控）</translation>
    </message>
    <message>
        <source>Revision %1 of %2 is %3; only drafts can be edited.</source>
        <translation>%2 的修订版本 %1 状态为“%3”；只有草稿可以编辑。</translation>
    </message>
    <message>
        <source>edit the draft of %1 (its author, its owner or a document controller may)</source>
        <translation>编辑 %1 的草稿（仅限其编制人、负责人或文控）</translation>
    </message>
    <message>
        <source>read revision %1, which is not effective (readers see effective revisions only)</source>
        <translation>查阅未生效的修订版本 %1（查阅人只能查看已生效的修订版本）</translation>
    </message>
</context>
<context>
    <name>dc::RegisterModel</name>
    <message>
        <source>Number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>dc::RegisterQuery</name>
    <message>
        <source>The clause filter &quot;%1&quot; should be a clause (7.5) or a standard and a clause (27001:2013 7.5).</source>
        <translation>条款筛选条件“%1”应为条款号（如 7.5）或“标准 条款号”（如 27001:2013 7.5）。</translation>
    </message>
    <message>
        <source>count the register</source>
        <translation>统计文件清单</translation>
    </message>
    <message>
        <source>read the register</source>
        <translation>读取文件清单</translation>
    </message>
</context>
<context>
    <name>dc::RegisterView</name>
    <message>
        <source>Document type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Status of the current revision</source>
        <translation>当前修订版本的状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>All classifications</source>
        <translation>全部密级</translation>
    </message>
    <message>
        <source>Filter by number or title</source>
        <translation>按文件编号或标题筛选</translation>
    </message>
</context>
<context>
    <name>dc::RevisionLabel</name>
    <message>
        <source>&quot;%1&quot; is not a revision label of the form %2.</source>
        <translation>“%1”不是 %2 格式的版本号。</translation>
    </message>
    <message>
        <source>No revision label can follow %1; labels count up to 999.</source>
        <translation>%1 之后已没有可用的版本号；版本号最大为 999。</translation>
    </message>
    <message>
        <source>Edition Z is the last edition letter; no major revision can follow %1.</source>
        <translation>版次字母最大为 Z；%1 之后不能再换版。</translation>
    </message>
</context>
<context>
    <name>dc::SearchIndex</name>
    <message>
        <source>create the search index</source>
        <translation>创建搜索索引</translation>
    </message>
    <message>
        <source>update the search index</source>
        <translation>更新搜索索引</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>重建搜索索引</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; has no letters, digits or Chinese characters to look for.</source>
        <translation>搜索内容“%1”中没有可供查找的字母、数字或汉字。</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>dc::SearchResultsModel</name>
    <message>
        <source>Number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
</context>
<context>
    <name>dc::SessionFlow</name>
    <message>
        <source>Open Document Store</source>
        <translation>打开文档库</translation>
    </message>
    <message>
        <source>DocControl stores (*.dcstore);;All files (*)</source>
        <translation>DocControl 文档库 (*.dcstore);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation>无法打开文档库</translation>
    </message>
</context>
<context>
    <name>dc::SignInDialog</name>
    <message>
        <source>Sign in — DocControl</source>
        <translation>登录 — DocControl</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>dc::StoreSettings</name>
    <message>
        <source>read the settings</source>
        <translation>读取设置</translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>The organisation name is empty.</source>
        <translation>组织名称不能为空。</translation>
    </message>
    <message>
        <source>The number prefix &quot;%1&quot; must be 1 to 16 ASCII letters, digits or - _ . /</source>
        <translation>编号前缀“%1”必须由 1 至 16 个 ASCII 字母、数字或 - _ . / 组成</translation>
    </message>
</context>
<context>
    <name>dc::User</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Document controller</source>
        <translation>文控</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>查阅人</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; roles are %2.</source>
        <translation>未知角色“%1”；可用角色为：%2。</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>用户至少需要一个角色。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between role names</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>dc::UserService</name>
    <message>
        <source>The user name is empty.</source>
        <translation>用户名不能为空。</translation>
    </message>
    <message>
        <source>User name &quot;%1&quot; must be 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>用户名“%1”必须由 2 至 32 个小写字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>The organisation name is empty.</source>
        <translation>组织名称不能为空。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>账户“%1”已停用。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; needs at least one role.</source>
        <translation>用户“%1”至少需要一个角色。</translation>
    </message>
</context>
<context>
    <name>dc::UserStore</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>用户“%1”不存在。</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的用户已存在。</translation>
    </message>
    <message>
        <source>add the user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>look up the user</source>
        <translation>查找用户</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>count the users</source>
        <translation>统计用户数</translation>
    </message>
</context>
<context>
    <name>dc::cli</name>
    <message>
        <source>The store file (default: $DOCCONTROL_STORE, else the last one used).</source>
        <translation>文档库文件（默认取 $DOCCONTROL_STORE，否则为上次使用的文档库）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The acting user (default: $DOCCONTROL_USER).</source>
        <translation>执行操作的用户（默认取 $DOCCONTROL_USER）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>以 JSON 格式输出数据。</translation>
    </message>
    <message>
        <source>Open the desktop app on the demo store (made on first use).</source>
        <translation>打开桌面应用并载入演示文档库（首次使用时自动创建）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>
The acting user&apos;s password comes from $DOCCONTROL_PASSWORD or the first line of standard input;
a new password (--password-stdin) from the next line. Exit status: 0 success, 1 refused or failed,
2 usage error, 3 authentication or permission, 4 not found, 5 store unusable.
</source>
        <translation>
执行操作的用户的密码取自 $DOCCONTROL_PASSWORD 或标准输入的第一行；
新密码（--password-stdin）取自下一行。退出状态：0 成功，1 被拒绝或失败，
2 用法错误，3 身份验证失败或无权限，4 未找到，5 文档库不可用。
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>No store given: use --store FILE or set DOCCONTROL_STORE.</source>
        <translation>未指定文档库：请使用 --store FILE 或设置 DOCCONTROL_STORE。</translation>
    </message>
    <message>
        <source>No acting user: use --user NAME or set DOCCONTROL_USER.</source>
        <translation>未指定操作用户：请使用 --user NAME 或设置 DOCCONTROL_USER。</translation>
    </message>
    <message>
        <source>No password for %1: set DOCCONTROL_PASSWORD or give it on the first line of standard input.</source>
        <translation>缺少 %1 的密码：请设置 DOCCONTROL_PASSWORD，或在标准输入的第一行提供密码。</translation>
    </message>
    <message>
        <source>Give the new password on standard input and say so with --password-stdin.</source>
        <translation>请通过标准输入提供新密码，并加上 --password-stdin 选项。</translation>
    </message>
    <message>
        <source>No new password on standard input.</source>
        <translation>标准输入中没有新密码。</translation>
    </message>
    <message>
        <source>Cannot read the content file %1: %2</source>
        <translation>无法读取内容文件 %1：%2</translation>
    </message>
    <message>
        <source>The content file %1 is not UTF-8 text.</source>
        <translation>内容文件 %1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; use one of %3.</source>
        <translation>--%1 的值“%2”无效；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>doc new takes options only; give the number with --number.</source>
        <translation>doc new 只接受选项；文件编号请用 --number 指定。</translation>
    </message>
    <message>
        <source>doc new needs --%1.</source>
        <translation>doc new 缺少 --%1 选项。</translation>
    </message>
    <message>
        <source>Registered %1 %2, revision %3 (draft).
</source>
        <translation>已登记 %1 %2，修订版本 %3（草稿）。
</translation>
    </message>
    <message>
        <source>doc edit needs exactly one document number.</source>
        <translation>doc edit 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>doc edit needs --content FILE.md and --summary TEXT.</source>
        <translation>doc edit 需要 --content FILE.md 和 --summary TEXT。</translation>
    </message>
    <message>
        <source>Saved draft %1 of %2 (SHA-256 %3).
</source>
        <translation>已保存 %2 的草稿 %1（SHA-256 %3）。
</translation>
    </message>
    <message>
        <source>doc list takes options only.</source>
        <translation>doc list 只接受选项。</translation>
    </message>
    <message>
        <source>Cannot sort by &quot;%1&quot;; use one of %2.</source>
        <translation>无法按“%1”排序；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--limit must be at least 1 and --offset at least 0.</source>
        <translation>--limit 至少为 1，--offset 至少为 0。</translation>
    </message>
    <message>
        <source>No documents match.
</source>
        <translation>没有匹配的文件。
</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>(%1 of %2 documents; use --offset %3 for more)
</source>
        <translation>（已显示 %1 份，共 %2 份文件；使用 --offset %3 查看更多）
</translation>
    </message>
    <message>
        <source>doc show needs exactly one document number.</source>
        <translation>doc show 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>search needs something to look for.</source>
        <translation>search 需要指定搜索内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)
</source>
        <translation>
            <numerusform>共 %n 条匹配结果
</numerusform>
        </translation>
    </message>
    <message>
        <source>numbering list takes no arguments.</source>
        <translation>numbering list 不接受参数。</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>下一编号</translation>
    </message>
    <message>
        <source>numbering set needs a type and a pattern, e.g. numbering set procedure &quot;{prefix}-P-{seq:3}&quot;.</source>
        <translation>numbering set 需要文件类型和编号规则，例如：numbering set procedure &quot;{prefix}-P-{seq:3}&quot;。</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;; use one of %2.</source>
        <translation>未知类型“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Documents of type %1 are now numbered %2.
</source>
        <translation>%1 类文件的编号规则已设为 %2。
</translation>
    </message>
    <message>
        <source>Document type: manual, policy, procedure, work_instruction, form, record, external.</source>
        <translation>文件类型：manual、policy、procedure、work_instruction、form、record 或 external。</translation>
    </message>
    <message>
        <source>public, internal, confidential or secret.</source>
        <translation>密级：public、internal、confidential 或 secret。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>The owner&apos;s user name.</source>
        <translation>负责人的用户名。</translation>
    </message>
    <message>
        <source>The owning department.</source>
        <translation>归口部门。</translation>
    </message>
    <message>
        <source>DEPT</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>A clause reference such as &quot;27001:2013 7.5&quot;.</source>
        <translation>条款引用，例如“27001:2013 7.5”。</translation>
    </message>
    <message>
        <source>CLAUSE</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>A Markdown file with the content.</source>
        <translation>包含文件内容的 Markdown 文件。</translation>
    </message>
    <message>
        <source>FILE.md</source>
        <translation>FILE.md</translation>
    </message>
    <message>
        <source>The change summary (修订说明).</source>
        <translation>修订说明。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation>最多显示的行数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The document number; generated from the type&apos;s pattern when omitted.</source>
        <translation>文件编号；省略时按该类型的编号规则自动生成。</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>标题。</translation>
    </message>
    <message>
        <source>The English title.</source>
        <translation>英文标题。</translation>
    </message>
    <message>
        <source>Months between periodic reviews (default 12).</source>
        <translation>定期评审的间隔月数（默认 12）。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Years a record is retained.</source>
        <translation>记录的保存年限。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>年数</translation>
    </message>
    <message>
        <source>Status of the current revision.</source>
        <translation>当前修订版本的状态。</translation>
    </message>
    <message>
        <source>number, title, type, status, owner, department, classification or updated.</source>
        <translation>排序列：number、title、type、status、owner、department、classification 或 updated。</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>降序排列。</translation>
    </message>
    <message>
        <source>Skip this many rows.</source>
        <translation>跳过的行数。</translation>
    </message>
    <message>
        <source>The revision label, e.g. A/1.</source>
        <translation>版本号，例如 A/1。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Type: %1   Classification: %2   Owner: %3
</source>
        <translation>类型：%1   密级：%2   负责人：%3
</translation>
    </message>
    <message numerus="yes">
        <source>Review every %n month(s)</source>
        <translation>
            <numerusform>评审周期：%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>   Retain %n year(s)</source>
        <translation>
            <numerusform>   保存期限：%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Clauses: %1
</source>
        <translation>条款：%1
</translation>
    </message>
    <message>
        <source>Revision %1 (%2) by %3, updated %4: %5
SHA-256 %6
</source>
        <translation>修订版本 %1（%2），编制人 %3，更新于 %4：%5
SHA-256 %6
</translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation>修订历史：</translation>
    </message>
    <message>
        <source>Run &apos;doccontrol --help&apos; for the commands and their options.</source>
        <translation>运行“doccontrol --help”查看全部命令及其选项。</translation>
    </message>
    <message>
        <source>Read the new password from standard input.</source>
        <translation>从标准输入读取新密码。</translation>
    </message>
    <message>
        <source>init takes no arguments, only options.</source>
        <translation>init 不接受参数，只接受选项。</translation>
    </message>
    <message>
        <source>init needs --store FILE: the store file to create.</source>
        <translation>init 需要 --store FILE，指定要创建的文档库文件。</translation>
    </message>
    <message>
        <source>init needs --org NAME and --admin NAME.</source>
        <translation>init 需要 --org NAME 和 --admin NAME。</translation>
    </message>
    <message>
        <source>--scheme must be edition (A/0) or decimal (1.0).</source>
        <translation>--scheme 必须为 edition（A/0）或 decimal（1.0）。</translation>
    </message>
    <message>
        <source>Created the store %1 with administrator %2.
</source>
        <translation>已创建文档库 %1，管理员为 %2。
</translation>
    </message>
    <message>
        <source>user add needs exactly one user name.</source>
        <translation>user add 需要且只能指定一个用户名。</translation>
    </message>
    <message>
        <source>user add needs --role ROLE[,ROLE] (one of %1).</source>
        <translation>user add 需要 --role ROLE[,ROLE]（可选：%1）。</translation>
    </message>
    <message>
        <source>Added user %1 (%2).
</source>
        <translation>已添加用户 %1（%2）。
</translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation>user list 不接受参数。</translation>
    </message>
    <message>
        <source>DISPLAY</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation>组织名称。</translation>
    </message>
    <message>
        <source>The organisation&apos;s English name.</source>
        <translation>组织英文名称。</translation>
    </message>
    <message>
        <source>The first administrator&apos;s user name.</source>
        <translation>首个管理员的用户名。</translation>
    </message>
    <message>
        <source>Revision labels: edition (A/0) or decimal (1.0).</source>
        <translation>版本号方案：edition（A/0）或 decimal（1.0）。</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>The prefix of generated document numbers.</source>
        <translation>自动生成文件编号时使用的前缀。</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Roles: admin, controller, author, reviewer, approver, reader.</source>
        <translation>角色：admin、controller、author、reviewer、approver、reader。</translation>
    </message>
    <message>
        <source>The name shown for the user.</source>
        <translation>用户的显示名称。</translation>
    </message>
    <message>
        <source>The user&apos;s department.</source>
        <translation>用户所属部门。</translation>
    </message>
    <message>
        <source>Open the store read-only: nothing can change it.</source>
        <translation>以只读方式打开文档库：任何内容都不会被更改。</translation>
    </message>
    <message>
        <source>DocControl (文控): controlled documents for ISO/IEC 20000-1 and ISO/IEC 27001.

Usage: doccontrol [--store FILE] [--user NAME] [--read-only] [--demo]     the desktop app
       doccontrol [--store FILE] [--user NAME] [--read-only] COMMAND ...  a command

Commands:
</source>
        <translation>DocControl（文控）：ISO/IEC 20000-1 与 ISO/IEC 27001 受控文件管理。

用法：doccontrol [--store FILE] [--user NAME] [--read-only] [--demo]      打开桌面应用
      doccontrol [--store FILE] [--user NAME] [--read-only] COMMAND ...   执行命令

命令：
</translation>
    </message>
    <message>
        <source>init creates a store, so it cannot work --read-only.</source>
        <translation>init 用于创建文档库，不能与 --read-only 同用。</translation>
    </message>
</context>
</TS>
