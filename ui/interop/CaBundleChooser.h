#pragma once
// The enterprise CA bundle that the EWS test trusts besides the system's certificates (IOP-4): an
// optional PEM file, chosen here and remembered in QSettings under "interop/caBundle" (a
// preference of this computer, like the keychain that holds the passwords). A file that holds no
// certificate is refused with an error that names it.

#include "core/Result.h"

#include <QSslCertificate>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mailroom {

class CaBundleChooser : public QWidget
{
    Q_OBJECT
public:
    static inline const QString SettingsKey = QStringLiteral("interop/caBundle");

    explicit CaBundleChooser(QWidget* parent = nullptr);

    static QString path(); // empty when none is set
    // The bundle's certificates (none when no bundle is set). Errors: FileError, InvalidValue,
    // each naming the file.
    static Result<QList<QSslCertificate>> certificates();

    void choose(); // asks for the file
    bool setPath(const QString& path);
    void forget();
    // Shows what QSettings holds now.
    void refresh();

Q_SIGNALS:
    void chosen(const QString& summary); // translated, says how many certificates from where
    void failed(const mailroom::Error& error);

private:
    QLabel* m_label;
    QPushButton* m_choose;
    QPushButton* m_forget;
};

} // namespace mailroom
