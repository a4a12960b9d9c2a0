#include "JournalingPane.h"

#include "core/Engine.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mailroom {

namespace {

const QString JournalField = QStringLiteral("journalAddress");
const QString ReportField = QStringLiteral("reportAddress");

QLabel* hintLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// The field, its error right under it, then its hint.
QVBoxLayout* fieldColumn(QLineEdit* edit, QLabel* error, QLabel* hint)
{
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(error);
    column->addWidget(hint);
    return column;
}

} // namespace

JournalingPane::JournalingPane(Engine& engine, QWidget* parent)
    : OrganizationPane(parent), m_engine(engine), m_intro(new QLabel(this)),
      m_enabled(new QCheckBox(tr("&Journal every message sent to or from the organization's users"), this)),
      m_journalAddress(new QLineEdit(this)), m_reportAddress(new QLineEdit(this)),
      m_journalHint(hintLabel(QStringLiteral("journalAddressHint"), this)),
      m_reportHint(hintLabel(QStringLiteral("reportAddressHint"), this)), m_sender(new QLabel(this)),
      m_note(new QLabel(this)), m_errors(new FieldErrors(this)), m_conflict(new ConflictBar(this)),
      m_guard(this, QStringLiteral("Journaling"),
              {[this] { return isDirty(); }, [this] { return save(); }, [this] { revert(); }})
{
    setObjectName(QStringLiteral("journalingPane"));
    m_intro->setObjectName(QStringLiteral("journalingIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("While journaling is on, a journal record — a copy of the message in a format that "
                        "archiving and eDiscovery tools read — is sent for every message that the "
                        "organization's users send or receive: one record per message, however many "
                        "recipients it has."));
    m_enabled->setObjectName(QStringLiteral("journalingEnabled"));
    m_enabled->setAccessibleName(tr("Journaling"));
    m_journalAddress->setObjectName(QStringLiteral("journalAddress"));
    m_journalAddress->setAccessibleName(tr("Journaling address"));
    m_journalAddress->setPlaceholderText(tr("journal@archive.example.com"));
    m_journalAddress->setClearButtonEnabled(true);
    m_journalHint->setText(tr("Where journal records are sent: the mailbox or archiving service your "
                              "journaling provider gives you. It may be outside the organization."));
    m_reportAddress->setObjectName(QStringLiteral("reportAddress"));
    m_reportAddress->setAccessibleName(tr("Report address"));
    m_reportAddress->setClearButtonEnabled(true);
    m_reportHint->setText(tr("Where a notice is sent when a message could not be journaled, usually an "
                             "administrator's address."));
    m_note->setObjectName(QStringLiteral("journalingNote"));
    m_note->setWordWrap(true);

    // JRN-2: the reserved sender, in a frame of its own so that it reads as a fact, not a field.
    auto* senderBox = new QFrame(this);
    senderBox->setObjectName(QStringLiteral("journalSenderBox"));
    senderBox->setFrameShape(QFrame::StyledPanel);
    auto* icon = new QLabel(senderBox);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_sender->setParent(senderBox);
    m_sender->setObjectName(QStringLiteral("journalSender"));
    m_sender->setWordWrap(true);
    m_sender->setTextFormat(Qt::RichText);
    m_sender->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sender->setAccessibleName(tr("Journal sender"));
    auto* senderRow = new QHBoxLayout(senderBox);
    senderRow->addWidget(icon, 0, Qt::AlignTop);
    senderRow->addWidget(m_sender, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Journaling:"), m_enabled);
    auto* journalLabel = new QLabel(tr("Journaling &address:"), this);
    journalLabel->setBuddy(m_journalAddress);
    form->addRow(journalLabel,
                 fieldColumn(m_journalAddress, m_errors->errorLabel(JournalField), m_journalHint));
    auto* reportLabel = new QLabel(tr("&Report address:"), this);
    reportLabel->setBuddy(m_reportAddress);
    form->addRow(reportLabel, fieldColumn(m_reportAddress, m_errors->errorLabel(ReportField), m_reportHint));

    auto* content = new QWidget(this);
    content->setMaximumWidth(760);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_intro);
    column->addSpacing(6);
    column->addLayout(form);
    column->addSpacing(6);
    column->addWidget(senderBox);
    column->addStretch();

    // The form keeps a readable width on a wide window; the room beside it stays empty.
    auto* contentRow = new QHBoxLayout;
    contentRow->addWidget(content, 1);
    contentRow->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addLayout(contentRow, 1);
    layout->addWidget(m_errors->generalLabel());
    layout->addLayout(m_guard.row({m_note}));

    connect(m_enabled, &QCheckBox::toggled, this, &JournalingPane::onEdited);
    for (QLineEdit* edit : {m_journalAddress, m_reportAddress}) {
        connect(edit, &QLineEdit::textChanged, this, &JournalingPane::onEdited);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setProperty("touched", true);
            onEdited();
        });
    }
    m_guard.followConflicts(
        m_conflict, m_engine,
        [this](const Change& c) {
            return c.subject == Change::Subject::Organization && c.ids.contains(m_organization.id);
        },
        [this](qint64 theirs) { m_saved.version = theirs; });
    followOrganization(m_engine, m_organization, [this] {
        if (isDirty()) // mid-edit: keep the edits, but the state may have changed what is allowed
            onEdited();
        else
            load();
    });
    load();
}

void JournalingPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    load();
}

QString JournalingPane::readOnlyReason() const
{
    return settingLockedReason(m_engine, m_organization, tr("journaling"));
}

void JournalingPane::load()
{
    m_errors->clear();
    m_conflict->dismiss();
    m_saved = {};
    if (!m_organization.id.isEmpty()) {
        if (auto stored = m_engine.settings().journaling(m_organization.id))
            m_saved = stored.value();
        else
            m_errors->show(stored.error());
    }
    m_sender->setText(
        m_organization.id.isEmpty()
            ? QString()
            : tr("Journal records are sent from <b>%1</b>. That address has no mailbox, and no user, group "
                 "or resource can take its name or address.")
                  .arg(journalSenderAddress(m_organization).toHtmlEscaped()));
    m_reportAddress->setPlaceholderText(m_organization.defaultDomain.isEmpty()
                                            ? tr("admin@example.com")
                                            : tr("admin@%1").arg(m_organization.defaultDomain));
    {
        const QSignalBlocker blockEnabled(m_enabled), blockJournal(m_journalAddress),
            blockReport(m_reportAddress);
        m_enabled->setChecked(m_saved.enabled);
        m_journalAddress->setText(m_saved.journalAddress);
        m_reportAddress->setText(m_saved.reportAddress);
    }
    m_journalAddress->setProperty("touched", false);
    m_reportAddress->setProperty("touched", false);
    onEdited();
}

JournalingSettings JournalingPane::edited() const
{
    return {m_enabled->isChecked(), m_journalAddress->text().trimmed(), m_reportAddress->text().trimmed()};
}

bool JournalingPane::isDirty() const
{
    if (m_organization.id.isEmpty())
        return false;
    const JournalingSettings now = edited();
    return now.enabled != m_saved.enabled || now.journalAddress != m_saved.journalAddress ||
           now.reportAddress != m_saved.reportAddress;
}

void JournalingPane::onEdited()
{
    const QString why = readOnlyReason();
    m_readOnly = !why.isEmpty() || m_organization.id.isEmpty();
    m_enabled->setEnabled(!m_readOnly);
    const bool addresses = !m_readOnly && m_enabled->isChecked();
    for (QLineEdit* edit : {m_journalAddress, m_reportAddress}) {
        edit->setEnabled(addresses);
        edit->setToolTip(m_readOnly  ? why
                         : addresses ? QString()
                                     : tr("Turn journaling on to change the addresses."));
    }

    m_errors->clear(JournalField);
    m_errors->clear(ReportField);
    const Status checked = m_engine.settings().checkJournaling(edited());
    if (!checked.ok()) {
        // An empty field the administrator has not reached yet is not an error to point at.
        QLineEdit* edit = checked.error().field == ReportField ? m_reportAddress : m_journalAddress;
        if (!edit->text().trimmed().isEmpty() || edit->property("touched").toBool())
            m_errors->show(checked.error());
    }

    const bool dirty = isDirty();
    m_guard.update(checked.ok() && !m_readOnly);
    m_guard.saveButton()->setToolTip(m_readOnly      ? why
                                     : !dirty        ? tr("No unsaved edits.")
                                     : !checked.ok() ? checked.error().message
                                                     : tr("Applies the settings at once."));
    m_note->setText(m_organization.id.isEmpty() ? QString()
                    : m_readOnly                ? why
                                                : tr("Changes apply as soon as you save them."));
}

bool JournalingPane::save()
{
    if (!isDirty())
        return true;
    if (m_readOnly)
        return false;
    m_errors->clear();
    auto saved = m_engine.settings().setJournaling(m_organization.id, edited(), m_saved.version);
    if (!saved) {
        if (!m_conflict->offer(saved.error(), theirChanges()))
            m_errors->show(saved.error());
        return false;
    }
    load();
    return true;
}

QVector<ConflictRow> JournalingPane::theirChanges() const
{
    QVector<ConflictRow> rows;
    auto theirs = m_engine.settings().journaling(m_organization.id);
    if (!theirs)
        return rows;
    const JournalingSettings mine = edited();
    const auto onOff = [this](bool on) { return on ? tr("On") : tr("Off"); };
    ConflictRow::addIfMoved(rows, tr("Journaling"), onOff(m_saved.enabled), onOff(theirs.value().enabled),
                            onOff(mine.enabled));
    ConflictRow::addIfMoved(rows, tr("Journaling address"), m_saved.journalAddress,
                            theirs.value().journalAddress, mine.journalAddress);
    ConflictRow::addIfMoved(rows, tr("Report address"), m_saved.reportAddress, theirs.value().reportAddress,
                            mine.reportAddress);
    return rows;
}

void JournalingPane::revert()
{
    load();
}

bool JournalingPane::mayLeave()
{
    return m_guard.mayLeave(
        tr("Unsaved journaling settings"),
        tr("The journaling settings of %1 have unsaved edits. Save them?").arg(m_organization.alias));
}

} // namespace mailroom
