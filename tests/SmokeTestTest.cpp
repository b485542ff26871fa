#include "tests/support/AppProcess.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

// `ocr-cost-planner --smoke-test`, the real binary on the offscreen platform, with its own home
// so the user's settings and autosaves are not involved.
class SmokeTest : public ::testing::Test {
protected:
    QProcessEnvironment environment() const { return ocp::test::isolatedAppEnvironment(home); }

    // Runs the smoke test; returns its exit code and keeps what it printed in `output`.
    int run(const QProcessEnvironment& env) {
        QProcess planner;
        planner.setProcessEnvironment(env);
        planner.setProcessChannelMode(QProcess::MergedChannels);
        planner.start(QStringLiteral(OCP_APP_PATH), {QStringLiteral("--smoke-test")});
        EXPECT_TRUE(planner.waitForFinished(120'000)) << "the smoke test did not quit by itself";
        output = QString::fromUtf8(planner.readAll());
        EXPECT_EQ(planner.exitStatus(), QProcess::NormalExit) << output.toStdString();
        return planner.exitCode();
    }

    QTemporaryDir home;
    QString output;
};

TEST_F(SmokeTest, PassesAndNamesEveryCheck) {
    ASSERT_TRUE(home.isValid());
    ASSERT_EQ(run(environment()), 0) << output.toStdString();
    for (const char* check : {"catalog (46 interfaces, 23 resource packs)", "sample plan", "plan results",
                              "Chinese translation", "English translation", "Qt's Chinese translation",
                              "font for Chinese text", "chart module", "SVG module",
                              "no errors while starting"}) {
        EXPECT_TRUE(output.contains(QStringLiteral("ok     ") + QString::fromUtf8(check)))
            << check << "\n"
            << output.toStdString();
    }
    EXPECT_TRUE(output.contains(QStringLiteral("smoke test: passed")));
    EXPECT_FALSE(output.contains(QStringLiteral("FAILED")));
}

// Without any font the window cannot show Chinese: the smoke test must say so and fail.
TEST_F(SmokeTest, FailsWhenNoFontShowsChinese) {
    ASSERT_TRUE(home.isValid());
    const QString config = home.filePath(QStringLiteral("fonts.conf"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
               "<fontconfig><dir>" +
               home.filePath(QStringLiteral("no-fonts")).toUtf8() + "</dir><cachedir>" +
               home.filePath(QStringLiteral("fc-cache")).toUtf8() + "</cachedir></fontconfig>\n");
    file.close();
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), config);
    EXPECT_EQ(run(env), 1) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("FAILED font for Chinese text"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("smoke test: FAILED")));
}

} // namespace
