#include "InteropProgressView.h"

#include "core/Engine.h"
#include "interop/InteropProgress.h"
#include "users/Users.h"

#include <QHeaderView>
#include <QLocale>

namespace mailroom {

InteropProgressView::InteropProgressView(Engine& engine, QWidget* parent)
    : QTreeWidget(parent), m_engine(engine)
{
    setObjectName(QStringLiteral("interopProgress"));
    setAccessibleName(tr("Steps of the interoperability wizard"));
    setColumnCount(4);
    setHeaderLabels({tr("Step"), tr("Done"), tr("When"), tr("By")});
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.organizationId == m_orgId || change.subject == Change::Subject::User)
            refresh();
    });
}

void InteropProgressView::setOrganizationId(const QString& orgId)
{
    m_orgId = orgId;
    refresh();
}

QString InteropProgressView::routingText() const
{
    auto routed = m_engine.interopProgress().routedUsers(m_orgId);
    UserQuery query;
    query.organizationId = m_orgId;
    query.state = UserState::Enabled;
    query.role = UserRole::User;
    auto enabled = m_engine.users().count(query);
    if (!routed || !enabled)
        return {};
    return tr("%1 of %2 enabled users")
        .arg(QLocale().toString(routed.value().size()), QLocale().toString(enabled.value()));
}

void InteropProgressView::refresh()
{
    clear();
    auto done = m_engine.interopProgress().done(m_orgId);
    if (!done)
        return;
    const QLocale locale;
    for (InteropStep step : interopSteps()) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(0, InteropProgress::stepLabel(step));
        item->setToolTip(0, InteropProgress::stepDescription(step));
        item->setText(1, tr("Not yet"));
        for (const InteropStepDone& d : done.value()) {
            if (d.step != step || !d.subject.isEmpty())
                continue;
            item->setText(1, tr("Done"));
            item->setIcon(1, QIcon::fromTheme(QStringLiteral("emblem-default")));
            item->setText(2, locale.toString(d.doneAt.toLocalTime(), QLocale::ShortFormat));
            item->setText(3, d.doneBy);
        }
        if (isPerUserStep(step) && item->text(2).isEmpty())
            item->setText(1, routingText());
    }
    // As tall as its rows: the list is short and never scrolls.
    setFixedHeight(header()->sizeHint().height() + topLevelItemCount() * sizeHintForRow(0) +
                   2 * frameWidth() + 2);
}

QString InteropProgressView::resumeText() const
{
    auto resume = m_engine.interopProgress().resumeStep(m_orgId);
    if (!resume)
        return resume.error().message;
    if (!resume.value())
        return tr("Every step is done.");
    return tr("The wizard resumes at: %1.").arg(InteropProgress::stepLabel(*resume.value()));
}

} // namespace mailroom
