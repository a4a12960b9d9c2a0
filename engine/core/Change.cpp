#include "Change.h"

#include <array>
#include <utility>

namespace mailroom {

namespace {

constexpr std::array<std::pair<Change::Subject, const char*>, 10> Subjects{{
    {Change::Subject::Organization, "organization"},
    {Change::Subject::Directory, "directory"},
    {Change::Subject::User, "user"},
    {Change::Subject::Domain, "domain"},
    {Change::Subject::Group, "group"},
    {Change::Subject::Resource, "resource"},
    {Change::Subject::FlowRule, "flowrule"},
    {Change::Subject::MobilePolicy, "mobilepolicy"},
    {Change::Subject::MobileDevice, "mobiledevice"},
    {Change::Subject::Interop, "interop"},
}};

constexpr std::array<std::pair<Change::Kind, const char*>, 3> Kinds{{
    {Change::Kind::Added, "added"},
    {Change::Kind::Updated, "updated"},
    {Change::Kind::Removed, "removed"},
}};

template <typename E, std::size_t N>
QString nameIn(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, const char*>, N>& table, const QString& name)
{
    for (const auto& [v, n] : table)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

} // namespace

QString changeSubjectName(Change::Subject subject)
{
    return nameIn(Subjects, subject);
}

std::optional<Change::Subject> changeSubjectFromName(const QString& name)
{
    return valueIn(Subjects, name);
}

QString changeKindName(Change::Kind kind)
{
    return nameIn(Kinds, kind);
}

std::optional<Change::Kind> changeKindFromName(const QString& name)
{
    return valueIn(Kinds, name);
}

} // namespace mailroom
