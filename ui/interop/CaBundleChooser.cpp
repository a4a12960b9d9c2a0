#include "CaBundleChooser.h"

#include "net/EwsCheck.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

namespace mailroom {

CaBundleChooser::CaBundleChooser(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_choose(new QPushButton(tr("Trusted CA &bundle…"), this)),
      m_forget(new QPushButton(tr("Use the system's certificates only"), this))
{
    setObjectName(QStringLiteral("caBundleChooser"));
    m_label->setObjectName(QStringLiteral("caBundle"));
    m_label->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("chooseCaBundle"));
    m_choose->setAccessibleName(tr("Trusted CA bundle"));
    m_choose->setToolTip(tr("A PEM file of your enterprise certificate authorities, trusted by the test"));
    m_forget->setObjectName(QStringLiteral("forgetCaBundle"));
    m_forget->setAccessibleName(tr("Use the system's certificates only"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_forget);
    connect(m_choose, &QPushButton::clicked, this, &CaBundleChooser::choose);
    connect(m_forget, &QPushButton::clicked, this, &CaBundleChooser::forget);
    refresh();
}

QString CaBundleChooser::path()
{
    return QSettings().value(SettingsKey).toString();
}

Result<QList<QSslCertificate>> CaBundleChooser::certificates()
{
    const QString bundle = path();
    if (bundle.isEmpty())
        return QList<QSslCertificate>{};
    return EwsCheck::loadCaBundle(bundle);
}

void CaBundleChooser::refresh()
{
    const QString bundle = path();
    m_label->setText(
        bundle.isEmpty()
            ? tr("The test trusts the system's certificates only.")
            : tr("The test also trusts the certificates in %1.").arg(QDir::toNativeSeparators(bundle)));
    m_label->setToolTip(bundle);
    m_forget->setVisible(!bundle.isEmpty());
}

void CaBundleChooser::choose()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Trusted CA bundle"), QFileInfo(path()).absolutePath(),
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

bool CaBundleChooser::setPath(const QString& bundle)
{
    auto loaded = EwsCheck::loadCaBundle(bundle);
    if (!loaded) {
        Q_EMIT failed(loaded.error());
        return false;
    }
    QSettings().setValue(SettingsKey, bundle);
    refresh();
    Q_EMIT chosen(tr("Certificates trusted by the test: %1 from %2.")
                      .arg(QLocale().toString(int(loaded.value().size())), QDir::toNativeSeparators(bundle)));
    return true;
}

void CaBundleChooser::forget()
{
    QSettings().remove(SettingsKey);
    refresh();
    Q_EMIT chosen(tr("The test trusts the system's certificates only."));
}

} // namespace mailroom
