#include "BatchProgressDialog.h"

#include "BatchJob.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailroom {

BatchProgressDialog::BatchProgressDialog(const QString& title, BatchJob& job, QWidget* parent)
    : QDialog(parent), m_job(job), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_summary(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("batchProgress"));
    setWindowTitle(title);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setReadOnly(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_copy->hide();
    m_close->hide();
    connect(m_cancel, &QPushButton::clicked, &m_job, &BatchJob::cancel);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_summary->toPlainText()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_job, &BatchJob::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("%1 of %2 done").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(&m_job, &BatchJob::finished, this, &BatchProgressDialog::showSummary);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary, 1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void BatchProgressDialog::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    m_job.cancel();
}

void BatchProgressDialog::showSummary()
{
    m_finished = true;
    m_status->setText(
        m_job.failed() == 0 && !m_job.isCancelled()
            ? tr("All %n done.", nullptr, m_job.succeeded())
            : tr("%1 done, %2 failed.")
                  .arg(QLocale().toString(m_job.succeeded()), QLocale().toString(m_job.failed())));
    m_summary->setPlainText(m_job.summaryText());
    m_summary->show();
    m_cancel->hide();
    m_copy->show();
    m_close->show();
    m_close->setDefault(true);
}

void BatchProgressDialog::run(QWidget* parent, const QString& title, BatchJob& job)
{
    BatchProgressDialog dialog(title, job, parent);
    job.start();
    dialog.exec();
}

} // namespace mailroom
