// mailroom: the console. Thin: options, translations, then the Console.

#include "Console.h"
#include "Engine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("mailroom"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mailroom"));
    QApplication::setApplicationName(QStringLiteral("Mailroom"));
    QApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mailroom.Mailroom"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.mailroom.Mailroom.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Mailroom administration console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open the database at <path>."), QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the generated sample account."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QStringLiteral("Look without changing anything."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Use the language <code> (for example de)."),
                                  QStringLiteral("code"));
    parser.addOptions({db, demo, readOnly, lang});
    parser.process(app);
    installTranslations(app, parser.value(lang));

    mailroom::Console console(parser.isSet(readOnly) ? mailroom::AccessLevel::ReadOnly : mailroom::AccessLevel::Full);
    const mailroom::Status opened = parser.isSet(demo) ? console.openSampleAccount()
                                                       : console.open(parser.isSet(db) ? parser.value(db)
                                                                                       : mailroom::Engine::defaultDatabasePath());
    if (!opened) {
        std::fprintf(stderr, "mailroom: %s\n", qPrintable(opened.error().message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Mailroom"), opened.error().message);
        return 1;
    }
    return QApplication::exec();
}
