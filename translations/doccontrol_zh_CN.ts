<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dc</name>
    <message>
        <source>[Image: %1]</source>
        <translation>[图片：%1]</translation>
    </message>
    <message>
        <source>%1 (link: %2)</source>
        <translation>%1（链接：%2）</translation>
    </message>
    <message>
        <source>(end of code)</source>
        <translation>（代码结束）</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Heading %1: %2</source>
        <translation>%1 级标题：%2</translation>
    </message>
    <message>
        <source>(horizontal rule)</source>
        <translation>（水平分隔线）</translation>
    </message>
    <message>
        <source>Table row: %1</source>
        <translation>表格行：%1</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>引用：%1</translation>
    </message>
    <message>
        <source>%1 succeeds no withdrawn edition; there is nothing to move to it.</source>
        <translation>%1 不是任何已废止版本的后继版本，没有可迁移到它的映射。</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>The SoA table row at %1 has %2 cells; it needs %3.</source>
        <translation>适用性声明表格%1：有 %2 个单元格，应为 %3 个。</translation>
    </message>
    <message>
        <source>The SoA table row at %1: &quot;%2&quot; is not 是 Yes or 否 No.</source>
        <translation>适用性声明表格%1：“%2”不是“是 Yes”或“否 No”。</translation>
    </message>
    <message>
        <source>The SoA table row at %1: unknown reason &quot;%2&quot;.</source>
        <translation>适用性声明表格%1：未知的适用理由“%2”。</translation>
    </message>
    <message>
        <source>The SoA table row at %1: unknown implementation status &quot;%2&quot;.</source>
        <translation>适用性声明表格%1：未知的实施状态“%2”。</translation>
    </message>
</context>
<context>
    <name>dc::AcknowledgementService</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已阅知悉</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n outstanding</source>
        <translation>
            <numerusform>%1：%n 项待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), made %1 by %2</source>
        <translation>
            <numerusform>%n 项请求，由 %2 于 %1 发出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::AcknowledgementStore</name>
    <message>
        <source>read the acknowledgements</source>
        <translation>读取已阅知悉记录</translation>
    </message>
    <message>
        <source>ask for acknowledgements</source>
        <translation>请求确认阅知</translation>
    </message>
    <message>
        <source>record the acknowledgement</source>
        <translation>记录已阅知悉</translation>
    </message>
</context>
<context>
    <name>dc::AcknowledgementsActions</name>
    <message>
        <source>&amp;Acknowledgements…</source>
        <translation>已阅知悉(&amp;A)…</translation>
    </message>
    <message>
        <source>Who has not yet read and acknowledged a released document (已阅知悉), per document and department; export as CSV or PDF</source>
        <translation>按文件和部门列出尚未阅读并确认阅知已发布文件（已阅知悉）的人员；可导出为 CSV 或 PDF</translation>
    </message>
