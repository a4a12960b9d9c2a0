#include "MobilePolicyPane.h"

#include "OffOrRangeSpinBox.h"
#include "core/Engine.h"
#include "mobile/MobileDevices.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace mailroom {

namespace {

// Item a: the items that need a password follow it.
const QString PasswordRequired = QStringLiteral("passwordRequired");

} // namespace

MobilePolicyPane::MobilePolicyPane(Engine& engine, QWidget* parent)
    : OrganizationPane(parent), m_engine(engine), m_intro(new QLabel(this)), m_warning(new QFrame(this)),
      m_warningText(new QLabel(m_warning)), m_status(new QLabel(this)), m_errors(new FieldErrors(this)),
      m_conflict(new ConflictBar(this)),
      m_guard(this, QStringLiteral("MobilePolicy"),
              {[this] { return isDirty(); }, [this] { return save(); }, [this] { revert(); }})
{
    setObjectName(QStringLiteral("mobilePolicyPane"));
    m_intro->setObjectName(QStringLiteral("mobilePolicyIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("The default mobile policy applies to every mobile device that syncs with a mailbox of "
           "the organization. A device takes on the policy when it first syncs, and again after "
           "each change."));

    // One row per item of the policy, in the guide's order: the control, its error, its hint.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("mobilePolicyForm"));
    content->setMaximumWidth(760);
    // A grid rather than a QFormLayout: the hints wrap, and a grid gives each row the height its
    // wrapped hint needs at the width it really gets.
    auto* form = new QGridLayout(content);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(12);
    form->setColumnStretch(1, 1);
    QList<QAbstractSpinBox*> spinBoxes;
    for (const MobilePolicyField& field : mobile::policyFields()) {
        Row row;
        row.column = new QWidget(content);
        row.column->setObjectName(field.name + QStringLiteral("Row"));
        auto* column = new QVBoxLayout(row.column);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        QWidget* control = nullptr;
        if (field.kind == MobilePolicyField::Kind::Flag) {
            row.flag = new QCheckBox(field.label(), row.column);
            connect(row.flag, &QCheckBox::toggled, this, &MobilePolicyPane::onEdited);
            control = row.flag;
        } else {
            row.number = new OffOrRangeSpinBox(row.column);
            row.number->setOffOrRange(field.minimum, field.maximum,
                                      field.zeroIsOff ? field.offText() : QString());
            row.number->setSuffix(field.unit(row.number->value()));
            connect(row.number, &QSpinBox::valueChanged, this, [spin = row.number, field](int value) {
                spin->setSuffix(field.unit(value)); // "1 day", "2 days"
            });
            connect(row.number, &QSpinBox::valueChanged, this, &MobilePolicyPane::onEdited);
            control = row.number;
            spinBoxes << row.number;
            row.label = new QLabel(tr("%1:").arg(field.label()), content);
            row.label->setBuddy(row.number);
            // Level with the spin box's text, which is taller than a line of the label.
            row.label->setMinimumHeight(row.number->sizeHint().height());
        }
        control->setObjectName(field.name);
        control->setAccessibleName(field.label());
        control->setAccessibleDescription(field.description());
        // A spin box as wide as its longest text, not as the form.
        auto* controlRow = new QHBoxLayout;
        controlRow->addWidget(control);
        controlRow->addStretch();
        column->addLayout(controlRow);
        column->addWidget(m_errors->errorLabel(field.name));
        auto* hint = new QLabel(field.description(), row.column);
        hint->setObjectName(field.name + QStringLiteral("Hint"));
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (row.flag) // under the check box's text, not under its box
            hint->setContentsMargins(style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                                         style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing),
                                     0, 0, 0);
        column->addWidget(hint);
        const int at = int(m_rows.size());
        if (row.label)
            form->addWidget(row.label, at, 0, Qt::AlignLeft | Qt::AlignTop);
        form->addWidget(row.column, at, 1, Qt::AlignTop);
        m_rows.insert(field.name, row);
    }
    // The spin boxes one width, so that the column of values reads as one.
    int spinWidth = 0;
    for (QAbstractSpinBox* spin : std::as_const(spinBoxes))
        spinWidth = std::max(spinWidth, spin->sizeHint().width());
    for (QAbstractSpinBox* spin : std::as_const(spinBoxes))
        spin->setMinimumWidth(spinWidth);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mobilePolicyScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* inner = new QWidget;
    auto* innerRow = new QHBoxLayout(inner);
    innerRow->setContentsMargins(0, 0, 0, 0);
    auto* innerColumn = new QVBoxLayout;
    innerColumn->addWidget(content);
    innerColumn->addStretch();
    // The form keeps a readable width on a wide window; the room beside it stays empty.
    innerRow->addLayout(innerColumn, 1);
    innerRow->addStretch(0);
    scroll->setWidget(inner);

    // MOB-2: what saving does to the devices, while there is something to save.
    m_warning->setObjectName(QStringLiteral("mobilePolicyWarning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    auto* icon = new QLabel(m_warning);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_warningText->setObjectName(QStringLiteral("mobilePolicyWarningText"));
    m_warningText->setWordWrap(true);
    m_warningText->setAccessibleName(tr("What saving does"));
    auto* warningRow = new QHBoxLayout(m_warning);
    warningRow->addWidget(icon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warningText, 1);
    m_warning->hide();

    m_status->setObjectName(QStringLiteral("mobilePolicyStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_warning);
    layout->addLayout(m_guard.row({m_status}));
    m_guard.followConflicts(
        m_conflict, m_engine,
        [this](const Change& c) {
            return c.subject == Change::Subject::MobilePolicy && c.ids.contains(m_organization.id);
        },
        [this](qint64 theirs) { m_version = theirs; });
    followOrganization(m_engine, m_organization, [this] {
        if (isDirty()) // mid-edit: keep the edits, but the state may have changed what is allowed
            onEdited();
        else
            load();
    });
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (m_organization.id.isEmpty() || change.organizationId != m_organization.id)
            return;
        if (change.subject == Change::Subject::MobilePolicy) {
            m_savedNote.clear(); // a save here says what it did once this returns
            if (!isDirty()) {
                load();
                return;
            }
            // Saved elsewhere while edited here: the edits stay, and the bar (watch) says so; a
            // save is refused until the administrator reloads or keeps theirs.
            onEdited();
        } else if (change.subject == Change::Subject::MobileDevice && m_warning->isVisible()) {
            updateWarning(true); // a device came, went or changed status: the count may differ
        }
    });
    load();
}

void MobilePolicyPane::showOrganization(const Organization& organization)
{
    m_organization = organization;
    m_savedNote.clear();
    load();
}

QString MobilePolicyPane::readOnlyReason() const
{
    return settingLockedReason(m_engine, m_organization, tr("the mobile policy"));
}

void MobilePolicyPane::load()
{
    m_errors->clear();
    m_conflict->dismiss();
    m_saved = {};
    m_version = 0;
    if (!m_organization.id.isEmpty()) {
        // The version first: a change between the two reads makes a save refused, never lost.
        if (auto version = m_engine.mobile().policyVersion(m_organization.id))
            m_version = version.value();
        if (auto stored = m_engine.mobile().policy(m_organization.id))
            m_saved = stored.value();
        else
            m_errors->show(stored.error());
    }
    for (const MobilePolicyField& field : mobile::policyFields()) {
        const Row& row = m_rows[field.name];
        if (row.flag) {
            const QSignalBlocker block(row.flag);
            row.flag->setChecked(mobile::flagOf(m_saved, field.name));
        } else {
            const QSignalBlocker block(row.number);
            row.number->setValue(mobile::numberOf(m_saved, field.name));
            row.number->setSuffix(field.unit(row.number->value()));
        }
    }
    onEdited();
}

MobilePolicy MobilePolicyPane::edited() const
{
    MobilePolicy policy = m_saved;
    for (const MobilePolicyField& field : mobile::policyFields()) {
        const Row row = m_rows.value(field.name);
        if (row.flag)
            mobile::setFlag(policy, field.name, row.flag->isChecked());
        else if (row.number)
            mobile::setNumber(policy, field.name, row.number->value());
    }
    return policy;
}

bool MobilePolicyPane::isDirty() const
{
    return !m_organization.id.isEmpty() && edited() != m_saved;
}

void MobilePolicyPane::onEdited()
{
    const QString why = readOnlyReason();
    m_readOnly = !why.isEmpty() || m_organization.id.isEmpty();
    const QCheckBox* password = m_rows.value(PasswordRequired).flag;
    const bool passwordOn = password && password->isChecked();
    for (const MobilePolicyField& field : mobile::policyFields()) {
        const Row& row = m_rows[field.name];
        const bool applies = !field.needsPassword || passwordOn;
        row.column->setEnabled(!m_readOnly && applies);
        if (row.label)
            row.label->setEnabled(!m_readOnly && applies);
        QWidget* control = row.flag ? static_cast<QWidget*>(row.flag) : row.number;
        control->setToolTip(
            m_readOnly ? why
            : applies
                ? QString()
                : tr("Applies only while “%1” is on.").arg(mobile::policyField(PasswordRequired)->label()));
        m_errors->clear(field.name);
    }

    // The engine's check is the last word, even for a value that got past its control.
    const Status checked = mobile::checkPolicy(edited());
    if (!checked.ok())
        m_errors->show(checked.error());

    const bool dirty = isDirty();
    if (dirty)
        m_savedNote.clear();
    m_guard.update(checked.ok() && !m_readOnly);
    m_guard.saveButton()->setToolTip(m_readOnly ? why
                                     : !dirty   ? tr("No unsaved edits.")
                                     : !checked.ok()
                                         ? checked.error().message
                                         : tr("Saves the policy; devices take it on at their next sync."));
    m_status->setText(m_organization.id.isEmpty() ? QString()
                      : m_readOnly                ? why
                      : !m_savedNote.isEmpty()    ? m_savedNote
                                                  : tr("Devices take on a saved policy at their next sync."));
    updateWarning(dirty && !m_readOnly);
}

void MobilePolicyPane::updateWarning(bool dirty)
{
    m_warning->setVisible(dirty);
    if (!dirty)
        return;
    const QString keep = tr("Devices with a wipe pending or done keep it.");
    auto affected = m_engine.mobile().devicesAffectedByPolicyChange(m_organization.id);
    QString text;
    if (!affected)
        text = tr("Saving asks the organization's devices to provision again.");
    else if (affected.value() == 0)
        text = tr("Saving asks no device to provision again: no device of the organization is provisioned "
                  "or waiting to be.");
    else if (affected.value() == 1)
        text = tr("Saving asks 1 device to provision again: it moves to Provisioning required and takes on "
                  "the changed policy at its next sync.");
    else
        text = tr("Saving asks %1 devices to provision again: they move to Provisioning required and take on "
                  "the changed policy at their next sync.")
                   .arg(QLocale().toString(affected.value()));
    m_warningText->setText(text + u' ' + keep);
}

bool MobilePolicyPane::save()
{
    if (!isDirty())
        return true;
    if (m_readOnly)
        return false;
    m_errors->clear();
    auto saved = m_engine.mobile().setPolicy(m_organization.id, edited(), m_version);
    if (!saved) {
        if (!m_conflict->offer(saved.error(), theirChanges()))
            m_errors->show(saved.error());
        return false;
    }
    const int moved = saved.value().devicesToProvision;
    m_savedNote =
        moved == 0 ? tr("Saved. No device had to provision again.")
        : moved == 1
            ? tr("Saved. 1 device must provision again at its next sync.")
            : tr("Saved. %1 devices must provision again at their next sync.").arg(QLocale().toString(moved));
    load();
    return true;
}

QVector<ConflictRow> MobilePolicyPane::theirChanges() const
{
    QVector<ConflictRow> rows;
    auto theirs = m_engine.mobile().policy(m_organization.id);
    if (!theirs)
        return rows;
    const MobilePolicy mine = edited();
    for (const MobilePolicyField& field : mobile::policyFields()) {
        const auto text = [&field, this](const MobilePolicy& policy) {
            if (field.kind == MobilePolicyField::Kind::Flag)
                return mobile::flagOf(policy, field.name) ? tr("On") : tr("Off");
            const int n = mobile::numberOf(policy, field.name);
            return n == 0 && field.zeroIsOff ? field.offText() : QLocale().toString(n) + field.unit(n);
        };
        ConflictRow::addIfMoved(rows, field.label(), text(m_saved), text(theirs.value()), text(mine));
    }
    return rows;
}

void MobilePolicyPane::revert()
{
    load();
}

bool MobilePolicyPane::mayLeave()
{
    return m_guard.mayLeave(
        tr("Unsaved mobile policy"),
        tr("The default mobile policy of %1 has unsaved edits. Save them?").arg(m_organization.alias));
}

} // namespace mailroom
