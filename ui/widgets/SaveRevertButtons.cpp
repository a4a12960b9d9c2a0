#include "SaveRevertButtons.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace mailroom {

SaveRevertButtons::SaveRevertButtons(QWidget* tab, const QString& saveText, const QString& saveName,
                                     const QString& revertText, const QString& revertName)
    : m_tab(tab), m_save(new QPushButton(saveText, tab)), m_revert(new QPushButton(revertText, tab))
{
    m_save->setObjectName(saveName);
    m_revert->setObjectName(revertName);
}

void SaveRevertButtons::onClicked(const std::function<void()>& save, const std::function<void()>& revert)
{
    QObject::connect(m_save, &QPushButton::clicked, m_tab, save);
    QObject::connect(m_revert, &QPushButton::clicked, m_tab, revert);
}

QHBoxLayout* SaveRevertButtons::row(std::initializer_list<QWidget*> notes) const
{
    auto* row = new QHBoxLayout;
    for (QWidget* note : notes)
        row->addWidget(note, 1);
    row->addStretch();
    row->addWidget(m_revert);
    row->addWidget(m_save);
    return row;
}

void SaveRevertButtons::update(bool dirty, bool saveAllowed)
{
    m_save->setEnabled(dirty && saveAllowed);
    m_revert->setEnabled(dirty);
}

} // namespace mailroom
