#include "EnableReviewDialog.h"

#include "BatchJob.h"
#include "widgets/BatchProgressDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailroom {

EnableReviewDialog::Texts EnableReviewDialog::userTexts(bool interoperability)
{
    const QString intro = interoperability
                              ? tr("Each user gets a mailbox here with the primary address Exchange gave it. "
                                   "In interoperability "
                                   "mode the address comes from Exchange and cannot be changed here.")
                              : tr("Each user gets a mailbox with the primary address below; edit an address "
                                   "to change it. A user "
                                   "disabled less than 30 days ago gets its old mailbox back.");
    return {tr("Enable users"),   intro,           tr("Username"), tr("Display name"),
            tr("Enabling users"), interoperability};
}

EnableReviewDialog::Texts EnableReviewDialog::groupTexts(bool interoperability)
{
    const QString intro =
        interoperability
            ? tr("Each group gets the primary address Exchange gave it, which cannot be changed here in "
                 "interoperability mode. Mail to that address then reaches the group's enabled members.")
            : tr("Each group gets the primary address below; edit an address to change it. Mail to that "
                 "address "
                 "then reaches the group's enabled members.");
    return {tr("Enable groups"), intro, tr("Group name"), QString(), tr("Enabling groups"), interoperability};
}

EnableReviewDialog::EnableReviewDialog(const Texts& texts, const QVector<EnableCandidate>& candidates,
                                       EnableFn enable, QWidget* parent)
    : QDialog(parent), m_progress(texts.progress), m_candidates(candidates), m_enable(std::move(enable)),
      m_table(new QTableWidget(int(candidates.size()), 3, this))
{
    setObjectName(QStringLiteral("enableReviewDialog"));
    setWindowTitle(texts.title);
    auto* intro = new QLabel(texts.intro, this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("review"));
    m_table->setAccessibleName(texts.title);
    m_table->setHorizontalHeaderLabels({texts.nameHeader, texts.detailHeader, tr("Primary address")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < candidates.size(); ++row) {
        auto* name = new QTableWidgetItem(candidates.at(row).name);
        auto* detail = new QTableWidgetItem(candidates.at(row).detail);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        detail->setFlags(detail->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, detail);
        auto* address = new QTableWidgetItem(candidates.at(row).address);
        if (texts.addressesFromExchange)
            address->setFlags(address->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 2, address);
    }
    if (texts.detailHeader.isEmpty())
        m_table->hideColumn(1);
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* enableButton = buttons->addButton(tr("Enable"), QDialogButtonBox::AcceptRole);
    enableButton->setObjectName(QStringLiteral("enableButton"));
    enableButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnableReviewDialog::enableAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

void EnableReviewDialog::enableAll()
{
    QStringList names;
    QStringList addresses;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        names << m_table->item(row, 0)->text();
        addresses << m_table->item(row, 2)->text().trimmed();
    }
    BatchJob job(names,
                 [this, addresses](int i) { return m_enable(m_candidates.at(i).id, addresses.at(i)); });
    BatchProgressDialog::run(this, m_progress, job);
    accept();
}

} // namespace mailroom
