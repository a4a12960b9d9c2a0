#include "InteropDisablePage.h"

#include "core/Change.h"
#include "core/Engine.h"
#include "groups/Group.h"
#include "groups/Groups.h"
#include "users/User.h"
#include "users/Users.h"
#include "widgets/FieldErrors.h"
#include "widgets/TypedConfirmDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace mailroom {

namespace {

QString number(int n)
{
    return QLocale().toString(n);
}

QString htmlList(const QStringList& items)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QLabel* wrapped(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

InteropDisablePage::InteropDisablePage(Engine& engine, QWidget* parent)
    : InteropWizardPage(engine, InteropStep::Disable, parent),
      m_state(wrapped(QStringLiteral("disableState"), this)),
      m_effects(wrapped(QStringLiteral("disableEffects"), this)),
      m_risk(wrapped(QStringLiteral("earlierStepsRisk"), this)),
      m_disable(new QPushButton(tr("&Disable interoperability…"), this)),
      m_outcome(wrapped(QStringLiteral("disableOutcome"), this))
{
    m_state->setTextFormat(Qt::RichText);
    m_effects->setTextFormat(Qt::RichText);
    m_effects->setAccessibleName(tr("What disabling does"));
    m_risk->setTextFormat(Qt::RichText);
    m_risk->setAccessibleName(tr("Earlier steps not done"));
    m_risk->setFrameShape(QFrame::StyledPanel);
    m_risk->setMargin(8);
    m_outcome->setAccessibleName(tr("Outcome of disabling"));
    m_outcome->setTextFormat(Qt::RichText);
    m_disable->setObjectName(QStringLiteral("disableInteroperability"));
    m_disable->setAccessibleName(tr("Disable interoperability"));
    m_disable->setToolTip(
        tr("Asks you to type the organization's alias, then turns interoperability off for good"));
    m_disable->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_disable);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_effects);
    layout->addWidget(m_risk);
    layout->addLayout(actions);
    layout->addWidget(errors()->errorLabel(QStringLiteral("confirmation")));
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(errors()->generalLabel());

    connect(m_disable, &QPushButton::clicked, this, &InteropDisablePage::confirmAndDisable);
    connect(&engine, &Engine::changed, this, &InteropDisablePage::onEngineChanged);
}

void InteropDisablePage::initializePage()
{
    m_result.reset();
    errors()->clear();
    refresh();
}

QString InteropDisablePage::left() const
{
    return m_inMode ? tr("disable interoperability: press Disable interoperability… and type the alias to "
                         "confirm.")
                    : QString();
}

bool InteropDisablePage::validatePage()
{
    return true;
}

void InteropDisablePage::onEngineChanged(const Change& change)
{
    if (!change.organizationId.isEmpty() && change.organizationId != organizationId())
        return;
    switch (change.subject) {
    case Change::Subject::Organization:
    case Change::Subject::Interop:
    case Change::Subject::User:
    case Change::Subject::Group:
        refresh();
        break;
    default:
        break;
    }
}

void InteropDisablePage::refresh()
{
    const Organization org = organization();
    m_inMode = !org.id.isEmpty() && org.interoperability;
    if (org.id.isEmpty()) {
        m_state->setText(tr("This organization no longer exists."));
        m_effects->hide();
        m_risk->hide();
        m_disable->hide();
        m_outcome->hide();
    } else if (m_inMode) {
        showInMode(org);
    } else {
        showDisabled(org);
    }
    updateLeft();
}

