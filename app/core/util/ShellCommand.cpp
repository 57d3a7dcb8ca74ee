#include "core/util/ShellCommand.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <memory>

#ifndef Q_OS_WIN
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace acmedesk {

namespace {

using Done = std::function<void(Result<ShellCommandOutcome>)>;

// Calls `done` from the event loop, unless `context` is gone by then.
void post(QObject *context, Done done, Result<ShellCommandOutcome> result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

// Stops the command and everything it started: the shell leads its own process group (setsid).
void killGroup(QProcess *process)
{
#ifndef Q_OS_WIN
    const qint64 pid = process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    process->kill();
}

void keepTail(QByteArray &output, const QByteArray &more)
{
    output += more;
    if (output.size() > ShellCommand::MaxOutput)
        output = output.right(ShellCommand::MaxOutput);
}

// The program the user meant: the first word of the command, without the shell's quotes.
QString firstWord(const QString &command)
{
    const QString s = command.trimmed();
    if (s.startsWith(QLatin1Char('\'')) || s.startsWith(QLatin1Char('"'))) {
        const qsizetype end = s.indexOf(s.at(0), 1);
        if (end > 0)
            return s.mid(1, end - 1);
    }
    qsizetype end = 0;
    while (end < s.size() && !s.at(end).isSpace() && s.at(end) != QLatin1Char(';') &&
           s.at(end) != QLatin1Char('|') && s.at(end) != QLatin1Char('&'))
        ++end;
    return s.left(end);
}

// The last non-empty line of the output, short enough for a message.
QString lastLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = QString::fromLocal8Bit(*it).trimmed();
        if (!line.isEmpty())
            return line.size() > 200 ? line.left(200) + QChar(0x2026) : line;
    }
    return {};
}

QString seconds(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 3);
}

} // namespace

ShellCommand::ShellCommand(QObject *parent) : QObject(parent) {}

ShellCommand::~ShellCommand()
{
    const QList<QProcess *> processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        QObject::disconnect(process, nullptr, this, nullptr);
        if (process->state() != QProcess::NotRunning) {
            killGroup(process);
            process->waitForFinished(2000); // SIGKILL: quick; reaps it before ~QProcess
        }
    }
}

void ShellCommand::run(const ShellCommandRequest &request, Done done)
{
    const QString what = request.what.isEmpty() ? tr("The command") : request.what;
    if (request.command.trimmed().isEmpty() || request.timeoutMs <= 0) {
        Error e = Error::invalid(request.command.trimmed().isEmpty()
                                     ? tr("%1 is empty. Give the command to run.").arg(what)
                                     : tr("%1 has no time-out; it needs one.").arg(what));
        e.code = shellerror::Invalid;
        post(this, std::move(done), std::move(e));
        return;
    }

    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : request.environment)
        env.insert(name, value);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_WIN
    process->setProgram(qEnvironmentVariable("ComSpec", QStringLiteral("cmd.exe")));
    process->setNativeArguments(QStringLiteral("/d /s /c \"") + request.command + QLatin1Char('"'));
#else
    process->setProgram(QStringLiteral("/bin/sh"));
    process->setArguments({QStringLiteral("-c"), request.command});
    process->setChildProcessModifier([] { ::setsid(); });
#endif

    struct State
    {
        QByteArray output;
        bool timedOut = false;
        bool reported = false;
        Done done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    const int timeoutMs = request.timeoutMs;
    const QString program = firstWord(request.command);

    auto report = [this, state, process](Result<ShellCommandOutcome> result) {
        if (state->reported)
            return;
        state->reported = true;
        process->deleteLater();
        post(this, std::move(state->done), std::move(result));
    };
    auto failure = [state](const QString &code, const QString &message) {
        Error e = Error::invalid(message, QString::fromLocal8Bit(state->output));
        e.code = code;
        return e;
    };

    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process, state] {
        state->timedOut = true;
        killGroup(process);
    });
    connect(process, &QProcess::readyRead, process,
            [process, state] { keepTail(state->output, process->readAll()); });
    connect(
        process, &QProcess::finished, this,
        [process, state, what, program, timeoutMs, report, failure](int exitCode,
                                                                    QProcess::ExitStatus status) {
            keepTail(state->output, process->readAll());
            const QString last = lastLine(state->output);
            if (state->timedOut) {
                report(failure(shellerror::TimedOut,
                               tr("%1 timed out after %2 s and was stopped (with everything "
                                  "it started).")
                                   .arg(what, seconds(timeoutMs))));
            } else if (status == QProcess::CrashExit) {
                report(failure(shellerror::Crashed,
                               last.isEmpty()
                                   ? tr("%1 crashed (no exit code).").arg(what)
                                   : tr("%1 crashed (no exit code): %2").arg(what, last)));
            } else if (exitCode == 127) {
                report(failure(shellerror::NotFound,
                               tr("%1 was not found (exit code 127): \"%2\". Check the "
                                  "command and its PATH.")
                                   .arg(what, program)));
            } else if (exitCode != 0) {
                report(failure(
                    shellerror::Failed,
                    last.isEmpty()
                        ? tr("%1 failed with exit code %2.").arg(what, QString::number(exitCode))
                        : tr("%1 failed with exit code %2: %3")
                              .arg(what, QString::number(exitCode), last)));
            } else {
                report(ShellCommandOutcome{exitCode, state->output});
            }
        });
    connect(process, &QProcess::errorOccurred, this,
            [process, what, report, failure](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return; // crashes and time-outs end in finished()
                report(failure(shellerror::FailedToStart,
                               tr("%1 could not be started: %2. Check that %3 exists and can "
                                  "be run.")
                                   .arg(what, process->errorString(),
                                        QDir::toNativeSeparators(process->program()))));
            });

    process->start();
    timer->start(timeoutMs);
}

} // namespace acmedesk
