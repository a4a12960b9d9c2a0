<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessLevel</name>
    <message>
        <source>Full access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <source>Email address: %1 is not a verified domain of this organization; use the test domain or a verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address: %1 is already used in this organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directories</name>
    <message>
        <source>Directory: there is no directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Simple AD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed AD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Your access is read-only: you can look but not change anything. Ask for full access to make this change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgState</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <source>Organization: there is no organization %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: there is no organization with the alias %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be hashed (not enough memory).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>US East (N. Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU (Ireland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleAccount</name>
    <message>
        <source>%1 already exists; the sample account is made only in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>User: there is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: the organization has no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 is in a directory that no organization uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 is a system user of the directory; it cannot be enabled, edited or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom</name>
    <message>
        <source>The database file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mailroom database (it is not an SQLite file). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a Mailroom database (%2). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Mailroom database. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Mailroom (schema %2; this program knows up to %3). Update Mailroom to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1 is not one of this user&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::BatchJob</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n not attempted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailroom::BatchProgressDialog</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::Console</name>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::CreateUserWizard</name>
    <message>
        <source>Create user in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::CreationProgressDialog</name>
    <message>
        <source>Creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested: waiting for the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Active. Add domains and users next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating: %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::Directories</name>
    <message>
        <source>Type: mail directories are made by Quick setup; choose Simple AD, Managed AD or AD Connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Exchange: only an AD Connector directory reaches a domain that runs Exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: the account already has %1 %2 directories in %3, the most allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory name: %1 is already registered in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: %1 is used by the organization %2; remove the organization first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: %1 already exists in the directory %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: the first line must name the columns, at least username and display_name (optional: first_name, last_name, street, phone, company).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::EnableUsersDialog</name>
    <message>
        <source>Enable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user gets a mailbox with the primary address below; edit an address to change it. A user disabled less than 30 days ago gets its old mailbox back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users to enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::FieldErrors</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::Mailboxes</name>
    <message>
        <source>Enable: %1 is already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable: %1 is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete: %1 is enabled; disable the user first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample account</source>
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
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mailroom %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An administration console for a business email service: organizations, directories, users and mailboxes on an embedded database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailroom — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailroom — Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailroom databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::OrganizationTableModel</name>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::OrganizationView</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::Organizations</name>
    <message>
        <source>Alias: %1 is already used by an organization of this account; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reached the most organizations you can create with Quick setup in %1 (%2). Remove one, use another region, or use Standard setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: choose one of the account&apos;s directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: %1 belongs to a Quick-setup organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: %1 is in %2, not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: %1 already serves the organization %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interoperability: only an AD Connector directory whose domain runs Microsoft Exchange can be set up with interoperability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the organization&apos;s mail directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the test mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision mailbox storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is no longer in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: %1 is %2; only an organization being created has steps left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: %1 is %2; changes need an Active organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the free trial (until %1) at most %2 users can be enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation: type the alias %1 exactly to remove the organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::OrganizationsScreen</name>
    <message>
        <source>&amp;Quick setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no organizations yet. An organization holds your users, groups and domains; Quick setup makes one in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an organization first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 cannot be undone. Every mailbox of the organization and all its mail are deleted, and its users and domains leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1 stays in the account&apos;s registry; a directory no other application uses is still billed, so remove it too if you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::PasswordPolicy</name>
    <message>
        <source>Password: enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: at least %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: fewer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use only Basic Latin and Latin-1 characters (&quot;%1&quot; is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accented letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use at least %1 of the 5 kinds of character; add %2 of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::QuickSetupDialog</name>
    <message>
        <source>Quick setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick setup makes an organization with its own mail directory, a free test domain &lt;alias&gt;.awsapps.com and the default master key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example example-corp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::RegionComboBox</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::RegisterDirectoryDialog</name>
    <message>
        <source>The directory&apos;s domain runs Microsoft &amp;Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::ResetPasswordDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs %1 to %2 characters, Basic Latin or Latin-1 only, and %3 of: upper case, lower case, digit, symbol, accented letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::StandardSetupDialog</name>
    <message>
        <source>&amp;Default master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom key (ARN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &amp;interoperability with Microsoft Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard setup connects an organization to a directory you already have, so its users and groups can be enabled for mail and sign in with their own passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom key ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rectory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, runs Microsoft Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no unused directory in this region. Register one, or fill the registry with mailroomctl directory create and import-users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an AD Connector directory whose domain runs Microsoft Exchange can be set up with interoperability.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::Store</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::TypedConfirmDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::UserAddresses</name>
    <message>
        <source>Addresses: %1 is disabled; enable the user to change its addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: a user can have at most %1 aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1 is the primary address; make another address the default first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::UserAddressesTab</name>
    <message>
        <source>A&amp;dd alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias@domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System users have no mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is disabled: enable it to change its addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary, sends mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es) that only receive mail; up to 100.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The primary address cannot be removed; make another address the default first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::UserDetailsPanel</name>
    <message>
        <source>Select one user to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::UserGeneralTab</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;treet address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System users of the directory cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user lives in Active Directory behind an AD Connector: edit the details with your Active Directory tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 have unsaved edits. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::UserMailboxPage</name>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2. The address must be on a verified domain of the organization. The password needs 8 to 63 characters and 3 of: upper case, lower case, digit, symbol, accented letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::UserNamesPage</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2. The username and display name are required; the display name is what others see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::UserTableModel</name>
    <message>
        <source>Disabled on %1; the mailbox is kept until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::UserTransfer</name>
    <message>
        <source>File: the first line must name the columns, at least username, display_name, email and password (optional: first_name, last_name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::Users</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: %1 is already taken in this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user: this organization&apos;s users live in Active Directory behind an AD Connector; create the user there, then enable it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: this user lives in Active Directory behind an AD Connector; edit the details with your Active Directory tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: this user signs in with Active Directory behind an AD Connector; reset the password in Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::UsersPane</name>
    <message>
        <source>This organization has no users yet. Users get a mailbox and sign in to read their mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by username, display name or address (start of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization is %1; changes need it Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System users of the directory cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of an AD Connector directory are created in Active Directory; enable them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the user to change its addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only disabled users can be enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of an AD Connector directory change their password in Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only enabled users can be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the users first; only disabled users can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)? They can no longer sign in or receive mail. Each mailbox is kept for 30 days: enabling the user again within that time restores it; after that it is removed for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) for good? Their mailboxes and all their mail are removed now and cannot be restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroom::rules</name>
    <message>
        <source>Alias: enter a name for the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias: at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias: must not start with &quot;d-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias: use letters and digits, in groups joined by single hyphens (for example &quot;example-corp&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key: a custom key is an ARN of the form arn:aws:kms:&lt;region&gt;:&lt;12 digits&gt;:key/&lt;key id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key: the key is in %1 but the organization is in %2; choose a key of the same region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: &quot;%1&quot; is not a region of the service (us-east-1, eu-west-1, us-west-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory name: enter the directory&apos;s DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory name: a fully qualified DNS name such as corp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: at most %1 characters in this directory (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, optionally followed by @ and a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address: enter an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address: &quot;%1&quot; is not of the form name@domain.com (letters, digits and . _ %% + - before the @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name: enter the name people see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this one has %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailroomctl</name>
    <message>
        <source>Only this organization&apos;s records (alias or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log: every change, when, by whom, before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the newest records first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most this many records (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the records to a file as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the audit log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with read-only access: only get, list and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 users; %2 lines refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory registry: Simple AD, Managed AD and AD Connector directories and their users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a directory with its built-in Administrator and Guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s DNS name, e.g. corp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain runs Microsoft Exchange (AD Connector only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the registry&apos;s directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only directories in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a directory no organization uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user to a directory, not yet enabled for mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name people see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users from a CSV file with the columns username, display_name and optionally first_name, last_name, street, phone, company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be simple-ad, managed-ad or ad-connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the %1 directory %2 (%3) in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the directory; enable it in an organization to give it a mailbox.</source>
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
        <source>Name what to work on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; the commands are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name what to do with %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb &apos;%1&apos; for %2; the verbs are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the option %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the arguments %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mailroomctl [--db PATH] [--json] [--read-only] &lt;command&gt; &lt;verb&gt; [arguments]
Administers a Mailroom database: directories, organizations, users and the audit log.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;mailroomctl &lt;command&gt; --help&apos; for its verbs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mailroomctl %1 &lt;verb&gt; [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;mailroomctl %1 &lt;verb&gt; --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations: create with Quick or Standard setup, list, show and remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an organization with its own mail directory and test domain (at most 2 per region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an organization on a directory of the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s id (see &apos;directory list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom master key ARN (default: the default key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on interoperability with Microsoft Exchange (AD Connector only; cannot be turned on later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only organizations in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an organization and all its mailbox data, for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s alias, typed again to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 (%2) is %3; its default domain is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interoperability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the organization %1 and all its mailbox data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1 stays in the registry and is still billed while unused; remove it with &apos;mailroomctl directory remove %2&apos; if you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization, by alias or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of an organization: create, list, edit, addresses and mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user with an enabled mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary address, on a verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a user&apos;s details; details not given keep their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 &lt;%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the details of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users in this state: enabled or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users with this role: user or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users whose username, display name or an address starts with this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order: username (default), display-name, email, state, role or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most this many users (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this many users first (default: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an organization&apos;s users, filtered, searched and sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create users from a CSV file with the columns username, display_name, email, password and optionally first_name, last_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the users the filters select to a CSV file (never passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state must be enabled or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be user or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort must be username, display-name, email, state, role or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 users to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a user&apos;s addresses, the primary first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an address that only receives (at most 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one of the user&apos;s addresses the primary (sending) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable disabled users; each gets its proposed primary address unless --address is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary address (with exactly one username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable users; each mailbox is kept 30 days and comes back if enabled in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete disabled users and their mailboxes, for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the deletion cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the primary address of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address goes with exactly one username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1 with the address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1; the mailbox is kept for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting users cannot be undone; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mailroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
