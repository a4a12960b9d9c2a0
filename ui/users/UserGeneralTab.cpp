#include "UserGeneralTab.h"

#include "core/Engine.h"
#include "organizations/Directory.h"
#include "users/Users.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace mailroom {

UserGeneralTab::UserGeneralTab(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_username(new QLabel(this)), m_state(new QLabel(this)),
      m_email(new QLabel(this)), m_created(new QLabel(this)), m_readOnlyNote(new QLabel(this)),
      m_first(new QLineEdit(this)), m_last(new QLineEdit(this)), m_display(new QLineEdit(this)),
      m_street(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_company(new QLineEdit(this)),
      m_guard(this, QStringLiteral("Details"),
              {[this] { return isDirty(); }, [this] { return save(); }, [this] { revert(); }}),
      m_errors(new FieldErrors(this)), m_conflict(new ConflictBar(this))
{
    const std::pair<QLineEdit*, QString> fields[] = {
        {m_first, QStringLiteral("firstName")},     {m_last, QStringLiteral("lastName")},
        {m_display, QStringLiteral("displayName")}, {m_street, QStringLiteral("street")},
        {m_phone, QStringLiteral("phone")},         {m_company, QStringLiteral("company")}};
    for (const auto& [edit, name] : fields) {
        edit->setObjectName(name);
        connect(edit, &QLineEdit::textChanged, this, &UserGeneralTab::updateButtons);
    }
    m_username->setObjectName(QStringLiteral("usernameValue"));
    m_username->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_first->setAccessibleName(tr("First name"));
    m_last->setAccessibleName(tr("Last name"));
    m_display->setAccessibleName(tr("Display name"));
    m_street->setAccessibleName(tr("Street address"));
    m_phone->setAccessibleName(tr("Phone"));
    m_company->setAccessibleName(tr("Company"));

    auto* facts = new QFormLayout;
    facts->addRow(tr("Username:"), m_username);
    facts->addRow(tr("State:"), m_state);
    facts->addRow(tr("Primary address:"), m_email);
    facts->addRow(tr("Created:"), m_created);
    auto* form = new QFormLayout;
    form->addRow(tr("&First name:"), m_first);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("firstName")));
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("lastName")));
    form->addRow(tr("&Display name:"), m_display);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("displayName")));
    form->addRow(tr("S&treet address:"), m_street);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("street")));
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("phone")));
    form->addRow(tr("C&ompany:"), m_company);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("company")));
    auto* columns = new QHBoxLayout;
    columns->addLayout(facts, 1);
    columns->addLayout(form, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addLayout(columns);
    layout->addStretch();
    layout->addLayout(m_guard.row({m_readOnlyNote, m_errors->generalLabel()}));
    connect(m_conflict, &ConflictBar::keepMineRequested, this, &UserGeneralTab::keepMine);
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        // Someone else (another pane, another console, a script) changed the shown user: show it
        // fresh unless the administrator is in the middle of an edit (the bar says so then).
        if (change.subject == Change::Subject::User && change.ids.contains(m_userId) && !isDirty())
            showUser(m_userId);
    });
    m_guard.followConflicts(m_conflict, m_engine, [this](const Change& c) {
        return c.subject == Change::Subject::User && c.ids.contains(m_userId);
    });
    showUser(QString());
}

void UserGeneralTab::showUser(const QString& userId)
{
    m_userId = userId;
    m_errors->clear();
    m_conflict->dismiss();
    auto user = userId.isEmpty() ? Result<User>(Error{}) : m_engine.users().get(userId);
    if (!user) {
        load(User{});
        setEnabled(false);
        return;
    }
    setEnabled(true);
    load(user.value());
}