</context>
<context>
    <name>dc::AcknowledgementsView</name>
    <message>
        <source>Acknowledgements</source>
        <translation>已阅知悉</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>部门(&amp;P)：</translation>
    </message>
    <message>
        <source>Include &amp;acknowledged</source>
        <translation>包括已阅知悉的请求(&amp;A)</translation>
    </message>
    <message>
        <source>List the requests already acknowledged too, with their date</source>
        <translation>同时列出已确认阅知的请求及其日期</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Document / department / user</source>
        <translation>文件 / 部门 / 用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Days outstanding</source>
        <translation>已等待天数</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已阅知悉</translation>
    </message>
    <message>
        <source>Export the Acknowledgements Report</source>
        <translation>导出已阅知悉报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>双击打开 %1</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n 项待确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n outstanding</source>
        <translation>
            <numerusform>%1：%n 项待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>No acknowledgement is outstanding.</source>
        <translation>没有待确认阅知的请求。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>dc::AddUserDialog</name>
    <message>
        <source>Enter the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ -</source>
        <translation>小写字母、数字及 . _ -</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Check at least one role.</source>
        <translation>请至少勾选一个角色。</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>密级权限(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>dc::AdminActions</name>
    <message>
        <source>&amp;Administration…</source>
        <translation>管理(&amp;A)…</translation>
    </message>
    <message>
        <source>Numbering patterns and default routes of each document type</source>
        <translation>各文件类型的编号规则和默认审批路线</translation>
    </message>
    <message>
        <source>Only administrators back up the store.</source>
        <translation>只有管理员可以备份文档库。</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a consistent backup of the store with its checksum and audit trail head</source>
        <translation>写入文档库的一致性备份，附带其校验值和审计追踪末端</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore a backup into a new store, verified</source>
        <translation>将备份恢复到新的文档库，并进行校验</translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation>文档库以只读方式打开。</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>导出分发包(&amp;E)…</translation>
    </message>
    <message>
        <source>A signed zip of stamped PDFs that can be checked offline</source>
        <translation>由加盖印章的 PDF 组成并经签名的 zip 压缩包，可离线校验</translation>
    </message>
    <message>
        <source>&amp;Verify Bundle…</source>
        <translation>校验分发包(&amp;V)…</translation>
    </message>
    <message>
        <source>Check a bundle&apos;s files and signatures against its signed manifest</source>
        <translation>根据已签名的清单文件核对分发包中的文件和签名</translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation>备份已写入</translation>
    </message>
    <message>
        <source>Backed up %1 documents and %2 revisions to %3.

Store SHA-256 %4
Audit trail head: event #%5, %6</source>
        <translation>已将 %1 份文件和 %2 个修订版本备份到 %3。

文档库 SHA-256 %4
审计追踪末端：事件 #%5，%6</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Store Restored</source>
        <translation>文档库已恢复</translation>
    </message>
    <message>
        <source>The backup of %1 made %2 by %3 was restored into %4 and verifies: %5 events, %6 revisions, %7 signatures; audit trail head event #%8.

Open the restored store now?</source>
        <translation>%1 的备份（%2 由 %3 创建）已恢复到 %4，并通过校验：%5 个事件、%6 个修订版本、%7 个签名；审计追踪末端为事件 #%8。

是否现在打开恢复后的文档库？</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 stamped PDFs and a signed manifest</source>
        <translation>已写入 %1，包含 %2 份加盖印章的 PDF 和一份已签名的清单文件</translation>
    </message>
</context>
<context>
    <name>dc::AdminSupport</name>
    <message>
        <source>Please Wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation>文档库以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>dc::AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>编号规则(&amp;N)</translation>
    </message>
    <message>
        <source>Default &amp;Routes</source>
        <translation>默认审批路线(&amp;R)</translation>
    </message>
    <message>
        <source>Only document controllers (文控) and administrators change these; you may look.</source>
        <translation>只有文控和管理员可以修改这些设置；您可以查看。</translation>
    </message>
    <message>
        <source>&amp;Printed Pages</source>
        <translation>打印页面(&amp;P)</translation>
    </message>
</context>
<context>
    <name>dc::Anchors</name>
    <message>
        <source>The PDF %1 records no audit-trail head (it was exported before heads were recorded).</source>
        <translation>PDF %1 未记录审计追踪头（它导出于开始记录之前）。</translation>
    </message>
    <message>
        <source>The bundle %1 records no audit-trail head (it was made before heads were recorded).</source>
        <translation>分发包 %1 未记录审计追踪头（它制作于开始记录之前）。</translation>
    </message>
    <message>
        <source>%1 is neither a DocControl bundle nor an intact backup: %2</source>
        <translation>%1 既不是 DocControl 分发包，也不是完好的备份：%2</translation>
    </message>
    <message>
        <source>The backup %1 records no audit-trail head.</source>
        <translation>备份 %1 未记录审计追踪头。</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>读取审计追踪</translation>
    </message>
    <message>
        <source>%1 recorded the audit trail up to event #%2, but the store&apos;s trail ends at event #%3: events were removed (the trail was truncated).</source>
        <translation>%1 记录的审计追踪已到事件 #%2，但存储中的审计追踪止于事件 #%3：有事件被删除（审计追踪被截断）。</translation>
    </message>
    <message>
        <source>%1 recorded event #%2 with hash %3, but the store holds another event there: the audit trail was rewritten.</source>
        <translation>%1 记录的事件 #%2 哈希为 %3，但存储中该位置是另一个事件：审计追踪被改写。</translation>
    </message>
    <message>
        <source>The printed chain head #%1</source>
        <translation>打印的链头 #%1</translation>
    </message>
</context>
<context>
    <name>dc::ArchiveReader</name>
    <message>
        <source>The archive is damaged or is not a zip or tar archive (%1).</source>
        <translation>压缩包已损坏，或不是 zip/tar 格式（%1）。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged (%2).</source>
        <translation>压缩包条目“%1”已损坏（%2）。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is refused: it is larger than the limit of %2 bytes.</source>
        <translation>已拒绝压缩包条目“%1”：其大小超过 %2 字节的上限。</translation>
    </message>
    <message>
        <source>The archive is refused at entry &quot;%1&quot;: its content is larger than the limit of %2 bytes.</source>
        <translation>已拒绝该压缩包（条目“%1”）：内容总量超过 %2 字节的上限。</translation>
    </message>
    <message>
        <source>The archive is refused at entry &quot;%1&quot;: it expands more than %2 times (a zip bomb).</source>
        <translation>已拒绝该压缩包（条目“%1”）：解压后膨胀超过 %2 倍（疑似压缩炸弹）。</translation>
    </message>
    <message>
        <source>No archive entry is selected.</source>
        <translation>未选定压缩包条目。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; was already read.</source>
        <translation>压缩包条目“%1”已被读取过。</translation>
    </message>
    <message>
        <source>The content of archive entry &quot;%1&quot; could not be written.</source>
        <translation>无法写出压缩包条目“%1”的内容。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged: it holds %2 bytes, its header says %3.</source>
        <translation>压缩包条目“%1”已损坏：实际为 %2 字节，条目头记录为 %3 字节。</translation>
    </message>
    <message>
        <source>The archive entry after &quot;%1&quot; is refused: its name is not valid UTF-8.</source>
        <translation>已拒绝“%1”之后的压缩包条目：其名称不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The archive is refused: it has more than %1 entries.</source>
        <translation>已拒绝该压缩包：条目数超过 %1 个。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is refused: %2</source>
        <translation>已拒绝压缩包条目“%1”：%2</translation>
    </message>
    <message>
        <source>it is a hard link.</source>
        <translation>该条目是硬链接。</translation>
    </message>
    <message>
        <source>it is a symbolic link.</source>
        <translation>该条目是符号链接。</translation>
    </message>
    <message>
        <source>it is a device.</source>
        <translation>该条目是设备文件。</translation>
    </message>
    <message>
        <source>it is a named pipe (fifo).</source>
        <translation>该条目是命名管道（FIFO）。</translation>
    </message>
    <message>
        <source>it is a socket.</source>
        <translation>该条目是套接字。</translation>
    </message>
    <message>
        <source>it is not a regular file or folder.</source>
        <translation>该条目既不是普通文件，也不是文件夹。</translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation>该条目已加密。</translation>
    </message>
    <message>
        <source>it is larger than the limit of %1 bytes.</source>
        <translation>该条目超过 %1 字节的上限。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开压缩包“%1”：%2</translation>
    </message>
    <message>
        <source>The archive cannot be read: its device is not open for reading.</source>
        <translation>无法读取压缩包：其设备未以读取方式打开。</translation>
    </message>
    <message>
        <source>Out of memory while opening an archive.</source>
        <translation>打开压缩包时内存不足。</translation>
    </message>
</context>
<context>
    <name>dc::ArchiveWriter</name>
    <message>
        <source>The archive entry &quot;%1&quot; could not be written: %2</source>
        <translation>无法写入压缩包条目“%1”：%2</translation>
    </message>
    <message>
        <source>The archive is already finished.</source>
        <translation>压缩包已写入完毕。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; could not be written: the system locale is not UTF-8.</source>
        <translation>无法写入压缩包条目“%1”：系统区域设置不是 UTF-8。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; cannot be written: %2</source>
        <translation>无法写入压缩包“%1”：%2</translation>
    </message>
    <message>
        <source>The archive cannot be written: its device is not open for writing.</source>
        <translation>无法写入压缩包：其设备未以写入方式打开。</translation>
    </message>
    <message>
        <source>Out of memory while starting an archive.</source>
        <translation>创建压缩包时内存不足。</translation>
    </message>
    <message>
        <source>The archive cannot be started: %1</source>
        <translation>无法开始创建压缩包：%1</translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”的内容：%2</translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; cannot be buffered: %2</source>
        <translation>无法缓存“%1”的内容：%2</translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; changed while it was archived (%2 of %3 bytes).</source>
        <translation>“%1”的内容在打包过程中发生了变化（%3 字节中已写入 %2 字节）。</translation>
    </message>
    <message>
        <source>The archive could not be completed: %1</source>
        <translation>无法完成压缩包：%1</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; could not be saved: %2</source>
        <translation>无法保存压缩包“%1”：%2</translation>
    </message>
</context>
<context>
    <name>dc::AttachmentStore</name>
    <message>
        <source>store the attachment %1</source>
        <translation>保存附件 %1</translation>
    </message>
    <message>
        <source>read the attachments</source>
        <translation>读取附件</translation>
    </message>
    <message>
        <source>read the revision</source>
        <translation>读取修订版</translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation>没有这个修订版。</translation>
    </message>
    <message>
        <source>record the content hash</source>
        <translation>记录内容哈希</translation>
    </message>
</context>
<context>
    <name>dc::AuditActions</name>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Read the audit trail, filtered by document, user, event and day; export it as CSV</source>
        <translation>查阅审计追踪，可按文件、用户、事件和日期筛选，并可导出为 CSV</translation>
    </message>
    <message>
        <source>Readers do not see the audit trail.</source>
        <translation>查阅人不能查看审计追踪。</translation>
    </message>
    <message>
        <source>&amp;Verify Store…</source>
        <translation>校验文档库(&amp;V)…</translation>
    </message>
    <message>
        <source>Check the audit trail, signatures and content hashes, and replay the trail against the tables</source>
        <translation>检查审计追踪、签名和内容哈希，并回放审计追踪与数据表比对</translation>
    </message>
    <message>
        <source>Only administrators verify the store.</source>
        <translation>只有管理员可以校验文档库。</translation>
    </message>
</context>
<context>
    <name>dc::AuditLog</name>
    <message>
        <source>read the audit trail</source>
        <translation>读取审计追踪</translation>
    </message>
    <message>
        <source>record the event in the audit trail</source>
        <translation>将事件记入审计追踪</translation>
    </message>
</context>
<context>
    <name>dc::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>e.g. ISMS-P-001</source>
        <translation>例如：ISMS-P-001</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>选择一个事件以查看其完整内容。</translation>
    </message>
    <message>
        <source>Load More</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n event(s); older ones match too.</source>
        <translation>
            <numerusform>显示最新的 %n 个事件；更早的事件也符合条件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match.</source>
        <translation>
            <numerusform>共有 %n 个事件符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Event #%1: %2</source>
        <translation>事件 #%1：%2</translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation>时间：%1（UTC %2）</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>哈希：%1</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>前一事件哈希：%1</translation>
    </message>
    <message>
        <source>Canonical event (what the hash covers):</source>
        <translation>规范化事件（哈希所覆盖的内容）：</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation>审计日志.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>dc::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>dc::AuditTrail</name>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>起始日期（%1）晚于截止日期（%2）。</translation>
    </message>
    <message>
        <source>%1 needs a date like 2026-11-21, not &quot;%2&quot;.</source>
        <translation>%1 需要形如 2026-11-21 的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>读取审计追踪</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
</context>
<context>
    <name>dc::AutoBackup</name>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The automatic backup %1 did not read back correctly: %2</source>
        <translation>自动备份 %1 回读校验失败：%2</translation>
    </message>
    <message>
        <source>There is no automatic backup of %1 in %2.</source>
        <translation>%2 中没有 %1 的自动备份。</translation>
    </message>
    <message>
        <source>None of the automatic backups could be restored:
%1</source>
        <translation>所有自动备份均无法恢复：
%1</translation>
    </message>
</context>
<context>
    <name>dc::AutoBackupRunner</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation>自动备份已保存到 %1</translation>
    </message>
</context>
<context>
    <name>dc::BackupDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Back Up the Store</source>
        <translation>备份文档库</translation>
    </message>
    <message>
        <source>A consistent copy of the whole store, with a manifest of its checksum and the audit trail&apos;s head. Others may keep working meanwhile.</source>
        <translation>整个文档库的一致性副本，附带记录其校验值和审计追踪末端的清单文件。备份期间其他人可以继续工作。</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>备份文件(&amp;B)：</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>备份文件 (*.zip)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
</context>
<context>
    <name>dc::BackupService</name>
    <message>
        <source>The manifest is not that of a DocControl backup.</source>
        <translation>该清单文件不属于 DocControl 备份。</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest lacks the store&apos;s checksum or size.</source>
        <translation>备份的清单文件缺少文档库的校验值或大小。</translation>
    </message>
    <message>
        <source>%1 may not back up the store (administrators only).</source>
        <translation>%1 无权备份文档库（仅限管理员）。</translation>
    </message>
    <message>
        <source>copy the store</source>
        <translation>复制文档库</translation>
    </message>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation>无法读取快照：%1</translation>
    </message>
    <message>
        <source>%1 already exists; restore never overwrites a store. Choose a new file.</source>
        <translation>%1 已存在；恢复操作不会覆盖已有文档库，请另选一个新文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup holds an unexpected file &quot;%1&quot;.</source>
        <translation>备份中包含意外的文件“%1”。</translation>
    </message>
    <message>
        <source>%1 is not a complete DocControl backup (it needs %2 and %3).</source>
        <translation>%1 不是完整的 DocControl 备份（须包含 %2 和 %3）。</translation>
    </message>
    <message>
        <source>The store inside the backup does not match its checksum: the backup is damaged.</source>
        <translation>备份中的文档库与其校验值不符：备份已损坏。</translation>
    </message>
    <message>
        <source>Cannot create %1; it may have been created meanwhile.</source>
        <translation>无法创建 %1；该文件可能已在此期间被创建。</translation>
    </message>
    <message>
        <source>its audit trail ends at event #%1, the manifest says #%2.</source>
        <translation>其审计追踪止于事件 #%1，而清单文件记录为 #%2。</translation>
    </message>
    <message>
        <source>The restored store does not verify: %1</source>
        <translation>恢复后的文档库未通过校验：%1</translation>
    </message>
    <message>
        <source>Cannot write the backup of the store beside %1: %2</source>
        <translation>无法在 %1 旁写入文档库的备份：%2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup was recorded but the file could not be written: %1</source>
        <translation>备份已记录，但文件无法写入：%1</translation>
    </message>
    <message>
        <source>Cannot make a folder to restore the backup in: %1</source>
        <translation>无法创建用于恢复备份的文件夹：%1</translation>
    </message>
    <message>
        <source>The copy in %1 does not verify: %2</source>
        <translation>%1 中的副本未通过校验：%2</translation>
    </message>
    <message>
        <source>%1 may not copy the store (administrators only).</source>
        <translation>%1 无权复制文档库（仅限管理员）。</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail does not end in this store&apos;s: %1</source>
        <translation>副本的审计追踪末端与本文档库的不一致：%1</translation>
    </message>
</context>
<context>
    <name>dc::BundleExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export a Distribution Bundle</source>
        <translation>导出分发包</translation>
    </message>
    <message>
        <source>A zip of stamped PDFs of effective revisions with a manifest signed by your key, which anyone can check offline with Verify Bundle.</source>
        <translation>由生效修订版本的盖章 PDF 组成的 zip 压缩包，附带用您的密钥签名的清单文件；任何人都可以用“校验分发包”离线校验。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The selected document (none is selected)</source>
        <translation>所选文件（未选择文件）</translation>
    </message>
    <message>
        <source>The selected document: %1</source>
        <translation>所选文件：%1</translation>
    </message>
    <message>
        <source>The effective documents the register shows under its filter</source>
        <translation>文件清单在当前筛选条件下显示的生效文件</translation>
    </message>
    <message>
        <source>Every effective document</source>
        <translation>全部生效文件</translation>
    </message>
    <message>
        <source>Empty: uncontrolled copies (非受控)</source>
        <translation>留空：非受控副本</translation>
    </message>
    <message>
        <source>A holder makes each PDF a numbered controlled copy (受控) issued to them.</source>
        <translation>指定持有人后，每份 PDF 都将成为发放给该持有人的编号受控副本。</translation>
    </message>
    <message>
        <source>&amp;Holder (持有人):</source>
        <translation>持有人(&amp;H)：</translation>
    </message>
    <message>
        <source>Your password opens your signing key, which signs the manifest.</source>
        <translation>您的密码用于解锁您的签名密钥，由该密钥对清单文件签名。</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>您的密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Bundle file:</source>
        <translation>分发包文件(&amp;B)：</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>分发包 (*.zip)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting the bundle to %1…</source>
        <translation>正在将分发包导出到 %1…</translation>
    </message>
    <message>
        <source>No effective document matches the register&apos;s filter.</source>
        <translation>没有符合文件清单筛选条件的生效文件。</translation>
    </message>
    <message>
        <source>Type your password: it signs the manifest.</source>
        <translation>请输入密码：用于对清单文件签名。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
</context>
<context>
    <name>dc::BundleReportDialog</name>
    <message>
        <source>Bundle Verification</source>
        <translation>分发包校验</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Problems found:&lt;/b&gt; %n problem(s) in %1.</source>
        <translation>
            <numerusform>&lt;b&gt;发现问题：&lt;/b&gt;%1 中有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;OK:&lt;/b&gt; every file and signature matches the manifest, signed by the trusted key %1.</source>
        <translation>&lt;b&gt;正常：&lt;/b&gt;每个文件和签名都与清单一致，清单由受信任密钥 %1 签名。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The files and signatures match the manifest&lt;/b&gt;, but its key %1 is self-declared: anyone can re-sign a bundle with their own key. Check the fingerprint with the exporter and give it as the expected key.</source>
        <translation>&lt;b&gt;文件和签名与清单一致&lt;/b&gt;，但其密钥 %1 是自我声明的：任何人都能用自己的密钥重新签名分发包。请与导出者核对指纹，并将其填写为预期密钥。</translation>
    </message>
    <message>
        <source>event #%1, %2</source>
        <translation>事件 #%1，%2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Bundle: %1
Organisation: %2
Exported by: %3
Manifest key: %4
Audit trail head when exported: %5
Files: %6, signatures: %7</source>
        <translation>分发包：%1
组织：%2
导出人：%3
清单密钥：%4
导出时的审计追踪末端：%5
文件：%6，签名：%7</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>dc::BundleService</name>
    <message>
        <source>list the effective documents</source>
        <translation>列出生效文件</translation>
    </message>
    <message>
        <source>There is no effective document to put into a bundle.</source>
        <translation>没有可放入分发包的生效文件。</translation>
    </message>
    <message>
        <source>%1 has no effective revision to distribute.</source>
        <translation>%1 没有可分发的生效修订版本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a DocControl bundle: it has no valid manifest.json.</source>
        <translation>%1 不是 DocControl 分发包：缺少有效的 manifest.json。</translation>
    </message>
    <message>
        <source>manifest.json: its signature does not verify; the manifest was changed.</source>
        <translation>manifest.json：签名验证失败，清单文件已被改动。</translation>
    </message>
    <message>
        <source>%1: listed in the manifest but missing (removed).</source>
        <translation>%1：清单文件中列出，但文件缺失（已被删除）。</translation>
    </message>
    <message>
        <source>%1: its content differs from the manifest (changed).</source>
        <translation>%1：内容与清单文件不符（已被改动）。</translation>
    </message>
    <message>
        <source>%1: the %2 signature of %3 does not verify.</source>
        <translation>%1：%3 的“%2”签名验证失败。</translation>
    </message>
    <message>
        <source>%1: not listed in the manifest (added).</source>
        <translation>%1：未在清单文件中列出（为新增文件）。</translation>
    </message>
    <message>
        <source>Cannot make a folder beside %1 for the bundle&apos;s files.</source>
        <translation>无法在 %1 旁为分发包的文件创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation>无法写入分发包 %1：%2</translation>
    </message>
    <message>
        <source>The bundle was recorded but the file could not be written: %1</source>
        <translation>分发包已记录，但文件无法写入：%1</translation>
    </message>
    <message>
        <source>Cannot read the trusted keys %1: %2</source>
        <translation>无法读取受信任密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 lists no key fingerprint.</source>
        <translation>%1 未列出任何密钥指纹。</translation>
    </message>
    <message>
        <source>manifest.json: it is signed by the key %1, which is not a key you trust (%2); the bundle was re-signed by someone else.</source>
        <translation>manifest.json：它由密钥 %1 签名，而该密钥不是您信任的密钥（%2）；此分发包已被他人重新签名。</translation>
    </message>
</context>
<context>
    <name>dc::BundleVerifyDialog</name>
    <message>
        <source>Verify a Bundle</source>
        <translation>校验分发包</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>分发包(&amp;B)：</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>分发包 (*.zip)</translation>
    </message>
    <message>
        <source>Optional: the exporter&apos;s key fingerprint, as they told you</source>
        <translation>可选：导出者告知您的密钥指纹</translation>
    </message>
    <message>
        <source>Without it the report can only say which key the bundle declares; with it, a bundle re-signed by another key is refused. Separate several fingerprints with commas.</source>
        <translation>不填写时，报告只能说明分发包声明的是哪个密钥；填写后，由其他密钥重新签名的分发包将被拒绝。多个指纹请用逗号分隔。</translation>
    </message>
    <message>
        <source>&amp;Expected key:</source>
        <translation>预期密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>Choose the bundle to verify.</source>
        <translation>请选择要校验的分发包。</translation>
    </message>
</context>
<context>
    <name>dc::CitingDialog</name>
    <message>
        <source>A revision of %1 is already in progress; review it there.</source>
        <translation>%1 已有一个正在进行的修订版本；请在该修订版本中进行评审。</translation>
    </message>
    <message>
        <source>Withdraw %1?</source>
        <translation>作废 %1？</translation>
    </message>
    <message>
        <source>%1 is cited by these documents in use. Once it is withdrawn they refer to an obsolete document: withdraw it only if they will be reviewed (you are offered to start that next).</source>
        <translation>%1 被以下使用中的文件引用。作废后，这些文件将引用一份已作废的文件：只有在这些文件将被评审时才应作废（接下来会提示您启动评审）。</translation>
    </message>
    <message>
        <source>Withdraw Anyway</source>
        <translation>仍然作废</translation>
    </message>
    <message>
        <source>Documents citing %1</source>
        <translation>引用 %1 的文件</translation>
    </message>
    <message>
        <source>These documents cite %1 and may have to change with it. Start their review? Each checked one gets a new draft revision with its present text, for its owner to revise or submit.</source>
        <translation>以下文件引用了 %1，可能需要随之修改。是否启动对它们的评审？每份勾选的文件都将以其现有正文新建一个草稿修订版本，由其负责人修订或提交。</translation>
    </message>
    <message>
        <source>Start Review</source>
        <translation>启动评审</translation>
    </message>
    <message>
        <source>Check the documents to review.</source>
        <translation>请勾选要评审的文件。</translation>
    </message>
    <message>
        <source>Review after %1 changed</source>
        <translation>因 %1 变更而评审</translation>
    </message>
</context>
<context>
    <name>dc::ClauseCatalog</name>
    <message>
        <source>Cannot read the clause catalogue %1.</source>
        <translation>无法读取条款目录 %1。</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Control domain</source>
        <translation>控制域</translation>
    </message>
    <message>
        <source>Control objective</source>
        <translation>控制目标</translation>
    </message>
    <message>
        <source>Control theme</source>
        <translation>控制主题</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>There is no clause catalogue for &quot;%1&quot;.</source>
        <translation>没有“%1”的条款目录。</translation>
    </message>
    <message>
        <source>The clause catalogue is not valid JSON (%1).</source>
        <translation>条款目录不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The clause catalogue needs an id, the standard&apos;s name and its Chinese and English titles.</source>
        <translation>条款目录必须包含标识、标准名称及其中英文标题。</translation>
    </message>
    <message>
        <source>Entry %1 of clause catalogue %2 needs a number and both titles.</source>
        <translation>条款目录 %2 的第 %1 项缺少编号或中英文标题。</translation>
    </message>
    <message>
        <source>Entry %1 of clause catalogue %2 has the unknown kind &quot;%3&quot;.</source>
        <translation>条款目录 %2 中的 %1 类型“%3”无法识别。</translation>
    </message>
    <message>
        <source>Clause catalogue %1 lists &quot;%2&quot;, which no clause reference can name.</source>
        <translation>条款目录 %1 中的“%2”不是可引用的条款号。</translation>
    </message>
    <message>
        <source>Clause catalogue %1 lists %2 twice.</source>
        <translation>条款目录 %1 中 %2 重复出现。</translation>
    </message>
    <message>
        <source>In clause catalogue %1, the parent %2 of %3 is not listed before it.</source>
        <translation>条款目录 %1 中，%3 的上级 %2 未在其之前列出。</translation>
    </message>
    <message>
        <source>Clause %1 does not exist in %2 (it exists in %3).</source>
        <translation>%2 中没有条款 %1（%3 中有此条款）。</translation>
    </message>
    <message>
        <source>Clause %1 does not exist in %2.</source>
        <translation>%2 中没有条款 %1。</translation>
    </message>
    <message>
        <source>Clause catalogue %1 is marked withdrawn but does not name its successor and the date its certificates lapsed.</source>
        <translation>条款目录 %1 标记为已废止，但未注明其后继版本和证书失效日期。</translation>
    </message>
</context>
<context>
    <name>dc::ClausePickerDialog</name>
    <message>
        <source>Clauses of %1</source>
        <translation>%1 的条款</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>标准(&amp;S)：</translation>
    </message>
    <message>
        <source>Number or words of the title, e.g. A.5.1, 访问控制, access control</source>
        <translation>编号或标题中的词语，例如 A.5.1、访问控制、access control</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>Mapped:</source>
        <translation>已对应：</translation>
    </message>
    <message>
        <source>Why the mapping changes; recorded in the audit trail</source>
        <translation>修改对应关系的原因；将记入审计追踪</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <source>No clause</source>
        <translation>无条款</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何修改。</translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation>请填写修改原因。</translation>
    </message>
</context>
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
    <name>dc::ClearanceDialog</name>
    <message>
        <source>Documents classified above it are hidden from the user unless they are on the document&apos;s route or distribution list; administrators and document controllers see all.</source>
        <translation>密级高于此级别的文件对该用户隐藏，除非用户在该文件的审批路线或分发清单中；管理员和文控可查看全部文件。</translation>
    </message>
    <message>
        <source>Clearance of %1</source>
        <translation>%1 的密级权限</translation>
    </message>
    <message>
        <source>The highest classification %1 may read.</source>
        <translation>%1 可阅读的最高密级。</translation>
    </message>
    <message>
        <source>Change Clearance</source>
        <translation>修改密级权限</translation>
    </message>
</context>
<context>
    <name>dc::CommentDialog</name>
    <message>
        <source>The comment is required.</source>
        <translation>必须填写意见。</translation>
    </message>
</context>
<context>
    <name>dc::ControlledCopy</name>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
</context>
<context>
    <name>dc::CopiesDialog</name>
    <message>
        <source>Controlled Copies</source>
        <translation>受控副本</translation>
    </message>
    <message>
        <source>Only copies to &amp;recall (their revision is superseded or withdrawn)</source>
        <translation>仅显示待回收的副本（其修订版本已被替代或已作废）(&amp;R)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>回收(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>销毁(&amp;D)…</translation>
    </message>
    <message>
        <source>Only document controllers recall and destroy controlled copies.</source>
        <translation>只有文控可以回收和销毁受控副本。</translation>
    </message>
    <message>
        <source>Record that the selected copy came back</source>
        <translation>登记所选副本已收回</translation>
    </message>
    <message>
        <source>Record that the selected copy was destroyed</source>
        <translation>登记所选副本已销毁</translation>
    </message>
    <message>
        <source>Issued — to recall</source>
        <translation>已发放 — 待回收</translation>
    </message>
    <message>
        <source>Recalled %1</source>
        <translation>已回收 %1</translation>
    </message>
    <message>
        <source>Destroyed %1</source>
        <translation>已销毁 %1</translation>
    </message>
    <message>
        <source>Destroy Controlled Copy</source>
        <translation>销毁受控副本</translation>
    </message>
    <message>
        <source>Record that controlled copy No. %1 of %2 %3 (%4) was destroyed? This cannot be undone.</source>
        <translation>确定登记 %2 %3 的第 %1 号受控副本（%4）已销毁吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>dc::CopyStore</name>
    <message>
        <source>number the controlled copy</source>
        <translation>为受控副本编号</translation>
    </message>
    <message>
        <source>This revision already has 999 controlled copies; recall some and issue a new revision.</source>
        <translation>该修订版本已有 999 份受控副本；请回收部分副本并发布新的修订版本。</translation>
    </message>
    <message>
        <source>record the controlled copy</source>
        <translation>登记受控副本</translation>
    </message>
    <message>
        <source>update the controlled copy</source>
        <translation>更新受控副本</translation>
    </message>
    <message>
        <source>The copy is no longer %1.</source>
        <translation>该副本已不再处于“%1”状态。</translation>
    </message>
    <message>
        <source>read the controlled copies</source>
        <translation>读取受控副本</translation>
    </message>
    <message>
        <source>read the controlled copy</source>
        <translation>读取受控副本</translation>
    </message>
    <message>
        <source>There is no controlled copy No. %1 of this revision.</source>
        <translation>该修订版本没有编号为 %1 的受控副本。</translation>
    </message>
    <message>
        <source>record the export</source>
        <translation>登记导出记录</translation>
    </message>
    <message>
        <source>look up the export</source>
        <translation>查找导出记录</translation>
    </message>
</context>
<context>
    <name>dc::CoverageActions</name>
    <message>
        <source>Clause &amp;Coverage…</source>
        <translation>条款覆盖(&amp;C)…</translation>
    </message>
    <message>
        <source>Which effective documents answer each clause and control of a standard, and the gaps; export as PDF</source>
        <translation>标准的每个条款和控制由哪些生效文件回应，以及缺口；可导出为 PDF</translation>
    </message>
</context>
<context>
    <name>dc::CoverageService</name>
    <message>
        <source>Unknown standard &quot;%1&quot;; the known standards are %2.</source>
        <translation>未知的标准“%1”；已知的标准有 %2。</translation>
    </message>
    <message>
        <source>read the documents mapped to %1</source>
        <translation>读取映射到 %1 的文件</translation>
    </message>
    <message>
        <source>%1: %2 clauses and controls, %3 covered, %4 gaps</source>
        <translation>%1：共 %2 个条款和控制，已覆盖 %3 个，缺口 %4 个</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) mapped only to the withdrawn %1</source>
        <translation>
            <numerusform>%n 份文件仅映射到已废止的 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this edition is withdrawn (certificates lapsed %1; successor %2)</source>
        <translation>此版本已废止（证书于 %1 失效；后继版本 %2）</translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation>（经由 %1）</translation>
    </message>
    <message>
        <source>(%1, not yet effective)</source>
        <translation>（%1，尚未生效）</translation>
    </message>
    <message>
        <source>made %1 by %2</source>
        <translation>%2 于 %1 生成</translation>
    </message>
    <message>
        <source>national equivalent: %1</source>
        <translation>国家标准等同采用：%1</translation>
    </message>
    <message>
        <source>gaps only</source>
        <translation>仅缺口</translation>
    </message>
</context>
<context>
    <name>dc::CoverageView</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>双击打开 %1</translation>
    </message>
    <message>
        <source>Clause Coverage</source>
        <translation>条款覆盖</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>标准(&amp;S)：</translation>
    </message>
    <message>
        <source>— withdrawn</source>
        <translation>— 已废止</translation>
    </message>
    <message>
        <source>&amp;Gaps only</source>
        <translation>仅显示缺口(&amp;G)</translation>
    </message>
    <message>
        <source>Show only the clauses that require documented information and have no effective document</source>
        <translation>仅显示要求形成文件化信息但没有生效文件的条款</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Clause / document</source>
        <translation>条款 / 文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation>文件化信息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Export the Coverage Report</source>
        <translation>导出覆盖报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>GAP: no effective document</source>
        <translation>缺口：无生效文件</translation>
    </message>
    <message numerus="yes">
        <source>Covered (%n)</source>
        <translation>
            <numerusform>已覆盖（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Effective, via %1</source>
        <translation>生效，经由 %1</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>%1: not yet effective</source>
        <translation>%1：尚未生效</translation>
    </message>
    <message>
        <source>Mapped only to the withdrawn %1</source>
        <translation>仅映射到已废止的 %1</translation>
    </message>
    <message numerus="yes">
        <source>To move to %1 (%n)</source>
        <translation>
            <numerusform>待迁移到 %1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move to %1…</source>
        <translation>迁移到 %1(&amp;M)…</translation>
    </message>
    <message>
        <source>Select a document to move its mapping off the withdrawn edition</source>
        <translation>选择一份文件，将其映射从已废止版本迁出</translation>
    </message>
    <message>
        <source>Replace the withdrawn edition&apos;s clauses of %1 by those of %2</source>
        <translation>将 %1 在已废止版本中的条款替换为 %2 的条款</translation>
    </message>
    <message>
        <source>%1 is mapped to no clause of %2; there is nothing to move.</source>
        <translation>%1 未映射到 %2 的任何条款，没有可迁移的内容。</translation>
    </message>
    <message>
        <source>Moved the mapping of %1 to %2.</source>
        <translation>已将 %1 的映射迁移到 %2。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>dc::DamagedStore</name>
    <message>
        <source>Damaged Store</source>
        <translation>文档库已损坏</translation>
    </message>
    <message>
        <source>There is no automatic backup of this store on this desk. You can open it read-only to copy out what can still be read.</source>
        <translation>本机没有该文档库的自动备份。可以以只读方式打开，复制出仍可读取的内容。</translation>
    </message>
    <message numerus="yes">
        <source>The newest automatic backup is %1 (%n backup(s) in all). Restoring makes a new store file and leaves the damaged one as it is.</source>
        <translation>
            <numerusform>最新的自动备份是 %1（共 %n 个备份）。恢复将生成一个新的文档库文件，已损坏的文件保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore Newest Backup…</source>
        <translation>恢复最新备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Another Store…</source>
        <translation>打开其他文档库(&amp;A)…</translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation>无法打开文档库</translation>
    </message>
    <message>
        <source>Restore Into a New Store</source>
        <translation>恢复到新的文档库</translation>
    </message>
    <message>
        <source>DocControl stores (*.dcstore)</source>
        <translation>DocControl 文档库 (*.dcstore)</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Store Restored</source>
        <translation>文档库已恢复</translation>
    </message>
    <message>
        <source>The backup made %1 was restored into %2 and verifies (audit trail up to event #%3). Changes after the backup are not in it.</source>
        <translation>%1 制作的备份已恢复到 %2，并通过校验（审计追踪至事件 #%3）。备份之后的更改不在其中。</translation>
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
    <message>
        <source>Cannot open the store %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>无法打开文档库 %1：未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>%1 holds no DocControl store.</source>
        <translation>%1 中没有 DocControl 文档库。</translation>
    </message>
    <message>
        <source>%1 already holds a DocControl store; name an empty database for a new one.</source>
        <translation>%1 中已有 DocControl 文档库；新建文档库请指定一个空数据库。</translation>
    </message>
    <message>
        <source>Could not %1: another desk kept the store busy; try again.</source>
        <translation>无法%1：另一台计算机正占用文档库，请重试。</translation>
    </message>
    <message>
        <source>Could not %1: the connection to the store %2 was lost (%3).</source>
        <translation>无法%1：与文档库 %2 的连接已断开（%3）。</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 wants a password for %2: %3</source>
        <translation>%1 的 PostgreSQL 服务器要求提供 %2 的密码：%3</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>当前登录账户</translation>
    </message>
    <message>
        <source>read the store&apos;s size</source>
        <translation>读取文档库大小</translation>
    </message>
    <message>
        <source>The store %1 is damaged (the file is shorter than its header says: it was cut short).</source>
        <translation>文档库 %1 已损坏（文件比其文件头记录的长度短：文件被截断）。</translation>
    </message>
    <message>
        <source>check the store&apos;s pages</source>
        <translation>检查文档库的页面</translation>
    </message>
    <message>
        <source>%1 holds a store of schema %2 that needs an upgrade to schema %3; open it once for writing as the owner of its tables.</source>
        <translation>%1 中的文档库为第 %2 版结构，需要升级到第 %3 版；请以数据表所有者身份以读写方式打开一次。</translation>
    </message>
</context>
<context>
    <name>dc::DemoStore</name>
    <message>
        <source>The demo content is missing from this build.</source>
        <translation>当前构建版本中缺少演示内容。</translation>
    </message>
    <message>
        <source>Agreed.</source>
        <translation>同意。</translation>
    </message>
</context>
<context>
    <name>dc::DetailsPage</name>
    <message>
        <source>Number:</source>
        <translation>文件编号：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>English title:</source>
        <translation>英文标题：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>密级：</translation>
    </message>
    <message>
        <source>Review interval:</source>
        <translation>评审周期：</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>保存期限：</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登记时间：</translation>
    </message>
    <message>
        <source>Current revision:</source>
        <translation>当前修订版本：</translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation>内容 SHA-256：</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a retained record</source>
        <translation>非保存记录</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2，编制人 %3</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>编辑详细信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the titles, owner, department, classification, review interval, retention or clauses; the reason is recorded</source>
        <translation>修改标题、负责人、部门、密级、评审周期、保存期限或条款；修改原因将被记录</translation>
    </message>
    <message>
        <source>Record &amp;Earlier Revision…</source>
        <translation>登记早期修订版本(&amp;E)…</translation>
    </message>
    <message>
        <source>Record a revision released on paper before this store existed (recorded, not signed here)</source>
        <translation>登记在本文档库建立之前以纸质形式发布的修订版本（仅作记录，非本系统签署）</translation>
    </message>
    <message>
        <source>C&amp;lauses…</source>
        <translation>条款(&amp;L)…</translation>
    </message>
    <message>
        <source>Map the document to clauses and controls of the standards, picked from their catalogues; the reason is recorded</source>
        <translation>从标准目录中选取条款和控制措施，与本文件建立对应关系；修改原因将被记录</translation>
    </message>
    <message>
        <source>Cites:</source>
        <translation>引用：</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>被引用：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>发布机构：</translation>
    </message>
    <message>
        <source>Their reference:</source>
        <translation>发布机构编号：</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Original kept at:</source>
        <translation>原件存放处：</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>上次核查：</translation>
    </message>
    <message>
        <source>Next check:</source>
        <translation>下次核查：</translation>
    </message>
    <message>
        <source>Lin&amp;ks…</source>
        <translation>链接(&amp;K)…</translation>
    </message>
    <message>
        <source>Register E&amp;ntry…</source>
        <translation>登记信息(&amp;N)…</translation>
    </message>
    <message>
        <source>Pick the documents this one cites; those named in its text are linked as it is saved</source>
        <translation>选择本文件引用的文件；正文中提及的文件会在保存时自动建立链接</translation>
    </message>
    <message>
        <source>Record the issuer, reference, edition, where the original is kept and the checks for a newer edition</source>
        <translation>记录发布机构、编号、版本、原件存放处以及新版本核查情况</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>分发清单：</translation>
    </message>
    <message>
        <source>Dis&amp;tribution…</source>
        <translation>分发清单(&amp;T)…</translation>
    </message>
    <message>
        <source>Acknowledgement:</source>
        <translation>已阅知悉：</translation>
    </message>
    <message>
        <source>Name the users and departments that must receive this document; the change is recorded</source>
        <translation>指定必须接收本文件的用户和部门；修改将被记录</translation>
    </message>
</context>
<context>
    <name>dc::DiffFormat</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Lines %1 → %2</source>
        <translation>行号 %1 → %2</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>无差异</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>修改 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Some replaced lines were too long to compare word by word: they are shown as removed and added lines.</source>
        <translation>部分被替换的行过长，无法逐词比较，已显示为删除行和新增行。</translation>
    </message>
    <message>
        <source>The revisions differ too much to compare in full: some passages are shown as wholly removed and added.</source>
        <translation>两个修订版本差异过大，无法完整比较：部分段落显示为整段删除和整段新增。</translation>
    </message>
</context>
<context>
    <name>dc::DiffView</name>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>正在比较 %1 与 %2</translation>
    </message>
    <message>
        <source>Controls changed:</source>
        <translation>控制措施变更：</translation>
    </message>
</context>
<context>
    <name>dc::Disposition</name>
    <message numerus="yes">
        <source>withdrawn %1, kept %n year(s)</source>
        <translation>
            <numerusform>%1 作废，保存 %n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record effective %1, kept %n year(s)</source>
        <translation>
            <numerusform>记录于 %1 生效，保存 %n 年</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::DispositionActions</name>
    <message>
        <source>&amp;Disposition…</source>
        <translation>处置(&amp;D)…</translation>
    </message>
    <message>
        <source>Records and obsolete documents past their retention: destroy with a signature or keep longer</source>
        <translation>已过保存期限的记录和作废文件：签名销毁或延长保存</translation>
    </message>
</context>
<context>
    <name>dc::DispositionDialog</name>
    <message>
        <source>Disposition of Records</source>
        <translation>记录处置</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>销毁(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Keep Longer…</source>
        <translation>延长保存(&amp;K)…</translation>
    </message>
    <message>
        <source>No record or obsolete document is due for disposition.</source>
        <translation>没有到期待处置的记录或作废文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) past their retention. Destroying removes the content; the record, hashes and signatures remain.</source>
        <translation>
            <numerusform>%n 份文件已过保存期限。销毁将删除其内容；记录、哈希和签名仍予保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Legal &amp;Hold…</source>
        <translation>法律保全(&amp;H)…</translation>
    </message>
    <message>
        <source>A document under a legal hold is kept whatever its retention and cannot be destroyed</source>
        <translation>处于法律保全的文件无论保存期限如何均予保留，且不能销毁</translation>
    </message>
</context>
<context>
    <name>dc::DispositionService</name>
    <message>
        <source>%1 may not %2 (document controllers only).</source>
        <translation>%1 无权%2（仅限文控）。</translation>
    </message>
    <message>
        <source>read the documents&apos; retention</source>
        <translation>读取文件的保存期限</translation>
    </message>
    <message>
        <source>see the disposition list</source>
        <translation>查看处置清单</translation>
    </message>
    <message>
        <source>decide the disposition of %1</source>
        <translation>决定 %1 的处置</translation>
    </message>
    <message>
        <source>A disposition decision on %1 needs a reason.</source>
        <translation>对 %1 作出处置决定必须填写原因。</translation>
    </message>
    <message>
        <source>The content of %1 was already disposed of on %2.</source>
        <translation>%1 的内容已于 %2 销毁。</translation>
    </message>
    <message>
        <source>%1 is under a legal hold (%2); lift the hold before deciding its disposition.</source>
        <translation>%1 处于法律保全中（%2）；请先解除保全，再决定其处置。</translation>
    </message>
    <message>
        <source>%1 is in use and has no retention period that ends; withdraw it first.</source>
        <translation>%1 正在使用中，其保存期限不会届满；请先将其作废。</translation>
    </message>
    <message>
        <source>The retention of %1 ends on %2; it is not due for disposition yet.</source>
        <translation>%1 的保存期限于 %2 届满；尚未到处置时间。</translation>
    </message>
    <message>
        <source>%1 is kept until %2 (%3).</source>
        <translation>%1 保存至 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 can only sign with their own key.</source>
        <translation>%1 只能使用本人的密钥签名。</translation>
    </message>
    <message>
        <source>read the revision to sign</source>
        <translation>读取待签名的修订版本</translation>
    </message>
    <message>
        <source>%1 has no revisions.</source>
        <translation>%1 没有任何修订版本。</translation>
    </message>
    <message>
        <source>The content of %1 revision %2 does not match its recorded hash; run verify.</source>
        <translation>%1 修订版本 %2 的内容与记录的哈希值不符；请运行 verify 校验。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; nothing was signed.</source>
        <translation>账户“%1”已停用，未进行签名。</translation>
    </message>
    <message>
        <source>mark the document disposed</source>
        <translation>将文件标记为已销毁</translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation>无法生成签名。</translation>
    </message>
    <message>
        <source>read the revisions</source>
        <translation>读取修订历史</translation>
    </message>
    <message>
        <source>dispose of the content of %1</source>
        <translation>销毁 %1 的内容</translation>
    </message>
    <message>
        <source>Keep %1 until a day after today.</source>
        <translation>%1 的保存截止日期必须晚于今天。</translation>
    </message>
    <message>
        <source>keep %1 longer</source>
        <translation>延长 %1 的保存期限</translation>
    </message>
    <message>
        <source>place a legal hold on %1</source>
        <translation>对 %1 实施法律保全</translation>
    </message>
    <message>
        <source>lift the legal hold on %1</source>
        <translation>解除 %1 的法律保全</translation>
    </message>
    <message>
        <source>A legal hold on %1 needs a reason.</source>
        <translation>对 %1 实施法律保全必须填写原因。</translation>
    </message>
    <message>
        <source>Lifting the legal hold on %1 needs a reason.</source>
        <translation>解除 %1 的法律保全必须填写原因。</translation>
    </message>
    <message>
        <source>The content of %1 was disposed of; there is nothing left to hold.</source>
        <translation>%1 的内容已销毁；没有可保全的内容。</translation>
    </message>
    <message>
        <source>%1 is already under a legal hold (%2).</source>
        <translation>%1 已处于法律保全中（%2）。</translation>
    </message>
    <message>
        <source>%1 is under no legal hold.</source>
        <translation>%1 未处于法律保全中。</translation>
    </message>
    <message>
        <source>set the legal hold on %1</source>
        <translation>设置 %1 的法律保全</translation>
    </message>
    <message>
        <source>read the disposal of %1</source>
        <translation>读取 %1 的销毁记录</translation>
    </message>
    <message>
        <source>The content of %1 was disposed of on %2 after its retention ended; only its record remains.</source>
        <translation>%1 的内容已在保存期限届满后于 %2 销毁；仅保留其记录。</translation>
    </message>
</context>
<context>
    <name>dc::Distribution</name>
    <message>
        <source>&quot;%1&quot; is not a distribution entry: write user:NAME or dept:DEPARTMENT.</source>
        <translation>“%1”不是有效的分发条目：请写作 user:用户名 或 dept:部门。</translation>
    </message>
</context>
<context>
    <name>dc::DistributionDialog</name>
    <message>
        <source>Department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>%1 的分发清单</translation>
    </message>
    <message>
        <source>Who must receive %1: each user named, and every user of each department. Everyone on the list may see the document whatever their clearance; releasing a revision of a type that asks for it asks them to acknowledge it.</source>
        <translation>必须接收 %1 的人员：所列的每位用户，以及所列各部门的全体用户。清单上的所有人都可以查看该文件，不受其密级权限限制；如该文件类型要求已阅知悉，发布修订版本时将请求他们确认阅知。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Save Distribution</source>
        <translation>保存分发清单</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何修改。</translation>
    </message>
</context>
<context>
    <name>dc::DistributionStore</name>
    <message>
        <source>read the distribution list</source>
        <translation>读取分发清单</translation>
    </message>
    <message>
        <source>add to the distribution list</source>
        <translation>添加到分发清单</translation>
    </message>
    <message>
        <source>remove from the distribution list</source>
        <translation>从分发清单中移除</translation>
    </message>
</context>
<context>
    <name>dc::DocumentImporter</name>
    <message>
        <source>&quot;%1&quot; is a PDF: PDF files are not converted to Markdown. Attach the PDF to a revision instead.</source>
        <translation>“%1”是 PDF 文件：PDF 不会被转换为 Markdown，请将其作为附件添加到修订版本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: DocControl imports .md, .html, .odt and .docx files.</source>
        <translation>无法导入“%1”：DocControl 只能导入 .md、.html、.odt 和 .docx 文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file.</source>
        <translation>“%1”不是普通文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: %2</source>
        <translation>无法导入“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; it is refused.</source>
        <translation>“%1”超过 %2 MiB，已拒绝导入。</translation>
    </message>
    <message>
        <source>The %1 file cannot be imported: %2</source>
        <translation>无法导入该 %1 文件：%2</translation>
    </message>
    <message>
        <source>PDF files are not converted to Markdown. Attach the PDF to a revision instead.</source>
        <translation>PDF 文件不会被转换为 Markdown，请将其作为附件添加到修订版本。</translation>
    </message>
    <message>
        <source>DocControl imports Markdown, HTML, ODT and DOCX documents only.</source>
        <translation>DocControl 只能导入 Markdown、HTML、ODT 和 DOCX 文档。</translation>
    </message>
    <message>
        <source>The document is larger than %1 MiB; it is refused.</source>
        <translation>该文档超过 %1 MiB，已拒绝导入。</translation>
    </message>
    <message>
        <source>The Markdown file is not valid UTF-8 text.</source>
        <translation>该 Markdown 文件不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The %1 file nests elements %2 deep; DocControl imports at most %3 levels.</source>
        <translation>该 %1 文件的元素嵌套深度为 %2 层；DocControl 最多导入 %3 层。</translation>
    </message>
    <message>
        <source>The %1 file nests elements %2 deep in %3; DocControl imports at most %4 levels.</source>
        <translation>该 %1 文件的 %3 中元素嵌套深度为 %2 层；DocControl 最多导入 %4 层。</translation>
    </message>
    <message>
        <source>The HTML file holds %1 million characters of text; a revision holds at most %2 characters.</source>
        <translation>该 HTML 文件包含 %1 百万个字符的文本；一个修订版本最多容纳 %2 个字符。</translation>
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
    <message>
        <source>%1 has been withdrawn and is obsolete; it cannot be edited.</source>
        <translation>%1 已作废，不能再编辑。</translation>
    </message>
    <message>
        <source>%1 changed while you edited it: %2 started revision %3 (you opened %4). Reload to see it, or save your text as the next edit.</source>
        <translation>%1 在您编辑期间已被更改：%2 开始了修订版本 %3（您打开的是 %4）。请重新载入查看，或将您的文本另存为下一次编辑。</translation>
    </message>
    <message>
        <source>%1 %2 was saved by %3 at %4 while you edited it. Reload to see the change, or save your text as the next edit.</source>
        <translation>在您编辑期间，%3 已于 %4 保存了 %1 %2。请重新载入查看其更改，或将您的文本另存为下一次编辑。</translation>
    </message>
    <message>
        <source>The document needs an owner.</source>
        <translation>文件必须指定负责人。</translation>
    </message>
    <message>
        <source>Give the reason for changing the details of %1.</source>
        <translation>请填写修改 %1 详细信息的原因。</translation>
    </message>
    <message>
        <source>%1 has been withdrawn and is obsolete; its details stay as they were.</source>
        <translation>%1 已作废，其详细信息保持不变。</translation>
    </message>
    <message>
        <source>The details of %1 are already as given; nothing was changed.</source>
        <translation>%1 的详细信息已与所填内容一致，未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed in %1 %2: the text and the change summary are as saved, so no edit was recorded.</source>
        <translation>%1 %2 未做任何更改：正文和修订说明与已保存的内容相同，因此未记录编辑。</translation>
    </message>
    <message>
        <source>Give the earlier revision&apos;s label, e.g. A/0.</source>
        <translation>请填写早期修订版本的版本号，例如 A/0。</translation>
    </message>
    <message>
        <source>A revision label may be at most 20 characters long.</source>
        <translation>版本号最多 20 个字符。</translation>
    </message>
    <message>
        <source>Give the day revision %1 was released on (YYYY-MM-DD).</source>
        <translation>请填写修订版本 %1 的发布日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Revision %1 cannot have been released on %2: that is after today (%3).</source>
        <translation>修订版本 %1 的发布日期不能是 %2：该日期晚于今天（%3）。</translation>
    </message>
    <message>
        <source>Give the change summary (修订说明) of revision %1.</source>
        <translation>请填写修订版本 %1 的修订说明。</translation>
    </message>
    <message>
        <source>Give the name of who approved revision %1 on paper.</source>
        <translation>请填写在纸面上批准修订版本 %1 的人员姓名。</translation>
    </message>
    <message>
        <source>An earlier revision must be released before the first revision kept here (%1, %2); %3 is not.</source>
        <translation>早期修订版本的发布日期必须早于本系统保存的第一个修订版本（%1，%2）；%3 不符合此要求。</translation>
    </message>
    <message>
        <source>%1 already has a revision %2 kept here.</source>
        <translation>%1 在本系统中已有修订版本 %2。</translation>
    </message>
    <message>
        <source>%1 already has an earlier revision %2 recorded.</source>
        <translation>%1 已登记过早期修订版本 %2。</translation>
    </message>
    <message>
        <source>Name at least one clause to add or remove.</source>
        <translation>请至少指定一个要添加或移除的条款。</translation>
    </message>
    <message>
        <source>%1 is not mapped to clause %2 of %3; nothing was changed.</source>
        <translation>%1 未对应 %3 的条款 %2；未做任何修改。</translation>
    </message>
    <message>
        <source>%1 is mapped to no clause of %2; there is nothing to move to %3.</source>
        <translation>%1 未映射到 %2 的任何条款，没有可迁移到 %3 的内容。</translation>
    </message>
    <message>
        <source>Name at least one user or department to add to or remove from the distribution list.</source>
        <translation>请至少指定一个要添加到分发清单或从中移除的用户或部门。</translation>
    </message>
    <message>
        <source>%1 is not on the distribution list of %2.</source>
        <translation>%1 不在 %2 的分发清单中。</translation>
    </message>
    <message>
        <source>%1 is already on the distribution list of %2.</source>
        <translation>%1 已在 %2 的分发清单中。</translation>
    </message>
    <message>
        <source>look up the department</source>
        <translation>查找部门</translation>
    </message>
    <message>
        <source>No user belongs to the department &quot;%1&quot;.</source>
        <translation>没有用户属于部门“%1”。</translation>
    </message>
    <message>
        <source>The distribution list of %1 would stay as it is.</source>
        <translation>%1 的分发清单将保持不变。</translation>
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
    <message>
        <source>read who changed the revision</source>
        <translation>读取修改过该修订版的人</translation>
    </message>
    <message>
        <source>change the document&apos;s details</source>
        <translation>修改文件的详细信息</translation>
    </message>
</context>
<context>
    <name>dc::DocumentView</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Co&amp;ntent</source>
        <translation>内容(&amp;N)</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>详细信息(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>修订历史(&amp;V)</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>时间线(&amp;M)</translation>
    </message>
    <message>
        <source>Print &amp;Preview</source>
        <translation>打印预览(&amp;P)</translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation>文档库以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 is obsolete; its details stay as they were.</source>
        <translation>%1 已作废，其详细信息保持不变。</translation>
    </message>
    <message>
        <source>Changed the details of %1.</source>
        <translation>已修改 %1 的详细信息。</translation>
    </message>
    <message>
        <source>Recorded an earlier revision of %1.</source>
        <translation>已登记 %1 的早期修订版本。</translation>
    </message>
    <message>
        <source>Changed the clause mapping of %1.</source>
        <translation>已修改 %1 的条款对应关系。</translation>
    </message>
    <message>
        <source>Changed the documents %1 cites.</source>
        <translation>已修改 %1 引用的文件。</translation>
    </message>
    <message>
        <source>Recorded the register entry of %1.</source>
        <translation>已记录 %1 的登记信息。</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Asked of the distribution list at each release (%1)</source>
        <translation>每次发布时请求分发清单上的人员确认阅知（%1）</translation>
    </message>
    <message>
        <source>Not asked for a %1</source>
        <translation>%1 类型的文件不要求确认阅知</translation>
    </message>
    <message>
        <source>Changed the distribution list of %1.</source>
        <translation>已修改 %1 的分发清单。</translation>
    </message>
</context>
<context>
    <name>dc::DraftRecovery</name>
    <message>
        <source>Cannot create the folder %1 for recovering drafts.</source>
        <translation>无法创建用于恢复草稿的文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot keep a recovery copy of the draft in %1: %2</source>
        <translation>无法在 %1 中保存草稿的恢复副本：%2</translation>
    </message>
    <message>
        <source>There is no recovered draft in %1.</source>
        <translation>%1 中没有可恢复的草稿。</translation>
    </message>
    <message>
        <source>Cannot read the recovered draft %1: %2</source>
        <translation>无法读取恢复的草稿 %1：%2</translation>
    </message>
    <message>
        <source>The recovered draft %1 is damaged.</source>
        <translation>恢复的草稿 %1 已损坏。</translation>
    </message>
    <message>
        <source>The recovered draft %1 was written by a newer DocControl.</source>
        <translation>恢复的草稿 %1 由更高版本的 DocControl 写入。</translation>
    </message>
    <message>
        <source>There is no recovered draft of %1.</source>
        <translation>没有 %1 的可恢复草稿。</translation>
    </message>
    <message>
        <source>Cannot remove the recovered draft %1.</source>
        <translation>无法删除恢复的草稿 %1。</translation>
    </message>
</context>
<context>
    <name>dc::DueDays</name>
    <message>
        <source>A task may wait from %1 to %2 days, not %3.</source>
        <translation>任务的等待期限必须为 %1 至 %2 天，不能为 %3。</translation>
    </message>
    <message>
        <source>%1 tasks keep their own dates; only reviews, approvals, releases and acknowledgements have due days.</source>
        <translation>%1 任务使用其自身的日期；只有审核、批准、发布和已阅知悉任务设有期限天数。</translation>
    </message>
    <message>
        <source>%1 is already set to %2 days; nothing was changed.</source>
        <translation>%1 已设为 %2 天；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>dc::EarlierRevisionDialog</name>
    <message>
        <source>Record Earlier Revision of %1</source>
        <translation>登记 %1 的早期修订版本</translation>
    </message>
    <message>
        <source>A revision released on paper before this store existed, as the paper revision history (修订记录) lists it. It is printed first in the revision history of exports, marked 「%1」.</source>
        <translation>在本文档库建立之前以纸质形式发布的修订版本，按纸质修订记录所列内容填写。导出时它将列在修订历史的最前面，并标注「%1」。</translation>
    </message>
    <message>
        <source>e.g. A/0</source>
        <translation>例如：A/0</translation>
    </message>
    <message>
        <source>The name as written on paper</source>
        <translation>纸面上所写的姓名</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>版本号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Released on:</source>
        <translation>发布日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Change &amp;summary (修订说明):</source>
        <translation>修订说明(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Type the earlier revision&apos;s label, e.g. A/0.</source>
        <translation>请输入早期修订版本的版本号，例如 A/0。</translation>
    </message>
    <message>
        <source>Type its change summary (修订说明).</source>
        <translation>请输入其修订说明。</translation>
    </message>
    <message>
        <source>Type the name of who approved it on paper.</source>
        <translation>请输入在纸面上批准该版本的人员姓名。</translation>
    </message>
</context>
<context>
    <name>dc::EditConflict</name>
    <message>
        <source>The Draft Changed</source>
        <translation>草稿已被更改</translation>
    </message>
    <message>
        <source>Their change: %1. Show Details… lists it line by line.</source>
        <translation>对方的更改：%1。点击“显示详细信息…”可逐行查看。</translation>
    </message>
    <message>
        <source>as you opened it</source>
        <translation>您打开时的版本</translation>
    </message>
    <message>
        <source>as saved now</source>
        <translation>当前保存的版本</translation>
    </message>
    <message>
        <source>&amp;Reload Their Text</source>
        <translation>重新载入对方的文本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Mine as the Next Edit</source>
        <translation>将我的文本另存为下一次编辑(&amp;S)</translation>
    </message>
</context>
<context>
    <name>dc::EditDetailsDialog</name>
    <message>
        <source>Edit Details of %1</source>
        <translation>编辑 %1 的详细信息</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>文件编号：</translation>
    </message>
    <message>
        <source>Why the details change; recorded in the audit trail</source>
        <translation>修改详细信息的原因；将记入审计追踪</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>保存详细信息</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何修改。</translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation>请填写修改原因。</translation>
    </message>
</context>
<context>
    <name>dc::EditDraftDialog</name>
    <message>
        <source>Edit %1 — %2</source>
        <translation>编辑 %1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 is effective. Saving starts the next revision as a new draft; %2 stays in force until the new revision is approved and released.</source>
        <translation>%1 %2 现行有效。保存后将以新草稿开始下一修订版本；在新修订版本批准并发布之前，%2 继续有效。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>What changed and why (修订说明), required</source>
        <translation>修改内容及原因（修订说明），必填</translation>
    </message>
    <message>
        <source>Change &amp;summary:</source>
        <translation>修订说明(&amp;S)：</translation>
    </message>
    <message>
        <source>Minor change — revision %1</source>
        <translation>小改 — 版本 %1</translation>
    </message>
    <message>
        <source>Major change — revision %1</source>
        <translation>大改（换版）— 版本 %1</translation>
    </message>
    <message>
        <source>New &amp;revision:</source>
        <translation>新修订版本(&amp;R)：</translation>
    </message>
    <message>
        <source>Start Revision</source>
        <translation>开始修订</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Unsaved text of this draft from %1 was kept.</source>
        <translation>已保留该草稿在 %1 时未保存的内容。</translation>
    </message>
    <message>
        <source>A change summary (修订说明) is required.</source>
        <translation>必须填写修订说明。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Close %1 without saving your changes?</source>
        <translation>不保存更改就关闭 %1 吗？</translation>
    </message>
    <message>
        <source>The unsaved text stays on this computer and is offered again the next time you edit this draft.</source>
        <translation>未保存的内容会保留在本机，下次编辑该草稿时将再次提供。</translation>
    </message>
    <message>
        <source>&amp;Close Without Saving</source>
        <translation>不保存并关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>Nothing has changed yet: edit the text or the change summary to save the draft.</source>
        <translation>尚未做任何修改：请先编辑正文或修订说明，再保存草稿。</translation>
    </message>
</context>
<context>
    <name>dc::EntryName</name>
    <message>
        <source>The archive entry &quot;%1&quot; is refused: %2</source>
        <translation>已拒绝压缩包条目“%1”：%2</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8.</source>
        <translation>其名称不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>its name is empty.</source>
        <translation>其名称为空。</translation>
    </message>
    <message>
        <source>its name contains control characters.</source>
        <translation>其名称包含控制字符。</translation>
    </message>
    <message>
        <source>its name is not valid Unicode.</source>
        <translation>其名称不是有效的 Unicode。</translation>
    </message>
    <message>
        <source>it is an absolute path.</source>
        <translation>其名称是绝对路径。</translation>
    </message>
    <message>
        <source>it is an absolute path (drive letter).</source>
        <translation>其名称是绝对路径（含盘符）。</translation>
    </message>
    <message>
        <source>it has a &quot;..&quot; component, which would leave the target folder.</source>
        <translation>其路径含有“..”，会跳出目标文件夹。</translation>
    </message>
    <message>
        <source>a part of its name is longer than %1 bytes.</source>
        <translation>其名称中有一段超过 %1 字节。</translation>
    </message>
    <message>
        <source>its name names no file.</source>
        <translation>其名称未指向任何文件。</translation>
    </message>
    <message>
        <source>its name is longer than %1 bytes.</source>
        <translation>其名称超过 %1 字节。</translation>
    </message>
</context>
<context>
    <name>dc::EntryNameSet</name>
    <message>
        <source>the archive holds this name twice.</source>
        <translation>压缩包中该名称出现了两次。</translation>
    </message>
    <message>
        <source>the name is a file here but a folder elsewhere in the archive.</source>
        <translation>该名称在此处是文件，但在压缩包的其他位置是文件夹。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file in the archive, yet used as a folder here.</source>
        <translation>“%1”在压缩包中是文件，但此处被用作文件夹。</translation>
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
    <message>
        <source>Statement of Applicability</source>
        <translation>适用性声明</translation>
    </message>
</context>
<context>
    <name>dc::ExportDialog</name>
    <message>
        <source>Export PDF — %1</source>
        <translation>导出 PDF — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>打印 — %1</translation>
    </message>
    <message>
        <source>%1 %2
Revision %3 — %4</source>
        <translation>%1 %2
修订版本 %3 — %4</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preview and Print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本类型</translation>
    </message>
    <message>
        <source>&amp;Uncontrolled copy — stamped with today&apos;s date, valid on that day only</source>
        <translation>非受控副本(&amp;U) — 加盖当日日期，仅当日有效</translation>
    </message>
    <message>
        <source>&amp;Obsolete copy — stamped 作废 OBSOLETE</source>
        <translation>作废副本(&amp;O) — 加盖“作废 OBSOLETE”印章</translation>
    </message>
    <message>
        <source>&amp;Draft copy — stamped 草稿 DRAFT, not for use</source>
        <translation>草稿副本(&amp;D) — 加盖“草稿 DRAFT”印章，不得使用</translation>
    </message>
    <message>
        <source>&amp;Controlled copy — numbered and registered to its holder</source>
        <translation>受控副本(&amp;C) — 编号并登记到持有人名下</translation>
    </message>
    <message>
        <source>A person or a department, e.g. IT 部</source>
        <translation>个人或部门，例如 IT 部</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>持有人(&amp;H)：</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Single &amp;document</source>
        <translation>单份文件(&amp;D)</translation>
    </message>
    <message>
        <source>Compiled &amp;manual — cover, release order, contents, chapters and revision history</source>
        <translation>汇编手册(&amp;M) — 封面、发布令、目录、各章节及修订历史</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 mm）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>纸张尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>PDF/&amp;A-1b, for long-term archiving</source>
        <translation>PDF/A-1b(&amp;A)，用于长期归档</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Enter who holds the controlled copy.</source>
        <translation>请填写受控副本的持有人。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another with Browse….</source>
        <translation>文件夹 %1 不存在；请通过“浏览…”另选一个。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; choose another with Browse….</source>
        <translation>无法写入文件夹 %1；请通过“浏览…”另选一个。</translation>
    </message>
</context>
<context>
    <name>dc::ExportInput</name>
    <message>
        <source>%1 has no revision %2.</source>
        <translation>%1 不存在修订版本 %2。</translation>
    </message>
    <message>
        <source>This manual is approved and issued. It takes effect on %1; all staff shall comply with it.</source>
        <translation>本手册已经批准，现予发布，自 %1 起实施，全体员工应遵照执行。</translation>
    </message>
    <message>
        <source>read the withdrawal date</source>
        <translation>读取作废日期</translation>
    </message>
</context>
<context>
    <name>dc::ExportService</name>
    <message>
        <source>%1 is a %2, not a manual; export it as a document.</source>
        <translation>%1 是%2，不是手册；请按单份文件导出。</translation>
    </message>
    <message>
        <source>%1 revision %2 is %3; only an effective revision has controlled copies.</source>
        <translation>%1 的修订版本 %2 状态为“%3”；只有生效的修订版本才能发放受控副本。</translation>
    </message>
    <message>
        <source>A controlled copy needs a holder (a person or a department).</source>
        <translation>受控副本必须指定持有人（个人或部门）。</translation>
    </message>
    <message>
        <source>%1 may not read the controlled-copy register.</source>
        <translation>%1 无权查阅受控副本登记表。</translation>
    </message>
    <message>
        <source>%1 has no revision %2.</source>
        <translation>%1 不存在修订版本 %2。</translation>
    </message>
    <message>
        <source>Controlled copy No. %1 of %2 %3 is already %4.</source>
        <translation>%2 %3 的第 %1 号受控副本已是“%4”状态。</translation>
    </message>
    <message>
        <source>The PDF says it is %1, which this store does not hold.</source>
        <translation>该 PDF 标明其为 %1，但本文档库中没有该文件。</translation>
    </message>
    <message>
        <source>The PDF names %1 %2 but its content hash differs from that revision&apos;s.</source>
        <translation>该 PDF 标明为 %1 %2，但其内容哈希与该修订版本不符。</translation>
    </message>
    <message>
        <source>The PDF names revision %1 of %2, which this store does not hold.</source>
        <translation>该 PDF 标明为 %2 的修订版本 %1，但本文档库中没有该修订版本。</translation>
    </message>
    <message>
        <source>Cannot read back %1.</source>
        <translation>无法回读 %1。</translation>
    </message>
    <message>
        <source>The export was recorded but the file could not be written: %1</source>
        <translation>导出已记录，但文件无法写入：%1</translation>
    </message>
    <message>
        <source>%1 is the store itself, not an exported PDF.</source>
        <translation>%1 是文档库本身，不是导出的 PDF。</translation>
    </message>
    <message>
        <source>The content of %1 revision %2 does not match its recorded hash; run verify.</source>
        <translation>%1 修订版 %2 的内容与其记录的哈希不符；请运行 verify。</translation>
    </message>
    <message>
        <source>The store&apos;s %1 %2 no longer matches its content hash (text or attachments changed); run verify.</source>
        <translation>存储中的 %1 %2 已与其内容哈希不符（正文或附件被修改）；请运行 verify。</translation>
    </message>
    <message>
        <source>Nothing was recorded; the printed pages are no valid copy: destroy them and print again.</source>
        <translation>未作任何登记；已打印的页面不是有效副本：请销毁后重新打印。</translation>
    </message>
    <message>
        <source>Nothing was recorded; try again.</source>
        <translation>未作任何登记；请重试。</translation>
    </message>
    <message>
        <source>Controlled copy No. %1 of %2 %3 was issued elsewhere meanwhile. %4</source>
        <translation>%2 %3 的第 %1 号受控副本已在此期间由别处发放。%4</translation>
    </message>
    <message>
        <source>%1 changed while its pages were being made. %2</source>
        <translation>%1 在生成页面期间已被修改。%2</translation>
    </message>
    <message>
        <source>read the effective revisions</source>
        <translation>读取生效修订版本</translation>
    </message>
</context>
<context>
    <name>dc::ExportWork</name>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Compiling the manual %1…</source>
        <translation>正在汇编手册 %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>%1 (compiled manual)</source>
        <translation>%1（汇编手册）</translation>
    </message>
    <message>
        <source>%1, controlled copy No. %2 for %3</source>
        <translation>%1，第 %2 号受控副本，持有人 %3</translation>
    </message>
    <message>
        <source>%1, uncontrolled copy</source>
        <translation>%1，非受控副本</translation>
    </message>
    <message>
        <source>%1, stamped as a draft</source>
        <translation>%1，加盖“草稿”印章</translation>
    </message>
    <message>
        <source>%1, stamped as obsolete</source>
        <translation>%1，加盖“作废”印章</translation>
    </message>
    <message>
        <source>Wrote %1, to %2.</source>
        <translation>已导出 %1，保存至 %2。</translation>
    </message>
</context>
<context>
    <name>dc::ExternalDialog</name>
    <message>
        <source>Register entry of %1</source>
        <translation>%1 的登记信息</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发布机构(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. GB/T 22080-2025</source>
        <translation>例如 GB/T 22080-2025</translation>
    </message>
    <message>
        <source>Their &amp;reference:</source>
        <translation>发布机构编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>版本(&amp;E)：</translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation>原件存放位置</translation>
    </message>
    <message>
        <source>Original &amp;kept at:</source>
        <translation>原件存放处(&amp;K)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Last checked:</source>
        <translation>上次核查(&amp;L)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; shown in the review-due list from then</source>
        <translation>YYYY-MM-DD；自该日起显示在待评审清单中</translation>
    </message>
    <message>
        <source>&amp;Next check:</source>
        <translation>下次核查(&amp;N)：</translation>
    </message>
    <message>
        <source>Save Entry</source>
        <translation>保存登记信息</translation>
    </message>
    <message>
        <source>Write the day of the last check as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 格式填写上次核查日期，或留空。</translation>
    </message>
    <message>
        <source>Write the day of the next check as YYYY-MM-DD, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 格式填写下次核查日期，或留空。</translation>
    </message>
</context>
<context>
    <name>dc::ExternalRegister</name>
    <message>
        <source>%1 is a %2, not a document of external origin; only those are in the register.</source>
        <translation>%1 是%2，不是外来文件；只有外来文件才列入登记册。</translation>
    </message>
    <message>
        <source>%1 has been withdrawn and is obsolete; its register entry cannot change.</source>
        <translation>%1 已作废；其登记信息不能再修改。</translation>
    </message>
    <message>
        <source>The last check of %1 on %2 is in the future.</source>
        <translation>%1 的上次核查日期 %2 晚于今天。</translation>
    </message>
    <message>
        <source>The next check of %1 (%2) must come after the last one (%3).</source>
        <translation>%1 的下次核查日期（%2）必须晚于上次核查日期（%3）。</translation>
    </message>
    <message>
        <source>The register entry of %1 already holds these values; nothing was changed.</source>
        <translation>%1 的登记信息已是这些值；未做任何更改。</translation>
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
    <message>
        <source>Link Not Understood</source>
        <translation>无法识别的链接</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no document. A DocControl link reads doccontrol:NUMBER, for example doccontrol:ISMS-P-001.</source>
        <translation>“%1”未指向任何文件。DocControl 链接的格式为 doccontrol:文件编号，例如 doccontrol:ISMS-P-001。</translation>
    </message>
</context>
<context>
    <name>dc::HoldDialog</name>
    <message>
        <source>Legal Hold</source>
        <translation>法律保全</translation>
    </message>
    <message>
        <source>Document number, e.g. ISMS-R-001</source>
        <translation>文件编号，例如 ISMS-R-001</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place a hold: keep it whatever its retention</source>
        <translation>施加保全(&amp;P)：无论保存期限如何均予保留</translation>
    </message>
    <message>
        <source>&amp;Lift the hold</source>
        <translation>解除保全(&amp;L)</translation>
    </message>
    <message>
        <source>Required: the litigation, investigation or request behind it</source>
        <translation>必填：所涉诉讼、调查或要求</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Give the number of the document.</source>
        <translation>请填写文件编号。</translation>
    </message>
    <message>
        <source>Give the reason for the hold.</source>
        <translation>请填写保全原因。</translation>
    </message>
</context>
<context>
    <name>dc::ImportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation>文档库以只读方式打开。</translation>
    </message>
    <message>
        <source>Readers may not import documents.</source>
        <translation>查阅人不能导入文件。</translation>
    </message>
    <message>
        <source>Bring a .docx, .odt, .md, .html or .pdf file in as a new document or the next draft of the selected one; you may also drop the file on the window</source>
        <translation>将 .docx、.odt、.md、.html 或 .pdf 文件导入为新文件或所选文件的下一份草稿；也可以直接将文件拖放到窗口上</translation>
    </message>
    <message>
        <source>Imported %1 as %2 revision %3.</source>
        <translation>已将 %1 导入为 %2 修订版本 %3。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped: import one file at a time.</source>
        <translation>
            <numerusform>拖放了 %n 个文件：每次只能导入一个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: DocControl imports .docx, .odt, .md and .html files, and attaches .pdf files.</source>
        <translation>无法导入“%1”：DocControl 可导入 .docx、.odt、.md 和 .html 文件，并可将 .pdf 文件作为附件添加。</translation>
    </message>
</context>
<context>
    <name>dc::ImportDialog</name>
    <message>
        <source>The store is open read-only.</source>
        <translation>文档库以只读方式打开。</translation>
    </message>
    <message>
        <source>No document is selected.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>Importing needs the right to register documents (document controllers) or to edit the selected document.</source>
        <translation>导入需要登记文件的权限（文控）或编辑所选文件的权限。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>.docx, .odt, .md, .html or .pdf</source>
        <translation>.docx、.odt、.md、.html 或 .pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>As a &amp;new document</source>
        <translation>作为新文件(&amp;N)</translation>
    </message>
    <message>
        <source>As the next &amp;draft of the selected document</source>
        <translation>作为所选文件的下一份草稿(&amp;D)</translation>
    </message>
    <message>
        <source>As the next &amp;draft of %1 %2</source>
        <translation>作为 %1 %2 的下一份草稿(&amp;D)</translation>
    </message>
    <message>
        <source>The next number of the type&apos;s pattern; type another to choose it.</source>
        <translation>该文件类型编号规则的下一个编号；如需使用其他编号，请直接输入。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>文件编号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>What this revision brings, e.g. &quot;Imported from the paper manual, edition A&quot;</source>
        <translation>本修订版本的内容，例如“从纸质手册 A 版导入”</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Change &amp;summary (修订说明):</source>
        <translation>修订说明(&amp;S)：</translation>
    </message>
    <message>
        <source>What was recognised</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Attachments and warnings:</source>
        <translation>附件和警告：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import a Document</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Documents (*.docx *.odt *.md *.markdown *.html *.htm *.pdf)</source>
        <translation>文档 (*.docx *.odt *.md *.markdown *.html *.htm *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on the main window.</source>
        <translation>请选择一个文件，或将文件拖放到主窗口上。</translation>
    </message>
    <message>
        <source>%1: %2 — attached as it is.</source>
        <translation>%1：%2 — 按原样作为附件。</translation>
    </message>
    <message>
        <source>The PDF is not converted: it becomes an attachment of the selected document&apos;s draft.</source>
        <translation>该 PDF 不会被转换：它将成为所选文件草稿的附件。</translation>
    </message>
    <message>
        <source>%1 · title: %2</source>
        <translation>%1 · 标题：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s)</source>
        <translation>
            <numerusform>%n 个标题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n table(s)</source>
        <translation>
            <numerusform> · %n 个表格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n image(s)</source>
        <translation>
            <numerusform> · %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation>按 Enter 键读取该文件。</translation>
    </message>
    <message>
        <source>You may neither register documents nor edit the selected one.</source>
        <translation>您既不能登记文件，也不能编辑所选文件。</translation>
    </message>
    <message>
        <source>A PDF is attached to an existing document, not converted: select the document first.</source>
        <translation>PDF 只能作为附件添加到已有文件，不会被转换：请先选择该文件。</translation>
    </message>
    <message>
        <source>Type the new document&apos;s title.</source>
        <translation>请输入新文件的标题。</translation>
    </message>
    <message>
        <source>Choose the new document&apos;s owner.</source>
        <translation>请选择新文件的负责人。</translation>
    </message>
    <message>
        <source>Type the change summary (修订说明).</source>
        <translation>请输入修订说明。</translation>
    </message>
</context>
<context>
    <name>dc::ImportPreview</name>
    <message>
        <source>Markdown text (.md)</source>
        <translation>Markdown 文本（.md）</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>网页（.html）</translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation>OpenDocument 文本（.odt）</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF（.pdf）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: DocControl imports .md, .html, .odt and .docx files, and attaches .pdf files.</source>
        <translation>无法导入“%1”：DocControl 可导入 .md、.html、.odt 和 .docx 文件，并可将 .pdf 文件作为附件添加。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file.</source>
        <translation>“%1”不是普通文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 256 MiB.</source>
        <translation>“%1”超过 256 MiB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file.</source>
        <translation>“%1”不是 PDF 文件。</translation>
    </message>
    <message>
        <source>A PDF is attached as it is to the current draft of a document; its text is not converted.</source>
        <translation>PDF 将按原样作为附件添加到文件的当前草稿；其文本不会被转换。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>The file holds no text: the revision would be empty.</source>
        <translation>该文件不含任何文本：修订版本将为空。</translation>
    </message>
    <message>
        <source>The file has no title of its own (no title property, no first heading): type one for a new document.</source>
        <translation>该文件没有自带的标题（既无标题属性，也无首个标题）：新建文件时请输入标题。</translation>
    </message>
    <message>
        <source>The text shows the image &quot;%1&quot;, which is not in the file: it will be missing.</source>
        <translation>正文引用了图片“%1”，但该图片不在文件中：导入后将缺失。</translation>
    </message>
    <message>
        <source>Scripts, forms and embedded media of the web page are dropped.</source>
        <translation>网页中的脚本、表单和嵌入媒体将被丢弃。</translation>
    </message>
    <message numerus="yes">
        <source>… (%n more characters)</source>
        <translation>
            <numerusform>…（还有 %n 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::ImportService</name>
    <message>
        <source>A PDF is attached to an existing document, not converted: name the document to attach it to.</source>
        <translation>PDF 不会被转换，只能作为附件添加到已有文件：请指定要附加到的文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 超过 256 MiB。</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 不是 PDF 文件。</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>%1 has no title of its own; give one.</source>
        <translation>%1 本身没有标题，请指定标题。</translation>
    </message>
</context>
<context>
    <name>dc::InsertTableDialog</name>
    <message>
        <source>Insert Table</source>
        <translation>插入表格</translation>
    </message>
    <message>
        <source>The first row is the table&apos;s header.</source>
        <translation>第一行为表头。</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列数(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>dc::KeepDialog</name>
    <message>
        <source>Keep %1 Longer</source>
        <translation>延长 %1 的保存期限</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>保存至(&amp;U)：</translation>
    </message>
    <message>
        <source>Required: why it is kept past its retention</source>
        <translation>必填：超过保存期限继续保存的原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Give the reason for keeping it longer.</source>
        <translation>请填写延长保存的原因。</translation>
    </message>
</context>
<context>
    <name>dc::Keyring</name>
    <message>
        <source>The password of %1 is wrong; nothing was signed.</source>
        <translation>%1 的密码错误，未进行签名。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>账户“%1”已停用。</translation>
    </message>
</context>
<context>
    <name>dc::LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Shown as the address when empty</source>
        <translation>留空时显示为链接地址</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Clear the address to remove the link.</source>
        <translation>清空地址即可删除链接。</translation>
    </message>
</context>
<context>
    <name>dc::LinkReplay</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>read the links between documents</source>
        <translation>读取文件之间的链接</translation>
    </message>
    <message>
        <source>%1 cites %2 (%3) in the store, but the audit trail records %4.</source>
        <translation>文档库中 %1 引用 %2（%3），但审计追踪记录为 %4。</translation>
    </message>
    <message>
        <source>read the register of external documents</source>
        <translation>读取外来文件登记册</translation>
    </message>
    <message>
        <source>%1 has an entry in the register of external documents, but the audit trail never recorded it.</source>
        <translation>%1 在外来文件登记册中有登记信息，但审计追踪从未记录过。</translation>
    </message>
    <message>
        <source>The register entry of %1 is not the one the audit trail records: it was changed outside DocControl.</source>
        <translation>%1 的登记信息与审计追踪记录的不一致：它在 DocControl 之外被修改。</translation>
    </message>
    <message>
        <source>The register entry of %1, recorded in the audit trail, is missing from the store.</source>
        <translation>审计追踪中记录的 %1 的登记信息在文档库中缺失。</translation>
    </message>
</context>
<context>
    <name>dc::LinkService</name>
    <message>
        <source>Name at least one document to link or unlink.</source>
        <translation>请至少指定一份要链接或取消链接的文件。</translation>
    </message>
    <message>
        <source>%1 may not change the links of %2 (authors or document controllers may).</source>
        <translation>%1 无权修改 %2 的链接（编制人或文控可以修改）。</translation>
    </message>
    <message>
        <source>%1 has been withdrawn and is obsolete; its links cannot change.</source>
        <translation>%1 已作废；其链接不能再修改。</translation>
    </message>
    <message>
        <source>%1 has no link added by hand to %2; nothing was changed.</source>
        <translation>%1 没有手动添加的指向 %2 的链接；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 cannot cite itself.</source>
        <translation>%1 不能引用自身。</translation>
    </message>
    <message>
        <source>There is no document %1 to link %2 to; nothing was changed.</source>
        <translation>不存在要将 %2 链接到的文件 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 already has exactly these links; nothing was changed.</source>
        <translation>%1 的链接已与此完全相同；未做任何更改。</translation>
    </message>
    <message>
        <source>find the texts that name a document</source>
        <translation>查找提及文件的正文</translation>
    </message>
</context>
<context>
    <name>dc::LinkStore</name>
    <message>
        <source>read the links of a document</source>
        <translation>读取文件的链接</translation>
    </message>
    <message>
        <source>change the links of a document</source>
        <translation>修改文件的链接</translation>
    </message>
    <message>
        <source>read the links between documents</source>
        <translation>读取文件之间的链接</translation>
    </message>
    <message>
        <source>read the external document&apos;s register entry</source>
        <translation>读取外来文件的登记信息</translation>
    </message>
    <message>
        <source>record the external document&apos;s register entry</source>
        <translation>记录外来文件的登记信息</translation>
    </message>
    <message>
        <source>read the register of external documents</source>
        <translation>读取外来文件登记册</translation>
    </message>
    <message>
        <source>record the numbers a text cites</source>
        <translation>记录正文引用的文件编号</translation>
    </message>
    <message>
        <source>read the numbers a text cites</source>
        <translation>读取正文引用的文件编号</translation>
    </message>
</context>
<context>
    <name>dc::LinksDialog</name>
    <message>
        <source>Documents %1 cites</source>
        <translation>%1 引用的文件</translation>
    </message>
    <message>
        <source>Number or words of the title, e.g. ISMS-P-001, 变更</source>
        <translation>编号或标题中的词语，例如 ISMS-P-001、变更</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>Linked by hand:</source>
        <translation>手动链接：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Document numbers found in the text of the latest revision; they follow the text as it is saved</source>
        <translation>在最新修订版本正文中找到的文件编号；保存时随正文自动更新</translation>
    </message>
    <message>
        <source>Named in the text:</source>
        <translation>正文中提及：</translation>
    </message>
    <message>
        <source>Save Links</source>
        <translation>保存链接</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何修改。</translation>
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
    <message>
        <source>Register</source>
        <translation>文件清单</translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Every document (Ctrl+1)</source>
        <translation>全部文件（Ctrl+1）</translation>
    </message>
    <message>
        <source>What waits for you: reviews, approvals, releases, periodic reviews (Ctrl+2)</source>
        <translation>等待您处理的事项：审核、批准、发布、定期评审（Ctrl+2）</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign O&amp;ut…</source>
        <translation>退出登录(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>文件清单(&amp;R)</translation>
    </message>
    <message>
        <source>My &amp;Tasks</source>
        <translation>我的待办(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文件操作(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>Add users, change roles, disable accounts, reset passwords</source>
        <translation>添加用户、更改角色、停用账户、重置密码</translation>
    </message>
    <message>
        <source>Only administrators manage users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>My Tasks (%1)</source>
        <translation>我的待办（%1）</translation>
    </message>
    <message>
        <source>Your password was changed; your signing key stays the same.</source>
        <translation>密码已修改；您的签名密钥保持不变。</translation>
    </message>
    <message>
        <source>Settings saved; the new language applies when DocControl starts again.</source>
        <translation>设置已保存；新的界面语言将在 DocControl 重新启动后生效。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled release(s) became effective.</source>
        <translation>
            <numerusform>%n 项定时发布已生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Document…</source>
        <translation>新建文件(&amp;N)…</translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation>文档库以只读方式打开。</translation>
    </message>
    <message>
        <source>Register a document with a first draft from its type&apos;s template</source>
        <translation>登记一份文件，并以该文件类型的模板生成首份草稿</translation>
    </message>
    <message>
        <source>Registered %1 %2.</source>
        <translation>已登记 %1 %2。</translation>
    </message>
    <message>
        <source>Controlled &amp;Copies…</source>
        <translation>受控副本(&amp;C)…</translation>
    </message>
    <message>
        <source>The register of controlled copies: issued, to recall, recalled, destroyed</source>
        <translation>受控副本登记表：已发放、待回收、已回收、已销毁</translation>
    </message>
    <message>
        <source>&amp;Master List of Documents…</source>
        <translation>受控文件清单(&amp;M)…</translation>
    </message>
    <message>
        <source>Export the register under its current filter as the master list (受控文件清单), PDF or CSV</source>
        <translation>按当前筛选条件将文件清单导出为受控文件清单（PDF 或 CSV）</translation>
    </message>
    <message>
        <source>Open &amp;Shared Store…</source>
        <translation>打开共享文档库(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a store that many desks share on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上由多台计算机共享的文档库</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open %1, where %2 was written</source>
        <translation>打开 %2 所在的文件夹 %1</translation>
    </message>
    <message>
        <source>Wrote the master list to %1</source>
        <translation>已将受控文件清单写入 %1</translation>
    </message>
</context>
<context>
    <name>dc::MarkdownEditor</name>
    <message>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.svg)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Body Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>标题 1</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>标题 2</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>标题 3</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>倾斜</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Bullet List</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 列表</translation>
    </message>
    <message>
        <source>Insert Table…</source>
        <translation>插入表格…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Insert Link…</source>
        <translation>插入链接…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Insert Image…</source>
        <translation>插入图片…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>无法读取图片 %1：%2</translation>
    </message>
    <message>
        <source>The image %1 is larger than 10 MB.</source>
        <translation>图片 %1 超过 10 MB。</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>该文件为只读。</translation>
    </message>
    <message>
        <source>The image is larger than 10 MB.</source>
        <translation>图片超过 10 MB。</translation>
    </message>
    <message>
        <source>This is not an image the editor can show (PNG, JPEG, GIF, BMP or SVG).</source>
        <translation>编辑器无法显示该图片（仅支持 PNG、JPEG、GIF、BMP 或 SVG）。</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>dc::MasterListDialog</name>
    <message>
        <source>Master List of Documents</source>
        <translation>受控文件清单</translation>
    </message>
    <message>
        <source>Every document in the register</source>
        <translation>文件清单中的全部文件</translation>
    </message>
    <message>
        <source>The register filtered by %1</source>
        <translation>按 %1 筛选的文件清单</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>PDF, stamped (landscape)</source>
        <translation>PDF，加盖印章（横向）</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8)</source>
        <translation>CSV，适用于 Excel（UTF-8）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the Master List</source>
        <translation>导出受控文件清单</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
</context>
<context>
    <name>dc::MasterListService</name>
    <message>
        <source>read the effective revision of %1</source>
        <translation>读取 %1 的生效修订版本</translation>
    </message>
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
        <source>Effective date</source>
        <translation>生效日期</translation>
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
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>classification: %1</source>
        <translation>密级：%1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>department: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>clause: %1</source>
        <translation>条款：%1</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>文本：%1</translation>
    </message>
    <message>
        <source>effective only</source>
        <translation>仅限生效文件</translation>
    </message>
    <message numerus="yes">
        <source>%n documents, made %1 by %2</source>
        <translation>
            <numerusform>共 %n 份文件，由 %2 于 %1 生成</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered by %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dc::MetadataForm</name>
    <message>
        <source>e.g. 信息安全风险评估程序</source>
        <translation>例如：信息安全风险评估程序</translation>
    </message>
    <message>
        <source>e.g. Information Security Risk Assessment Procedure</source>
        <translation>例如：Information Security Risk Assessment Procedure</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Not a retained record</source>
        <translation>非保存记录</translation>
    </message>
    <message>
        <source>One per line, e.g.
27001:2013 7.5
20000-1:2018 8.5.1</source>
        <translation>每行一个，例如：
27001:2013 7.5
20000-1:2018 8.5.1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation>英文标题(&amp;E)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>密级(&amp;C)：</translation>
    </message>
    <message>
        <source>Re&amp;view interval:</source>
        <translation>评审周期(&amp;V)：</translation>
    </message>
    <message>
        <source>Re&amp;tention:</source>
        <translation>保存期限(&amp;T)：</translation>
    </message>
    <message>
        <source>Cla&amp;uses:</source>
        <translation>条款(&amp;U)：</translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation>请输入标题。</translation>
    </message>
    <message>
        <source>Choose the owner.</source>
        <translation>请选择负责人。</translation>
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
    <message>
        <source>start the audit trail</source>
        <translation>建立审计追踪</translation>
    </message>
    <message>
        <source>create the version 4 schema</source>
        <translation>创建第 4 版数据结构</translation>
    </message>
    <message>
        <source>create the version 5 schema</source>
        <translation>创建第 5 版数据结构</translation>
    </message>
    <message>
        <source>empty the search index</source>
        <translation>清空搜索索引</translation>
    </message>
    <message>
        <source>create the search index</source>
        <translation>创建搜索索引</translation>
    </message>
    <message>
        <source>create the version 7 schema</source>
        <translation>创建第 7 版数据结构</translation>
    </message>
    <message>
        <source>create the tables of links and external documents</source>
        <translation>创建链接表和外来文件表</translation>
    </message>
    <message>
        <source>create the version 9 schema</source>
        <translation>创建第 9 版数据结构</translation>
    </message>
    <message>
        <source>create the version 10 schema</source>
        <translation>创建第 10 版数据结构</translation>
    </message>
    <message>
        <source>create the version 11 schema</source>
        <translation>创建第 11 版数据结构</translation>
    </message>
    <message>
        <source>create the version 12 schema</source>
        <translation>创建第 12 版数据结构</translation>
    </message>
    <message>
        <source>read the texts of the documents</source>
        <translation>读取文件的正文</translation>
    </message>
</context>
<context>
    <name>dc::NewDocumentDialog</name>
    <message>
        <source>New Document</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>文件编号(&amp;N)：</translation>
    </message>
    <message>
        <source>The first draft starts from this template:</source>
        <translation>首份草稿将以此模板为基础：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>The next number of the pattern %1.</source>
        <translation>编号规则 %1 的下一个编号。</translation>
    </message>
    <message>
        <source>The next number of the pattern %1; type another to choose it.</source>
        <translation>编号规则 %1 的下一个编号；如需使用其他编号，请直接输入。</translation>
    </message>
    <message>
        <source>&amp;Annex A of:</source>
        <translation>附录 A 所属标准(&amp;A)：</translation>
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
    <message>
        <source>Numbering pattern &quot;%1&quot; uses the unknown placeholder {%2}; use {prefix}, {seq:N}, {seq:N,yearly}, {year} or {yy}.</source>
        <translation>编号规则“%1”使用了无法识别的占位符 {%2}；请使用 {prefix}、{seq:N}、{seq:N,yearly}、{year} 或 {yy}。</translation>
    </message>
</context>
<context>
    <name>dc::NumberingTab</name>
    <message>
        <source>Placeholders: {prefix} (the store&apos;s prefix), {seq} or {seq:N} (zero-padded to N digits), {year}, {yy}; {seq:N,yearly} restarts the sequence every year. Letters, digits and - _ . / are copied as they are.</source>
        <translation>占位符：{prefix}（文档库的编号前缀）、{seq} 或 {seq:N}（以零补足 N 位）、{year}、{yy}；{seq:N,yearly} 每年重新开始编号。字母、数字及 - _ . / 按原样保留。</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>下一编号</translation>
    </message>
    <message>
        <source>&amp;Save Patterns</source>
        <translation>保存编号规则(&amp;S)</translation>
    </message>
    <message>
        <source>Only document controllers (文控) and administrators change numbering patterns.</source>
        <translation>只有文控和管理员可以修改编号规则。</translation>
    </message>
    <message>
        <source>%1 (example, not saved yet)</source>
        <translation>%1（示例，尚未保存）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dc::OfficePackage</name>
    <message>
        <source>the elements are nested too deeply</source>
        <translation>元素嵌套层级过深</translation>
    </message>
    <message>
        <source>The ODT file is of another kind (%1), not a text document.</source>
        <translation>该 ODT 文件属于其他类型（%1），不是文本文档。</translation>
    </message>
    <message>
        <source>The %1 file cannot be imported: %2</source>
        <translation>无法导入该 %1 文件：%2</translation>
    </message>
    <message>
        <source>The %1 file is damaged: %2, line %3: %4</source>
        <translation>该 %1 文件已损坏：%2，第 %3 行：%4</translation>
    </message>
    <message>
        <source>The %1 file is damaged or of another kind: it has no %2.</source>
        <translation>该 %1 文件已损坏或属于其他类型：缺少 %2。</translation>
    </message>
    <message>
        <source>a document type declaration (DTD) is not allowed</source>
        <translation>不允许使用文档类型声明（DTD）</translation>
    </message>
</context>
<context>
    <name>dc::OpenStores</name>
    <message>
        <source>%1 is a document store that is open; choose another file.</source>
        <translation>%1 是一个已打开的文档库，请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>dc::OutputFile</name>
    <message>
        <source>%1 is the store itself (or one of its files); write to another file.</source>
        <translation>%1 是文档库本身（或其附属文件），请写入其他文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; write to a file.</source>
        <translation>%1 是一个文件夹，请写入文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe, socket or link); write to a regular file.</source>
        <translation>%1 不是普通文件（而是设备、管道、套接字或链接），请写入普通文件。</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>%1 is a link to nothing; write to a regular file.</source>
        <translation>%1 是指向不存在目标的链接，请写入普通文件。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot write in the folder of %1: %2</source>
        <translation>无法在 %1 所在的文件夹中写入：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; it was not replaced.</source>
        <translation>%1 已存在，未被替换。</translation>
    </message>
</context>
<context>
    <name>dc::OverdueBanner</name>
    <message>
        <source>%1 %2 %3 (due %4)</source>
        <translation>%1 %2 %3（%4 到期）</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) are overdue: </source>
        <translation>
            <numerusform>%n 项任务已逾期： </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t remind me again today</source>
        <translation>今天不再提醒</translation>
    </message>
    <message>
        <source>Open My Tasks</source>
        <translation>打开我的待办</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>dc::PasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset Password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>%1 gets a new signing key; signatures made with the old one stay valid.</source>
        <translation>%1 将获得新的签名密钥；用旧密钥所做的签名仍然有效。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
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
    <name>dc::PdfPreviewPane</name>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Zoom the pages to the width of the view</source>
        <translation>按视图宽度缩放页面</translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Zoom so that a whole page is in view</source>
        <translation>缩放至可见整页</translation>
    </message>
    <message>
        <source>A preview records nothing and issues no copy; print or export to do so.</source>
        <translation>预览不做任何记录，也不发放副本；如需记录或发放，请打印或导出。</translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>%1 cannot be previewed: %2</source>
        <translation>无法预览 %1：%2</translation>
    </message>
    <message>
        <source>no temporary folder for its pages (%1).</source>
        <translation>没有可存放页面的临时文件夹（%1）。</translation>
    </message>
    <message>
        <source>Rendering %1 %2…</source>
        <translation>正在生成 %1 %2…</translation>
    </message>
    <message>
        <source>The preview could not be opened (PDF error %1).</source>
        <translation>无法打开预览（PDF 错误 %1）。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Preview as printed today — %1</source>
        <translation>今日打印效果预览 — %1</translation>
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
    <message>
        <source>start a new revision of %1 (authors or document controllers may)</source>
        <translation>开始 %1 的新修订版本（仅限编制人或文控）</translation>
    </message>
    <message>
        <source>review documents (reviewers only)</source>
        <translation>审核文件（仅限审核人）</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>approve documents (approvers only)</source>
        <translation>批准文件（仅限批准人）</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>release %1 (document controllers or its approver may)</source>
        <translation>发布 %1（仅限文控或其批准人）</translation>
    </message>
    <message>
        <source>withdraw %1 (document controllers only)</source>
        <translation>作废 %1（仅限文控）</translation>
    </message>
    <message>
        <source>carry out the periodic review of %1 (reviewers, approvers, document controllers or its owner may)</source>
        <translation>对 %1 进行定期评审（仅限审核人、批准人、文控或其负责人）</translation>
    </message>
    <message>
        <source>verify the store (administrators only)</source>
        <translation>校验文档库（仅限管理员）</translation>
    </message>
    <message>
        <source>issue, recall or destroy controlled copies (document controllers only)</source>
        <translation>发放、回收或销毁受控副本（仅限文控）</translation>
    </message>
    <message>
        <source>%1 wrote or changed revision %2 of %3 and so may not %4 it (segregation of duties).</source>
        <translation>%1 编写或修改过 %3 的修订版 %2，因此不得%4该修订版（职责分离）。</translation>
    </message>
    <message>
        <source>choose a document number (document controllers only); leave the number empty to take the next one</source>
        <translation>指定文件编号（仅限文控）；请将编号留空以使用下一个编号</translation>
    </message>
    <message>
        <source>change the details of %1 (document controllers only)</source>
        <translation>修改 %1 的详细信息（仅限文控）</translation>
    </message>
    <message>
        <source>read the audit trail (readers only see effective revisions)</source>
        <translation>读取审计追踪（查阅人只能查看已生效的修订版本）</translation>
    </message>
</context>
<context>
    <name>dc::PgSchema</name>
    <message>
        <source>create the store&apos;s tables</source>
        <translation>创建文档库的数据表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name DocControl grants to: use lower-case letters, digits and _.</source>
        <translation>“%1”不是 DocControl 可授权的角色名：请只使用小写字母、数字和 _。</translation>
    </message>
    <message>
        <source>grant the application role its rights</source>
        <translation>为应用程序角色授予权限</translation>
    </message>
    <message>
        <source>remove the store&apos;s tables</source>
        <translation>删除文档库的数据表</translation>
    </message>
    <message>
        <source>upgrade the store&apos;s tables</source>
        <translation>升级文档库的数据表</translation>
    </message>
    <message>
        <source>%1 holds a store of schema %2, which this version cannot upgrade.</source>
        <translation>%1 中的文档库为第 %2 版结构，本版本无法升级。</translation>
    </message>
    <message>
        <source>read which roles the store&apos;s rights were granted to</source>
        <translation>读取文件库的权限授予了哪些角色</translation>
    </message>
</context>
<context>
    <name>dc::PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>Print a stamped copy of the revision shown</source>
        <translation>打印当前所显示修订版本的盖章副本</translation>
    </message>
    <message>
        <source>Export the revision shown as a stamped PDF</source>
        <translation>将当前所显示的修订版本导出为盖章 PDF</translation>
    </message>
    <message>
        <source>The store is open read-only, and every print and export is recorded in it.</source>
        <translation>文档库以只读方式打开，而每次打印和导出都须记录在文档库中。</translation>
    </message>
</context>
<context>
    <name>dc::PrintSubject</name>
    <message>
        <source>%1 has no revision %2.</source>
        <translation>%1 不存在修订版本 %2。</translation>
    </message>
    <message>
        <source>Only an effective revision has controlled copies; %1 %2 is %3.</source>
        <translation>只有生效的修订版本才能发放受控副本；%1 %2 处于“%3”状态。</translation>
    </message>
</context>
<context>
    <name>dc::PrintingTab</name>
    <message>
        <source>Chinese and English (受控文件 Controlled Copy)</source>
        <translation>中英双语（受控文件 Controlled Copy）</translation>
    </message>
    <message>
        <source>Chinese only (受控文件)</source>
        <translation>仅中文（受控文件）</translation>
    </message>
    <message>
        <source>&amp;Labels on printed pages:</source>
        <translation>打印页面上的标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Stamps, running headers and footers, the manual&apos;s cover and the signature tables use these labels. Pages already exported keep the labels they were made with.</source>
        <translation>印章、页眉页脚、手册封面和签名表均使用这些标签。已导出的页面保留其生成时所用的标签。</translation>
    </message>
    <message>
        <source>&amp;Save Labels</source>
        <translation>保存标签(&amp;S)</translation>
    </message>
    <message>
        <source>Only document controllers (文控) and administrators change the labels of printed pages.</source>
        <translation>只有文控和管理员可以修改打印页面的标签。</translation>
    </message>
</context>
<context>
    <name>dc::RecallDialog</name>
    <message>
        <source>Recall Controlled Copies</source>
        <translation>回收受控副本</translation>
    </message>
    <message>
        <source>%1 %2 — copy No. %3 — %4</source>
        <translation>%1 %2 — 第 %3 号副本 — %4</translation>
    </message>
    <message>
        <source>Recall the checked copies now, once they are back; unchecked ones stay in the register as issued and can be recalled later from File ▸ Controlled Copies.</source>
        <translation>勾选的副本收回后即可在此回收；未勾选的副本在登记表中仍为“已发放”，之后可通过“文件 ▸ 受控副本”回收。</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Check the copies to recall.</source>
        <translation>请勾选要回收的副本。</translation>
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
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Only documents mapped to this clause or its subclauses, e.g. A.5.1; &quot;27001:2022 A.5.1&quot; for one standard</source>
        <translation>仅显示对应此条款或其子条款的文件，例如 A.5.1；限定某一标准时写作“27001:2022 A.5.1”</translation>
    </message>
</context>
<context>
    <name>dc::ReportCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dc::RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup is restored into a new store, its checksum checked and the restored store verified. Nothing existing is overwritten.</source>
        <translation>备份将恢复到一个新的文档库：先核对备份的校验值，再校验恢复后的文档库。不会覆盖任何已有内容。</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>备份(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;New store:</source>
        <translation>新文档库(&amp;N)：</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring and verifying %1…</source>
        <translation>正在恢复并校验 %1…</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>备份文件 (*.zip)</translation>
    </message>
    <message>
        <source>Restore Into a New Store</source>
        <translation>恢复到新的文档库</translation>
    </message>
    <message>
        <source>DocControl stores (*.dcstore)</source>
        <translation>DocControl 文档库 (*.dcstore)</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>请选择要恢复的备份。</translation>
    </message>
    <message>
        <source>Choose the new store to restore it into.</source>
        <translation>请选择要恢复到的新文档库。</translation>
    </message>
</context>
<context>
    <name>dc::RetentionReplay</name>
    <message>
        <source>read the documents&apos; retention</source>
        <translation>读取文件的保存期限</translation>
    </message>
    <message>
        <source>The legal hold of %1 is &quot;%2&quot; in the store, but the audit trail records &quot;%3&quot;.</source>
        <translation>文档库中 %1 的法律保全为“%2”，但审计追踪记录为“%3”。</translation>
    </message>
    <message>
        <source>%1 is kept until &quot;%2&quot; in the store, but the audit trail records &quot;%3&quot;.</source>
        <translation>文档库中 %1 的保存截止日期为“%2”，但审计追踪记录为“%3”。</translation>
    </message>
    <message>
        <source>%1 is disposed of in the store, but the audit trail records no disposal: its content was removed outside DocControl.</source>
        <translation>文档库中 %1 已销毁，但审计追踪中没有销毁记录：其内容是在 DocControl 之外被删除的。</translation>
    </message>
    <message>
        <source>The audit trail records the disposal of %1, but the store still holds it as not disposed.</source>
        <translation>审计追踪记录了 %1 的销毁，但文档库中它仍为未销毁状态。</translation>
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
    <name>dc::RevisionsModel</name>
    <message>
        <source>Revision</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次评审</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>修订说明</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Released on paper before this store kept the document; recorded by %1, not signed here.</source>
        <translation>在本文档库保管该文件之前以纸质方式发布；由 %1 补录，未在本系统签署。</translation>
    </message>
    <message>
        <source>Recorded earlier</source>
        <translation>补录的早期版本</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>批准人 %1</translation>
    </message>
</context>
<context>
    <name>dc::RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>What %1 may do. Segregation of duties still applies to every revision.</source>
        <translation>%1 可执行的操作。每个修订版本仍须遵守职责分离。</translation>
    </message>
    <message>
        <source>Change Roles</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Check at least one role.</source>
        <translation>请至少勾选一个角色。</translation>
    </message>
</context>
<context>
    <name>dc::RouteDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>&amp;Reviewers (the author of the revision cannot review it):</source>
        <translation>审核人(&amp;R)（修订版本的编制人不能审核）：</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Reviewers sign &amp;in the order listed</source>
        <translation>审核人按所列顺序依次签署(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the approver</source>
        <translation>选择批准人</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Check at least one reviewer.</source>
        <translation>请至少勾选一名审核人。</translation>
    </message>
    <message>
        <source>Choose the approver.</source>
        <translation>请选择批准人。</translation>
    </message>
    <message>
        <source>%1 cannot both review and approve the same revision.</source>
        <translation>%1 不能同时审核和批准同一修订版本。</translation>
    </message>
</context>
<context>
    <name>dc::RoutesTab</name>
    <message>
        <source>The route a submission takes when it names no reviewers or approver. Whoever wrote or changed a revision can neither review nor approve it, whatever the route says.</source>
        <translation>提交审核时未指定审核人或批准人时所采用的审批路线。无论审批路线如何设置，编写或修改过某一修订版本的人都不能审核或批准该版本。</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Reviewers (审核)</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Approver (批准)</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Tick the reviewers; drag them into the order they sign in when they sign one after another.</source>
        <translation>勾选审核人；如需依次签署，请将其拖动排列为签署顺序。</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>审核人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <source>Reviewers sign &amp;one after another, in the order listed (else in parallel)</source>
        <translation>审核人按所列顺序依次签署(&amp;O)（否则并行签署）</translation>
    </message>
    <message>
        <source>&amp;Save Route</source>
        <translation>保存审批路线(&amp;S)</translation>
    </message>
    <message>
        <source>Only document controllers (文控) and administrators change default routes.</source>
        <translation>只有文控和管理员可以修改默认审批路线。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>依次</translation>
    </message>
    <message>
        <source>parallel</source>
        <translation>并行</translation>
    </message>
    <message>
        <source>Choose at least one reviewer and the approver.</source>
        <translation>请至少选择一名审核人，并选择批准人。</translation>
    </message>
</context>
<context>
    <name>dc::SearchIndex</name>
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
    <message>
        <source>check the search configuration</source>
        <translation>检查搜索配置</translation>
    </message>
    <message>
        <source>The database %1 cannot index Chinese text: its character type (LC_CTYPE) does not treat Chinese characters as letters. Create it with ENCODING &apos;UTF8&apos; and a UTF-8 locale such as C.UTF-8.</source>
        <translation>数据库 %1 无法为中文文本建立索引：其字符类型（LC_CTYPE）不把汉字视为字母。请使用 ENCODING &apos;UTF8&apos; 和 UTF-8 区域设置（例如 C.UTF-8）创建该数据库。</translation>
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
    <message>
        <source>Audit Trail Alarm</source>
        <translation>审计追踪警报</translation>
    </message>
    <message>
        <source>Open Shared Store</source>
        <translation>打开共享文档库</translation>
    </message>
    <message>
        <source>The shared store&apos;s PostgreSQL location, e.g. postgresql://wangfang@db.example.cn:5432/doccontrol
(without a password: it is asked for when the server wants one).</source>
        <translation>共享文档库的 PostgreSQL 地址，例如 postgresql://wangfang@db.example.cn:5432/doccontrol
（不含密码：服务器需要密码时会另行询问）。</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>%1

The database password for %2 (kept only while DocControl runs):</source>
        <translation>%1

%2 的数据库密码（仅在 DocControl 运行期间保留）：</translation>
    </message>
</context>
<context>
    <name>dc::SessionLock</name>
    <message>
        <source>DocControl is locked</source>
        <translation>DocControl 已锁定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing happened here for a while, so the documents are hidden. %1 can unlock with their password; anyone else may sign out.</source>
        <translation>由于一段时间内没有操作，文件内容已隐藏。%1 可输入密码解锁；其他人可退出登录。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>dc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when DocControl is started again.</source>
        <translation>新的界面语言将在 DocControl 重新启动后生效。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input the window locks and asks for your password.</source>
        <translation>在此时长内没有键盘或鼠标操作时，窗口将锁定并要求输入密码。</translation>
    </message>
    <message>
        <source>Lock when idle &amp;for:</source>
        <translation>空闲锁定时间(&amp;F)：</translation>
    </message>
    <message>
        <source>Back up each store I write to, daily and when I sign out</source>
        <translation>每天以及注销时，备份我写入过的每个文档库</translation>
    </message>
    <message>
        <source>Automatic &amp;backups:</source>
        <translation>自动备份(&amp;B)：</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation>自动备份文件夹</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source> per store</source>
        <translation> 个/文档库</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>dc::SettingsService</name>
    <message>
        <source>The template is blank; to go back to the built-in template, reset it.</source>
        <translation>模板为空；如需恢复内置模板，请重置模板。</translation>
    </message>
    <message>
        <source>The template is longer than %1 characters.</source>
        <translation>模板超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Documents of type %1 already start from the built-in template.</source>
        <translation>%1 类型的文件已在使用内置模板。</translation>
    </message>
    <message>
        <source>The template of %1 is already this text; nothing was changed.</source>
        <translation>%1 的模板已是此内容，未做任何更改。</translation>
    </message>
    <message>
        <source>Database roles exist on a PostgreSQL store only; %1 is a file.</source>
        <translation>只有 PostgreSQL 文档库才有数据库角色；%1 是一个文件。</translation>
    </message>
    <message>
        <source>The labels are already &quot;%1&quot;.</source>
        <translation>标签已经是“%1”。</translation>
    </message>
</context>
<context>
    <name>dc::SignDialog</name>
    <message>
        <source>Sign as Reviewer</source>
        <translation>以审核人身份签署</translation>
    </message>
    <message>
        <source>Sign as Approver</source>
        <translation>以批准人身份签署</translation>
    </message>
    <message>
        <source>Release and Sign</source>
        <translation>签署并发布</translation>
    </message>
    <message>
        <source>Sign the Periodic Review</source>
        <translation>签署定期评审</translation>
    </message>
    <message>
        <source>You are signing electronically. The signature records your name, its meaning, the time and the SHA-256 of the content below; it cannot be changed afterwards.</source>
        <translation>您正在进行电子签名。签名将记录您的姓名、签名含义、时间以及下列内容的 SHA-256，签署后不可更改。</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>修订版本：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation>内容 SHA-256：</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>签名含义：</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>签署人：</translation>
    </message>
    <message>
        <source>&amp;View Changes…</source>
        <translation>查看修改(&amp;V)…</translation>
    </message>
    <message>
        <source>There is no effective revision to compare with.</source>
        <translation>没有可供比较的生效修订版本。</translation>
    </message>
    <message>
        <source>Today or later; a later date schedules the release.</source>
        <translation>今天或以后的日期；选择以后的日期即为定时发布。</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>比较 %1 与 %2</translation>
    </message>
    <message>
        <source>Changes in %1 %2</source>
        <translation>%1 %2 的修改内容</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>请输入密码以签署。</translation>
    </message>
    <message>
        <source>Withdraw and Sign</source>
        <translation>签署并作废</translation>
    </message>
    <message>
        <source>%1 signed on %2, without a comment.</source>
        <translation>%1 于 %2 签署，未填写意见。</translation>
    </message>
    <message>
        <source>%1 signed on %2: “%3”</source>
        <translation>%1 于 %2 签署：“%3”</translation>
    </message>
    <message>
        <source>No reviewer has signed this round.</source>
        <translation>本轮尚无审核人签署。</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>审核记录：</translation>
    </message>
    <message>
        <source>Nothing to compare: no earlier revision is in force, so all of the text is new.</source>
        <translation>无可比较内容：没有现行有效的早期修订版本，因此全部正文均为新增。</translation>
    </message>
    <message>
        <source>Required: why the document is withdrawn</source>
        <translation>必填：作废文件的原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>No. %1 of %2 — %3</source>
        <translation>%2 的第 %1 号副本 — %3</translation>
    </message>
    <message>
        <source>None are out.</source>
        <translation>没有在外的副本。</translation>
    </message>
    <message numerus="yes">
        <source>%n controlled copies must be recalled:</source>
        <translation>
            <numerusform>须回收 %n 份受控副本：</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies to recall:</source>
        <translation>待回收副本：</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Give the reason for the withdrawal.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>I Have Read and Understood</source>
        <translation>本人已阅读并理解</translation>
    </message>
    <message>
        <source>I have read and understood this revision. 本人已阅读并理解本文件。</source>
        <translation>本人已阅读并理解本文件。</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认阅知</translation>
    </message>
    <message>
        <source>Destroy and Sign</source>
        <translation>签署并销毁</translation>
    </message>
    <message>
        <source>Required: why the content is destroyed</source>
        <translation>必填：销毁内容的原因</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Give the reason for destroying the content.</source>
        <translation>请填写销毁内容的原因。</translation>
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
    <message>
        <source>Unlock — DocControl</source>
        <translation>解锁 — DocControl</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;DocControl is locked.&lt;/b&gt;&lt;br/&gt;%1 was signed in. Enter the password to continue, or sign out so that someone else can sign in.</source>
        <translation>&lt;b&gt;DocControl 已锁定。&lt;/b&gt;&lt;br/&gt;当前登录用户为 %1。请输入密码继续，或退出登录以便其他人登录。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Stay Locked</source>
        <translation>保持锁定</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>dc::Signature</name>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期评审</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已阅知悉</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>已销毁</translation>
    </message>
</context>
<context>
    <name>dc::SigningKey</name>
    <message>
        <source>Not enough memory to protect the signing key.</source>
        <translation>内存不足，无法保护签名密钥。</translation>
    </message>
    <message>
        <source>The stored signing key is damaged.</source>
        <translation>已保存的签名密钥已损坏。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>dc::Soa</name>
    <message>
        <source>The Statement of Applicability has no line &quot;标准 Standard: …&quot; naming its standard.</source>
        <translation>适用性声明中没有指明其标准的“标准 Standard: …”行。</translation>
    </message>
    <message>
        <source>The Statement of Applicability names the standard &quot;%1&quot;, which has no catalogue.</source>
        <translation>适用性声明指明的标准“%1”没有条款目录。</translation>
    </message>
    <message>
        <source>The SoA table header at line %1 is not followed by a separator line.</source>
        <translation>第 %1 行的适用性声明表头后面没有分隔行。</translation>
    </message>
    <message>
        <source>The Statement of Applicability has no table whose first column is &quot;控制 Control&quot;.</source>
        <translation>适用性声明中没有首列为“控制 Control”的表格。</translation>
    </message>
    <message>
        <source>There is no catalogue for the standard &quot;%1&quot;; known: %2.</source>
        <translation>标准“%1”没有条款目录；已知标准：%2。</translation>
    </message>
    <message>
        <source>The standard &quot;%1&quot; has no Annex A controls.</source>
        <translation>标准“%1”没有附录 A 控制措施。</translation>
    </message>
    <message>
        <source>%1 is not an Annex A control of %2.</source>
        <translation>%1 不是 %2 的附录 A 控制措施。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 被列出了两次。</translation>
    </message>
    <message>
        <source>%1: applicable or not is not decided.</source>
        <translation>%1：尚未确定是否适用。</translation>
    </message>
    <message>
        <source>%1 is applicable but gives no reason.</source>
        <translation>%1 适用，但未给出适用理由。</translation>
    </message>
    <message>
        <source>%1 is applicable but has no implementation status.</source>
        <translation>%1 适用，但没有实施状态。</translation>
    </message>
    <message>
        <source>%1 is excluded without a justification.</source>
        <translation>%1 被排除，但没有排除理由。</translation>
    </message>
    <message>
        <source>%1 is excluded but has an implementation status.</source>
        <translation>%1 被排除，但填写了实施状态。</translation>
    </message>
    <message>
        <source>%1 is missing from the Statement of Applicability.</source>
        <translation>适用性声明中缺少 %1。</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>dc::SoaEditDialog</name>
    <message>
        <source>Edit %1 — %2</source>
        <translation>编辑 %1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 is effective. Saving starts the next revision as a new draft; %2 stays in force until the new revision is approved and released.</source>
        <translation>%1 %2 现行有效。保存后将以新草稿开始下一修订版本；在新修订版本批准并发布之前，%2 继续有效。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Fill &amp;Implementing Documents</source>
        <translation>填写实施文件(&amp;I)</translation>
    </message>
    <message>
        <source>Lists, for each control, the effective documents mapped to it</source>
        <translation>为每项控制措施列出与其对应的生效文件</translation>
    </message>
    <message>
        <source>Start Revision</source>
        <translation>开始修订</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>The implementing documents are up to date.</source>
        <translation>实施文件已是最新。</translation>
    </message>
    <message numerus="yes">
        <source>Implementing documents changed for %n control(s): %1</source>
        <translation>
            <numerusform>%n 项控制措施的实施文件已更新：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 controls: %2 applicable, %3 excluded, %4 undecided.</source>
        <translation>%1 项控制措施：适用 %2 项，排除 %3 项，未确定 %4 项。</translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>可以提交。</translation>
    </message>
    <message>
        <source>Not ready to submit: %1</source>
        <translation>尚不能提交：%1</translation>
    </message>
    <message>
        <source>A change summary (修订说明) is required.</source>
        <translation>必须填写修订说明。</translation>
    </message>
    <message>
        <source>Nothing has changed yet: edit the table or the change summary to save the draft.</source>
        <translation>尚未做任何修改：请编辑表格或修订说明后再保存草稿。</translation>
    </message>
</context>
<context>
    <name>dc::SoaService</name>
    <message>
        <source>%1 is not a Statement of Applicability.</source>
        <translation>%1 不是适用性声明。</translation>
    </message>
    <message>
        <source>%1 has no control %2.</source>
        <translation>%1 没有控制措施 %2。</translation>
    </message>
</context>
<context>
    <name>dc::SoaTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Refresh implementing documents</source>
        <translation>刷新实施文件</translation>
    </message>
</context>
<context>
    <name>dc::StoreLocation</name>
    <message>
        <source>The store location %1 is not usable: %2</source>
        <translation>文档库位置 %1 不可用：%2</translation>
    </message>
    <message>
        <source>a password must not be part of it; use ~/.pgpass or PGPASSWORD.</source>
        <translation>其中不得包含密码；请使用 ~/.pgpass 或 PGPASSWORD。</translation>
    </message>
    <message>
        <source>it names no database (postgresql://user@host:port/dbname).</source>
        <translation>其中未指定数据库（postgresql://user@host:port/dbname）。</translation>
    </message>
    <message>
        <source>the option %1 is not supported (only host).</source>
        <translation>不支持选项 %1（仅支持 host）。</translation>
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
    <message>
        <source>The label language must be &quot;zh&quot; (Chinese only) or &quot;bilingual&quot;, not &quot;%1&quot;.</source>
        <translation>标签语言必须是“zh”（仅中文）或“bilingual”（中英双语），而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>dc::StoreTransfer</name>
    <message>
        <source>copy the store</source>
        <translation>复制文档库</translation>
    </message>
    <message>
        <source>%1 already holds a store; a copy goes only into a new, empty one.</source>
        <translation>%1 中已有文档库；只能复制到新的空文档库中。</translation>
    </message>
    <message>
        <source>A revision has the unknown status &quot;%1&quot;; the store cannot be copied.</source>
        <translation>某个修订版本的状态“%1”无法识别；无法复制该文档库。</translation>
    </message>
</context>
<context>
    <name>dc::TaskModel</name>
    <message>
        <source>The periodic review was due on %1.</source>
        <translation>定期评审应于 %1 完成。</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Waiting since / due</source>
        <translation>等待起始 / 到期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>The check for a newer edition was due on %1.</source>
        <translation>新版本核查应于 %1 完成。</translation>
    </message>
    <message>
        <source>This task was due on %1.</source>
        <translation>此任务应于 %1 完成。</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
</context>
<context>
    <name>dc::TaskQuery</name>
    <message>
        <source>find the tasks</source>
        <translation>查找待办事项</translation>
    </message>
</context>
<context>
    <name>dc::Tasks</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期评审</translation>
    </message>
    <message>
        <source>Edition check</source>
        <translation>版本核查</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认阅知</translation>
    </message>
</context>
<context>
    <name>dc::TasksView</name>
    <message>
        <source>Nothing waits for you.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) wait for you</source>
        <translation>
            <numerusform>您有 %n 项待办任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the document.</source>
        <translation>按 Enter 打开文件。</translation>
    </message>
</context>
<context>
    <name>dc::TimelineModel</name>
    <message>
        <source>Registered the document</source>
        <translation>登记文件</translation>
    </message>
    <message>
        <source>Started a new revision</source>
        <translation>开始新修订版本</translation>
    </message>
    <message>
        <source>Edited the draft</source>
        <translation>编辑草稿</translation>
    </message>
    <message>
        <source> (in this order)</source>
        <translation>（按此顺序）</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Reviewers: %1%2; approver: %3</source>
        <translation>审核人：%1%2；批准人：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Review complete; awaiting approval</source>
        <translation>审核完成，待批准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>%1 生效</translation>
    </message>
    <message>
        <source>Became effective</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>下次评审 %1</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已替代</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>被 %1 替代</translation>
    </message>
    <message>
        <source>Periodic review recorded</source>
        <translation>已记录定期评审</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>签署：%1</translation>
    </message>
    <message>
        <source>DocControl</source>
        <translation>DocControl</translation>
    </message>
    <message>
        <source>The first 64 bits of the SHA-256 of the signature</source>
        <translation>签名 SHA-256 值的前 64 位</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Comment / details</source>
        <translation>意见 / 详情</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>review interval (months)</source>
        <translation>评审周期（月）</translation>
    </message>
    <message>
        <source>retention (years)</source>
        <translation>保存期限（年）</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Changed the details</source>
        <translation>修改详细信息</translation>
    </message>
    <message>
        <source>Printed a controlled copy</source>
        <translation>打印受控副本</translation>
    </message>
    <message>
        <source>Exported a controlled copy</source>
        <translation>导出受控副本</translation>
    </message>
    <message>
        <source>Printed an uncontrolled copy</source>
        <translation>打印非受控副本</translation>
    </message>
    <message>
        <source>Exported an uncontrolled copy</source>
        <translation>导出非受控副本</translation>
    </message>
    <message>
        <source>Printed a draft copy</source>
        <translation>打印草稿副本</translation>
    </message>
    <message>
        <source>Exported a draft copy</source>
        <translation>导出草稿副本</translation>
    </message>
    <message>
        <source>Printed an obsolete copy</source>
        <translation>打印作废副本</translation>
    </message>
    <message>
        <source>Exported an obsolete copy</source>
        <translation>导出作废副本</translation>
    </message>
    <message>
        <source>Printed a copy</source>
        <translation>打印副本</translation>
    </message>
    <message>
        <source>Exported a copy</source>
        <translation>导出副本</translation>
    </message>
    <message>
        <source>compiled manual</source>
        <translation>汇编手册</translation>
    </message>
    <message>
        <source>No. %1 for %2</source>
        <translation>第 %1 号（持有人：%2）</translation>
    </message>
    <message>
        <source>Recalled controlled copy No. %1</source>
        <translation>回收第 %1 号受控副本</translation>
    </message>
    <message>
        <source>holder: %1</source>
        <translation>持有人：%1</translation>
    </message>
    <message>
        <source>Destroyed controlled copy No. %1</source>
        <translation>销毁第 %1 号受控副本</translation>
    </message>
    <message>
        <source>Added an attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Imported the revision</source>
        <translation>导入修订版本</translation>
    </message>
    <message>
        <source>Other change (%1)</source>
        <translation>其他更改（%1）</translation>
    </message>
    <message>
        <source>Recorded earlier revision %1 (%2)</source>
        <translation>登记早期修订版本 %1（%2）</translation>
    </message>
    <message>
        <source>released %1, approved by %2: %3</source>
        <translation>发布日期 %1，批准人 %2：%3</translation>
    </message>
    <message>
        <source>Signed as reviewer</source>
        <translation>以审核人身份签署</translation>
    </message>
    <message>
        <source>Signed as approver</source>
        <translation>以批准人身份签署</translation>
    </message>
    <message>
        <source>Signed the release</source>
        <translation>签署发布</translation>
    </message>
    <message>
        <source>Signed the withdrawal</source>
        <translation>签署作废</translation>
    </message>
    <message>
        <source>Added the user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Changed the user&apos;s roles</source>
        <translation>修改用户角色</translation>
    </message>
    <message>
        <source>Disabled the user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Enabled the user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset the user&apos;s password</source>
        <translation>重置用户密码</translation>
    </message>
    <message>
        <source>Registered a signing key</source>
        <translation>登记签名密钥</translation>
    </message>
    <message>
        <source>Created the store</source>
        <translation>创建文档库</translation>
    </message>
    <message>
        <source>Copied the store</source>
        <translation>复制文档库</translation>
    </message>
    <message>
        <source>Backed up the store</source>
        <translation>备份文档库</translation>
    </message>
    <message>
        <source>Granted a database role its rights</source>
        <translation>为数据库角色授予权限</translation>
    </message>
    <message>
        <source>Changed a numbering pattern</source>
        <translation>修改编号规则</translation>
    </message>
    <message>
        <source>Changed a document template</source>
        <translation>修改文件模板</translation>
    </message>
    <message>
        <source>Changed the organisation&apos;s name</source>
        <translation>修改组织名称</translation>
    </message>
    <message>
        <source>Changed a default route</source>
        <translation>修改默认审批路线</translation>
    </message>
</context>
<context>
    <name>dc::TrailReplay</name>
    <message>
        <source>read the users</source>
        <translation>读取用户</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>The user %1 is in the store, but the audit trail never recorded adding them.</source>
        <translation>用户 %1 在存储中，但审计追踪从未记录添加该用户。</translation>
    </message>
    <message>
        <source>The roles of %1 are %2 in the store, but the audit trail gives them %3.</source>
        <translation>%1 在存储中的角色为 %2，但审计追踪记录为 %3。</translation>
    </message>
    <message>
        <source>The account %1 is disabled in the store, but the audit trail never disabled it.</source>
        <translation>账户 %1 在存储中已停用，但审计追踪从未停用它。</translation>
    </message>
    <message>
        <source>The account %1 is enabled in the store, but the audit trail records it as disabled.</source>
        <translation>账户 %1 在存储中已启用，但审计追踪记录它为停用。</translation>
    </message>
    <message>
        <source>The password hash of %1 is not the one the audit trail recorded: it was replaced outside DocControl.</source>
        <translation>%1 的密码哈希不是审计追踪记录的那个：它在 DocControl 之外被替换。</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>The organisation is &quot;%1&quot; in the store, but the audit trail records &quot;%2&quot;.</source>
        <translation>存储中的组织为“%1”，但审计追踪记录为“%2”。</translation>
    </message>
    <message>
        <source>read the documents</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <source>%1 is in the store, but the audit trail never recorded registering it.</source>
        <translation>%1 在存储中，但审计追踪从未记录登记该文件。</translation>
    </message>
    <message>
        <source>The %1 of %2 is &quot;%3&quot; in the store, but the audit trail records &quot;%4&quot;.</source>
        <translation>%2 的 %1 在存储中为“%3”，但审计追踪记录为“%4”。</translation>
    </message>
    <message>
        <source>read the review dates</source>
        <translation>读取复审日期</translation>
    </message>
    <message>
        <source>The next review date of %1 is %2 in the store, but the audit trail records %3.</source>
        <translation>%1 的下次复审日期在存储中为 %2，但审计追踪记录为 %3。</translation>
    </message>
    <message>
        <source>read the export records</source>
        <translation>读取导出记录</translation>
    </message>
    <message>
        <source>The export records of %1 (%2) hold %3, but the audit trail records %4 exports: records were deleted or added.</source>
        <translation>%1（%2）的导出记录有 %3 条，但审计追踪记录了 %4 次导出：记录被删除或添加。</translation>
    </message>
    <message>
        <source>An export of %1 is recorded in the store but not in the audit trail.</source>
        <translation>%1 的一次导出记录在存储中，但不在审计追踪中。</translation>
    </message>
    <message>
        <source>read the controlled copies</source>
        <translation>读取受控副本</translation>
    </message>
    <message>
        <source>The controlled copy %1, recorded in the audit trail, is missing from the register.</source>
        <translation>审计追踪中记录的受控副本 %1 不在登记册中。</translation>
    </message>
    <message>
        <source>The controlled copy %1 is %2 (%3) in the register, but the audit trail records %4 (%5).</source>
        <translation>受控副本 %1 在登记册中为 %2（%3），但审计追踪记录为 %4（%5）。</translation>
    </message>
    <message>
        <source>The controlled copy %1 is in the register but not in the audit trail.</source>
        <translation>受控副本 %1 在登记册中，但不在审计追踪中。</translation>
    </message>
    <message>
        <source>read the clause references</source>
        <translation>读取条款引用</translation>
    </message>
    <message>
        <source>The clauses of %1 are &quot;%2&quot; in the store, but the audit trail records &quot;%3&quot;.</source>
        <translation>%1 的条款在文档库中为“%2”，但审计追踪记录为“%3”。</translation>
    </message>
    <message>
        <source>read the templates</source>
        <translation>读取模板</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>The store has its own template for %1, but the audit trail never recorded setting it.</source>
        <translation>文档库中有 %1 的自定义模板，但审计追踪从未记录设置该模板。</translation>
    </message>
    <message>
        <source>The template for %1 is not the one the audit trail recorded: it was changed outside DocControl.</source>
        <translation>%1 的模板与审计追踪记录的不一致：它在 DocControl 之外被修改。</translation>
    </message>
    <message>
        <source>The clearance of %1 is %2 in the store, but the audit trail gives them %3.</source>
        <translation>文档库中 %1 的密级权限为 %2，但审计追踪记录为 %3。</translation>
    </message>
    <message>
        <source>The distribution list of %1 is &quot;%2&quot; in the store, but the audit trail records &quot;%3&quot;.</source>
        <translation>文档库中 %1 的分发清单为“%2”，但审计追踪记录为“%3”。</translation>
    </message>
    <message>
        <source>The audit trail asks %1 to acknowledge %2, but the store holds no such request.</source>
        <translation>审计追踪要求 %1 确认阅知 %2，但文档库中没有该请求。</translation>
    </message>
    <message>
        <source>The store asks %1 to acknowledge %2, but the audit trail never recorded the request.</source>
        <translation>文档库要求 %1 确认阅知 %2，但审计追踪从未记录该请求。</translation>
    </message>
    <message>
        <source>%1 acknowledged %2 in the store, but the audit trail records no acknowledgement.</source>
        <translation>文档库中 %1 已阅知悉 %2，但审计追踪没有已阅知悉记录。</translation>
    </message>
    <message>
        <source>%1 acknowledged %2 in the audit trail, but the store still waits for it.</source>
        <translation>审计追踪中 %1 已阅知悉 %2，但文档库仍在等待其确认。</translation>
    </message>
    <message>
        <source>The store sets %1 to %2 days, but the audit trail never recorded setting it.</source>
        <translation>文档库将 %1 设为 %2 天，但审计追踪从未记录该设置。</translation>
    </message>
    <message>
        <source>%1 is %2 days in the audit trail, but the store holds another value: it was changed outside DocControl.</source>
        <translation>审计追踪中 %1 为 %2 天，但文档库中是另一个值：它在 DocControl 之外被修改。</translation>
    </message>
</context>
<context>
    <name>dc::TransitionDialog</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 迁移到 %2</translation>
    </message>
    <message>
        <source>The clauses of %1 that %2 is mapped to are replaced by the clauses of %3 that take them up. Clauses of other standards stay as they are.</source>
        <translation>%2 所映射的 %1 条款将被替换为 %3 中承接它们的条款。其他标准的条款保持不变。</translation>
    </message>
    <message>
        <source>(no successor; kept)</source>
        <translation>（无后继条款；保留）</translation>
    </message>
    <message>
        <source>Transition to %1</source>
        <translation>过渡到 %1</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Say why the mapping changes.</source>
        <translation>请说明映射变更的原因。</translation>
    </message>
</context>
<context>
    <name>dc::TransitionTable</name>
    <message>
        <source>The transition table is not valid JSON.</source>
        <translation>过渡对照表不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The transition table needs two editions that have catalogues (from &quot;%1&quot; to &quot;%2&quot;).</source>
        <translation>过渡对照表需要两个均有条款目录的版本（从“%1”到“%2”）。</translation>
    </message>
    <message>
        <source>The transition table names %1 %2, which is not in its catalogue.</source>
        <translation>过渡对照表提到了 %1 %2，但其条款目录中没有。</translation>
    </message>
    <message>
        <source>The transition table maps %1 %2 to nothing.</source>
        <translation>过渡对照表没有为 %1 %2 指定任何对应条款。</translation>
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
    <name>dc::UserModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>密级权限</translation>
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
    <message>
        <source>The current password of %1 is wrong; the password was not changed.</source>
        <translation>%1 的当前密码错误，密码未修改。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation>不能移除您自己的管理员角色。</translation>
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
    <message>
        <source>change the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>change the account&apos;s state</source>
        <translation>更改账户状态</translation>
    </message>
    <message>
        <source>change the roles</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>change the clearance</source>
        <translation>修改密级权限</translation>
    </message>
</context>
<context>
    <name>dc::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Roles…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>The store is open read-only; users cannot be changed.</source>
        <translation>文档库以只读方式打开，不能修改用户。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>Added %1 with the roles: %2.</source>
        <translation>已添加 %1，角色：%2。</translation>
    </message>
    <message>
        <source>%1 now has the roles: %2.</source>
        <translation>%1 的角色已更改为：%2。</translation>
    </message>
    <message>
        <source>Disabled the account of %1; their signatures stay valid.</source>
        <translation>已停用 %1 的账户；其签名仍然有效。</translation>
    </message>
    <message>
        <source>Enabled the account of %1.</source>
        <translation>已启用 %1 的账户。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>C&amp;learance…</source>
        <translation>密级权限(&amp;L)…</translation>
    </message>
    <message>
        <source>%1 may now read documents up to %2.</source>
        <translation>%1 现在可以阅读密级不高于%2的文件。</translation>
    </message>
</context>
<context>
    <name>dc::Verifier</name>
    <message>
        <source>event #%1</source>
        <translation>事件 #%1</translation>
    </message>
    <message>
        <source>event #1 is missing</source>
        <translation>缺少事件 #1</translation>
    </message>
    <message>
        <source>events #1 to #%1 are missing</source>
        <translation>缺少事件 #1 至 #%1</translation>
    </message>
    <message>
        <source>The audit trail starts at event #%1; %2.</source>
        <translation>审计追踪从事件 #%1 开始；%2。</translation>
    </message>
    <message>
        <source>Event #%1 is missing: the audit trail jumps from #%2 to #%3.</source>
        <translation>缺少事件 #%1：审计追踪从 #%2 直接跳到 #%3。</translation>
    </message>
    <message>
        <source>Event #%1 (%2 %3) does not link to the event before it.</source>
        <translation>事件 #%1（%2 %3）未与前一事件衔接。</translation>
    </message>
    <message>
        <source>Event #%1 (%2 %3) was altered: its hash does not match its content.</source>
        <translation>事件 #%1（%2 %3）已被篡改：其哈希值与内容不符。</translation>
    </message>
    <message>
        <source>read the signing keys</source>
        <translation>读取签名密钥</translation>
    </message>
    <message>
        <source>key #%1 of %2</source>
        <translation>%2 的密钥 #%1</translation>
    </message>
    <message>
        <source>The public key #%1 of %2 does not match the one recorded in the audit trail.</source>
        <translation>%2 的公钥 #%1 与审计追踪中记录的公钥不符。</translation>
    </message>
    <message>
        <source>read the revisions</source>
        <translation>读取修订历史</translation>
    </message>
    <message>
        <source>The content of %1 does not match its SHA-256: it was changed outside DocControl.</source>
        <translation>%1 的内容与其 SHA-256 不符：内容在 DocControl 之外被修改过。</translation>
    </message>
    <message>
        <source>The content of %1 is not the content that was submitted for review.</source>
        <translation>%1 的内容与提交审核时的内容不一致。</translation>
    </message>
    <message>
        <source>%1 is %2 in the store, but the audit trail records it as %3.</source>
        <translation>%1 在文档库中的状态为 %2，但审计追踪记录为 %3。</translation>
    </message>
    <message>
        <source>never submitted</source>
        <translation>从未提交</translation>
    </message>
    <message>
        <source>signature #%1</source>
        <translation>签名 #%1</translation>
    </message>
    <message>
        <source>signature #%1 (%2 by %3 on %4 %5)</source>
        <translation>签名 #%1（%3 对 %4 %5 的 %2 签名）</translation>
    </message>
    <message>
        <source>The %1 does not verify against the signer&apos;s public key.</source>
        <translation>%1 无法通过签署人公钥的验证。</translation>
    </message>
    <message>
        <source>The %1 was made over other content than %2 %3 holds.</source>
        <translation>%1 所签署的内容与 %2 %3 现有的内容不同。</translation>
    </message>
    <message>
        <source>The %1 is not recorded in the audit trail.</source>
        <translation>%1 未记录在审计追踪中。</translation>
    </message>
    <message>
        <source>The %1 differs from the one recorded in event #%2.</source>
        <translation>%1 与事件 #%2 中记录的签名不同。</translation>
    </message>
    <message>
        <source>Signature #%1, recorded in event #%2, is missing from the store.</source>
        <translation>事件 #%2 中记录的签名 #%1 在文档库中缺失。</translation>
    </message>
    <message>
        <source>The attachment %1 of %2 does not match its SHA-256: it was changed outside DocControl.</source>
        <translation>%2 的附件 %1 与其 SHA-256 不符：它在 DocControl 之外被修改过。</translation>
    </message>
    <message>
        <source>The %1 breaks segregation of duties: the audit trail shows %2 wrote or changed the content of %3 %4.</source>
        <translation>%1 违反职责分离：审计追踪显示 %2 编写或修改过 %3 %4 的内容。</translation>
    </message>
    <message>
        <source>The %1 belongs to no withdrawal of %2 recorded in the audit trail.</source>
        <translation>%1 不属于审计追踪中记录的任何一次 %2 作废操作。</translation>
    </message>
    <message>
        <source>The %1 signs a withdrawal, but %2 %3 is not obsolete in the store.</source>
        <translation>%1 签署的是作废，但 %2 %3 在文档库中并未作废。</translation>
    </message>
    <message>
        <source>store file</source>
        <translation>文档库文件</translation>
    </message>
    <message>
        <source>check the register</source>
        <translation>检查登记册</translation>
    </message>
    <message>
        <source>The register shows %1 with another revision or status than its revisions hold: it was changed outside DocControl.</source>
        <translation>登记册中 %1 的版本或状态与其版本记录不一致：它在 DocControl 之外被修改过。</translation>
    </message>
    <message>
        <source>The %1 belongs to no disposal of %2 recorded in the audit trail.</source>
        <translation>%1 不属于审计追踪中记录的任何一次 %2 销毁操作。</translation>
    </message>
    <message>
        <source>read the attachments</source>
        <translation>读取附件</translation>
    </message>
    <message>
        <source>Checking the store&apos;s pages</source>
        <translation>正在检查存储文件的页面</translation>
    </message>
    <message>
        <source>Checking the audit trail&apos;s hash chain</source>
        <translation>正在检查审计追踪的哈希链</translation>
    </message>
    <message>
        <source>Checking every revision&apos;s content</source>
        <translation>正在检查每个版本的内容</translation>
    </message>
    <message>
        <source>Checking the signatures against their keys</source>
        <translation>正在用公钥核验签名</translation>
    </message>
    <message>
        <source>Comparing the tables with what the audit trail records</source>
        <translation>正在将数据表与审计追踪的记录比对</translation>
    </message>
    <message>
        <source>Checking the register</source>
        <translation>正在检查文件登记册</translation>
    </message>
</context>
<context>
    <name>dc::VerifyDialog</name>
    <message>
        <source>Verify Store</source>
        <translation>校验文档库</translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s hash chain, every signature, every content and attachment hash, and replays the trail into the state it implies to compare it with the tables.</source>
        <translation>检查审计追踪的哈希链、每个签名以及每项内容和附件的哈希，并将审计追踪回放为其所推导的状态，与数据表进行比对。</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Backups, bundles or exported PDFs whose recorded chain head the store must still hold</source>
        <translation>备份、分发包或导出的 PDF，文档库必须仍包含其中记录的链头</translation>
    </message>
    <message>
        <source>a chain head printed on paper, e.g. #84 08c0922a…7d792e8d</source>
        <translation>打印在纸面上的链头，例如 #84 08c0922a…7d792e8d</translation>
    </message>
    <message>
        <source>Check This Head</source>
        <translation>核对此链头</translation>
    </message>
    <message>
        <source>Verify Again</source>
        <translation>重新校验</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Chain heads recorded elsewhere (optional):</source>
        <translation>其他地方记录的链头（可选）：</translation>
    </message>
    <message>
        <source>%1 — event #%2, %3</source>
        <translation>%1 — 事件 #%2，%3</translation>
    </message>
    <message>
        <source>Files That Record a Chain Head</source>
        <translation>记录了链头的文件</translation>
    </message>
    <message>
        <source>Backups, bundles and PDFs (*.dcbackup *.dcbundle *.pdf *.zip);;All files (*)</source>
        <translation>备份、分发包和 PDF (*.dcbackup *.dcbundle *.pdf *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the audit trail, signatures and content…</source>
        <translation>正在检查审计追踪、签名和内容…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>无法校验：%1</translation>
    </message>
    <message>
        <source>OK: everything matches.</source>
        <translation>正常：全部一致。</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>校验失败：%1</translation>
    </message>
    <message>
        <source>Result: OK, everything matches.</source>
        <translation>结果：正常，全部一致。</translation>
    </message>
    <message numerus="yes">
        <source>Result: FAILED, %n problem(s) found.</source>
        <translation>
            <numerusform>结果：校验失败，发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail (hash chain): %n event(s)</source>
        <translation>
            <numerusform>审计追踪（哈希链）：%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain head: #%1 %2</source>
        <translation>链头：#%1 %2</translation>
    </message>
    <message>
        <source>Signatures checked against their signers&apos; keys: %1 (keys: %2)</source>
        <translation>已用签署人密钥核验的签名：%1 个（密钥：%2 个）</translation>
    </message>
    <message numerus="yes">
        <source>Content and attachment hashes checked: %n revision(s)</source>
        <translation>
            <numerusform>已检查内容和附件哈希：%n 个修订版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  of which %n signed a hash of the text only (made before attachments were signed)</source>
        <translation>
            <numerusform>  其中 %n 个的签名仅覆盖正文哈希（签署于附件纳入签名之前）</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay: the state the trail implies (users, roles, keys, metadata, templates, copies, statuses) compared with the tables</source>
        <translation>回放：将审计追踪推导出的状态（用户、角色、密钥、元数据、模板、副本、状态）与数据表比对</translation>
    </message>
    <message numerus="yes">
        <source>Chain heads recorded elsewhere: %n</source>
        <translation>
            <numerusform>其他地方记录的链头：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: #%2 %3</source>
        <translation>%1：#%2 %3</translation>
    </message>
    <message>
        <source>First difference: %1</source>
        <translation>第一处差异：%1</translation>
    </message>
    <message>
        <source>All differences:</source>
        <translation>全部差异：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>verify-report.txt</source>
        <translation>校验报告.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>%1… (step %2 of %3)</source>
        <translation>%1…（第 %2 步，共 %3 步）</translation>
    </message>
</context>
<context>
    <name>dc::Visibility</name>
    <message>
        <source>look up the document</source>
        <translation>查找文件</translation>
    </message>
</context>
<context>
    <name>dc::Witness</name>
    <message>
        <source>read the audit trail</source>
        <translation>读取审计追踪</translation>
    </message>
    <message>
        <source>ALARM: this desk saw the audit trail of %1 reach event #%2, but it now ends at event #%3: events were removed. The store is not opened for writing; open it read-only and compare it with a backup.</source>
        <translation>警报：本机曾见到 %1 的审计追踪到达事件 #%2，但它现在止于事件 #%3：有事件被删除。存储未以可写方式打开；请以只读方式打开并与备份比对。</translation>
    </message>
    <message>
        <source>ALARM: this desk saw event #%1 of %2 with hash %3, but the store now holds another event there: the audit trail was rewritten. The store is not opened for writing; open it read-only and compare it with a backup.</source>
        <translation>警报：本机曾见到 %2 的事件 #%1，哈希为 %3，但存储中该位置现在是另一个事件：审计追踪被改写。存储未以可写方式打开；请以只读方式打开并与备份比对。</translation>
    </message>
</context>
<context>
    <name>dc::WorkflowActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>&amp;Submit for Review…</source>
        <translation>提交审核(&amp;S)…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Sign as &amp;Reviewer…</source>
        <translation>以审核人身份签署(&amp;R)…</translation>
    </message>
    <message>
        <source>Sign Review</source>
        <translation>审核签署</translation>
    </message>
    <message>
        <source>Sign as &amp;Approver…</source>
        <translation>以批准人身份签署(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign Approval</source>
        <translation>批准签署</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>发布(&amp;L)…</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>&amp;Periodic Review…</source>
        <translation>定期评审(&amp;P)…</translation>
    </message>
    <message>
        <source>Periodic Review</source>
        <translation>定期评审</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>作废(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>请先选择一份文件。</translation>
    </message>
    <message>
        <source>Edit: starts a new revision of %1</source>
        <translation>编辑：开始 %1 的新修订版本</translation>
    </message>
    <message>
        <source>Saved the draft of %1 %2</source>
        <translation>已保存 %1 %2 的草稿</translation>
    </message>
    <message>
        <source>Started revision %2 of %1 as a draft</source>
        <translation>已开始 %1 的修订版本 %2（草稿）</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Submitted %1 %2 for review</source>
        <translation>已将 %1 %2 提交审核</translation>
    </message>
    <message>
        <source>%1 (effective)</source>
        <translation>%1（生效）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed %1 %2 as reviewer</source>
        <translation>已以审核人身份签署 %1 %2</translation>
    </message>
    <message>
        <source>Signed %1 %2 as approver</source>
        <translation>已以批准人身份签署 %1 %2</translation>
    </message>
    <message>
        <source>Released %1 %2, effective %3</source>
        <translation>已发布 %1 %2，%3 生效</translation>
    </message>
    <message>
        <source>Released %1 %2, effective today; %3 is superseded</source>
        <translation>已发布 %1 %2，今日生效；%3 已被替代</translation>
    </message>
    <message>
        <source>Released %1 %2, effective today</source>
        <translation>已发布 %1 %2，今日生效</translation>
    </message>
    <message>
        <source>Recorded and signed the periodic review of %1 %2</source>
        <translation>已记录并签署 %1 %2 的定期评审</translation>
    </message>
    <message>
        <source>Reject %1 %2</source>
        <translation>驳回 %1 %2</translation>
    </message>
    <message>
        <source>Say what must change. The revision goes back to its author as a draft; your comment is kept in its history.</source>
        <translation>请说明需要修改的内容。该修订版本将退回编制人并恢复为草稿；您的意见会保留在其历史记录中。</translation>
    </message>
    <message>
        <source>Rejected %1 %2; it is a draft again</source>
        <translation>已驳回 %1 %2，已退回为草稿</translation>
    </message>
    <message>
        <source>Withdrew %1; it is obsolete</source>
        <translation>已作废 %1</translation>
    </message>
    <message>
        <source>Loaded the text saved meanwhile (revision %1); edit it and save again.</source>
        <translation>已载入期间保存的文本（修订版本 %1），请在此基础上编辑后再次保存。</translation>
    </message>
    <message>
        <source>%1 %2 is superseded. These controlled copies of it are still out:</source>
        <translation>%1 %2 已被替代。以下受控副本仍未收回：</translation>
    </message>
    <message numerus="yes">
        <source>Recalled %n controlled copies</source>
        <translation>
            <numerusform>已回收 %n 份受控副本</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is withdrawn. These controlled copies of it are still out:</source>
        <translation>%1 已作废。以下受控副本仍未收回：</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>确认阅知(&amp;C)…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认阅知</translation>
    </message>
    <message>
        <source>Acknowledged %1 %2: read and understood</source>
        <translation>已确认阅知 %1 %2：已阅读并理解</translation>
    </message>
    <message>
        <source>Started the review of %1</source>
        <translation>已启动 %1 的评审</translation>
    </message>
</context>
<context>
    <name>dc::WorkflowRules</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Revision %1 is %2 and cannot change; it becomes editable again if it is rejected.</source>
        <translation>修订版本 %1 处于“%2”状态，不能修改；被驳回后可再次编辑。</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be edited.</source>
        <translation>%1 处于“%2”状态，不能编辑。</translation>
    </message>
    <message>
        <source>Revision %1 has no open round of review.</source>
        <translation>修订版本 %1 没有进行中的审核。</translation>
    </message>
    <message>
        <source>%1 has already been withdrawn.</source>
        <translation>%1 已作废。</translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation>文档库以只读方式打开。</translation>
    </message>
    <message>
        <source>Revision %1 is %2; only a draft can be submitted.</source>
        <translation>修订版本 %1 处于“%2”状态；只有草稿才能提交。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Draft %1 by %2 — edit it, then submit it for review.</source>
        <translation>草稿 %1，编制人 %2 — 编辑完成后请提交审核。</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>已由 %1 审核</translation>
    </message>
    <message>
        <source>waiting for %1 (in this order)</source>
        <translation>等待 %1（按此顺序）</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>waiting for the approver %1</source>
        <translation>等待批准人 %1</translation>
    </message>
    <message>
        <source>approver %1</source>
        <translation>批准人 %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Approved %1 by %2 — released, effective %3.</source>
        <translation>%1 已由 %2 批准 — 已发布，%3 生效。</translation>
    </message>
    <message>
        <source>Approved %1 by %2 — waiting to be released.</source>
        <translation>%1 已由 %2 批准 — 等待发布。</translation>
    </message>
    <message>
        <source>Effective %1 since %2 · next review %3.</source>
        <translation>%1 自 %2 起生效 · 下次评审 %3。</translation>
    </message>
    <message>
        <source>Effective %1 since %2.</source>
        <translation>%1 自 %2 起生效。</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2。</translation>
    </message>
    <message>
        <source>%1 waits for no acknowledgement from %2.</source>
        <translation>%1 无需 %2 确认阅知。</translation>
    </message>
</context>
<context>
    <name>dc::WorkflowService</name>
    <message>
        <source>%1 has no revisions.</source>
        <translation>%1 没有任何修订版本。</translation>
    </message>
    <message>
        <source>%1 has been withdrawn and is obsolete; nothing more can be done with it.</source>
        <translation>%1 已作废，不能再对其进行任何操作。</translation>
    </message>
    <message>
        <source>The content of %1 revision %2 does not match its recorded hash; run verify.</source>
        <translation>%1 修订版本 %2 的内容与记录的哈希值不符；请运行 verify 校验。</translation>
    </message>
    <message>
        <source>Name at least one reviewer for %1 (no default route is set for its type).</source>
        <translation>请为 %1 至少指定一名审核人（该文件类型未设置默认审批路线）。</translation>
    </message>
    <message>
        <source>Name the approver for %1 (no default route is set for its type).</source>
        <translation>请为 %1 指定批准人（该文件类型未设置默认审批路线）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the route is not a user of this store.</source>
        <translation>审批路线中的“%1”不是本文档库的用户。</translation>
    </message>
    <message>
        <source>%1 on the route is disabled.</source>
        <translation>审批路线中的 %1 已被停用。</translation>
    </message>
    <message>
        <source>%1 cannot be on the route of %2: %3</source>
        <translation>%1 不能列入 %2 的审批路线：%3</translation>
    </message>
    <message>
        <source>%1 is named twice as a reviewer.</source>
        <translation>%1 被重复指定为审核人。</translation>
    </message>
    <message>
        <source>%1 cannot both review and approve the same revision.</source>
        <translation>%1 不能同时审核和批准同一修订版本。</translation>
    </message>
    <message>
        <source>%1 can only sign with their own key.</source>
        <translation>%1 只能使用本人的密钥签名。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; nothing was signed.</source>
        <translation>账户“%1”已停用，未进行签名。</translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation>无法生成签名。</translation>
    </message>
    <message>
        <source>Sign as reviewer or approver; releases and periodic reviews have their own commands.</source>
        <translation>请以审核人或批准人身份签署；发布和定期评审有各自的命令。</translation>
    </message>
    <message>
        <source>%1 revision %2 is %3, so it cannot be signed as %4.</source>
        <translation>%1 修订版本 %2 处于“%3”状态，因此不能进行“%4”签署。</translation>
    </message>
    <message>
        <source>%1 has already signed %2 revision %3 as %4.</source>
        <translation>%1 已对 %2 修订版本 %3 进行过“%4”签署。</translation>
    </message>
    <message>
        <source>%1 is not a reviewer of %2 revision %3 (reviewers: %4).</source>
        <translation>%1 不是 %2 修订版本 %3 的审核人（审核人：%4）。</translation>
    </message>
    <message>
        <source>The reviews of %1 go in order: %2 reviews before %3.</source>
        <translation>%1 的审核按顺序进行：%2 须在 %3 之前审核。</translation>
    </message>
    <message>
        <source>%1 is not the approver of %2 revision %3 (the approver is %4).</source>
        <translation>%1 不是 %2 修订版本 %3 的批准人（批准人为 %4）。</translation>
    </message>
    <message>
        <source>%1 revision %2 changed meanwhile; look at it again before signing.</source>
        <translation>%1 修订版本 %2 在此期间已发生变化；请重新查看后再签署。</translation>
    </message>
    <message>
        <source>A rejection needs a comment that says what must change.</source>
        <translation>驳回时必须填写意见，说明需要修改的内容。</translation>
    </message>
    <message>
        <source>%1 revision %2 is %3; only a revision in review or approval can be rejected.</source>
        <translation>%1 修订版本 %2 处于“%3”状态；只有审核中或批准中的修订版本才能被驳回。</translation>
    </message>
    <message>
        <source>%1 is not on the route of %2 revision %3 and so cannot reject it.</source>
        <translation>%1 不在 %2 修订版本 %3 的审批路线中，因此不能驳回。</translation>
    </message>
    <message>
        <source>The effective date %1 for %2 revision %3 is in the past; release with today&apos;s date or a later one.</source>
        <translation>%2 修订版本 %3 的生效日期 %1 已过；请以今天或以后的日期发布。</translation>
    </message>
    <message>
        <source>%1 revision %2 is %3; only an approved revision can be released.</source>
        <translation>%1 修订版本 %2 处于“%3”状态；只有已批准的修订版本才能发布。</translation>
    </message>
    <message>
        <source>%1 revision %2 is already released, effective %3.</source>
        <translation>%1 修订版本 %2 已发布，%3 生效。</translation>
    </message>
    <message>
        <source>find releases that have become effective</source>
        <translation>查找已到生效日期的发布</translation>
    </message>
    <message>
        <source>Withdrawing a document needs a reason.</source>
        <translation>作废文件必须填写原因。</translation>
    </message>
    <message>
        <source>withdraw the document</source>
        <translation>作废文件</translation>
    </message>
    <message>
        <source>%1 has no effective revision to review.</source>
        <translation>%1 没有可供评审的生效修订版本。</translation>
    </message>
    <message>
        <source>list the documents due for review</source>
        <translation>列出到期需评审的文件</translation>
    </message>
    <message>
        <source>%1 does not hold the %2 role.</source>
        <translation>%1 不具有“%2”角色。</translation>
    </message>
    <message>
        <source>%1 has no effective revision to acknowledge.</source>
        <translation>%1 没有可确认阅知的生效修订版本。</translation>
    </message>
    <message>
        <source>%1 %2 waits for no acknowledgement from %3.</source>
        <translation>%1 %2 无需 %3 确认阅知。</translation>
    </message>
    <message>
        <source>%1 %2 was acknowledged by %3 meanwhile.</source>
        <translation>%1 %2 在此期间已由 %3 确认阅知。</translation>
    </message>
    <message>
        <source>%1 %2 cannot be submitted: %3</source>
        <translation>%1 %2 无法提交：%3</translation>
    </message>
    <message>
        <source>%1 is cited by %2; withdraw it only after confirming that these documents will be reviewed.</source>
        <translation>%1 被 %2 引用；只有在确认这些文件将被评审后才能作废。</translation>
    </message>
</context>
<context>
    <name>dc::WorkflowStore</name>
    <message>
        <source>store the signing key</source>
        <translation>保存签名密钥</translation>
    </message>
    <message>
        <source>read the signing key</source>
        <translation>读取签名密钥</translation>
    </message>
    <message>
        <source>The user has no signing key yet.</source>
        <translation>该用户尚无签名密钥。</translation>
    </message>
    <message>
        <source>Signing key %1 does not exist.</source>
        <translation>签名密钥 %1 不存在。</translation>
    </message>
    <message>
        <source>re-seal the signing key</source>
        <translation>重新封装签名密钥</translation>
    </message>
    <message>
        <source>retire the signing key</source>
        <translation>停用签名密钥</translation>
    </message>
    <message>
        <source>record the submission</source>
        <translation>记录提交</translation>
    </message>
    <message>
        <source>record the reviewers</source>
        <translation>记录审核人</translation>
    </message>
    <message>
        <source>read the submission</source>
        <translation>读取提交记录</translation>
    </message>
    <message>
        <source>The revision is not under review.</source>
        <translation>该修订版本不在审核流程中。</translation>
    </message>
    <message>
        <source>read the reviewers</source>
        <translation>读取审核人</translation>
    </message>
    <message>
        <source>close the submission</source>
        <translation>关闭提交</translation>
    </message>
    <message>
        <source>store the signature</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <source>read the signatures</source>
        <translation>读取签名</translation>
    </message>
    <message>
        <source>A revision cannot go from %1 to %2.</source>
        <translation>修订版本不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>change the revision&apos;s status</source>
        <translation>更改修订版本状态</translation>
    </message>
    <message>
        <source>The revision&apos;s status changed meanwhile; nothing was done.</source>
        <translation>修订版本的状态在此期间已发生变化，未执行任何操作。</translation>
    </message>
    <message>
        <source>record the revision&apos;s dates</source>
        <translation>记录修订版本的日期</translation>
    </message>
</context>
<context>
    <name>dc::cli</name>
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
    <message>
        <source>backup needs exactly one file to write, e.g. backup store-2026-11-21.zip.</source>
        <translation>backup 需要且只能指定一个要写入的文件，例如 backup store-2026-11-21.zip。</translation>
    </message>
    <message>
        <source>Backed up %1 documents and %2 revisions to %3.
</source>
        <translation>已将 %1 份文件、%2 个修订版本备份到 %3。
</translation>
    </message>
    <message>
        <source>Store SHA-256 %1; audit trail head: event #%2, %3
</source>
        <translation>文档库 SHA-256 %1；审计追踪末端：事件 #%2，%3
</translation>
    </message>
    <message>
        <source>Restored the backup of %1 made %2 by %3 into %4.
</source>
        <translation>已将 %1 的备份（%2 由 %3 创建）恢复到 %4。
</translation>
    </message>
    <message>
        <source>Verified: %1 events, %2 revisions, %3 signatures; audit trail head event #%4.
</source>
        <translation>校验通过：%1 个事件、%2 个修订版本、%3 个签名；审计追踪末端为事件 #%4。
</translation>
    </message>
    <message>
        <source>bundle export needs -o FILE.zip.</source>
        <translation>bundle export 需要 -o FILE.zip。</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 stamped PDFs and a signed manifest.
</source>
        <translation>已写入 %1，包含 %2 份加盖印章的 PDF 和一份已签名的清单文件。
</translation>
    </message>
    <message>
        <source>bundle verify needs exactly one bundle file.</source>
        <translation>bundle verify 需要且只能指定一个分发包文件。</translation>
    </message>
    <message>
        <source>Bundle of %1 by %2 (manifest key %3): %4 files, %5 signatures.
</source>
        <translation>%1 的分发包，由 %2 创建（清单密钥 %3）：%4 个文件，%5 个签名。
</translation>
    </message>
    <message>
        <source>import needs exactly one file (.md, .html, .odt, .docx, or .pdf to attach).</source>
        <translation>import 需要且只能指定一个文件（.md、.html、.odt、.docx，或作为附件的 .pdf）。</translation>
    </message>
    <message>
        <source>import needs --type TYPE for a new document, or --into N for a new revision of one.</source>
        <translation>import 需要 --type TYPE（新建文件）或 --into N（为已有文件新建修订版本）。</translation>
    </message>
    <message>
        <source>Imported %1 as revision %2 (%3).
</source>
        <translation>已导入 %1，修订版本 %2（%3）。
</translation>
    </message>
    <message>
        <source>NEWSTORE</source>
        <translation>新文档库</translation>
    </message>
    <message>
        <source>The bundle to write.</source>
        <translation>要写入的分发包。</translation>
    </message>
    <message>
        <source>FILE.zip</source>
        <translation>FILE.zip</translation>
    </message>
    <message>
        <source>Controlled copies for this holder (default: uncontrolled copies).</source>
        <translation>为该持有人生成受控副本（默认：非受控副本）。</translation>
    </message>
    <message>
        <source>The new document&apos;s type.</source>
        <translation>新文件的类型。</translation>
    </message>
    <message>
        <source>The title (default: the file&apos;s own title).</source>
        <translation>标题（默认：取自文件本身的标题）。</translation>
    </message>
    <message>
        <source>The document number (default: the next of the type).</source>
        <translation>文件编号（默认：该类型的下一个编号）。</translation>
    </message>
    <message>
        <source>The owner (default: you).</source>
        <translation>负责人（默认：您本人）。</translation>
    </message>
    <message>
        <source>Make the file a new draft revision of this document (a PDF is attached to its draft).</source>
        <translation>将该文件作为此文件的新草稿修订版本（PDF 则作为附件添加到其草稿）。</translation>
    </message>
    <message>
        <source>The change summary.</source>
        <translation>修订说明。</translation>
    </message>
    <message>
        <source>Checked %1 events, %2 revisions, %3 signatures and %4 keys.
</source>
        <translation>已检查 %1 个事件、%2 个修订版本、%3 个签名和 %4 个密钥。
</translation>
    </message>
    <message>
        <source>Audit trail head: event #%1, %2
</source>
        <translation>审计追踪末端：事件 #%1，%2
</translation>
    </message>
    <message>
        <source>OK: everything matches.
</source>
        <translation>正常：全部一致。
</translation>
    </message>
    <message>
        <source>doccontrol: verify FAILED: %1
</source>
        <translation>doccontrol：verify 校验失败：%1
</translation>
    </message>
    <message>
        <source>audit log takes at most one document number.</source>
        <translation>audit log 最多只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Months between periodic reviews (default: 12 for manuals and policies, 24 for procedures, instructions and forms, 36 for records).</source>
        <translation>定期评审的间隔月数（默认：手册和策略 12 个月，程序文件、作业指导书和表单 24 个月，记录 36 个月）。</translation>
    </message>
    <message>
        <source>When the document is effective, start a new edition (A/3 → B/0) rather than a revision (A/3 → A/4).</source>
        <translation>文件已生效时，换版（A/3 → B/0）而不是修订（A/3 → A/4）。</translation>
    </message>
    <message>
        <source>%1 needs exactly one document number.</source>
        <translation>%1 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>%1 needs -o FILE.pdf.</source>
        <translation>%1 需要 -o FILE.pdf。</translation>
    </message>
    <message>
        <source>Choose --controlled or --uncontrolled, not both.</source>
        <translation>请在 --controlled 与 --uncontrolled 中选择其一，不能同时使用。</translation>
    </message>
    <message>
        <source>A controlled copy needs --holder NAME (a person or a department).</source>
        <translation>受控副本需要 --holder NAME（个人或部门）。</translation>
    </message>
    <message>
        <source>Wrote %1: controlled copy No. %2 of %3 %4 for %5.
</source>
        <translation>已写入 %1：%3 %4 的第 %2 号受控副本，持有人 %5。
</translation>
    </message>
    <message>
        <source>Wrote %1: %2 %3, stamped %4.
</source>
        <translation>已写入 %1：%2 %3，印章 %4。
</translation>
    </message>
    <message>
        <source>copies list takes at most one document number.</source>
        <translation>copies list 最多只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>副本号</translation>
    </message>
    <message>
        <source>HOLDER</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>ISSUED (UTC)</source>
        <translation>发放时间 (UTC)</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>copies recall/destroy needs a document number, a revision and a copy number, e.g. copies recall ISMS-P-001 A/0 7.</source>
        <translation>copies recall/destroy 需要文件编号、版本号和副本号，例如 copies recall ISMS-P-001 A/0 7。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a copy number.</source>
        <translation>“%1”不是有效的副本号。</translation>
    </message>
    <message>
        <source>Controlled copy No. %1 of %2 %3 (%4) is now %5.
</source>
        <translation>%2 %3 的第 %1 号受控副本（%4）当前状态：%5。
</translation>
    </message>
    <message>
        <source>verify pdf needs exactly one PDF file.</source>
        <translation>verify pdf 需要且只能指定一个 PDF 文件。</translation>
    </message>
    <message>
        <source>%1 %2, revision %3</source>
        <translation>%1 %2，修订版本 %3</translation>
    </message>
    <message>
        <source>, controlled copy No. %1</source>
        <translation>，第 %1 号受控副本</translation>
    </message>
    <message>
        <source>This revision is the effective one.
</source>
        <translation>该修订版本为现行生效版本。
</translation>
    </message>
    <message>
        <source>This revision is %1, NOT effective (effective now: %2).
</source>
        <translation>该修订版本处于“%1”状态，并非现行生效版本（现行版本：%2）。
</translation>
    </message>
    <message>
        <source>The file is exactly as this store exported it.
</source>
        <translation>该文件与本文档库导出时完全一致。
</translation>
    </message>
    <message>
        <source>The file does NOT match any export recorded in this store: it was changed or made elsewhere.
</source>
        <translation>该文件与本文档库记录的任何导出均不符：它已被修改，或并非由本文档库导出。
</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>The revision (default: the effective one, else the latest).</source>
        <translation>修订版本（默认：生效版本，若无则为最新版本）。</translation>
    </message>
    <message>
        <source>Issue a controlled copy (next copy number) to --holder.</source>
        <translation>向 --holder 发放一份受控副本（使用下一个副本号）。</translation>
    </message>
    <message>
        <source>An uncontrolled copy, valid on the day it is printed (the default).</source>
        <translation>非受控副本，仅在打印当日有效（默认）。</translation>
    </message>
    <message>
        <source>Who holds the controlled copy.</source>
        <translation>受控副本的持有人。</translation>
    </message>
    <message>
        <source>US Letter pages instead of A4.</source>
        <translation>使用 US Letter 纸张而非 A4。</translation>
    </message>
    <message>
        <source>Write PDF/A-1b for archiving.</source>
        <translation>输出用于归档的 PDF/A-1b。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>user passwd changes the acting user&apos;s password and takes no arguments.</source>
        <translation>user passwd 用于修改当前操作用户的密码，不接受参数。</translation>
    </message>
    <message>
        <source>Changed the password of %1; the signing key is kept.
</source>
        <translation>已修改 %1 的密码；签名密钥保持不变。
</translation>
    </message>
    <message>
        <source>user reset-password needs exactly one user name.</source>
        <translation>user reset-password 需要且只能指定一个用户名。</translation>
    </message>
    <message>
        <source>Set a new password and signing key for %1.
</source>
        <translation>已为 %1 设置新密码和新签名密钥。
</translation>
    </message>
    <message>
        <source>user enable/disable needs exactly one user name.</source>
        <translation>user enable/disable 需要且只能指定一个用户名。</translation>
    </message>
    <message>
        <source>Enabled %1.
</source>
        <translation>已启用 %1。
</translation>
    </message>
    <message>
        <source>Disabled %1; their signatures stay valid.
</source>
        <translation>已停用 %1；其签名仍然有效。
</translation>
    </message>
    <message>
        <source>user roles needs a user name and --role ROLE[,ROLE].</source>
        <translation>user roles 需要用户名和 --role ROLE[,ROLE]。</translation>
    </message>
    <message>
        <source>%1 now holds: %2.
</source>
        <translation>%1 现有角色：%2。
</translation>
    </message>
    <message>
        <source>Signed %1 revision %2 as %3 (signature #%4, content SHA-256 %5).
</source>
        <translation>已对 %1 修订版本 %2 进行“%3”签署（签名 #%4，内容 SHA-256 %5）。
</translation>
    </message>
    <message>
        <source>Submitted revision %1 for review; it is now %2.</source>
        <translation>已将修订版本 %1 提交审核，当前状态：%2。</translation>
    </message>
    <message>
        <source>doc sign needs --as reviewer or --as approver.</source>
        <translation>doc sign 需要 --as reviewer 或 --as approver。</translation>
    </message>
    <message>
        <source>doc reject needs --comment TEXT saying what must change.</source>
        <translation>doc reject 需要 --comment TEXT，说明需要修改的内容。</translation>
    </message>
    <message>
        <source>Rejected revision %1; it is %2 again.</source>
        <translation>已驳回修订版本 %1，已退回为“%2”。</translation>
    </message>
    <message>
        <source>--effective needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--effective 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Released %1 revision %2; it becomes effective on %3.
</source>
        <translation>已发布 %1 修订版本 %2，将于 %3 生效。
</translation>
    </message>
    <message>
        <source>Released %1 revision %2, effective %3.
</source>
        <translation>已发布 %1 修订版本 %2，%3 生效。
</translation>
    </message>
    <message>
        <source>Revision %1 is superseded.
</source>
        <translation>修订版本 %1 已被替代。
</translation>
    </message>
    <message>
        <source>Recall controlled copy No. %1 of %2 from %3.
</source>
        <translation>请从 %3 处回收 %2 的第 %1 号受控副本。
</translation>
    </message>
    <message>
        <source>doc withdraw needs --reason TEXT.</source>
        <translation>doc withdraw 需要 --reason TEXT。</translation>
    </message>
    <message>
        <source>doc diff needs a document number and two revision labels, e.g. doc diff ISMS-P-001 A/0 A/1.</source>
        <translation>doc diff 需要文件编号和两个版本号，例如 doc diff ISMS-P-001 A/0 A/1。</translation>
    </message>
    <message>
        <source>review due takes options only.</source>
        <translation>review due 只接受选项。</translation>
    </message>
    <message>
        <source>--within needs a number of days, not &quot;%1&quot;.</source>
        <translation>--within 需要天数，而不是“%1”。</translation>
    </message>
    <message>
        <source>No document is due for review.
</source>
        <translation>没有到期需评审的文件。
</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>route set needs a document type, e.g. route set procedure --reviewers a,b --approver c.</source>
        <translation>route set 需要文件类型，例如 route set procedure --reviewers a,b --approver c。</translation>
    </message>
    <message>
        <source>route set needs --reviewers A[,B] and --approver C.</source>
        <translation>route set 需要 --reviewers A[,B] 和 --approver C。</translation>
    </message>
    <message>
        <source>Documents of type %1 now go to %2 for review and %3 for approval.
</source>
        <translation>%1 类文件今后由 %2 审核、%3 批准。
</translation>
    </message>
    <message>
        <source>route list takes no arguments.</source>
        <translation>route list 不接受参数。</translation>
    </message>
    <message>
        <source>REVIEWERS</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>APPROVER</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>A comment recorded with the action.</source>
        <translation>随操作一并记录的意见。</translation>
    </message>
    <message>
        <source>Reviewers&apos; user names, comma-separated.</source>
        <translation>审核人的用户名，以逗号分隔。</translation>
    </message>
    <message>
        <source>A[,B]</source>
        <translation>A[,B]</translation>
    </message>
    <message>
        <source>The approver&apos;s user name.</source>
        <translation>批准人的用户名。</translation>
    </message>
    <message>
        <source>Reviewers sign one after another, in the order given.</source>
        <translation>审核人按给定顺序依次签署。</translation>
    </message>
    <message>
        <source>reviewer or approver.</source>
        <translation>reviewer 或 approver。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The day the revision becomes effective (today by default).</source>
        <translation>修订版本的生效日期（默认为今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Why the document is withdrawn.</source>
        <translation>作废文件的原因。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>EFFECTIVE</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>修订说明</translation>
    </message>
    <message>
        <source>SIGNED AS</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <source>SIGNER</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>OK: every file and signature matches the manifest, signed by the trusted key %1.
</source>
        <translation>正常：每个文件和签名都与清单一致，清单由受信任密钥 %1 签名。
</translation>
    </message>
    <message>
        <source>The files and signatures match the manifest, but its key %1 is self-declared: anyone can re-sign a bundle with their own key. Check the fingerprint with the exporter and pass --expect-key %1.
</source>
        <translation>文件和签名与清单一致，但其密钥 %1 是自我声明的：任何人都能用自己的密钥重新签名分发包。请与导出者核对指纹，并传入 --expect-key %1。
</translation>
    </message>
    <message>
        <source>The fingerprint of the exporter&apos;s key you trust (repeatable).</source>
        <translation>您信任的导出者密钥指纹（可重复）。</translation>
    </message>
    <message>
        <source>A file of trusted key fingerprints, one per line.</source>
        <translation>受信任密钥指纹文件，每行一个。</translation>
    </message>
    <message>
        <source>verify takes no arguments (did you mean verify pdf FILE or verify --against FILE?).</source>
        <translation>verify 不接受参数（您是想用 verify pdf FILE 还是 verify --against FILE？）。</translation>
    </message>
    <message numerus="yes">
        <source>Checked the head recorded by %n file(s).
</source>
        <translation>
            <numerusform>已核对 %n 个文件记录的审计追踪头。
</numerusform>
        </translation>
    </message>
    <message>
        <source>store grant needs exactly one PostgreSQL role, e.g. store grant doccontrol_app.</source>
        <translation>store grant 需要且只能指定一个 PostgreSQL 角色，例如 store grant doccontrol_app。</translation>
    </message>
    <message>
        <source>The role %1 may now use the store; it cannot change its triggers, events or signatures.
</source>
        <translation>角色 %1 现在可以使用该文档库，但不能更改其中的触发器、事件或签名。
</translation>
    </message>
    <message>
        <source>The store: a file, or postgresql://user@host:port/dbname (default: $DOCCONTROL_STORE, else the last one used).</source>
        <translation>文档库：一个文件，或 postgresql://user@host:port/dbname（默认：$DOCCONTROL_STORE，未设置时为上次使用的文档库）。</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>文档库</translation>
    </message>
    <message>
        <source>No store given: use --store FILE (or postgresql://…) or set DOCCONTROL_STORE.</source>
        <translation>未指定文档库：请使用 --store FILE（或 postgresql://…），或设置 DOCCONTROL_STORE。</translation>
    </message>
    <message>
        <source>Give either --clause or --no-clauses, not both.</source>
        <translation>--clause 与 --no-clauses 只能指定其一，不能同时使用。</translation>
    </message>
    <message>
        <source>doc set needs exactly one document number.</source>
        <translation>doc set 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>doc set needs --reason TEXT: every change of a document&apos;s details says why.</source>
        <translation>doc set 需要 --reason TEXT：每次修改文件的详细信息都必须说明原因。</translation>
    </message>
    <message>
        <source>doc set needs at least one field to change, e.g. --title or --owner.</source>
        <translation>doc set 至少需要指定一个要修改的字段，例如 --title 或 --owner。</translation>
    </message>
    <message>
        <source>Changed the details of %1 %2.
</source>
        <translation>已修改 %1 %2 的详细信息。
</translation>
    </message>
    <message>
        <source>template show needs a document type.</source>
        <translation>template show 需要指定文件类型。</translation>
    </message>
    <message>
        <source>template set needs a document type and a Markdown file, e.g. template set procedure procedure.md.</source>
        <translation>template set 需要文件类型和 Markdown 文件，例如 template set procedure procedure.md。</translation>
    </message>
    <message>
        <source>%1 is empty; use template reset to go back to the built-in template.</source>
        <translation>%1 为空；如需恢复内置模板，请使用 template reset。</translation>
    </message>
    <message>
        <source>New documents of type %1 now start from %2.
</source>
        <translation>%1 类型的新文件现在以 %2 为模板。
</translation>
    </message>
    <message>
        <source>template reset needs a document type.</source>
        <translation>template reset 需要指定文件类型。</translation>
    </message>
    <message>
        <source>New documents of type %1 start from the built-in template again.
</source>
        <translation>%1 类型的新文件已恢复使用内置模板。
</translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation>新标题。</translation>
    </message>
    <message>
        <source>The new English title (empty to remove it).</source>
        <translation>新英文标题（留空则删除英文标题）。</translation>
    </message>
    <message>
        <source>The new owner&apos;s user name.</source>
        <translation>新负责人的用户名。</translation>
    </message>
    <message>
        <source>The new owning department.</source>
        <translation>新的归口部门。</translation>
    </message>
    <message>
        <source>Months between periodic reviews (1 to 120).</source>
        <translation>定期评审的间隔月数（1 至 120）。</translation>
    </message>
    <message>
        <source>Years a record is retained (0: not a retained record).</source>
        <translation>记录的保存年限（0：非保存记录）。</translation>
    </message>
    <message>
        <source>A clause reference such as &quot;27001:2013 7.5&quot;; the ones given replace the document&apos;s list.</source>
        <translation>条款引用，例如“27001:2013 7.5”；所给条款将替换该文件原有的条款列表。</translation>
    </message>
    <message>
        <source>Remove every clause reference.</source>
        <translation>删除全部条款引用。</translation>
    </message>
    <message>
        <source>Why the details change (required; recorded in the audit trail).</source>
        <translation>修改详细信息的原因（必填；将记入审计追踪）。</translation>
    </message>
    <message>
        <source>restore needs a backup file and --to NEWSTORE (a store file that does not exist yet, or an empty PostgreSQL database).</source>
        <translation>restore 需要一个备份文件和 --to NEWSTORE（尚不存在的文档库文件，或空的 PostgreSQL 数据库）。</translation>
    </message>
    <message>
        <source>The new store: a file to create, or an empty PostgreSQL database (postgresql://…).</source>
        <translation>新文档库：要创建的文件，或空的 PostgreSQL 数据库（postgresql://…）。</translation>
    </message>
    <message>
        <source>store copy needs the store to copy and a new one to copy it to, e.g. store copy docs.dcstore postgresql://dc@db/docs.</source>
        <translation>store copy 需要指定要复制的文档库和复制到的新文档库，例如 store copy docs.dcstore postgresql://dc@db/docs。</translation>
    </message>
    <message>
        <source>store copy names the store it copies itself; leave out --store.</source>
        <translation>store copy 自行指定要复制的文档库；请勿使用 --store。</translation>
    </message>
    <message>
        <source>Copied %1 to %2.
</source>
        <translation>已将 %1 复制到 %2。
</translation>
    </message>
    <message>
        <source>Verified the copy: %1 events, %2 revisions, %3 signatures and %4 keys; audit trail head event #%5, %6
</source>
        <translation>副本校验通过：%1 个事件、%2 个修订版本、%3 个签名和 %4 个密钥；审计追踪末端为事件 #%5，%6
</translation>
    </message>
    <message>
        <source>A backup, bundle or exported PDF whose recorded audit-trail head the store must still hold, or a chain head printed on paper (&quot;#84 08c0922a…7d792e8d&quot;) (repeatable).</source>
        <translation>备份、分发包或导出的 PDF（文档库必须仍包含其记录的审计追踪头），或打印在纸面上的链头（“#84 08c0922a…7d792e8d”）（可重复）。</translation>
    </message>
    <message>
        <source> %1 (%2)</source>
        <translation> %1（%2）</translation>
    </message>
    <message>
        <source>report master-list takes options only.</source>
        <translation>report master-list 只接受选项。</translation>
    </message>
    <message>
        <source>--format is pdf or csv, not &quot;%1&quot;.</source>
        <translation>--format 必须为 pdf 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>report master-list needs --out FILE.</source>
        <translation>report master-list 需要 --out FILE。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the master list of %n documents to %1.
</source>
        <translation>
            <numerusform>已将包含 %n 份文件的受控文件清单写入 %1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>pdf (stamped, landscape; the default) or csv (UTF-8, for Excel).</source>
        <translation>pdf（加盖印章，横向；默认）或 csv（UTF-8，适用于 Excel）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Withdrew %1; it is obsolete. Signed as withdrawn over revision %2.
</source>
        <translation>已作废 %1。已对修订版本 %2 进行“已作废”签署。
</translation>
    </message>
    <message>
        <source>audit log: give the document number once (N or --document N).</source>
        <translation>audit log：文件编号只能指定一次（N 或 --document N）。</translation>
    </message>
    <message>
        <source>Only the events of this document and its revisions.</source>
        <translation>仅显示该文件及其修订版本的事件。</translation>
    </message>
    <message>
        <source>Only the events of this user (user name).</source>
        <translation>仅显示该用户（用户名）的事件。</translation>
    </message>
    <message>
        <source>Only events of this kind, e.g. revision.released.</source>
        <translation>仅显示此类事件，例如 revision.released。</translation>
    </message>
    <message>
        <source>Only events on or after this day (YYYY-MM-DD, local time).</source>
        <translation>仅显示该日期当天及之后的事件（YYYY-MM-DD，本地时间）。</translation>
    </message>
    <message>
        <source>Only events on or before this day (YYYY-MM-DD, local time).</source>
        <translation>仅显示该日期当天及之前的事件（YYYY-MM-DD，本地时间）。</translation>
    </message>
    <message>
        <source>doc history-add needs exactly one document number.</source>
        <translation>doc history-add 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>doc history-add needs --%1.</source>
        <translation>doc history-add 需要 --%1。</translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Recorded earlier revision %1 of %2, released %3, approved by %4 (%5).
</source>
        <translation>已登记 %2 的早期修订版本 %1，发布日期 %3，批准人 %4（%5）。
</translation>
    </message>
    <message>
        <source>The earlier revision&apos;s label, e.g. A/0.</source>
        <translation>早期修订版本的版本号，例如 A/0。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>The day it was released, before the first revision kept here.</source>
        <translation>其发布日期，须早于本系统保存的第一个修订版本。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Its change summary (修订说明).</source>
        <translation>其修订说明。</translation>
    </message>
    <message>
        <source>Who approved it on paper, as a name.</source>
        <translation>在纸面上批准它的人员姓名。</translation>
    </message>
    <message>
        <source>Unknown standard &quot;%1&quot;; use one of %2.</source>
        <translation>未知的标准“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Say which standard the clauses belong to with --standard, e.g. --standard 27001:2022.</source>
        <translation>请用 --standard 指明条款所属的标准，例如 --standard 27001:2022。</translation>
    </message>
    <message>
        <source>%1 is mapped to no clause.
</source>
        <translation>%1 未对应任何条款。
</translation>
    </message>
    <message>
        <source>(not in the catalogue)</source>
        <translation>（不在目录中）</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>doc clauses needs exactly one document number.</source>
        <translation>doc clauses 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>doc clauses needs --reason TEXT to change the mapping: every change of a document&apos;s details says why.</source>
        <translation>doc clauses 修改对应关系时需要 --reason TEXT：每次修改文件的详细信息都必须说明原因。</translation>
    </message>
    <message>
        <source>Changed the clause mapping of %1 %2.
</source>
        <translation>已修改 %1 %2 的条款对应关系。
</translation>
    </message>
    <message>
        <source>The standard of bare clause numbers: 27001:2013, 27001:2022 or 20000-1:2018.</source>
        <translation>未注明标准的条款编号所属的标准：27001:2013、27001:2022 或 20000-1:2018。</translation>
    </message>
    <message>
        <source>STD</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Clauses to map, separated by commas (A.5.1,8.2.5 or &quot;27001:2013 7.5&quot;).</source>
        <translation>要对应的条款，以逗号分隔（A.5.1,8.2.5 或“27001:2013 7.5”）。</translation>
    </message>
    <message>
        <source>CLAUSES</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Clauses to unmap, separated by commas.</source>
        <translation>要取消对应的条款，以逗号分隔。</translation>
    </message>
    <message>
        <source>%1 is mapped to no clause of %2; nothing to move.
</source>
        <translation>%1 未映射到 %2 的任何条款；没有可迁移的内容。
</translation>
    </message>
    <message>
        <source>(no successor; kept)</source>
        <translation>（无后继条款；保留）</translation>
    </message>
    <message>
        <source>Moved the clause mapping of %1 from %2 to %3.
</source>
        <translation>已将 %1 的条款映射从 %2 迁移到 %3。
</translation>
    </message>
    <message>
        <source>doc clauses takes --transition or --add/--remove, not both.</source>
        <translation>doc clauses 只能使用 --transition 或 --add/--remove 之一，不能同时使用。</translation>
    </message>
    <message>
        <source>--dry-run goes with --transition.</source>
        <translation>--dry-run 须与 --transition 一起使用。</translation>
    </message>
    <message>
        <source>Move the mapping from the withdrawn edition onto this one (27001:2022): each old clause is replaced by its successors.</source>
        <translation>将映射从已废止版本迁移到此版本（27001:2022）：每个旧条款由其后继条款替换。</translation>
    </message>
    <message>
        <source>With --transition: print the proposal and change nothing.</source>
        <translation>与 --transition 一起使用：只打印建议，不做任何更改。</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Doc. info</source>
        <translation>文件化信息</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>
Mapped only to the withdrawn %1 (map them to %2):
</source>
        <translation>
仅映射到已废止的 %1（请映射到 %2）：
</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>coverage takes options only.</source>
        <translation>coverage 只接受选项。</translation>
    </message>
    <message>
        <source>coverage needs --standard, one of %1.</source>
        <translation>coverage 需要 --standard，可选 %1。</translation>
    </message>
    <message>
        <source>Wrote the coverage report of %1 to %2.
%3.
</source>
        <translation>已将 %1 的覆盖报告写入 %2。
%3。
</translation>
    </message>
    <message>
        <source>List only the clauses that require documented information and have no effective document.</source>
        <translation>仅列出要求形成文件化信息但没有生效文件的条款。</translation>
    </message>
    <message>
        <source>Also write the report as a stamped PDF to this file.</source>
        <translation>同时将报告以加盖状态标记的 PDF 写入此文件。</translation>
    </message>
    <message>
        <source>labels show takes no arguments.</source>
        <translation>labels show 不接受参数。</translation>
    </message>
    <message>
        <source>labels set needs zh (Chinese only) or bilingual.</source>
        <translation>labels set 需要 zh（仅中文）或 bilingual（中英双语）。</translation>
    </message>
    <message>
        <source>Printed pages now carry %1 labels.
</source>
        <translation>打印页面现在使用%1标签。
</translation>
    </message>
    <message>
        <source>Chinese-only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <source>bilingual</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>ack needs exactly one document number.</source>
        <translation>ack 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>%1 has read and understood %2 revision %3 (已阅知悉; signature #%4, content SHA-256 %5).
</source>
        <translation>%1 已阅读并理解 %2 修订版本 %3（已阅知悉；签名 #%4，内容 SHA-256 %5）。
</translation>
    </message>
    <message>
        <source>report acknowledgements takes options only.</source>
        <translation>report acknowledgements 只接受选项。</translation>
    </message>
    <message>
        <source>No acknowledgement is outstanding.
</source>
        <translation>没有待确认阅知的请求。
</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) outstanding</source>
        <translation>
            <numerusform>已等待 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>已于 %1 确认阅知</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n outstanding
</source>
        <translation>
            <numerusform>%1：%n 项待确认
</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledgement require needs a document type and yes or no.</source>
        <translation>acknowledgement require 需要文件类型以及 yes 或 no。</translation>
    </message>
    <message>
        <source>Releasing a %1 now asks its distribution list to acknowledge it.
</source>
        <translation>现在发布%1时将要求其分发清单中的人员确认阅知。
</translation>
    </message>
    <message>
        <source>Releasing a %1 no longer asks for acknowledgements.
</source>
        <translation>现在发布%1时不再要求确认阅知。
</translation>
    </message>
    <message>
        <source>Only this document.</source>
        <translation>仅此文件。</translation>
    </message>
    <message>
        <source>Only the users of this department.</source>
        <translation>仅该部门的用户。</translation>
    </message>
    <message>
        <source>Acknowledged requests too, not only outstanding ones.</source>
        <translation>同时包括已确认阅知的请求，而不仅是待确认的请求。</translation>
    </message>
    <message>
        <source>doc distribution needs exactly one document number.</source>
        <translation>doc distribution 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>Changed the distribution list of %1.
</source>
        <translation>已修改 %1 的分发清单。
</translation>
    </message>
    <message>
        <source>%1 has no distribution list.
</source>
        <translation>%1 没有分发清单。
</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Users and departments to add, separated by commas (user:sunli,dept:IT 部).</source>
        <translation>要添加的用户和部门，以逗号分隔（user:sunli,dept:IT 部）。</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Users and departments to remove, separated by commas.</source>
        <translation>要移除的用户和部门，以逗号分隔。</translation>
    </message>
    <message>
        <source>--standard is for a Statement of Applicability (--type soa) only.</source>
        <translation>--standard 仅用于适用性声明（--type soa）。</translation>
    </message>
    <message>
        <source>Document type: manual, policy, procedure, work_instruction, form, record, external, soa.</source>
        <translation>文件类型：manual、policy、procedure、work_instruction、form、record、external、soa。</translation>
    </message>
    <message>
        <source>For --type soa: the standard whose Annex A controls the table lists (default 27001:2022).</source>
        <translation>用于 --type soa：表格所列附录 A 控制措施所属的标准（默认 27001:2022）。</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>手动链接</translation>
    </message>
    <message>
        <source>in the text</source>
        <translation>正文提及</translation>
    </message>
    <message>
        <source>  (none)
</source>
        <translation>  （无）
</translation>
    </message>
    <message>
        <source>  NUMBER</source>
        <translation>  文件编号</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>doc links needs exactly one document number.</source>
        <translation>doc links 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>%1 cites:</source>
        <translation>%1 引用：</translation>
    </message>
    <message>
        <source>%1 is cited by:</source>
        <translation>%1 被以下文件引用：</translation>
    </message>
    <message>
        <source>doc external needs exactly one document number.</source>
        <translation>doc external 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>Recorded the register entry of %1.
</source>
        <translation>已记录 %1 的登记信息。
</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>发布机构编号</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation>原件存放处</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次核查</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>下次核查</translation>
    </message>
    <message>
        <source>report external takes options only.</source>
        <translation>report external 只接受选项。</translation>
    </message>
    <message>
        <source>The store holds no document of external origin.
</source>
        <translation>文档库中没有外来文件。
</translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation> 已逾期</translation>
    </message>
    <message>
        <source>ISSUER</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>发布机构编号</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation>上次核查</translation>
    </message>
    <message>
        <source>NEXT CHECK</source>
        <translation>下次核查</translation>
    </message>
    <message>
        <source>ORIGINAL</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Documents this one cites, to link by hand (numbers, comma-separated).</source>
        <translation>本文件引用的文件，手动链接（文件编号，以逗号分隔）。</translation>
    </message>
    <message>
        <source>NUMBERS</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Links added by hand to remove (numbers, comma-separated).</source>
        <translation>要移除的手动链接（文件编号，以逗号分隔）。</translation>
    </message>
    <message>
        <source>Who issued the document (a standards body, an authority, a supplier).</source>
        <translation>文件的发布机构（标准化组织、主管部门、供应商）。</translation>
    </message>
    <message>
        <source>The issuer&apos;s reference, e.g. GB/T 22080-2025.</source>
        <translation>发布机构的编号，例如 GB/T 22080-2025。</translation>
    </message>
    <message>
        <source>The edition held.</source>
        <translation>所持有的版本。</translation>
    </message>
    <message>
        <source>Where the original is kept.</source>
        <translation>原件的存放位置。</translation>
    </message>
    <message>
        <source>The day it was last checked for a newer edition.</source>
        <translation>上次核查是否有新版本的日期。</translation>
    </message>
    <message>
        <source>The day of the next check (it appears in review due from then).</source>
        <translation>下次核查的日期（自该日起出现在 review due 中）。</translation>
    </message>
    <message>
        <source>The highest classification the user may read: public, internal (default), confidential, secret.</source>
        <translation>该用户可阅读的最高密级：public、internal（默认）、confidential、secret。</translation>
    </message>
    <message>
        <source>The clearance &quot;%1&quot; is not one of %2.</source>
        <translation>密级权限“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>CLEARANCE</source>
        <translation>密级权限</translation>
    </message>
    <message>
        <source>user clearance needs a user name and a level (%1).</source>
        <translation>user clearance 需要用户名和级别（%1）。</translation>
    </message>
    <message>
        <source>%1 may now read documents up to %2.
</source>
        <translation>%1 现在可以阅读密级不高于%2的文件。
</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n document(s); review whether they must change (doc edit, doc review):
</source>
        <translation>
            <numerusform>被 %n 份文件引用；请评审它们是否需要修改（doc edit、doc review）：
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n people to read and acknowledge it: %1.
</source>
        <translation>
            <numerusform>已请求 %n 人阅读并确认阅知：%1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Controls changed:
</source>
        <translation>控制措施变更：
</translation>
    </message>
    <message>
        <source>edition check</source>
        <translation>版本核查</translation>
    </message>
    <message>
        <source>Withdraw it although documents in use cite it (they are listed; review them).</source>
        <translation>即使有使用中的文件引用它，仍然作废（这些文件会被列出；请评审它们）。</translation>
    </message>
    <message>
        <source>Also list reviews and external documents&apos; checks due within this many days.</source>
        <translation>同时列出在此天数内到期的评审和外来文件版本核查。</translation>
    </message>
    <message>
        <source>disposition list takes options only.</source>
        <translation>disposition list 只接受选项。</translation>
    </message>
    <message>
        <source>No document is due for disposition.
</source>
        <translation>没有到期待处置的文件。
</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>disposition destroy needs exactly one document number.</source>
        <translation>disposition destroy 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>disposition destroy needs --reason TEXT.</source>
        <translation>disposition destroy 需要 --reason TEXT。</translation>
    </message>
    <message>
        <source>Destroyed the content of %1; its record, hashes and signatures remain (销毁; signature #%2 over %3 content SHA-256 %4).
</source>
        <translation>已销毁 %1 的内容；其记录、哈希和签名仍予保留（销毁；签名 #%2，签署对象为 %3 内容的 SHA-256 %4）。
</translation>
    </message>
    <message>
        <source>disposition keep needs exactly one document number.</source>
        <translation>disposition keep 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>disposition keep needs --until YYYY-MM-DD.</source>
        <translation>disposition keep 需要 --until YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>disposition keep needs --reason TEXT.</source>
        <translation>disposition keep 需要 --reason TEXT。</translation>
    </message>
    <message>
        <source>%1 is kept until %2.
</source>
        <translation>%1 将保存至 %2。
</translation>
    </message>
    <message>
        <source>doc hold needs exactly one document number.</source>
        <translation>doc hold 需要且只能指定一个文件编号。</translation>
    </message>
    <message>
        <source>doc hold needs --reason TEXT.</source>
        <translation>doc hold 需要 --reason TEXT。</translation>
    </message>
    <message>
        <source>Lifted the legal hold on %1.
</source>
        <translation>已解除 %1 的法律保全。
</translation>
    </message>
    <message>
        <source>%1 is under a legal hold: it will not be disposed of.
</source>
        <translation>%1 已处于法律保全中：不会被销毁。
</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation>原因（将记入审计追踪）。</translation>
    </message>
    <message>
        <source>Keep it until this day.</source>
        <translation>保存至该日期。</translation>
    </message>
    <message>
        <source>Lift the legal hold instead of placing it.</source>
        <translation>解除法律保全，而不是实施法律保全。</translation>
    </message>
    <message>
        <source>tasks takes options only.</source>
        <translation>tasks 只接受选项。</translation>
    </message>
    <message>
        <source>Nothing you have to do is overdue.
</source>
        <translation>您没有逾期的待办事项。
</translation>
    </message>
    <message>
        <source>Nothing waits for you.
</source>
        <translation>没有等待您处理的事项。
</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>due-days list takes options only.</source>
        <translation>due-days list 只接受选项。</translation>
    </message>
    <message>
        <source>store</source>
        <translation>文档库</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>PER TYPE</source>
        <translation>按文件类型</translation>
    </message>
    <message>
        <source>due-days set needs a kind (review, approval, release or acknowledge) and a number of days, e.g. due-days set review 5 --type policy.</source>
        <translation>due-days set 需要任务种类（review、approval、release 或 acknowledge）和天数，例如 due-days set review 5 --type policy。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of review, approval, release, acknowledge.</source>
        <translation>无法识别的种类“%1”；请使用 review、approval、release、acknowledge 之一。</translation>
    </message>
    <message>
        <source>The number of days must be a whole number, not &quot;%1&quot;.</source>
        <translation>天数必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 tasks on documents of type %2 are now due after %3 days.
</source>
        <translation>%2 类型文件的 %1 任务现在于 %3 天后到期。
</translation>
    </message>
    <message>
        <source>%1 tasks are now due after %2 days, unless their document type says otherwise.
</source>
        <translation>%1 任务现在于 %2 天后到期，除非其文件类型另有规定。
</translation>
    </message>
    <message>
        <source>Only the tasks that are overdue.</source>
        <translation>仅显示已逾期的任务。</translation>
    </message>
    <message>
        <source>List periodic reviews and edition checks due within this many days (30 unless given).</source>
        <translation>列出在此天数内到期的定期评审和版本核查（未指定时为 30 天）。</translation>
    </message>
    <message>
        <source>Only for documents of this type (otherwise store-wide).</source>
        <translation>仅针对该类型的文件（否则适用于整个文档库）。</translation>
    </message>
</context>
<context>
    <name>dc::render</name>
    <message>
        <source>Cannot paint on the printer or PDF file.</source>
        <translation>无法在打印机或 PDF 文件上绘制。</translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation>打印机或 PDF 文件拒绝新建页面。</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; is not installed (Debian package fonts-wqy-microhei); PDF export needs it for Chinese text.</source>
        <translation>未安装字体“%1”（Debian 软件包 fonts-wqy-microhei）；导出含中文的 PDF 需要该字体。</translation>
    </message>
    <message>
        <source>PDF export supports the page sizes A4 and Letter only.</source>
        <translation>PDF 导出仅支持 A4 和 Letter 纸张尺寸。</translation>
    </message>
    <message>
        <source>The PDF writer does not accept the page size.</source>
        <translation>PDF 生成器不接受该纸张尺寸。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No printer to print on.</source>
        <translation>没有可用的打印机。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 不是 PDF 文件。</translation>
    </message>
    <message>
        <source>%1 carries no DocControl identity (it was not exported by DocControl).</source>
        <translation>%1 不含 DocControl 标识（并非由 DocControl 导出）。</translation>
    </message>
    <message>
        <source>The DocControl identity in %1 is damaged.</source>
        <translation>%1 中的 DocControl 标识已损坏。</translation>
    </message>
    <message>
        <source>The PDF writer&apos;s output has an unexpected structure (%1).</source>
        <translation>PDF 生成器的输出结构异常（%1）。</translation>
    </message>
</context>
</TS>