void InteropDisablePage::showInMode(const Organization& org)
{
    m_state->setText(
        tr("<b>%1</b> is in interoperability mode with Microsoft Exchange. Disable it once every "
           "mailbox has moved here. <b>This cannot be undone</b>: interoperability can never be "
           "turned on again for this organization.")
            .arg(org.alias.toHtmlEscaped()));

    UserQuery users;
    users.organizationId = org.id;
    users.state = UserState::Disabled;
    users.role = UserRole::User;
    GroupQuery groups;
    groups.organizationId = org.id;
    groups.state = GroupState::Disabled;
    auto userCount = engine().users().count(users);
    auto groupCount = engine().groups().count(groups);
    const QString unknown = tr("unknown");
    QStringList effects{
        tr("Users and groups that are not enabled here leave the address book (users not enabled now: %1; "
           "groups not enabled now: %2). Enabling one later adds it back.")
            .arg(userCount ? number(userCount.value()) : unknown,
                 groupCount ? number(groupCount.value()) : unknown),
        tr("Resources that live in Exchange leave the address book and cannot be enabled: create them here "
           "afterwards (the first item of the decommission checklist)."),
        tr("The interoperability limits end: users, groups and resources are managed here instead of in "
           "Exchange; addresses and aliases can be edited and resources can be created."),
        tr("Exchange no longer shares calendar free/busy information with this organization, and the "
           "addresses "
           "of enabled users are no longer copied from Exchange every four hours."),
        tr("Afterwards the checklist follows: publish the AutoDiscover record, switch the MX record to the "
           "service, then retire the Exchange server."),
    };
    m_effects->setText(tr("What disabling does:") + htmlList(effects));
    m_effects->show();
    if (!userCount || !groupCount)
        errors()->show(userCount ? groupCount.error() : userCount.error());

    QStringList notDone;
    auto done = engine().interopProgress().done(org.id);
    for (InteropStep step : interopSteps()) {
        if (step == InteropStep::Disable)
            break;
        const bool isDone =
            done && std::any_of(done.value().cbegin(), done.value().cend(), [step](const InteropStepDone& d) {
                return d.step == step && d.subject.isEmpty();
            });
        if (!isDone)
            notDone.append(InteropProgress::stepLabel(step));
    }
    m_risk->setText(tr("<b>Risk:</b> these earlier steps are not done: %1. Disabling before the migration is "
                       "complete can bounce mail or disrupt users; go Back and finish them first.")
                        .arg(notDone.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_risk->setVisible(!notDone.isEmpty());
    m_disable->show();
    m_disable->setEnabled(true);
    m_outcome->hide();
}

void InteropDisablePage::showDisabled(const Organization& org)
{
    std::optional<InteropStepDone> disabled;
    if (auto done = engine().interopProgress().done(org.id))
        for (const InteropStepDone& d : done.value())
            if (d.step == InteropStep::Disable && d.subject.isEmpty())
                disabled = d;
    if (disabled)
        m_state->setText(
            tr("Interoperability of <b>%1</b> was disabled on %2 by %3. It cannot be turned on again; "
               "Next leads to the decommission checklist.")
                .arg(org.alias.toHtmlEscaped(),
                     QLocale().toString(disabled->doneAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped(),
                     disabled->doneBy.toHtmlEscaped()));
    else
        m_state->setText(
            tr("<b>%1</b> is not in interoperability mode, so there is nothing to disable; Next leads "
               "to the decommission checklist.")
                .arg(org.alias.toHtmlEscaped()));
    m_effects->hide();
    m_risk->hide();
    m_disable->hide();
    if (m_result) {
        m_outcome->setText(tr("Interoperability is off.") +
                           htmlList({tr("Users not enabled, now out of the address book: %1.")
                                         .arg(number(m_result->usersNotEnabled)),
                                     tr("Groups not enabled, now out of the address book: %1.")
                                         .arg(number(m_result->groupsNotEnabled)),
                                     tr("Enabling any of them later adds it back to the address book."),
                                     tr("Decommission checklist items to do: %1.")
                                         .arg(number(int(m_result->checklistLeft.size())))}));
        m_outcome->show();
    } else {
        m_outcome->hide();
    }
}

void InteropDisablePage::confirmAndDisable()
{
    const Organization org = organization();
    if (!org.interoperability)
        return;
    errors()->clear();
    TypedConfirmDialog confirm(
        tr("Disable interoperability"),
        tr("Interoperability of %1 with Microsoft Exchange will be turned off for good; it cannot be undone. "
           "Users and groups that are not enabled leave the address book, and Exchange resources must be "
           "created here again.")
            .arg(org.alias),
        org.alias, tr("Disable interoperability"), this);
    confirm.setObjectName(QStringLiteral("confirmDisable"));
    if (confirm.exec() != QDialog::Accepted)
        return;
    auto disabled = engine().interopProgress().disable(org.id, confirm.typedText());
    if (!disabled) {
        errors()->show(disabled.error());
        return;
    }
    m_result = disabled.value();
    refresh();
}

} // namespace mailroom
