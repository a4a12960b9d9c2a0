#include "EnableReviewDialog.h"

#include "BatchJob.h"
#include "BatchProgressDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailroom {

EnableReviewDialog::EnableReviewDialog(const Texts& texts, const QVector<EnableCandidate>& candidates, EnableFn enable,
                                       QWidget* parent)
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
        m_table->setItem(row, 2, new QTableWidgetItem(candidates.at(row).address));
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
    BatchJob job(names, [this, addresses](int i) { return m_enable(m_candidates.at(i).id, addresses.at(i)); });
    BatchProgressDialog::run(this, m_progress, job);
    accept();
}

} // namespace mailroom
