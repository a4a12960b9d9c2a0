#pragma once
// Passwords reach mailroomctl only on standard input (--password-stdin): never in argv, where
// other users of the machine could read them, and never echoed.

#include <QCoreApplication>
#include <QString>

namespace mailroomctl {

class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    // The first line of standard input without its line break, empty at end of input. On a
    // terminal it asks on stderr and turns echo off while the line is typed.
    static QString readLine();
};

} // namespace mailroomctl
