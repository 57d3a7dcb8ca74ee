#include "core/renewal/AutoRenewal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace acmedesk {

namespace {

struct AutoRenewalText
{
    Q_DECLARE_TR_FUNCTIONS(AutoRenewal)
};

QString unit(const char *suffix)
{
    return QLatin1String(AutoRenewal::UnitName) + QLatin1String(suffix);
}

Result<void> writeWhole(const QString &path, const QString &text)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::storage(AutoRenewalText::tr("Could not create the folder %1.")
                                  .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
        return Error::storage(AutoRenewalText::tr("Could not write %1: %2")
                                  .arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

// Runs systemctl --user; empty when it worked, else why not (one line).
QString systemctl(const QStringList &args)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    if (program.isEmpty())
        return AutoRenewalText::tr("systemctl is not installed");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, QStringList{QStringLiteral("--user")} + args);
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished(1000);
        return AutoRenewalText::tr("systemctl did not answer");
    }
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    const QString out =
        QString::fromLocal8Bit(p.readAll()).trimmed().section(QLatin1Char('\n'), 0, 0);
    return out.isEmpty() ? AutoRenewalText::tr("systemctl exited with code %1").arg(p.exitCode())
                         : out;
}

} // namespace

QString AutoRenewal::systemdQuoted(const QString &arg)
{
    QString s = arg;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('"'), QLatin1String("\\\""));
    s.replace(QLatin1Char('%'), QLatin1String("%%"));
    s.replace(QLatin1Char('$'), QLatin1String("$$"));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

AutoRenewalPlan AutoRenewal::plan(const QString &cliPath, const QString &dataDir,
                                  const QString &configHome)
{
    AutoRenewalPlan p;
    const QString cli = QDir::toNativeSeparators(cliPath);
    const QString data = QDir::toNativeSeparators(dataDir);
#if defined(Q_OS_WIN)
    p.instructions =
        AutoRenewalText::tr("Windows has no systemd. In a Command Prompt, create an hourly task "
                            "that runs as you:\n\nschtasks /Create /SC HOURLY /TN \"AcmeDesk "
                            "renew\" /TR \"\\\"%1\\\" --data-dir \\\"%2\\\" renew\"\n\nRemove it "
                            "with: schtasks /Delete /TN \"AcmeDesk renew\"")
            .arg(cli, data);
    Q_UNUSED(configHome);
#elif defined(Q_OS_MACOS)
    p.instructions =
        AutoRenewalText::tr(
            "macOS has no systemd. Save this as ~/Library/LaunchAgents/com.acmedesk.renew.plist, "
            "then run: launchctl load ~/Library/LaunchAgents/com.acmedesk.renew.plist\n\n"
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>\n"
            "  <key>Label</key><string>com.acmedesk.renew</string>\n"
            "  <key>ProgramArguments</key><array><string>%1</string><string>--data-dir</string>"
            "<string>%2</string><string>renew</string></array>\n"
            "  <key>StartInterval</key><integer>3600</integer>\n</dict></plist>")
            .arg(cli.toHtmlEscaped(), data.toHtmlEscaped());
    Q_UNUSED(configHome);
#else
    p.systemd = true;
    QString home = configHome;
    if (home.isEmpty())
        home = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (home.isEmpty())
        home = QDir::home().filePath(QStringLiteral(".config"));
    const QDir dir(QDir(home).filePath(QStringLiteral("systemd/user")));
    p.servicePath = dir.filePath(unit(".service"));
    p.timerPath = dir.filePath(unit(".timer"));
    p.serviceText =
        QStringLiteral("# Written by AcmeDesk (\"Enable automatic renewal\"). Renews the "
                       "certificates that are due;\n# a run when nothing is due does nothing.\n"
                       "[Unit]\nDescription=AcmeDesk: renew the certificates that are due\n"
                       "Documentation=man:acmedesk-cli(1)\nWants=network-online.target\n"
                       "After=network-online.target\n\n[Service]\nType=oneshot\nExecStart=%1 "
                       "--data-dir %2 renew\n")
            .arg(systemdQuoted(cliPath), systemdQuoted(dataDir));
    p.timerText = QStringLiteral("# Written by AcmeDesk (\"Enable automatic renewal\").\n[Unit]\n"
                                 "Description=AcmeDesk: look for certificates to renew every "
                                 "hour\n\n[Timer]\nOnCalendar=hourly\nRandomizedDelaySec=15min\n"
                                 "Persistent=true\n\n[Install]\nWantedBy=timers.target\n");
    p.instructions = AutoRenewalText::tr("If systemctl could not be reached, run this once you "
                                         "are logged in:\n\nsystemctl --user daemon-reload\n"
                                         "systemctl --user enable --now %1\n\nSee when it runs "
                                         "next: systemctl --user list-timers %1")
                         .arg(unit(".timer"));
#endif
    return p;
}

Result<AutoRenewalOutcome> AutoRenewal::install(const AutoRenewalPlan &plan)
{
    AutoRenewalOutcome out;
    if (!plan.systemd) {
        out.message = plan.instructions;
        return out;
    }
    if (auto ok = writeWhole(plan.servicePath, plan.serviceText); !ok)
        return ok.error();
    if (auto ok = writeWhole(plan.timerPath, plan.timerText); !ok)
        return ok.error();
    const QString written = AutoRenewalText::tr("Wrote %1 and %2.")
                                .arg(QDir::toNativeSeparators(plan.servicePath),
                                     QDir::toNativeSeparators(plan.timerPath));
    QString problem = systemctl({QStringLiteral("daemon-reload")});
    if (problem.isEmpty())
        problem = systemctl({QStringLiteral("enable"), QStringLiteral("--now"), unit(".timer")});
    if (problem.isEmpty()) {
        out.enabled = true;
        out.message = written + QLatin1Char(' ') +
                      AutoRenewalText::tr("The timer is enabled: renewal runs every hour.");
        return out;
    }
    out.message = written + QLatin1Char(' ') +
                  AutoRenewalText::tr("The timer is not enabled yet (%1).").arg(problem) +
                  QStringLiteral("\n\n") + plan.instructions;
    return out;
}

Result<AutoRenewalOutcome> AutoRenewal::remove(const AutoRenewalPlan &plan)
{
    AutoRenewalOutcome out;
    if (!plan.systemd) {
        out.message = plan.instructions;
        return out;
    }
    const QString problem =
        systemctl({QStringLiteral("disable"), QStringLiteral("--now"), unit(".timer")});
    for (const QString &path : {plan.timerPath, plan.servicePath}) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error::storage(
                AutoRenewalText::tr("Could not remove %1.").arg(QDir::toNativeSeparators(path)));
    }
    (void)systemctl({QStringLiteral("daemon-reload")});
    out.message = AutoRenewalText::tr("Removed %1 and %2.")
                      .arg(QDir::toNativeSeparators(plan.servicePath),
                           QDir::toNativeSeparators(plan.timerPath));
    if (!problem.isEmpty())
        out.message += QLatin1Char(' ') +
                       AutoRenewalText::tr("systemctl could not disable the timer (%1); run: "
                                           "systemctl --user disable --now %2")
                           .arg(problem, unit(".timer"));
    return out;
}

bool AutoRenewal::isInstalled(const AutoRenewalPlan &plan)
{
    return plan.systemd && QFile::exists(plan.servicePath) && QFile::exists(plan.timerPath);
}

} // namespace acmedesk
