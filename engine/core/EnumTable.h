#pragma once
// One table per enum instead of a name, a label and a parse function written out for each: every
// value with its stable name (what files, JSON and the command line use; it never changes), its
// label for people (source text, translated where it is shown) and, where the command line spells
// it otherwise, that spelling. The table is a constexpr describe(E) beside the enum, found by
// argument-dependent lookup:
//
//   constexpr auto describe(ResourceType)
//   {
//       return enumTable<ResourceType>("Resource", {{ResourceType::Room, "Room",
//       QT_TRANSLATE_NOOP("Resource", "Room")},
//                                                   {ResourceType::Equipment, "Equipment", …}});
//   }
//
//   nameOf(ResourceType::Room) == "Room"; labelOf(ResourceType::Room) is translated;
//   fromName<ResourceType>("room") == ResourceType::Room; valuesOf<ResourceType>() in table order.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <cstddef>
#include <optional>

namespace mailroom {

template <typename E> struct EnumEntry
{
    E value;
    const char* name;              // stable
    const char* label = nullptr;   // source text in the table's context; none: people see the name
    const char* cliName = nullptr; // the command line's own spelling ("simple-ad"), also accepted
};

template <typename E, std::size_t N> struct EnumTable
{
    const char* context; // the translation context of the labels
    std::array<EnumEntry<E>, N> entries;
};

template <typename E, std::size_t N>
constexpr EnumTable<E, N> enumTable(const char* context, const EnumEntry<E> (&entries)[N])
{
    EnumTable<E, N> table{context, {}};
    for (std::size_t i = 0; i < N; ++i)
        table.entries[i] = entries[i];
    return table;
}

namespace enums {
template <typename E> const auto& tableOf()
{
    static constexpr auto table = describe(E{});
    return table;
}

template <typename E> const EnumEntry<E>* entryOf(E value)
{
    for (const EnumEntry<E>& entry : tableOf<E>().entries)
        if (entry.value == value)
            return &entry;
    return nullptr;
}
} // namespace enums

// The stable name; empty for a value outside the table.
template <typename E> QString nameOf(E value)
{
    const EnumEntry<E>* entry = enums::entryOf(value);
    return entry ? QString::fromLatin1(entry->name) : QString();
}

// The label for people, translated now.
template <typename E> QString labelOf(E value)
{
    const EnumEntry<E>* entry = enums::entryOf(value);
    if (!entry)
        return {};
    return entry->label ? QCoreApplication::translate(enums::tableOf<E>().context, entry->label)
                        : QString::fromLatin1(entry->name);
}

// The command line's spelling: its own where the table has one, otherwise the stable name.
template <typename E> QString cliNameOf(E value)
{
    const EnumEntry<E>* entry = enums::entryOf(value);
    if (!entry)
        return {};
    return QString::fromLatin1(entry->cliName ? entry->cliName : entry->name);
}

// The value whose stable name or command-line spelling this is, in any case; none for others.
template <typename E> std::optional<E> fromName(const QString& name)
{
    for (const EnumEntry<E>& entry : enums::tableOf<E>().entries) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0 ||
            (entry.cliName && name.compare(QLatin1String(entry.cliName), Qt::CaseInsensitive) == 0))
            return entry.value;
    }
    return std::nullopt;
}

// Every value, in the table's order.
template <typename E> QList<E> valuesOf()
{
    QList<E> values;
    for (const EnumEntry<E>& entry : enums::tableOf<E>().entries)
        values.append(entry.value);
    return values;
}

} // namespace mailroom
