#include "DirectorySyncView.h"

#include "core/Engine.h"
#include "interop/DirectorySync.h"
#include "interop/DirectorySyncJob.h"
#include "organizations/Organizations.h"
#include "shell/OrganizationPane.h"
#include "widgets/FieldErrors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailroom {

DirectorySyncView::DirectorySyncView(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_last(new QLabel(this)), m_next(new QLabel(this)),
      m_running(new QLabel(this)), m_skipped(new QTableWidget(0, 3, this)),
      m_sync(new QPushButton(tr("&Synchronise now"), this)), m_stop(new QPushButton(tr("S&top"), this)),
      m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("directorySyncView"));
    m_last->setObjectName(QStringLiteral("lastSync"));
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_next->setObjectName(QStringLiteral("nextSync"));
    m_next->setWordWrap(true);
    m_running->setObjectName(QStringLiteral("syncRunning"));
    m_running->hide();
    m_skipped->setObjectName(QStringLiteral("skippedAddresses"));
    m_skipped->setAccessibleName(tr("Addresses not taken"));
    m_skipped->setHorizontalHeaderLabels({tr("User"), tr("Address"), tr("Why it was not taken")});
    m_skipped->horizontalHeader()->setStretchLastSection(true);
    m_skipped->verticalHeader()->hide();
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipped->setWordWrap(true);
    m_skipped->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_skipped->setMaximumHeight(160);
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_sync->setAccessibleName(tr("Synchronise the directory now"));
    m_stop->setObjectName(QStringLiteral("stopSync"));
    m_stop->setToolTip(tr("Stops after the users being synchronised now; the others follow at the next "
                          "synchronisation."));
    m_stop->hide();

    auto* intro = new QLabel(tr("The addresses of users enabled here are managed in Microsoft Exchange. The "
                                "directory is synchronised every %1 hours: what Exchange holds for each "
                                "enabled user becomes the user's addresses here.")
                                 .arg(DirectorySync::IntervalHours),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sync);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_last);
    layout->addWidget(m_skipped);
    layout->addWidget(m_next);
    layout->addWidget(m_running);
    layout->addLayout(buttons);
    layout->addWidget(m_errors->generalLabel());

    connect(m_sync, &QPushButton::clicked, this, &DirectorySyncView::syncNow);
    DirectorySyncJob& job = m_engine.directorySync().job();
    connect(&job, &DirectorySyncJob::started, this, [this] { showRunning(0, 0); });
    connect(&job, &DirectorySyncJob::progressed, this, &DirectorySyncView::showRunning);
    connect(&job, &DirectorySyncJob::finished, this, &DirectorySyncView::onFinished);
    connect(m_stop, &QPushButton::clicked, &job, &DirectorySyncJob::cancel);
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.organizationId == m_orgId &&
            (change.subject == Change::Subject::Interop || change.subject == Change::Subject::Organization))
            refresh();
    });
}

void DirectorySyncView::setOrganizationId(const QString& orgId)
{
    m_orgId = orgId;
    m_errors->clear();
    refresh();
    if (m_engine.directorySync().job().isRunning()) // started before this view showed it
        showRunning(0, 0);
}

bool DirectorySyncView::syncNow()
{
    m_errors->clear();
    auto started = m_engine.directorySync().job().start(m_orgId);
    if (!started) {
        m_errors->show(started.error());
        return false;
    }
    return true;
}

void DirectorySyncView::showRunning(int done, int total)
{
    const QLocale locale;
    m_running->setText(
        total > 0
            ? tr("Synchronising: %1 of %2 users done…").arg(locale.toString(done), locale.toString(total))
            : tr("Synchronising…"));
    m_running->show();
    m_sync->setEnabled(false);
    m_stop->show();
}

void DirectorySyncView::onFinished()
{
    m_running->hide();
    m_stop->hide();
    const DirectorySyncJob& job = m_engine.directorySync().job();
    if (job.lastError())
        m_errors->show(*job.lastError());
    refresh();
}

void DirectorySyncView::refresh()
{
    auto org = m_engine.organizations().get(m_orgId);
    auto last = m_engine.directorySync().last(m_orgId);
    auto next = m_engine.directorySync().nextDue(m_orgId);
    if (!org || !last || !next) {
        m_sync->setEnabled(false);
        return;
    }
    const QLocale locale;
    m_skipped->setRowCount(0);
    if (!last.value()) {
        m_last->setText(tr("The directory has not been synchronised yet."));
    } else {
        const DirectorySyncReport& r = *last.value();
        QString text = tr("Last synchronised %1 by %2. Enabled users updated: %3 of %4. Addresses added: %5; "
                          "removed: %6.")
                           .arg(locale.toString(r.at.toLocalTime(), QLocale::ShortFormat), r.by)
                           .arg(locale.toString(r.usersUpdated), locale.toString(r.usersChecked),
                                locale.toString(r.addressesAdded), locale.toString(r.addressesRemoved));
        if (r.usersWithoutExchangeAddresses > 0)
            text += u' ' + tr("Users for whom Exchange holds no address, who keep theirs: %1.")
                               .arg(locale.toString(r.usersWithoutExchangeAddresses));
        if (!r.skipped.isEmpty())
            text += u' ' +
                    tr("Addresses not taken: %1, listed below; fix them in Exchange or verify their domain "
                       "here, then synchronise again.")
                        .arg(locale.toString(r.skipped.size()));
        m_last->setText(text);
        for (const DirectorySyncReport::Skipped& s : r.skipped) {
            const int row = m_skipped->rowCount();
            m_skipped->insertRow(row);
            m_skipped->setItem(row, 0, new QTableWidgetItem(s.username));
            m_skipped->setItem(row, 1, new QTableWidgetItem(s.address));
            m_skipped->setItem(row, 2, new QTableWidgetItem(s.reason));
        }
        m_skipped->resizeColumnToContents(0);
        m_skipped->resizeColumnToContents(1);
        m_skipped->resizeRowsToContents();
    }
    m_skipped->setVisible(m_skipped->rowCount() > 0);
    const bool inMode = org.value().interoperability;
    m_next->setText(inMode
                        ? tr("Next synchronisation: %1.")
                              .arg(locale.toString(next.value().toLocalTime(), QLocale::ShortFormat))
                        : tr("The organization is no longer in interoperability mode: its directory is not "
                             "synchronised, and addresses are managed here."));
    const QString blocked = OrganizationPane::changesBlockedReason(m_engine, org.value());
    m_sync->setEnabled(inMode && blocked.isEmpty() && !m_engine.directorySync().job().isRunning());
    m_sync->setToolTip(blocked);
}

} // namespace mailroom
