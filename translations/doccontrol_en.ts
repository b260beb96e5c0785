<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>%1 is an SQLite database but not a DocControl store.</source>
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
</context>
<context>
    <name>dc::DemoStore</name>
    <message>
        <source>The demo content is missing from this build.</source>
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
        <source>Numbering pattern &quot;%1&quot; uses the unknown placeholder {%2}; use {prefix}, {seq:N}, {year} or {yy}.</source>
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
    <name>dc::SearchIndex</name>
    <message>
        <source>create the search index</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>dc::cli</name>
    <message>
        <source>The store file (default: $DOCCONTROL_STORE, else the last one used).</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>No store given: use --store FILE or set DOCCONTROL_STORE.</source>
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
        <source>Document type: manual, policy, procedure, work_instruction, form, record, external.</source>
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
        <source>Months between periodic reviews (default 12).</source>
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
</context>
</TS>
