#include "MigrationPane.h"

#include "MigrationChecklistView.h"
#include "core/Engine.h"
#include "users/Users.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"
#include "widgets/UnsavedEdits.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace mailroom {

namespace {

const QString AdminField = QStringLiteral("migrationAdmin");
const QString NamedAdmin = QStringLiteral("migration_admin");
constexpr int UsernameRole = Qt::UserRole + 1;

QString describe(const User& user)
{
    const QString name = user.details.displayName.isEmpty() ? user.username : user.details.displayName;
    QString text = name == user.username ? name : QStringLiteral("%1 (%2)").arg(name, user.username);
    if (!user.email.isEmpty())
        text += QStringLiteral(" — ") + user.email;
    return text;
}

} // namespace

MigrationPane::MigrationPane(Engine& engine, QWidget* parent)
    : OrganizationPane(parent), m_engine(engine), m_current(new QLabel(this)), m_source(new QLabel(this)),
      m_user(new QLineEdit(this)), m_candidates(new QStandardItemModel(this)),
      m_completer(new QCompleter(this)), m_candidateCount(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_useNamed(new QPushButton(tr("&Use migration_admin"), this)), m_note(new QLabel(this)),
      m_errors(new FieldErrors(this)), m_conflict(new ConflictBar(this)),
      m_checklist(new MigrationChecklistView(engine, this))
{
    setObjectName(QStringLiteral("migrationPane"));
    // See the header: an optional name server for DNS checks.
    if (const QString server = qEnvironmentVariable("MAILROOM_DNS_SERVER"); !server.isEmpty())
        m_checklist->setNameServer(QHostAddress(server));
    auto* intro = new QLabel(
        tr("To migrate existing mailboxes into the organization, a migration partner's tools work through "
           "the migration administrator: the user named migration_admin, or a user you choose here. Add the "
           "organization's users before you migrate, so that their mailboxes exist."),
        this);
    intro->setObjectName(QStringLiteral("migrationIntro"));
    intro->setWordWrap(true);

    m_current->setObjectName(QStringLiteral("migrationAdminName"));
    m_current->setAccessibleName(tr("Migration administrator"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_current->font();
    bold.setBold(true);
    m_current->setFont(bold);
    m_source->setObjectName(QStringLiteral("migrationAdminSource"));
    m_source->setAccessibleName(tr("Why this user"));
    m_source->setWordWrap(true);

    m_user->setObjectName(QStringLiteral("migrationAdminUser"));
    m_user->setAccessibleName(tr("Choose user"));
    m_user->setPlaceholderText(tr("Type a username, name or address"));
    m_user->setClearButtonEnabled(true);
    m_completer->setModel(m_candidates);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(UsernameRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_user->setCompleter(m_completer);
    m_candidateCount->setObjectName(QStringLiteral("migrationCandidateCount"));
    m_candidateCount->setWordWrap(true);
    m_candidateCount->setForegroundRole(QPalette::PlaceholderText);
    m_candidateCount->setText(tr("Only the organization's enabled users are offered."));
    m_save->setObjectName(QStringLiteral("saveMigrationAdmin"));
    m_save->setAccessibleName(tr("Save migration administrator"));
    m_useNamed->setObjectName(QStringLiteral("useNamedMigrationAdmin"));
    m_useNamed->setAccessibleName(tr("Use migration_admin"));
    m_note->setObjectName(QStringLiteral("migrationNote"));
    m_note->setWordWrap(true);

    auto* currentColumn = new QVBoxLayout;
    currentColumn->setSpacing(2);
    currentColumn->addWidget(m_current);
    currentColumn->addWidget(m_source);

    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_user, 1);
    chooseRow->addWidget(m_save);
    auto* chooseColumn = new QVBoxLayout;
    chooseColumn->setSpacing(2);
    chooseColumn->addLayout(chooseRow);
    chooseColumn->addWidget(m_errors->errorLabel(AdminField));
    chooseColumn->addWidget(m_candidateCount);

    auto* useNamedRow = new QHBoxLayout;
    useNamedRow->addWidget(m_useNamed);
    useNamedRow->addStretch();

    auto* chooseLabel = new QLabel(tr("C&hoose user:"), this);
    chooseLabel->setBuddy(m_user);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Migration administrator:"), currentColumn);
    form->addRow(chooseLabel, chooseColumn);
    form->addRow(QString(), useNamedRow);

    auto* content = new QWidget(this);
    content->setMaximumWidth(760);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(intro);
    column->addSpacing(6);
    column->addLayout(form);
    column->addSpacing(12);
    auto* completing = new QLabel(tr("Completing the migration"), content);
    completing->setObjectName(QStringLiteral("completingHeading"));
    QFont larger = completing->font();
    larger.setBold(true);
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    completing->setFont(larger);
    column->addWidget(completing);
    column->addWidget(m_checklist);
    column->addStretch();

    // The form keeps a readable width on a wide window; the room beside it stays empty.
    auto* page = new QWidget;
    auto* contentRow = new QHBoxLayout(page);
    contentRow->setContentsMargins(0, 0, 0, 0);
    contentRow->addWidget(content, 1);
    contentRow->addStretch(0);
    // The migration checklist makes the pane taller than a small window: it scrolls.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("migrationScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_note);

    connect(m_user, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_errors->clear();
        refreshCandidates(text);
    });
    connect(m_user, &QLineEdit::textChanged, this, &MigrationPane::updateControls);
    connect(m_user, &QLineEdit::returnPressed, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_useNamed, &QPushButton::clicked, this, &MigrationPane::useNamedAdmin);
    connect(m_conflict, &ConflictBar::reloadRequested, this, [this] {
        m_user->clear();
        refresh();
    });
    connect(m_conflict, &ConflictBar::keepMineRequested, this, [this] {
        m_admin.version = m_conflict->theirVersion();
        save();
    });
    m_conflict->watch(
        m_engine,
        [this](const Change& c) {
            return c.subject == Change::Subject::Organization && c.ids.contains(m_organization.id);
        },
        [this] { return isDirty(); });
    followOrganization(m_engine, m_organization, [this] { refresh(); });
    // A user named migration_admin created, enabled, disabled or renamed elsewhere changes the answer.
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject == Change::Subject::User && !m_organization.id.isEmpty() &&
            (change.organizationId == m_organization.id || change.organizationId.isEmpty()))
            refresh();
    });
    refresh();
}

void MigrationPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    m_user->clear();
    m_candidates->clear();
    refresh();
    m_checklist->setOrganizationId(organization.id);
}

QString MigrationPane::readOnlyReason() const
{
    return settingLockedReason(m_engine, m_organization, tr("the migration administrator"));
}

void MigrationPane::refresh()
{
    // A choice being typed stays based on the version it began at: saving it over a choice made
    // meanwhile elsewhere is refused and shown, never done silently.
    const bool editing = isDirty();
    const qint64 basedOn = m_admin.version;
    m_admin = {};
    if (!m_organization.id.isEmpty()) {
        if (auto admin = m_engine.settings().migrationAdmin(m_organization.id))
            m_admin = admin.value();
        else
            m_errors->show(admin.error());
    }
    if (editing)
        m_admin.version = basedOn;
    if (!m_admin.user) {
        m_current->setText(tr("None yet"));
        m_source->setText(
            readOnlyReason().isEmpty()
                ? tr("Create a user named migration_admin (or enable it, if it already exists in "
                     "your directory), or choose a user below.")
                : tr("No user is named migration_admin, and no other user is chosen."));
    } else {
        const User& user = *m_admin.user;
        m_current->setText(describe(user));
        QString source = m_admin.chosen ? tr("Chosen here, in the migration settings.")
                                        : tr("The user named migration_admin, as no other user is chosen.");
        if (user.state != UserState::Enabled)
            source +=
                u' ' + tr("The user is disabled, so migration cannot work through it: enable it, or choose "
                          "another user.");
        m_source->setText(source);
    }
    updateControls();
}

void MigrationPane::refreshCandidates(const QString& text)
{
    m_candidates->clear();
    m_candidateCount->setText(tr("Only the organization's enabled users are offered."));
    if (m_organization.id.isEmpty())
        return;
    UserQuery query;
    query.organizationId = m_organization.id;
    query.search = text.trimmed();
    query.state = UserState::Enabled;
    query.role = UserRole::User;
    auto rows = m_engine.users().page(query, 0, MaxCandidates);
    if (!rows)
        return;
    for (const UserRow& row : rows.value()) {
        const bool named = !row.displayName.isEmpty() && row.displayName != row.username;
        QString text = named ? QStringLiteral("%1 (%2)").arg(row.displayName, row.username) : row.username;
        if (!row.email.isEmpty())
            text += QStringLiteral(" — ") + row.email;
        auto* item = new QStandardItem(text);
        item->setData(row.username, UsernameRole);
        item->setEditable(false);
        m_candidates->appendRow(item);
    }
    if (rows.value().size() == MaxCandidates) {
        auto total = m_engine.users().count(query);
        if (total && total.value() > MaxCandidates) {
            m_candidateCount->setText(
                tr("%1 of %2 enabled users offered; type more to narrow the list.")
                    .arg(QLocale().toString(MaxCandidates), QLocale().toString(total.value())));
        }
    }
}

