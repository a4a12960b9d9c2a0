// mailroom: the console. Thin: options, translations, then the Console.

#include "core/Engine.h"
#include "shell/Console.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>
#include <cstdio>

namespace {

// --lang is needed before the parser exists, so that the help text is translated too.
QString languageArgument(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

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

    installTranslations(app, languageArgument(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Mailroom administration console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "Open the database at <path>."),
                                QApplication::translate("main", "path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the generated sample account."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QApplication::translate("main", "Look without changing anything."));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QApplication::translate("main", "Use the language <code> (for example de)."),
        QApplication::translate("main", "code"));
    parser.addOptions({db, demo, readOnly, lang});
    parser.process(app);

    mailroom::Console console(parser.isSet(readOnly) ? mailroom::AccessLevel::ReadOnly
                                                     : mailroom::AccessLevel::Full);
    const mailroom::Status opened =
        parser.isSet(demo)
            ? console.openSampleAccount()
            : console.open(parser.isSet(db) ? parser.value(db) : mailroom::Engine::defaultDatabasePath());
    if (!opened) {
        std::fprintf(stderr, "mailroom: %s\n", qPrintable(opened.error().message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Mailroom"), opened.error().message);
        return 1;
    }
    return QApplication::exec();
}
