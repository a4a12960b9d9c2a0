#include "PasswordInput.h"

#include <QtGlobal>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace mailroomctl {

namespace {

#ifdef Q_OS_UNIX
// Turns terminal echo off for its lifetime, and back on even on an early return.
class EchoOff
{
public:
    EchoOff()
    {
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool active() const { return m_active; }

private:
    termios m_saved{};
    bool m_active = false;
};
#endif

} // namespace

QString PasswordInput::readLine()
{
    std::string line;
#ifdef Q_OS_UNIX
    EchoOff echoOff;
    if (echoOff.active()) {
        const QByteArray prompt = tr("Password: ").toUtf8();
        std::fwrite(prompt.constData(), 1, size_t(prompt.size()), stderr);
        std::fflush(stderr);
    }
    std::getline(std::cin, line);
    if (echoOff.active())
        std::fputc('\n', stderr); // the typed line break was not echoed either
#else
    std::getline(std::cin, line);
#endif
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    const QString password = QString::fromUtf8(line.data(), qsizetype(line.size()));
    // Leave no copy of the text behind in the buffer we own.
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

} // namespace mailroomctl
