#pragma once
// The rows of a lazy table model, read page by page as the view asks for them and kept for a
// while: at most CachedPages pages of PageSize rows, the least recently used page dropped first.
// So no data() call runs SQL when its page was read, and a model never holds much more than its
// view shows. Used by the users and groups models (100,000 users, bench/users_at_scale).
//
// at(row, load) reads the page of row with load(offset, limit), which returns a Result of the
// rows (the engine's page() query); rows are found again by their place in the model.

#include <QHash>
#include <QList>
#include <QVector>
#include <optional>

namespace mailroom {

template <typename Row> class PageCache
{
public:
    static constexpr int PageSize = 200;
    static constexpr int CachedPages = 16;

    // The row at row, reading its page when it is not kept; nullptr when the page cannot be
    // read or ends before row.
    template <typename Load> const Row* at(int row, Load&& load)
    {
        const int page = row / PageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            auto rows = load(page * PageSize, PageSize);
            if (!rows)
                return nullptr;
            if (m_recent.size() >= CachedPages)
                m_pages.remove(m_recent.takeLast());
            it = m_pages.insert(page, rows.value());
            m_recent.prepend(page);
        } else if (m_recent.first() != page) {
            m_recent.removeOne(page);
            m_recent.prepend(page);
        }
        const int offset = row - page * PageSize;
        return offset < it.value().size() ? &it.value().at(offset) : nullptr;
    }

    // The kept row at row, never reading; nullptr when its page is not kept.
    Row* cached(int row)
    {
        auto it = m_pages.find(row / PageSize);
        if (it == m_pages.end() || row % PageSize >= it.value().size())
            return nullptr;
        return &it.value()[row % PageSize];
    }

    // The place of a kept row that matches, if any.
    template <typename Matches> std::optional<int> find(Matches&& matches) const
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (int i = 0; i < it.value().size(); ++i) {
                if (matches(it.value().at(i)))
                    return it.key() * PageSize + i;
            }
        }
        return std::nullopt;
    }

    // Forgets the pages from the one holding row on (rows moved up or down from there).
    void dropFrom(int row)
    {
        const int first = row / PageSize;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() >= first) {
                m_recent.removeOne(it.key());
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
    }

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
    }

private:
    QHash<int, QVector<Row>> m_pages;
    QList<int> m_recent; // page numbers, most recently used first
};

} // namespace mailroom