void UserGeneralTab::load(const User& user)
{
    m_saved = user.details;
    m_username->setText(user.username);
    m_state->setText(user.id.isEmpty() ? QString() : userStateLabel(user, m_organization.interoperability));
    m_email->setText(user.email.isEmpty() ? tr("none") : user.email);
    m_created->setText(user.createdAt.isValid()
                           ? QLocale().toString(user.createdAt.toLocalTime(), QLocale::ShortFormat)
                           : QString());
    const bool connector = m_organization.directoryType == nameOf(DirectoryType::ADConnector);
    m_readOnly = user.isSystem() || connector || m_engine.accessLevel() == AccessLevel::ReadOnly;
    m_readOnlyNote->setText(
        user.isSystem() ? tr("System users of the directory cannot be edited.")
        : connector     ? tr("This user lives in Active Directory behind an AD Connector: edit "
                                 "the details with your Active Directory tools.")
        : m_engine.accessLevel() == AccessLevel::ReadOnly ? tr("Your access is read-only.")
                                                          : QString());
    for (QLineEdit* edit : {m_first, m_last, m_display, m_street, m_phone, m_company})
        edit->setReadOnly(m_readOnly);
    m_first->setText(m_saved.firstName);
    m_last->setText(m_saved.lastName);
    m_display->setText(m_saved.displayName);
    m_street->setText(m_saved.street);
    m_phone->setText(m_saved.phone);
    m_company->setText(m_saved.company);
    updateButtons();
}

UserDetails UserGeneralTab::edited() const
{
    return {m_first->text(),  m_last->text(),  m_display->text(),
            m_street->text(), m_phone->text(), m_company->text()};
}

bool UserGeneralTab::isDirty() const
{
    const UserDetails now = edited();
    return !m_userId.isEmpty() && (now.firstName != m_saved.firstName || now.lastName != m_saved.lastName ||
                                   now.displayName != m_saved.displayName || now.street != m_saved.street ||
                                   now.phone != m_saved.phone || now.company != m_saved.company);
}

void UserGeneralTab::updateButtons()
{
    m_guard.update(!m_readOnly);
}

void UserGeneralTab::focusFirstField()
{
    m_first->setFocus();
}

bool UserGeneralTab::save()
{
    return saveOver(m_saved);
}

bool UserGeneralTab::saveOver(const UserDetails& base)
{
    m_errors->clear();
    // Only the fields edited here go, each with the value it was read with (a field edit).
    auto updated = m_engine.users().updateDetails(m_userId, base, edited());
    if (!updated) {
        if (updated.error().code == ErrorCode::Conflict)
            showConflict(updated.error());
        else
            m_errors->show(updated.error());
        return false;
    }
    m_conflict->dismiss();
    load(updated.value());
    return true;
}

void UserGeneralTab::showConflict(const Error& error)
{
    const UserDetails mine = edited();
    const QHash<QString, std::pair<QString, QString>> fields{
        {QStringLiteral("firstName"), {tr("First name"), mine.firstName}},
        {QStringLiteral("lastName"), {tr("Last name"), mine.lastName}},
        {QStringLiteral("displayName"), {tr("Display name"), mine.displayName}},
        {QStringLiteral("street"), {tr("Street address"), mine.street}},
        {QStringLiteral("phone"), {tr("Phone"), mine.phone}},
        {QStringLiteral("company"), {tr("Company"), mine.company}}};
    QVector<ConflictRow> rows;
    for (const FieldConflict& c : error.conflicts) {
        const auto field = fields.value(c.field, {c.field, QString()});
        rows.append({field.first, c.current, field.second});
    }
    m_conflict->showConflict(error, rows);
}

void UserGeneralTab::keepMine()
{
    // Theirs is read now and becomes the base of the edited fields: the administrator chose to
    // write over it. Fields not edited here keep whatever is saved.
    auto current = m_engine.users().get(m_userId);
    if (!current) {
        m_errors->show(current.error());
        return;
    }
    saveOver(current.value().details);
}

void UserGeneralTab::revert()
{
    m_errors->clear();
    showUser(m_userId);
}

bool UserGeneralTab::mayLeave()
{
    return m_guard.mayLeave(tr("Unsaved details"),
                            tr("The details of %1 have unsaved edits. Save them?").arg(m_username->text()));
}

} // namespace mailroom
