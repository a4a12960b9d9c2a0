#pragma once
// Reading and writing CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF), with a header
// row that names the columns.

#include "core/Result.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace mailroom::csv {

struct Table
{
    QStringList header;        // lower case, trimmed
    QVector<QStringList> rows; // each padded to the header's width
    QVector<int> lineNumbers;  // the file line each row starts on
    int column(const QString& name) const { return header.indexOf(name); }
    bool hasColumns(const QStringList& names) const;
    // The row's value in the named column, trimmed; empty when the file has no such column.
    QString cell(const QStringList& row, const QString& name) const;
};

// Errors: FileError (unreadable), InvalidValue (an unterminated quote; names the line).
Result<Table> read(const QString& path);
Result<Table> parse(const QString& text);
QString line(const QStringList& fields); // one CSV line with its line break

} // namespace mailroom::csv
