#include "ResourceBookingTab.h"

#include "core/Engine.h"
#include "resources/Resources.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace mailroom {

ResourceBookingTab::ResourceBookingTab(Engine& engine, QWidget* parent)
    : ResourceTab(engine, parent), m_acceptAll(new QCheckBox(tr("Automatically &accept all requests"), this)),
      m_declineRecurring(new QCheckBox(tr("Automatically decline &recurring requests"), this)),
      m_declineConflicting(new QCheckBox(tr("Automatically decline &conflicting requests"), this)),
      m_note(new QLabel(this)),
      m_guard(this, QStringLiteral("Booking"),
              {[this] { return isDirty(); }, [this] { return save(); }, [this] { revert(); }}),
      m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("resourceBookingTab"));
    m_acceptAll->setObjectName(QStringLiteral("acceptAll"));
    m_acceptAll->setAccessibleName(tr("Automatically accept all requests"));
    m_declineRecurring->setObjectName(QStringLiteral("declineRecurring"));
    m_declineRecurring->setAccessibleName(tr("Automatically decline recurring requests"));
    m_declineConflicting->setObjectName(QStringLiteral("declineConflicting"));
    m_declineConflicting->setAccessibleName(tr("Automatically decline conflicting requests"));
    m_note->setObjectName(QStringLiteral("bookingNote"));
    m_note->setWordWrap(true);

    auto* intro =
        new QLabel(tr("How the resource answers the meeting requests it receives. When requests are not "
                      "accepted automatically, its delegates receive a copy of each one and accept it."),
                   this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(intro);
    layout->addWidget(m_acceptAll);
    layout->addWidget(m_errors->errorLabel(QStringLiteral("acceptAll")));
    layout->addWidget(m_declineRecurring);
    layout->addWidget(m_declineConflicting);
    layout->addStretch();
    layout->addLayout(m_guard.row({m_note, m_errors->generalLabel()}));

    for (QCheckBox* box : {m_acceptAll, m_declineRecurring, m_declineConflicting})
        connect(box, &QCheckBox::toggled, this, &ResourceBookingTab::updateButtons);
    followChanges();
    showResource(QString());
}

void ResourceBookingTab::load(const Resource& resource)
{
    m_errors->clear();
    m_saved = resource.booking;
    m_version = resource.bookingVersion;
    m_readOnly = m_engine.accessLevel() == AccessLevel::ReadOnly;
    m_note->setText(m_readOnly ? tr("Your access is read-only.") : QString());
    for (QCheckBox* box : {m_acceptAll, m_declineRecurring, m_declineConflicting})
        box->setEnabled(!m_readOnly);
    m_acceptAll->setChecked(m_saved.acceptAll);
    m_declineRecurring->setChecked(m_saved.declineRecurring);
    m_declineConflicting->setChecked(m_saved.declineConflicting);
    updateButtons();
}

BookingOptions ResourceBookingTab::edited() const
{
    return {m_acceptAll->isChecked(), m_declineRecurring->isChecked(), m_declineConflicting->isChecked()};
}

bool ResourceBookingTab::isDirty() const
{
    return !m_resourceId.isEmpty() && edited() != m_saved;
}

void ResourceBookingTab::updateButtons()
{
    m_guard.update(!m_readOnly);
}

bool ResourceBookingTab::save()
{
    if (!isDirty())
        return true;
    m_errors->clear();
    const BookingOptions mine = edited();
    auto updated = m_engine.resources().setBooking(m_resourceId, mine, m_version);
    if (!updated) {
        QVector<ConflictRow> rows;
        if (auto theirs = m_engine.resources().get(m_resourceId)) {
            const auto yesNo = [this](bool on) { return on ? tr("Yes") : tr("No"); };
            const BookingOptions& now = theirs.value().booking;
            ConflictRow::addIfMoved(rows, tr("Accept all requests"), yesNo(m_saved.acceptAll),
                                    yesNo(now.acceptAll), yesNo(mine.acceptAll));
            ConflictRow::addIfMoved(rows, tr("Decline recurring"), yesNo(m_saved.declineRecurring),
                                    yesNo(now.declineRecurring), yesNo(mine.declineRecurring));
            ConflictRow::addIfMoved(rows, tr("Decline conflicting"), yesNo(m_saved.declineConflicting),
                                    yesNo(now.declineConflicting), yesNo(mine.declineConflicting));
        }
        if (!m_conflict->offer(updated.error(), rows))
            m_errors->show(updated.error());
        return false;
    }
    load(updated.value());
    return true;
}

void ResourceBookingTab::keepMine()
{
    m_version = m_conflict->theirVersion();
    save();
}

} // namespace mailroom
