<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>dc</name>
    <message>
        <source>[Image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (link: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(end of code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(horizontal rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeds no withdrawn edition; there is nothing to move to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoA table row at %1 has %2 cells; it needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoA table row at %1: &quot;%2&quot; is not 是 Yes or 否 No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoA table row at %1: unknown reason &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoA table row at %1: unknown implementation status &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AcknowledgementService</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n outstanding</source>
        <translation>
            <numerusform>%1: %n outstanding</numerusform>
            <numerusform>%1: %n outstanding</numerusform>
        </translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), made %1 by %2</source>
        <translation>
            <numerusform>%n request, made %1 by %2</numerusform>
            <numerusform>%n requests, made %1 by %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::AcknowledgementStore</name>
    <message>
        <source>read the acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AcknowledgementsActions</name>
    <message>
        <source>&amp;Acknowledgements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has not yet read and acknowledged a released document (已阅知悉), per document and department; export as CSV or PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AcknowledgementsView</name>
    <message>
        <source>Acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the requests already acknowledged too, with their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document / department / user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Acknowledgements Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n outstanding</numerusform>
            <numerusform>%n outstanding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n outstanding</source>
        <translation>
            <numerusform>%1: %n outstanding</numerusform>
            <numerusform>%1: %n outstanding</numerusform>
        </translation>
    </message>
    <message>
        <source>No acknowledgement is outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AddUserDialog</name>
    <message>
        <source>Enter the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AdminActions</name>
    <message>
        <source>&amp;Administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering patterns and default routes of each document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators back up the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent backup of the store with its checksum and audit trail head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup into a new store, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed zip of stamped PDFs that can be checked offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle&apos;s files and signatures against its signed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 documents and %2 revisions to %3.

Store SHA-256 %4
Audit trail head: event #%5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 made %2 by %3 was restored into %4 and verifies: %5 events, %6 revisions, %7 signatures; audit trail head event #%8.

Open the restored store now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 with %2 stamped PDFs and a signed manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AdminSupport</name>
    <message>
        <source>Please Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only document controllers (文控) and administrators change these; you may look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printed Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Anchors</name>
    <message>
        <source>The PDF %1 records no audit-trail head (it was exported before heads were recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 records no audit-trail head (it was made before heads were recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a DocControl bundle nor an intact backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 records no audit-trail head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the audit trail up to event #%2, but the store&apos;s trail ends at event #%3: events were removed (the trail was truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded event #%2 with hash %3, but the store holds another event there: the audit trail was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed chain head #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ArchiveReader</name>
    <message>
        <source>The archive is damaged or is not a zip or tar archive (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is refused: it is larger than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is refused at entry &quot;%1&quot;: its content is larger than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is refused at entry &quot;%1&quot;: it expands more than %2 times (a zip bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive entry is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; was already read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of archive entry &quot;%1&quot; could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged: it holds %2 bytes, its header says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry after &quot;%1&quot; is refused: its name is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is refused: it has more than %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a hard link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a named pipe (fifo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be read: its device is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while opening an archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ArchiveWriter</name>
    <message>
        <source>The archive entry &quot;%1&quot; could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; could not be written: the system locale is not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be written: its device is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while starting an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; cannot be buffered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; changed while it was archived (%2 of %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AttachmentStore</name>
    <message>
        <source>store the attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the content hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AuditActions</name>
    <message>
        <source>Audit &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit trail, filtered by document, user, event and day; export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers do not see the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail, signatures and content hashes, and replay the trail against the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators verify the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AuditLog</name>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the event in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ISMS-P-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n event(s); older ones match too.</source>
        <translation>
            <numerusform>Showing the newest %n event; older ones match too.</numerusform>
            <numerusform>Showing the newest %n events; older ones match too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match.</source>
        <translation>
            <numerusform>%n event matches.</numerusform>
            <numerusform>%n events match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical event (what the hash covers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-log.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AuditTrail</name>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a date like 2026-11-21, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AutoBackup</name>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup %1 did not read back correctly: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the automatic backups could be restored:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::AutoBackupRunner</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::BackupDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up the Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consistent copy of the whole store, with a manifest of its checksum and the audit trail&apos;s head. Others may keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::BackupService</name>
    <message>
        <source>The manifest is not that of a DocControl backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s manifest lacks the store&apos;s checksum or size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not back up the store (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; restore never overwrites a store. Choose a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds an unexpected file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete DocControl backup (it needs %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store inside the backup does not match its checksum: the backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1; it may have been created meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit trail ends at event #%1, the manifest says #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored store does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup of the store beside %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was recorded but the file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a folder to restore the backup in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not copy the store (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail does not end in this store&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::BundleExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a Distribution Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip of stamped PDFs of effective revisions with a manifest signed by your key, which anyone can check offline with Verify Bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected document (none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective documents the register shows under its filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every effective document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: uncontrolled copies (非受控)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holder makes each PDF a numbered controlled copy (受控) issued to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holder (持有人):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password opens your signing key, which signs the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the bundle to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No effective document matches the register&apos;s filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password: it signs the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::BundleReportDialog</name>
    <message>
        <source>Bundle Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Problems found:&lt;/b&gt; %n problem(s) in %1.</source>
        <translation>
            <numerusform>&lt;b&gt;Problems found:&lt;/b&gt; %n problem in %1.</numerusform>
            <numerusform>&lt;b&gt;Problems found:&lt;/b&gt; %n problems in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;OK:&lt;/b&gt; every file and signature matches the manifest, signed by the trusted key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The files and signatures match the manifest&lt;/b&gt;, but its key %1 is self-declared: anyone can re-sign a bundle with their own key. Check the fingerprint with the exporter and give it as the expected key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle: %1
Organisation: %2
Exported by: %3
Manifest key: %4
Audit trail head when exported: %5
Files: %6, signatures: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::BundleService</name>
    <message>
        <source>list the effective documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no effective document to put into a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no effective revision to distribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DocControl bundle: it has no valid manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: its signature does not verify; the manifest was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listed in the manifest but missing (removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its content differs from the manifest (changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 signature of %3 does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not listed in the manifest (added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a folder beside %1 for the bundle&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was recorded but the file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the trusted keys %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no key fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: it is signed by the key %1, which is not a key you trust (%2); the bundle was re-signed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::BundleVerifyDialog</name>
    <message>
        <source>Verify a Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the exporter&apos;s key fingerprint, as they told you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the report can only say which key the bundle declares; with it, a bundle re-signed by another key is refused. Separate several fingerprints with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle to verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::CitingDialog</name>
    <message>
        <source>A revision of %1 is already in progress; review it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cited by these documents in use. Once it is withdrawn they refer to an obsolete document: withdraw it only if they will be reviewed (you are offered to start that next).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents citing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These documents cite %1 and may have to change with it. Start their review? Each checked one gets a new draft revision with its present text, for its owner to revise or submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the documents to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review after %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ClauseCatalog</name>
    <message>
        <source>Cannot read the clause catalogue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clause catalogue for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause catalogue is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause catalogue needs an id, the standard&apos;s name and its Chinese and English titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of clause catalogue %2 needs a number and both titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of clause catalogue %2 has the unknown kind &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause catalogue %1 lists &quot;%2&quot;, which no clause reference can name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause catalogue %1 lists %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In clause catalogue %1, the parent %2 of %3 is not listed before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause %1 does not exist in %2 (it exists in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause %1 does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause catalogue %1 is marked withdrawn but does not name its successor and the date its certificates lapsed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ClausePickerDialog</name>
    <message>
        <source>Clauses of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or words of the title, e.g. A.5.1, 访问控制, access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the mapping changes; recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ClauseRef</name>
    <message>
        <source>Clause reference &quot;%1&quot; must be a standard and a clause, like &quot;27001:2013 A.9.1.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown standard &quot;%1&quot; in clause reference; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause number (expected e.g. 7.5.3 or A.5.37).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ClearanceDialog</name>
    <message>
        <source>Documents classified above it are hidden from the user unless they are on the document&apos;s route or distribution list; administrators and document controllers see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest classification %1 may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Clearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::CommentDialog</name>
    <message>
        <source>The comment is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ControlledCopy</name>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::CopiesDialog</name>
    <message>
        <source>Controlled Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only copies to &amp;recall (their revision is superseded or withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only document controllers recall and destroy controlled copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected copy came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected copy was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued — to recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy Controlled Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that controlled copy No. %1 of %2 %3 (%4) was destroyed? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::CopyStore</name>
    <message>
        <source>number the controlled copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision already has 999 controlled copies; recall some and issue a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the controlled copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the controlled copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is no longer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the controlled copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the controlled copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no controlled copy No. %1 of this revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::CoverageActions</name>
    <message>
        <source>Clause &amp;Coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which effective documents answer each clause and control of a standard, and the gaps; export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::CoverageService</name>
    <message>
        <source>Unknown standard &quot;%1&quot;; the known standards are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the documents mapped to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 clauses and controls, %3 covered, %4 gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) mapped only to the withdrawn %1</source>
        <translation>
            <numerusform>%n document mapped only to the withdrawn %1</numerusform>
            <numerusform>%n documents mapped only to the withdrawn %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this edition is withdrawn (certificates lapsed %1; successor %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, not yet effective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national equivalent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::CoverageView</name>
    <message>
        <source>Double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gaps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the clauses that require documented information and have no effective document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Coverage Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAP: no effective document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Covered (%n)</source>
        <translation>
            <numerusform>Covered (%n)</numerusform>
            <numerusform>Covered (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective, via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not yet effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped only to the withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To move to %1 (%n)</source>
        <translation>
            <numerusform>To move to %1 (%n)</numerusform>
            <numerusform>To move to %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to move its mapping off the withdrawn edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the withdrawn edition&apos;s clauses of %1 by those of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped to no clause of %2; there is nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the mapping of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DamagedStore</name>
    <message>
        <source>Damaged Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup of this store on this desk. You can open it read-only to copy out what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest automatic backup is %1 (%n backup(s) in all). Restoring makes a new store file and leaves the damaged one as it is.</source>
        <translation>
            <numerusform>The newest automatic backup is %1 (%n backup in all). Restoring makes a new store file and leaves the damaged one as it is.</numerusform>
            <numerusform>The newest automatic backup is %1 (%n backups in all). Restoring makes a new store file and leaves the damaged one as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore Newest Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Another Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Into a New Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocControl stores (*.dcstore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup made %1 was restored into %2 and verifies (audit trail up to event #%3). Changes after the backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Database</name>
    <message>
        <source>The store %1 is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the file as a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DocControl store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the store header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer DocControl (schema %2; this version reads up to %3). Update DocControl to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs to be upgraded to schema %2, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no DocControl store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a DocControl store; name an empty database for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: another desk kept the store busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the connection to the store %2 was lost (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 wants a password for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the store&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged (the file is shorter than its header says: it was cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the store&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a store of schema %2 that needs an upgrade to schema %3; open it once for writing as the owner of its tables.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DemoStore</name>
    <message>
        <source>The demo content is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DetailsPage</name>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a retained record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the titles, owner, department, classification, review interval, retention or clauses; the reason is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Earlier Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a revision released on paper before this store existed (recorded, not signed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lauses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the document to clauses and controls of the standards, picked from their catalogues; the reason is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original kept at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register E&amp;ntry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the documents this one cites; those named in its text are linked as it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the issuer, reference, edition, where the original is kept and the checks for a newer edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;tribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the users and departments that must receive this document; the change is recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DiffFormat</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Some replaced lines were too long to compare word by word: they are shown as removed and added lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revisions differ too much to compare in full: some passages are shown as wholly removed and added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DiffView</name>
    <message>
        <source>Comparing %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Disposition</name>
    <message numerus="yes">
        <source>withdrawn %1, kept %n year(s)</source>
        <translation>
            <numerusform>withdrawn %1, kept %n year</numerusform>
            <numerusform>withdrawn %1, kept %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>record effective %1, kept %n year(s)</source>
        <translation>
            <numerusform>record effective %1, kept %n year</numerusform>
            <numerusform>record effective %1, kept %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::DispositionActions</name>
    <message>
        <source>&amp;Disposition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records and obsolete documents past their retention: destroy with a signature or keep longer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DispositionDialog</name>
    <message>
        <source>Disposition of Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Longer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record or obsolete document is due for disposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) past their retention. Destroying removes the content; the record, hashes and signatures remain.</source>
        <translation>
            <numerusform>%n document past its retention. Destroying removes the content; the record, hashes and signatures remain.</numerusform>
            <numerusform>%n documents past their retention. Destroying removes the content; the record, hashes and signatures remain.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document under a legal hold is kept whatever its retention and cannot be destroyed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DispositionService</name>
    <message>
        <source>%1 may not %2 (document controllers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the documents&apos; retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the disposition list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide the disposition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disposition decision on %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 was already disposed of on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under a legal hold (%2); lift the hold before deciding its disposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use and has no retention period that ends; withdraw it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention of %1 ends on %2; it is not due for disposition yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept until %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only sign with their own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the revision to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 revision %2 does not match its recorded hash; run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the document disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispose of the content of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 until a day after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep %1 longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place a legal hold on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift the legal hold on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold on %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting the legal hold on %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 was disposed of; there is nothing left to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already under a legal hold (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under no legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the legal hold on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the disposal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 was disposed of on %2 after its retention ended; only its record remains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Distribution</name>
    <message>
        <source>&quot;%1&quot; is not a distribution entry: write user:NAME or dept:DEPARTMENT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DistributionDialog</name>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must receive %1: each user named, and every user of each department. Everyone on the list may see the document whatever their clearance; releasing a revision of a type that asks for it asks them to acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DistributionStore</name>
    <message>
        <source>read the distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add to the distribution list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove from the distribution list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DocumentImporter</name>
    <message>
        <source>&quot;%1&quot; is a PDF: PDF files are not converted to Markdown. Attach the PDF to a revision instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: DocControl imports .md, .html, .odt and .docx files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files are not converted to Markdown. Attach the PDF to a revision instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocControl imports Markdown, HTML, ODT and DOCX documents only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than %1 MiB; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file nests elements %2 deep; DocControl imports at most %3 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file nests elements %2 deep in %3; DocControl imports at most %4 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML file holds %1 million characters of text; a revision holds at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DocumentPreview</name>
    <message>
        <source>Select a document in the register to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DocumentService</name>
    <message>
        <source>The document has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title may be at most 200 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review interval must be 1 to 120 months, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period must be 0 to 100 years, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is larger than 8 MiB characters; attach large material instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not a user of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is already used by another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change summary (修订说明) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no effective revision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been withdrawn and is obsolete; it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while you edited it: %2 started revision %3 (you opened %4). Reload to see it, or save your text as the next edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was saved by %3 at %4 while you edited it. Reload to see the change, or save your text as the next edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document needs an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for changing the details of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been withdrawn and is obsolete; its details stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 are already as given; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in %1 %2: the text and the change summary are as saved, so no edit was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the earlier revision&apos;s label, e.g. A/0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision label may be at most 20 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day revision %1 was released on (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 cannot have been released on %2: that is after today (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the change summary (修订说明) of revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of who approved revision %1 on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier revision must be released before the first revision kept here (%1, %2); %3 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a revision %2 kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an earlier revision %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one clause to add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not mapped to clause %2 of %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped to no clause of %2; there is nothing to move to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one user or department to add to or remove from the distribution list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the distribution list of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the distribution list of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user belongs to the department &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution list of %1 would stay as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DocumentStore</name>
    <message>
        <source>register the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the clause references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision is no longer a draft and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document numbered &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the clause references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the next document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read who changed the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the document&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DocumentView</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is obsolete; its details stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the details of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded an earlier revision of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the clause mapping of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the documents %1 cites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the register entry of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked of the distribution list at each release (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked for a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the distribution list of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DraftRecovery</name>
    <message>
        <source>Cannot create the folder %1 for recovering drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a recovery copy of the draft in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recovered draft in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recovered draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered draft %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered draft %1 was written by a newer DocControl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recovered draft of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the recovered draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::DueDays</name>
    <message>
        <source>A task may wait from %1 to %2 days, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks keep their own dates; only reviews, approvals, releases and acknowledgements have due days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already set to %2 days; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::EarlierRevisionDialog</name>
    <message>
        <source>Record Earlier Revision of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision released on paper before this store existed, as the paper revision history (修订记录) lists it. It is printed first in the revision history of exports, marked 「%1」.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name as written on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Released on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;summary (修订说明):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the earlier revision&apos;s label, e.g. A/0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type its change summary (修订说明).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of who approved it on paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::EditConflict</name>
    <message>
        <source>The Draft Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their change: %1. Show Details… lists it line by line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Their Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mine as the Next Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::EditDetailsDialog</name>
    <message>
        <source>Edit Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the details change; recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::EditDraftDialog</name>
    <message>
        <source>Edit %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is effective. Saving starts the next revision as a new draft; %2 stays in force until the new revision is approved and released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why (修订说明), required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor change — revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major change — revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text of this draft from %1 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change summary (修订说明) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 without saving your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved text stays on this computer and is offered again the next time you edit this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet: edit the text or the change summary to save the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::EntryName</name>
    <message>
        <source>The archive entry &quot;%1&quot; is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is not valid Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an absolute path (drive letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a &quot;..&quot; component, which would leave the target folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of its name is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::EntryNameSet</name>
    <message>
        <source>the archive holds this name twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is a file here but a folder elsewhere in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file in the archive, yet used as a folder here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Enums</name>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ExportDialog</name>
    <message>
        <source>Export PDF — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
Revision %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncontrolled copy — stamped with today&apos;s date, valid on that day only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Obsolete copy — stamped 作废 OBSOLETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft copy — stamped 草稿 DRAFT, not for use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Controlled copy — numbered and registered to its holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person or a department, e.g. IT 部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled &amp;manual — cover, release order, contents, chapters and revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/&amp;A-1b, for long-term archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who holds the controlled copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; choose another with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ExportInput</name>
    <message>
        <source>%1 has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This manual is approved and issued. It takes effect on %1; all staff shall comply with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the withdrawal date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ExportService</name>
    <message>
        <source>%1 is a %2, not a manual; export it as a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %2 is %3; only an effective revision has controlled copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A controlled copy needs a holder (a person or a department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not read the controlled-copy register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled copy No. %1 of %2 %3 is already %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF says it is %1, which this store does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF names %1 %2 but its content hash differs from that revision&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF names revision %1 of %2, which this store does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was recorded but the file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the store itself, not an exported PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 revision %2 does not match its recorded hash; run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s %1 %2 no longer matches its content hash (text or attachments changed); run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded; the printed pages are no valid copy: destroy them and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled copy No. %1 of %2 %3 was issued elsewhere meanwhile. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while its pages were being made. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the effective revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ExportWork</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling the manual %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (compiled manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, controlled copy No. %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, uncontrolled copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stamped as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stamped as obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ExternalDialog</name>
    <message>
        <source>Register entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GB/T 22080-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the original is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original &amp;kept at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD; shown in the review-due list from then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the day of the last check as YYYY-MM-DD, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the day of the next check as YYYY-MM-DD, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ExternalRegister</name>
    <message>
        <source>%1 is a %2, not a document of external origin; only those are in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been withdrawn and is obsolete; its register entry cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last check of %1 on %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next check of %1 (%2) must come after the last one (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register entry of %1 already holds these values; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::GuiLauncher</name>
    <message>
        <source>Building the demo store: a management manual, policies, procedures and records of a fictitious cloud company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocControl Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Build the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Store Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocControl keeps an organisation&apos;s documents in a store file (.dcstore).

Create one with
    doccontrol init --org NAME --admin NAME --password-stdin
or try the demo with
    doccontrol --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Not Understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no document. A DocControl link reads doccontrol:NUMBER, for example doccontrol:ISMS-P-001.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::HoldDialog</name>
    <message>
        <source>Legal Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number, e.g. ISMS-R-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place a hold: keep it whatever its retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the litigation, investigation or request behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ImportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers may not import documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a .docx, .odt, .md, .html or .pdf file in as a new document or the next draft of the selected one; you may also drop the file on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as %2 revision %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped: import one file at a time.</source>
        <translation>
            <numerusform>%n file was dropped: import one file at a time.</numerusform>
            <numerusform>%n files were dropped: import one file at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: DocControl imports .docx, .odt, .md and .html files, and attaches .pdf files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ImportDialog</name>
    <message>
        <source>The store is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing needs the right to register documents (document controllers) or to edit the selected document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.docx, .odt, .md, .html or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the next &amp;draft of the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the next &amp;draft of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next number of the type&apos;s pattern; type another to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this revision brings, e.g. &quot;Imported from the paper manual, edition A&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;summary (修订说明):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments and warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.docx *.odt *.md *.markdown *.html *.htm *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, or drop one on the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — attached as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is not converted: it becomes an attachment of the selected document&apos;s draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · title: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s)</source>
        <translation>
            <numerusform>%n heading</numerusform>
            <numerusform>%n headings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n table(s)</source>
        <translation>
            <numerusform> · %n table</numerusform>
            <numerusform> · %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n image(s)</source>
        <translation>
            <numerusform> · %n image</numerusform>
            <numerusform> · %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may neither register documents nor edit the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF is attached to an existing document, not converted: select the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new document&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new document&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the change summary (修订说明).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ImportPreview</name>
    <message>
        <source>Markdown text (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: DocControl imports .md, .html, .odt and .docx files, and attaches .pdf files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 256 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF is attached as it is to the current draft of a document; its text is not converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text: the revision would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no title of its own (no title property, no first heading): type one for a new document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text shows the image &quot;%1&quot;, which is not in the file: it will be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts, forms and embedded media of the web page are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… (%n more characters)</source>
        <translation>
            <numerusform>… (%n more character)</numerusform>
            <numerusform>… (%n more characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::ImportService</name>
    <message>
        <source>A PDF is attached to an existing document, not converted: name the document to attach it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no title of its own; give one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::InsertTableDialog</name>
    <message>
        <source>Insert Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is the table&apos;s header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::KeepDialog</name>
    <message>
        <source>Keep %1 Longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why it is kept past its retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for keeping it longer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Keyring</name>
    <message>
        <source>The password of %1 is wrong; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::LinkDialog</name>
    <message>
        <source>Insert Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as the address when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the address to remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::LinkReplay</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the links between documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cites %2 (%3) in the store, but the audit trail records %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the register of external documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an entry in the register of external documents, but the audit trail never recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register entry of %1 is not the one the audit trail records: it was changed outside DocControl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register entry of %1, recorded in the audit trail, is missing from the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::LinkService</name>
    <message>
        <source>Name at least one document to link or unlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change the links of %2 (authors or document controllers may).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been withdrawn and is obsolete; its links cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no link added by hand to %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot cite itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1 to link %2 to; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has exactly these links; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the texts that name a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::LinkStore</name>
    <message>
        <source>read the links of a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the links of a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the links between documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the external document&apos;s register entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the external document&apos;s register entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the register of external documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the numbers a text cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the numbers a text cites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::LinksDialog</name>
    <message>
        <source>Documents %1 cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or words of the title, e.g. ISMS-P-001, 变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document numbers found in the text of the latest revision; they follow the text as it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in the text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::MainWindow</name>
    <message>
        <source>DocControl — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DocControl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, title or content (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1” — Esc returns to the register</source>
        <translation>
            <numerusform>%n result for “%1” — Esc returns to the register</numerusform>
            <numerusform>%n results for “%1” — Esc returns to the register</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DocControl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DocControl %1&lt;/h3&gt;&lt;p&gt;Controlled documents for ISO/IEC 20000-1 and ISO/IEC 27001 management systems: registration, revisions, review and approval, controlled copies.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits for you: reviews, approvals, releases, periodic reviews (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign O&amp;ut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users, change roles, disable accounts, reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed; your signing key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; the new language applies when DocControl starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled release(s) became effective.</source>
        <translation>
            <numerusform>%n scheduled release became effective.</numerusform>
            <numerusform>%n scheduled releases became effective.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a document with a first draft from its type&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled &amp;Copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of controlled copies: issued, to recall, recalled, destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Master List of Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register under its current filter as the master list (受控文件清单), PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Shared Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store that many desks share on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1, where %2 was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the master list to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::MarkdownEditor</name>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image the editor can show (PNG, JPEG, GIF, BMP or SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::MasterListDialog</name>
    <message>
        <source>Master List of Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register filtered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, stamped (landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Master List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::MasterListService</name>
    <message>
        <source>read the effective revision of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n documents, made %1 by %2</source>
        <translation>
            <numerusform>%n document, made %1 by %2</numerusform>
            <numerusform>%n documents, made %1 by %2</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::MetadataForm</name>
    <message>
        <source>e.g. 信息安全风险评估程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Information Security Risk Assessment Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a retained record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g.
27001:2013 7.5
20000-1:2018 8.5.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cla&amp;uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Migrations</name>
    <message>
        <source>create the version 1 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the version 2 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the version 4 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the version 5 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the version 7 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the tables of links and external documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the version 9 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the version 10 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the version 11 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the version 12 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the texts of the documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::NewDocumentDialog</name>
    <message>
        <source>New Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first draft starts from this template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next number of the pattern %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next number of the pattern %1; type another to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annex A of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::NumberPattern</name>
    <message>
        <source>Numbering pattern &quot;%1&quot; has a &quot;{&quot; that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In numbering pattern &quot;%1&quot;, {%2} needs a width from 1 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; has a &quot;}&quot; without a &quot;{&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; contains &quot;%2&quot;; document numbers hold only ASCII letters, digits and - _ . /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; needs a {seq} placeholder, or every number would be the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; may contain {seq} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number &quot;%1&quot; must be 3 to 40 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number &quot;%1&quot; must start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number &quot;%1&quot; contains &quot;%2&quot;; use only ASCII letters, digits and - _ . /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering pattern &quot;%1&quot; uses the unknown placeholder {%2}; use {prefix}, {seq:N}, {seq:N,yearly}, {year} or {yy}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::NumberingTab</name>
    <message>
        <source>Placeholders: {prefix} (the store&apos;s prefix), {seq} or {seq:N} (zero-padded to N digits), {year}, {yy}; {seq:N,yearly} restarts the sequence every year. Letters, digits and - _ . / are copied as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only document controllers (文控) and administrators change numbering patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (example, not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::OfficePackage</name>
    <message>
        <source>the elements are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODT file is of another kind (%1), not a text document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is damaged: %2, line %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is damaged or of another kind: it has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document type declaration (DTD) is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::OpenStores</name>
    <message>
        <source>%1 is a document store that is open; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::OutputFile</name>
    <message>
        <source>%1 is the store itself (or one of its files); write to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; write to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe, socket or link); write to a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to nothing; write to a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::OverdueBanner</name>
    <message>
        <source>%1 %2 %3 (due %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) are overdue: </source>
        <translation>
            <numerusform>%n task is overdue: </numerusform>
            <numerusform>%n tasks are overdue: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t remind me again today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open My Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::PasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets a new signing key; signatures made with the old one stay valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::PasswordHash</name>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least 4 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::PdfPreviewPane</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the pages to the width of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom so that a whole page is in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview records nothing and issues no copy; print or export to do so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be previewed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary folder for its pages (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be opened (PDF error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview as printed today — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Permissions</name>
    <message>
        <source>%1 may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register documents (document controllers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 is %3; only drafts can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the draft of %1 (its author, its owner or a document controller may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read revision %1, which is not effective (readers see effective revisions only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a new revision of %1 (authors or document controllers may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review documents (reviewers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve documents (approvers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 (document controllers or its approver may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw %1 (document controllers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry out the periodic review of %1 (reviewers, approvers, document controllers or its owner may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the store (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue, recall or destroy controlled copies (document controllers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote or changed revision %2 of %3 and so may not %4 it (segregation of duties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a document number (document controllers only); leave the number empty to take the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the details of %1 (document controllers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail (readers only see effective revisions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::PgSchema</name>
    <message>
        <source>create the store&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name DocControl grants to: use lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant the application role its rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the store&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the store&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a store of schema %2, which this version cannot upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read which roles the store&apos;s rights were granted to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a stamped copy of the revision shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the revision shown as a stamped PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only, and every print and export is recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::PrintSubject</name>
    <message>
        <source>%1 has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an effective revision has controlled copies; %1 %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::PrintingTab</name>
    <message>
        <source>Chinese and English (受控文件 Controlled Copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese only (受控文件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels on printed pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps, running headers and footers, the manual&apos;s cover and the signature tables use these labels. Pages already exported keep the labels they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only document controllers (文控) and administrators change the labels of printed pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RecallDialog</name>
    <message>
        <source>Recall Controlled Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — copy No. %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall the checked copies now, once they are back; unchecked ones stay in the register as issued and can be recalled later from File ▸ Controlled Copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the copies to recall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RegisterModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RegisterQuery</name>
    <message>
        <source>The clause filter &quot;%1&quot; should be a clause (7.5) or a standard and a clause (27001:2013 7.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RegisterView</name>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the current revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents mapped to this clause or its subclauses, e.g. A.5.1; &quot;27001:2022 A.5.1&quot; for one standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::ReportCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored into a new store, its checksum checked and the restored store verified. Nothing existing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring and verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Into a New Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocControl stores (*.dcstore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new store to restore it into.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RetentionReplay</name>
    <message>
        <source>read the documents&apos; retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold of %1 is &quot;%2&quot; in the store, but the audit trail records &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept until &quot;%2&quot; in the store, but the audit trail records &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disposed of in the store, but the audit trail records no disposal: its content was removed outside DocControl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail records the disposal of %1, but the store still holds it as not disposed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RevisionLabel</name>
    <message>
        <source>&quot;%1&quot; is not a revision label of the form %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision label can follow %1; labels count up to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition Z is the last edition letter; no major revision can follow %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RevisionsModel</name>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on paper before this store kept the document; recorded by %1, not signed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 may do. Segregation of duties still applies to every revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RouteDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewers (the author of the revision cannot review it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers sign &amp;in the order listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot both review and approve the same revision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::RoutesTab</name>
    <message>
        <source>The route a submission takes when it names no reviewers or approver. Whoever wrote or changed a revision can neither review nor approve it, whatever the route says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers (审核)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver (批准)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the reviewers; drag them into the order they sign in when they sign one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers sign &amp;one after another, in the order listed (else in parallel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only document controllers (文控) and administrators change default routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reviewer and the approver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SearchIndex</name>
    <message>
        <source>update the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; has no letters, digits or Chinese characters to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the search configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot index Chinese text: its character type (LC_CTYPE) does not treat Chinese characters as letters. Create it with ENCODING &apos;UTF8&apos; and a UTF-8 locale such as C.UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SearchResultsModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SessionFlow</name>
    <message>
        <source>Open Document Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocControl stores (*.dcstore);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Shared Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared store&apos;s PostgreSQL location, e.g. postgresql://wangfang@db.example.cn:5432/doccontrol
(without a password: it is asked for when the server wants one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The database password for %2 (kept only while DocControl runs):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SessionLock</name>
    <message>
        <source>DocControl is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing happened here for a while, so the documents are hidden. %1 can unlock with their password; anyone else may sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when DocControl is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input the window locks and asks for your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up each store I write to, daily and when I sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SettingsService</name>
    <message>
        <source>The template is blank; to go back to the built-in template, reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of type %1 already start from the built-in template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template of %1 is already this text; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database roles exist on a PostgreSQL store only; %1 is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels are already &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SignDialog</name>
    <message>
        <source>Sign as Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release and Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the Periodic Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signing electronically. The signature records your name, its meaning, the time and the SHA-256 of the content below; it cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no effective revision to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today or later; a later date schedules the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw and Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed on %2, without a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed on %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer has signed this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare: no earlier revision is in force, so all of the text is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the document is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None are out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n controlled copies must be recalled:</source>
        <translation>
            <numerusform>%n controlled copy must be recalled:</numerusform>
            <numerusform>%n controlled copies must be recalled:</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies to recall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I Have Read and Understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and understood this revision. 本人已阅读并理解本文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy and Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why the content is destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for destroying the content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SignInDialog</name>
    <message>
        <source>Sign in — DocControl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock — DocControl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DocControl is locked.&lt;/b&gt;&lt;br/&gt;%1 was signed in. Enter the password to continue, or sign out so that someone else can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Signature</name>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SigningKey</name>
    <message>
        <source>Not enough memory to protect the signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored signing key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Soa</name>
    <message>
        <source>The Statement of Applicability has no line &quot;标准 Standard: …&quot; naming its standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Statement of Applicability names the standard &quot;%1&quot;, which has no catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoA table header at line %1 is not followed by a separator line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Statement of Applicability has no table whose first column is &quot;控制 Control&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalogue for the standard &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard &quot;%1&quot; has no Annex A controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Annex A control of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: applicable or not is not decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is applicable but gives no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is applicable but has no implementation status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is excluded without a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is excluded but has an implementation status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the Statement of Applicability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SoaEditDialog</name>
    <message>
        <source>Edit %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is effective. Saving starts the next revision as a new draft; %2 stays in force until the new revision is approved and released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Implementing Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, for each control, the effective documents mapped to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The implementing documents are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Implementing documents changed for %n control(s): %1</source>
        <translation>
            <numerusform>Implementing documents changed for %n control: %1</numerusform>
            <numerusform>Implementing documents changed for %n controls: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 controls: %2 applicable, %3 excluded, %4 undecided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to submit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change summary (修订说明) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet: edit the table or the change summary to save the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SoaService</name>
    <message>
        <source>%1 is not a Statement of Applicability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no control %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::SoaTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh implementing documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::StoreLocation</name>
    <message>
        <source>The store location %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password must not be part of it; use ~/.pgpass or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database (postgresql://user@host:port/dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 is not supported (only host).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::StoreSettings</name>
    <message>
        <source>read the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number prefix &quot;%1&quot; must be 1 to 16 ASCII letters, digits or - _ . /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label language must be &quot;zh&quot; (Chinese only) or &quot;bilingual&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::StoreTransfer</name>
    <message>
        <source>copy the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a store; a copy goes only into a new, empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision has the unknown status &quot;%1&quot;; the store cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::TaskModel</name>
    <message>
        <source>The periodic review was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since / due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check for a newer edition was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::TaskQuery</name>
    <message>
        <source>find the tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Tasks</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::TasksView</name>
    <message>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) wait for you</source>
        <translation>
            <numerusform>%n task waits for you</numerusform>
            <numerusform>%n tasks wait for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::TimelineModel</name>
    <message>
        <source>Registered the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers: %1%2; approver: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review complete; awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic review recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocControl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 64 bits of the SHA-256 of the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment / details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review interval (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a controlled copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a controlled copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed an uncontrolled copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported an uncontrolled copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a draft copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a draft copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed an obsolete copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported an obsolete copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiled manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled controlled copy No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed controlled copy No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded earlier revision %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released %1, approved by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the user&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted a database role its rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a numbering pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a document template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a default route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::TrailReplay</name>
    <message>
        <source>read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is in the store, but the audit trail never recorded adding them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles of %1 are %2 in the store, but the audit trail gives them %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled in the store, but the audit trail never disabled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is enabled in the store, but the audit trail records it as disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password hash of %1 is not the one the audit trail recorded: it was replaced outside DocControl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is &quot;%1&quot; in the store, but the audit trail records &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the store, but the audit trail never recorded registering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 is &quot;%3&quot; in the store, but the audit trail records &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the review dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review date of %1 is %2 in the store, but the audit trail records %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export records of %1 (%2) hold %3, but the audit trail records %4 exports: records were deleted or added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export of %1 is recorded in the store but not in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the controlled copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controlled copy %1, recorded in the audit trail, is missing from the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controlled copy %1 is %2 (%3) in the register, but the audit trail records %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controlled copy %1 is in the register but not in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the clause references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clauses of %1 are &quot;%2&quot; in the store, but the audit trail records &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has its own template for %1, but the audit trail never recorded setting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template for %1 is not the one the audit trail recorded: it was changed outside DocControl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearance of %1 is %2 in the store, but the audit trail gives them %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution list of %1 is &quot;%2&quot; in the store, but the audit trail records &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail asks %1 to acknowledge %2, but the store holds no such request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store asks %1 to acknowledge %2, but the audit trail never recorded the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged %2 in the store, but the audit trail records no acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged %2 in the audit trail, but the store still waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store sets %1 to %2 days, but the audit trail never recorded setting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 days in the audit trail, but the store holds another value: it was changed outside DocControl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::TransitionDialog</name>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clauses of %1 that %2 is mapped to are replaced by the clauses of %3 that take them up. Clauses of other standards stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no successor; kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the mapping changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::TransitionTable</name>
    <message>
        <source>The transition table is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transition table needs two editions that have catalogues (from &quot;%1&quot; to &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transition table names %1 %2, which is not in its catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transition table maps %1 %2 to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::User</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; roles are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between role names</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::UserModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::UserService</name>
    <message>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name &quot;%1&quot; must be 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password of %1 is wrong; the password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::UserStore</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the account&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the clearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only; users cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 with the roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the account of %1; their signatures stay valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled the account of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;learance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now read documents up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Verifier</name>
    <message>
        <source>event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events #1 to #%1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail starts at event #%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 is missing: the audit trail jumps from #%2 to #%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 (%2 %3) does not link to the event before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 (%2 %3) was altered: its hash does not match its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key #%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key #%1 of %2 does not match the one recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 does not match its SHA-256: it was changed outside DocControl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 is not the content that was submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in the store, but the audit trail records it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature #%1 (%2 by %3 on %4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not verify against the signer&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was made over other content than %2 %3 holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 differs from the one recorded in event #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature #%1, recorded in event #%2, is missing from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 of %2 does not match its SHA-256: it was changed outside DocControl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 breaks segregation of duties: the audit trail shows %2 wrote or changed the content of %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 belongs to no withdrawal of %2 recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signs a withdrawal, but %2 %3 is not obsolete in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register shows %1 with another revision or status than its revisions hold: it was changed outside DocControl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 belongs to no disposal of %2 recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the store&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every revision&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signatures against their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the tables with what the audit trail records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::VerifyDialog</name>
    <message>
        <source>Verify Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s hash chain, every signature, every content and attachment hash, and replays the trail into the state it implies to compare it with the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, bundles or exported PDFs whose recorded chain head the store must still hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chain head printed on paper, e.g. #84 08c0922a…7d792e8d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check This Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain heads recorded elsewhere (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — event #%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files That Record a Chain Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, bundles and PDFs (*.dcbackup *.dcbundle *.pdf *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit trail, signatures and content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: everything matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: OK, everything matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Result: FAILED, %n problem(s) found.</source>
        <translation>
            <numerusform>Result: FAILED, %n problem found.</numerusform>
            <numerusform>Result: FAILED, %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail (hash chain): %n event(s)</source>
        <translation>
            <numerusform>Audit trail (hash chain): %n event</numerusform>
            <numerusform>Audit trail (hash chain): %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain head: #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures checked against their signers&apos; keys: %1 (keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Content and attachment hashes checked: %n revision(s)</source>
        <translation>
            <numerusform>Content and attachment hashes checked: %n revision</numerusform>
            <numerusform>Content and attachment hashes checked: %n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  of which %n signed a hash of the text only (made before attachments were signed)</source>
        <translation>
            <numerusform>  of which %n signed a hash of the text only (made before attachments were signed)</numerusform>
            <numerusform>  of which %n signed a hash of the text only (made before attachments were signed)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay: the state the trail implies (users, roles, keys, metadata, templates, copies, statuses) compared with the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain heads recorded elsewhere: %n</source>
        <translation>
            <numerusform>Chain head recorded elsewhere: %n</numerusform>
            <numerusform>Chain heads recorded elsewhere: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: #%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First difference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All differences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-report.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… (step %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Visibility</name>
    <message>
        <source>look up the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::Witness</name>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM: this desk saw the audit trail of %1 reach event #%2, but it now ends at event #%3: events were removed. The store is not opened for writing; open it read-only and compare it with a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM: this desk saw event #%1 of %2 with hash %3, but the store now holds another event there: the audit trail was rewritten. The store is not opened for writing; open it read-only and compare it with a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::WorkflowActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as &amp;Reviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as &amp;Approver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periodic Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: starts a new revision of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the draft of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started revision %2 of %1 as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1 %2 for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (effective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 %2 as reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 %2 as approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1 %2, effective %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1 %2, effective today; %3 is superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1 %2, effective today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded and signed the periodic review of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what must change. The revision goes back to its author as a draft; your comment is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1 %2; it is a draft again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew %1; it is obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the text saved meanwhile (revision %1); edit it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is superseded. These controlled copies of it are still out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recalled %n controlled copies</source>
        <translation>
            <numerusform>Recalled %n controlled copy</numerusform>
            <numerusform>Recalled %n controlled copies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is withdrawn. These controlled copies of it are still out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1 %2: read and understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the review of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::WorkflowRules</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is %2 and cannot change; it becomes editable again if it is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 has no open round of review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is %2; only a draft can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 by %2 — edit it, then submit it for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1 (in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the approver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 by %2 — released, effective %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 by %2 — waiting to be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective %1 since %2 · next review %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective %1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for no acknowledgement from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::WorkflowService</name>
    <message>
        <source>%1 has no revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been withdrawn and is obsolete; nothing more can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 revision %2 does not match its recorded hash; run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one reviewer for %1 (no default route is set for its type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the approver for %1 (no default route is set for its type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the route is not a user of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the route is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be on the route of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice as a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot both review and approve the same revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only sign with their own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as reviewer or approver; releases and periodic reviews have their own commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %2 is %3, so it cannot be signed as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already signed %2 revision %3 as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reviewer of %2 revision %3 (reviewers: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviews of %1 go in order: %2 reviews before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the approver of %2 revision %3 (the approver is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %2 changed meanwhile; look at it again before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a comment that says what must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %2 is %3; only a revision in review or approval can be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the route of %2 revision %3 and so cannot reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date %1 for %2 revision %3 is in the past; release with today&apos;s date or a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %2 is %3; only an approved revision can be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %2 is already released, effective %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find releases that have become effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawing a document needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no effective revision to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the documents due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the %2 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no effective revision to acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 waits for no acknowledgement from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was acknowledged by %3 meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be submitted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cited by %2; withdraw it only after confirming that these documents will be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::WorkflowStore</name>
    <message>
        <source>store the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no signing key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-seal the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision is not under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the revision&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision&apos;s status changed meanwhile; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the revision&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::cli</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acting user (default: $DOCCONTROL_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the desktop app on the demo store (made on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The acting user&apos;s password comes from $DOCCONTROL_PASSWORD or the first line of standard input;
a new password (--password-stdin) from the next line. Exit status: 0 success, 1 refused or failed,
2 usage error, 3 authentication or permission, 4 not found, 5 store unusable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acting user: use --user NAME or set DOCCONTROL_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: set DOCCONTROL_PASSWORD or give it on the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password on standard input and say so with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the content file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content file %1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc new takes options only; give the number with --number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc new needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 %2, revision %3 (draft).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc edit needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc edit needs --content FILE.md and --summary TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved draft %1 of %2 (SHA-256 %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc list takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort by &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be at least 1 and --offset at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of %2 documents; use --offset %3 for more)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc show needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs something to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)
</source>
        <translation>
            <numerusform>%n match
</numerusform>
            <numerusform>%n matches
</numerusform>
        </translation>
    </message>
    <message>
        <source>numbering list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering set needs a type and a pattern, e.g. numbering set procedure &quot;{prefix}-P-{seq:3}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of type %1 are now numbered %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public, internal, confidential or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owning department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause reference such as &quot;27001:2013 7.5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAUSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Markdown file with the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change summary (修订说明).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number; generated from the type&apos;s pattern when omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years a record is retained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the current revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, title, type, status, owner, department, classification or updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision label, e.g. A/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1   Classification: %2   Owner: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review every %n month(s)</source>
        <translation>
            <numerusform>Review every %n month</numerusform>
            <numerusform>Review every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>   Retain %n year(s)</source>
        <translation>
            <numerusform>   Retain %n year</numerusform>
            <numerusform>   Retain %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Clauses: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 (%2) by %3, updated %4: %5
SHA-256 %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;doccontrol --help&apos; for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --store FILE: the store file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --org NAME and --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scheme must be edition (A/0) or decimal (1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the store %1 with administrator %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs exactly one user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs --role ROLE[,ROLE] (one of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPLAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision labels: edition (A/0) or decimal (1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix of generated document numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: admin, controller, author, reviewer, approver, reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store read-only: nothing can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocControl (文控): controlled documents for ISO/IEC 20000-1 and ISO/IEC 27001.

Usage: doccontrol [--store FILE] [--user NAME] [--read-only] [--demo]     the desktop app
       doccontrol [--store FILE] [--user NAME] [--read-only] COMMAND ...  a command

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init creates a store, so it cannot work --read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs exactly one file to write, e.g. backup store-2026-11-21.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 documents and %2 revisions to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store SHA-256 %1; audit trail head: event #%2, %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1 made %2 by %3 into %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 events, %2 revisions, %3 signatures; audit trail head event #%4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export needs -o FILE.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 with %2 stamped PDFs and a signed manifest.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle verify needs exactly one bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle of %1 by %2 (manifest key %3): %4 files, %5 signatures.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one file (.md, .html, .odt, .docx, or .pdf to attach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --type TYPE for a new document, or --into N for a new revision of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as revision %2 (%3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWSTORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled copies for this holder (default: uncontrolled copies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new document&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title (default: the file&apos;s own title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number (default: the next of the type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner (default: you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file a new draft revision of this document (a PDF is attached to its draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 events, %2 revisions, %3 signatures and %4 keys.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail head: event #%1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: everything matches.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doccontrol: verify FAILED: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log takes at most one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months between periodic reviews (default: 12 for manuals and policies, 24 for procedures, instructions and forms, 36 for records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the document is effective, start a new edition (A/3 → B/0) rather than a revision (A/3 → A/4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs -o FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --controlled or --uncontrolled, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A controlled copy needs --holder NAME (a person or a department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: controlled copy No. %2 of %3 %4 for %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 %3, stamped %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies list takes at most one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSUED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies recall/destroy needs a document number, a revision and a copy number, e.g. copies recall ISMS-P-001 A/0 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a copy number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled copy No. %1 of %2 %3 (%4) is now %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify pdf needs exactly one PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, controlled copy No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision is the effective one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision is %1, NOT effective (effective now: %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is exactly as this store exported it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does NOT match any export recorded in this store: it was changed or made elsewhere.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision (default: the effective one, else the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a controlled copy (next copy number) to --holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An uncontrolled copy, valid on the day it is printed (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the controlled copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter pages instead of A4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF/A-1b for archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user passwd changes the acting user&apos;s password and takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1; the signing key is kept.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user reset-password needs exactly one user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password and signing key for %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user enable/disable needs exactly one user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1; their signatures stay valid.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user roles needs a user name and --role ROLE[,ROLE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 revision %2 as %3 (signature #%4, content SHA-256 %5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted revision %1 for review; it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc sign needs --as reviewer or --as approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc reject needs --comment TEXT saying what must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected revision %1; it is %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--effective needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1 revision %2; it becomes effective on %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1 revision %2, effective %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is superseded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall controlled copy No. %1 of %2 from %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc withdraw needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc diff needs a document number and two revision labels, e.g. doc diff ISMS-P-001 A/0 A/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review due takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--within needs a number of days, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is due for review.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route set needs a document type, e.g. route set procedure --reviewers a,b --approver c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route set needs --reviewers A[,B] and --approver C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of type %1 now go to %2 for review and %3 for approval.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEWERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPROVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment recorded with the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers&apos; user names, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A[,B]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers sign one after another, in the order given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer or approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the revision becomes effective (today by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the document is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFFECTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNED AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: every file and signature matches the manifest, signed by the trusted key %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files and signatures match the manifest, but its key %1 is self-declared: anyone can re-sign a bundle with their own key. Check the fingerprint with the exporter and pass --expect-key %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of the exporter&apos;s key you trust (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of trusted key fingerprints, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes no arguments (did you mean verify pdf FILE or verify --against FILE?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked the head recorded by %n file(s).
</source>
        <translation>
            <numerusform>Checked the head recorded by %n file.
</numerusform>
            <numerusform>Checked the head recorded by %n files.
</numerusform>
        </translation>
    </message>
    <message>
        <source>store grant needs exactly one PostgreSQL role, e.g. store grant doccontrol_app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may now use the store; it cannot change its triggers, events or signatures.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: a file, or postgresql://user@host:port/dbname (default: $DOCCONTROL_STORE, else the last one used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store given: use --store FILE (or postgresql://…) or set DOCCONTROL_STORE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --clause or --no-clauses, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc set needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc set needs --reason TEXT: every change of a document&apos;s details says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc set needs at least one field to change, e.g. --title or --owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the details of %1 %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template show needs a document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template set needs a document type and a Markdown file, e.g. template set procedure procedure.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; use template reset to go back to the built-in template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New documents of type %1 now start from %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template reset needs a document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New documents of type %1 start from the built-in template again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new English title (empty to remove it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new owner&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new owning department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months between periodic reviews (1 to 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years a record is retained (0: not a retained record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause reference such as &quot;27001:2013 7.5&quot;; the ones given replace the document&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every clause reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the details change (required; recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs a backup file and --to NEWSTORE (a store file that does not exist yet, or an empty PostgreSQL database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new store: a file to create, or an empty PostgreSQL database (postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store copy needs the store to copy and a new one to copy it to, e.g. store copy docs.dcstore postgresql://dc@db/docs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store copy names the store it copies itself; leave out --store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified the copy: %1 events, %2 revisions, %3 signatures and %4 keys; audit trail head event #%5, %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup, bundle or exported PDF whose recorded audit-trail head the store must still hold, or a chain head printed on paper (&quot;#84 08c0922a…7d792e8d&quot;) (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report master-list takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is pdf or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report master-list needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the master list of %n documents to %1.
</source>
        <translation>
            <numerusform>Wrote the master list of %n document to %1.
</numerusform>
            <numerusform>Wrote the master list of %n documents to %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>pdf (stamped, landscape; the default) or csv (UTF-8, for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew %1; it is obsolete. Signed as withdrawn over revision %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log: give the document number once (N or --document N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events of this document and its revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events of this user (user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this kind, e.g. revision.released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on or after this day (YYYY-MM-DD, local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on or before this day (YYYY-MM-DD, local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc history-add needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc history-add needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded earlier revision %1 of %2, released %3, approved by %4 (%5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier revision&apos;s label, e.g. A/0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was released, before the first revision kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its change summary (修订说明).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved it on paper, as a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown standard &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which standard the clauses belong to with --standard, e.g. --standard 27001:2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped to no clause.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc clauses needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc clauses needs --reason TEXT to change the mapping: every change of a document&apos;s details says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the clause mapping of %1 %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of bare clause numbers: 27001:2013, 27001:2022 or 20000-1:2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses to map, separated by commas (A.5.1,8.2.5 or &quot;27001:2013 7.5&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAUSES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses to unmap, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped to no clause of %2; nothing to move.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no successor; kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the clause mapping of %1 from %2 to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc clauses takes --transition or --add/--remove, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run goes with --transition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mapping from the withdrawn edition onto this one (27001:2022): each old clause is replaced by its successors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --transition: print the proposal and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc. info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Mapped only to the withdrawn %1 (map them to %2):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage needs --standard, one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the coverage report of %1 to %2.
%3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the clauses that require documented information and have no effective document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report as a stamped PDF to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels show takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels set needs zh (Chinese only) or bilingual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed pages now carry %1 labels.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has read and understood %2 revision %3 (已阅知悉; signature #%4, content SHA-256 %5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report acknowledgements takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acknowledgement is outstanding.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) outstanding</source>
        <translation>
            <numerusform>%n day outstanding</numerusform>
            <numerusform>%n days outstanding</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n outstanding
</source>
        <translation>
            <numerusform>%1: %n outstanding
</numerusform>
            <numerusform>%1: %n outstanding
</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledgement require needs a document type and yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing a %1 now asks its distribution list to acknowledge it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing a %1 no longer asks for acknowledgements.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the users of this department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged requests too, not only outstanding ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc distribution needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the distribution list of %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no distribution list.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and departments to add, separated by commas (user:sunli,dept:IT 部).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and departments to remove, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--standard is for a Statement of Applicability (--type soa) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type: manual, policy, procedure, work_instruction, form, record, external, soa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For --type soa: the standard whose Annex A controls the table lists (default 27001:2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc links needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cited by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc external needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the register entry of %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report external takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds no document of external origin.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSUER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGINAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents this one cites, to link by hand (numbers, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links added by hand to remove (numbers, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued the document (a standards body, an authority, a supplier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s reference, e.g. GB/T 22080-2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the original is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was last checked for a newer edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the next check (it appears in review due from then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest classification the user may read: public, internal (default), confidential, secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearance &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLEARANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user clearance needs a user name and a level (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now read documents up to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n document(s); review whether they must change (doc edit, doc review):
</source>
        <translation>
            <numerusform>Cited by %n document; review whether it must change (doc edit, doc review):
</numerusform>
            <numerusform>Cited by %n documents; review whether they must change (doc edit, doc review):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked %n people to read and acknowledge it: %1.
</source>
        <translation>
            <numerusform>Asked %n person to read and acknowledge it: %1.
</numerusform>
            <numerusform>Asked %n people to read and acknowledge it: %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Controls changed:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw it although documents in use cite it (they are listed; review them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list reviews and external documents&apos; checks due within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition list takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is due for disposition.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition destroy needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition destroy needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed the content of %1; its record, hashes and signatures remain (销毁; signature #%2 over %3 content SHA-256 %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition keep needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition keep needs --until YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition keep needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept until %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc hold needs exactly one document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doc hold needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted the legal hold on %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under a legal hold: it will not be disposed of.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it until this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the legal hold instead of placing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you have to do is overdue.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due-days list takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PER TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due-days set needs a kind (review, approval, release or acknowledge) and a number of days, e.g. due-days set review 5 --type policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of review, approval, release, acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks on documents of type %2 are now due after %3 days.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks are now due after %2 days, unless their document type says otherwise.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tasks that are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List periodic reviews and edition checks due within this many days (30 unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for documents of this type (otherwise store-wide).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dc::render</name>
    <message>
        <source>Cannot paint on the printer or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or PDF file refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; is not installed (Debian package fonts-wqy-microhei); PDF export needs it for Chinese text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export supports the page sizes A4 and Letter only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer does not accept the page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer to print on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no DocControl identity (it was not exported by DocControl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DocControl identity in %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer&apos;s output has an unexpected structure (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