QStringList MigrationPane::candidates() const
{
    QStringList usernames;
    for (int row = 0; row < m_candidates->rowCount(); ++row)
        usernames.append(m_candidates->item(row)->data(UsernameRole).toString());
    return usernames;
}

bool MigrationPane::isDirty() const
{
    const QString typed = m_user->text().trimmed();
    if (typed.isEmpty())
        return false;
    return !(m_admin.chosen && m_admin.user &&
             typed.compare(m_admin.user->username, Qt::CaseInsensitive) == 0);
}

void MigrationPane::updateControls()
{
    const QString why = readOnlyReason();
    m_readOnly = !why.isEmpty() || m_organization.id.isEmpty();
    m_user->setEnabled(!m_readOnly);
    m_user->setToolTip(m_readOnly ? why : tr("Only the organization's enabled users are offered."));
    m_save->setEnabled(!m_readOnly && isDirty());
    m_save->setToolTip(m_readOnly  ? why
                       : isDirty() ? tr("Makes this user the migration administrator.")
                                   : tr("Type the user to choose first."));
    m_useNamed->setEnabled(!m_readOnly && m_admin.chosen);
    m_useNamed->setToolTip(
        m_readOnly       ? why
        : m_admin.chosen ? tr("Drops the choice, so that the user named migration_admin is the migration "
                              "administrator.")
                         : tr("No user is chosen; the user named migration_admin is used already."));
    m_note->setText(m_readOnly ? why : QString());
    m_note->setVisible(!m_note->text().isEmpty());
}

bool MigrationPane::save()
{
    if (m_readOnly || !isDirty())
        return !isDirty();
    m_errors->clear();
    auto user = m_engine.users().findByUsername(m_organization.id, m_user->text().trimmed());
    if (!user) {
        Error error = user.error();
        if (error.code == ErrorCode::NotFound)
            error.message = tr("The organization has no user %1; choose one from the list.")
                                .arg(m_user->text().trimmed());
        error.field = AdminField;
        m_errors->show(error);
        return false;
    }
    auto saved = m_engine.settings().setMigrationAdmin(m_organization.id, user.value().id, m_admin.version);
    if (!saved) {
        if (!m_conflict->offer(saved.error(), theirChange(user.value().username)))
            m_errors->show(saved.error());
        return false;
    }
    m_conflict->dismiss();
    m_user->clear();
    m_candidates->clear();
    refresh();
    return true;
}

void MigrationPane::useNamedAdmin()
{
    if (m_readOnly || !m_admin.chosen)
        return;
    m_errors->clear();
    auto saved = m_engine.settings().setMigrationAdmin(m_organization.id, QString(), m_admin.version);
    if (!saved) {
        if (!m_conflict->offer(saved.error(), theirChange(QStringLiteral("migration_admin"))))
            m_errors->show(saved.error());
        return;
    }
    refresh();
}

QVector<ConflictRow> MigrationPane::theirChange(const QString& yours) const
{
    QVector<ConflictRow> rows;
    auto theirs = m_engine.settings().migrationAdmin(m_organization.id);
    const auto nameOf = [](const MigrationAdmin& admin) {
        return admin.user ? admin.user->username : QString();
    };
    if (theirs)
        rows.append({tr("Migration administrator"), nameOf(theirs.value()), yours});
    return rows;
}

bool MigrationPane::mayLeave()
{
    return unsaved::mayLeave(
        this, !m_readOnly && isDirty(), tr("Unsaved migration administrator"),
        tr("You typed %1 as the migration administrator of %2 but did not save it. Save it?")
            .arg(m_user->text().trimmed(), m_organization.alias),
        [this] { return save(); },
        [this] {
            m_user->clear();
            m_errors->clear();
        });
}

} // namespace mailroom
