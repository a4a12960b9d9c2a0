#include "EditGuard.h"

#include "ConflictBar.h"
#include "UnsavedEdits.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace mailroom {

EditGuard::EditGuard(QWidget* tab, const QString& name, Edits edits)
    : m_tab(tab), m_edits(std::move(edits)), m_save(new QPushButton(tr("&Save"), tab)),
      m_revert(new QPushButton(tr("Re&vert"), tab))
{
    m_save->setObjectName(QStringLiteral("save") + name);
    m_revert->setObjectName(QStringLiteral("revert") + name);
    QObject::connect(m_save, &QPushButton::clicked, m_tab, [this] { m_edits.save(); });
    QObject::connect(m_revert, &QPushButton::clicked, m_tab, [this] { m_edits.revert(); });
}

void EditGuard::followConflicts(ConflictBar* bar, Engine& engine, std::function<bool(const Change&)> concerns,
                                std::function<void(qint64)> adoptTheirs)
{
    bar->watch(engine, std::move(concerns), m_edits.dirty);
    QObject::connect(bar, &ConflictBar::reloadRequested, m_tab, [this] { m_edits.revert(); });
    if (!adoptTheirs)
        return;
    QObject::connect(bar, &ConflictBar::keepMineRequested, m_tab,
                     [this, bar, adopt = std::move(adoptTheirs)] {
                         adopt(bar->theirVersion());
                         m_edits.save();
                     });
}

QHBoxLayout* EditGuard::row(std::initializer_list<QWidget*> notes) const
{
    auto* row = new QHBoxLayout;
    for (QWidget* note : notes)
        row->addWidget(note, 1);
    row->addStretch();
    row->addWidget(m_revert);
    row->addWidget(m_save);
    return row;
}

void EditGuard::update(bool saveAllowed)
{
    const bool dirty = m_edits.dirty();
    m_save->setEnabled(dirty && saveAllowed);
    m_revert->setEnabled(dirty);
}

bool EditGuard::mayLeave(const QString& title, const QString& question) const
{
    return unsaved::mayLeave(m_tab, m_edits.dirty(), title, question, m_edits.save, m_edits.revert);
}

} // namespace mailroom
