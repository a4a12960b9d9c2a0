#pragma once
// What every benchmark shares: generated names from a fixed seed, the median of several runs,
// and one report line with the product's figure, the baseline's and their ratio.

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <vector>

namespace mailroom::bench {

inline QString generatedName(QRandomGenerator& random)
{
    static const char* const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "to",
                                            "vi", "de", "ar", "el", "is", "on", "ul"};
    QString name;
    const int parts = 2 + random.bounded(3);
    for (int i = 0; i < parts; ++i)
        name += QString::fromLatin1(syllables[random.bounded(int(std::size(syllables)))]);
    return name;
}

template <typename F> double medianMs(int runs, F&& run)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

inline void report(const char* what, double product, const char* baselineName, double baseline,
                   const char* unit = "ms")
{
    std::printf("%-44s %10.3f %s   %-34s %10.3f %s   ratio %8.4f\n", what, product, unit, baselineName,
                baseline, unit, product / baseline);
}

} // namespace mailroom::bench
