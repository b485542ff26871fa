#include <QCoreApplication>
#include <QLocale>
#include <gtest/gtest.h>

namespace {

// QAbstractItemModelTester reports problems as warnings; any warning fails the running test.
void failOnWarning(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    ADD_FAILURE() << "Qt warning" << (context.category ? " [" : "")
                  << (context.category ? context.category : "") << (context.category ? "]" : "") << ": "
                  << message.toStdString();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // Figures are checked as an English user sees them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qInstallMessageHandler(failOnWarning);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
