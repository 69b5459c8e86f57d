// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of bench_ui: the least a Qt Widgets program does to show a window. A QApplication
// and one empty QWidget of Frontline's screenshot size, shown; on its first paint it writes
// "painted" to stderr and quits (or, with --stay, keeps running idle for the CPU floor).
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

class EmptyWindow final : public QWidget
{
public:
    explicit EmptyWindow(bool stay)
        : m_stay(stay)
    { }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (m_painted)
            return;
        m_painted = true;
        std::fputs("painted\n", stderr);
        std::fflush(stderr);
        if (!m_stay)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

private:
    bool m_stay;
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    EmptyWindow window(QCoreApplication::arguments().contains(QStringLiteral("--stay")));
    window.resize(1400, 860);
    window.show();
    return QApplication::exec();
}
