// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"

#include <QFile>
#include <QTest>

namespace Frontline::Test {

QString dataPath(const QString &relative)
{
    const QByteArray root = qgetenv("FRONTLINE_SOURCE_DIR");
    return QString::fromLocal8Bit(root) + QStringLiteral("/tests/data/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read test data %1").arg(f.fileName())), __FILE__, __LINE__);
        return {};
    }
    return f.readAll();
}

} // namespace Frontline::Test
