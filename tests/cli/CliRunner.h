#pragma once
// Runs the built mailroomctl against a database in a temporary folder and reads what it says:
// exit code (0 ok, 1 engine error, 2 usage), the JSON on stdout and the messages on stderr.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace cli {

inline const QByteArray Password = "Correct-Horse9\n";

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonValue json() const
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not one JSON document (%s): %s", qPrintable(error.errorString()), out.constData());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    QString errorCode() const
    {
        return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString errorField() const
    {
        return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
    }
    QString text() const { return QString::fromUtf8(out); }
    QString errors() const { return QString::fromUtf8(err); }
};

inline QString s(const char* text)
{
    return QString::fromUtf8(text);
}

inline QStringList words(const char* text)
{
    return s(text).split(u' ', Qt::SkipEmptyParts);
}

inline bool writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A string member of a JSON object.
inline QString value(const QJsonObject& object, const char* name)
{
    return object.value(QString::fromLatin1(name)).toString();
}

inline QStringList field(const QJsonArray& array, const char* name)
{
    QStringList out;
    for (const QJsonValue& v : array)
        out << v.toObject().value(QString::fromLatin1(name)).toString();
    return out;
}

// Runs the built mailroomctl on the database db with args, input on its standard input.
inline Outcome run(const QString& db, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(MAILROOMCTL_PATH));
    p.setArguments(QStringList{QStringLiteral("--db"), db} + args);
    p.start();
    if (!p.waitForStarted())
        qFatal("mailroomctl did not start");
    p.write(input);
    p.closeWriteChannel();
    // The event loop turns while mailroomctl runs, so that a server in this process (the HTTPS
    // peer of tests/support/HttpsServer.h) can answer it.
    const bool finished = QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    if (!finished || p.exitStatus() != QProcess::NormalExit)
        qWarning("mailroomctl %s did not finish normally: %s", qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
    Outcome outcome{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                    p.readAllStandardError()};
    // A verb that reads an option it does not define gets a warning from Qt, not the value.
    if (outcome.err.contains("QCommandLineParser:")) {
        const QString what = QStringLiteral("mailroomctl %1: %2").arg(args.join(u' '), outcome.errors());
        QTest::qFail(qPrintable(what), __FILE__, __LINE__);
    }
    return outcome;
}

// The test classes derive from it: a new database per test (newDatabase() in init()).
class CliRunner
{
protected:
    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;

    Outcome ctl(const QStringList& args, const QByteArray& input = {}) { return run(m_db, args, input); }
    Outcome ctl(const char* args, const QByteArray& input = {}) { return ctl(words(args), input); }
    Outcome json(const QStringList& args, const QByteArray& input = {})
    {
        return ctl(QStringList{QStringLiteral("--json")} + args, input);
    }
    Outcome json(const char* args, const QByteArray& input = {}) { return json(words(args), input); }

    // A directory of the registry with ann, annette and bob, and an Active Standard-setup
    // organization "corp" on it: users to enable without hashing a single password.
    QString corpWithDirectoryUsers()
    {
        const QString id =
            json("directory create --type simple-ad --name corp.example.com --region us-east-1")
                .object()
                .value(QStringLiteral("id"))
                .toString();
        const QString csv = m_dir.filePath(QStringLiteral("dir%1.csv").arg(m_count));
        writeFile(csv, "username,display_name\nann,Ann A\nannette,Annette B\nbob,Bob C\n");
        ctl(QStringList{QStringLiteral("directory"), QStringLiteral("import-users"), id, csv});
        const Outcome org =
            json(QStringList{QStringLiteral("org"), QStringLiteral("standard-setup"),
                             QStringLiteral("--alias"), QStringLiteral("corp"), QStringLiteral("--region"),
                             QStringLiteral("us-east-1"), QStringLiteral("--directory"), id});
        if (org.exitCode != 0)
            qWarning("corp: %s", org.out.constData());
        return id;
    }

    // A data-driven test of help and usage errors: each row a command line, its exit code and the
    // words (separated by |) that what it says mentions, on stdout after 0, otherwise on stderr. A
    // usage error (2) prints nothing on stdout. helpAndUsageColumns() in the _data function.
    static void helpAndUsageColumns()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
    }
    void checkHelpAndUsage()
    {
        QFETCH(QString, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Outcome r = ctl(args.split(u' '));
        QCOMPARE(r.exitCode, exitCode);
        const QString said = exitCode == 0 ? r.text() : r.errors();
        for (const QString& word : mentions.split(u'|'))
            QVERIFY2(said.contains(word), qPrintable(word + u'\n' + said));
        if (exitCode == 2)
            QVERIFY(r.out.isEmpty());
    }

    void newDatabase() { m_db = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_count)); }
};

} // namespace cli
