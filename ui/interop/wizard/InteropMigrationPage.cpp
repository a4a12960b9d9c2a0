#include "InteropMigrationPage.h"

#include "core/Change.h"
#include "core/Engine.h"
#include "settings/MigrationChecklistView.h"
#include "widgets/FieldErrors.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mailroom {

namespace {

constexpr int NamedAtMost = 3; // an organization may have 100 domains: the subtitle stays short

} // namespace

InteropMigrationPage::InteropMigrationPage(Engine& engine, QWidget* parent)
    : InteropWizardPage(engine, InteropStep::CompleteMigration, parent),
      m_view(new MigrationChecklistView(engine, this)),
      m_clientsDone(new QCheckBox(tr("Client configuration is d&one"), this))
{
    setObjectName(QStringLiteral("interopMigrationPage"));
    m_clientsDone->setObjectName(QStringLiteral("clientsDone"));
    m_clientsDone->setAccessibleName(tr("Client configuration is done"));
    m_clientsDone->setToolTip(tr("Tick it once the users' mail clients work with the service; only you can "
                                 "tell."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_clientsDone);
    layout->addWidget(errors()->generalLabel());
    layout->addStretch(1);

    connect(m_view, &MigrationChecklistView::checklistChanged, this, &InteropMigrationPage::updateLeft);
    connect(m_view, &MigrationChecklistView::runningChanged, this, &InteropMigrationPage::updateLeft);
    connect(m_clientsDone, &QCheckBox::toggled, this, &InteropMigrationPage::onClientsDoneToggled);
    // The step marked done elsewhere (another console, the command line) ticks the box here.
    connect(&engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject != Change::Subject::Interop || change.organizationId != organizationId() ||
            m_clientsDone->isChecked() || !isDone())
            return;
        const QSignalBlocker quiet(m_clientsDone);
        m_clientsDone->setChecked(true);
        updateLeft();
    });
}

void InteropMigrationPage::setNameServer(const QHostAddress& server)
{
    InteropWizardPage::setNameServer(server);
    m_view->setNameServer(server);
}

void InteropMigrationPage::initializePage()
{
    errors()->clear();
    {
        const QSignalBlocker quiet(m_clientsDone);
        m_clientsDone->setChecked(isDone());
    }
    m_view->setOrganizationId(organizationId());
    updateLeft();
}

void InteropMigrationPage::onClientsDoneToggled(bool ticked)
{
    errors()->clear();
    // The step's mark is the box's memory: clearing the box of a done step takes the mark away.
    if (!ticked && isDone()) {
        if (auto undone = engine().interopProgress().markUndone(organizationId(), step()); !undone) {
            errors()->show(undone.error());
            const QSignalBlocker quiet(m_clientsDone);
            m_clientsDone->setChecked(true);
        }
    }
    updateLeft();
}

QString InteropMigrationPage::left() const
{
    const auto named = [](QStringList names) {
        const int more = int(names.size()) - NamedAtMost;
        if (more > 0) {
            names = names.mid(0, NamedAtMost);
            names.append(tr("%n more", "", more));
        }
        return QLocale().createSeparatedList(names);
    };
    QStringList parts;
    if (m_view->isRunning()) {
        parts.append(tr("Wait for the DNS check to end, or cancel it."));
    } else {
        const interop::MigrationChecklist& list = m_view->checklist();
        const QStringList missing = list.domainsIn(interop::MigrationDomain::State::Incomplete);
        const QStringList unchecked = list.domainsIn(interop::MigrationDomain::State::NotChecked);
        if (!missing.isEmpty())
            parts.append(tr("Publish the records not found for %1 and check again.").arg(named(missing)));
        if (!unchecked.isEmpty())
            parts.append(tr("Check the DNS of %1.").arg(named(unchecked)));
    }
    if (!m_clientsDone->isChecked())
        parts.append(tr("Tick \"Client configuration is done\" once the users' mail clients are set up."));
    return parts.join(u' ');
}

} // namespace mailroom
