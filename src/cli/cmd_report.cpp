// `report`: the events that pass a filter as a PDF report (src/render).
#include "commands.hpp"
#include "common.hpp"
#include "filter_options.hpp"

#include "letopis/report.hpp"

#include <iostream>

#ifdef LETOPIS_HAVE_PDF
#include "report_pdf.hpp"

#include <QGuiApplication>
#endif

namespace letopis::cli {

namespace {

#ifdef LETOPIS_HAVE_PDF
// Qt's messages go to stderr as usual, but for the offscreen platform's note about a missing
// XDG_RUNTIME_DIR, which it does not need: on a server or in a test it is only noise.
void qtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtFatalMsg && message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    std::cerr << message.toStdString() << '\n';
}

// Fonts need a QGuiApplication; a command-line tool must not need a display, so the offscreen
// platform is the default unless the user chose one.
int renderPdf(const report::Report& r, const std::string& path)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(qtMessage);
    int argc = 1;
    char name[] = "letopis-cli";
    char* argv[] = {name, nullptr};
    const QGuiApplication app(argc, argv);
    if (auto st = render::renderReportPdf(r, path); !st) {
        std::cerr << "letopis-cli report: " << st.error().message << '\n';
        return kExitFatal;
    }
    return kExitOk;
}
#else
int renderPdf(const report::Report&, const std::string&)
{
    std::cerr << "letopis-cli report: this letopis-cli was built without Qt, so it cannot draw PDF reports\n";
    return kExitFatal;
}
#endif

} // namespace

int reportCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, withFilterOptions({"db", "out", "title"}), {});
    if (!args.ok())
        return usageError("report", args.error());
    if (!args.positionals().empty())
        return usageError("report", "unexpected argument '" + args.positionals().front() + "' (the filter takes options)");
    const auto out = args.value("out");
    if (!out || out->empty())
        return usageError("report", "--out FILE.pdf is required");
    auto filter = eventFilter(args);
    if (!filter)
        return usageError("report", filter.error().message);
    auto db = openDatabase(args);
    if (!db)
        return kExitFatal;
    report::Options options;
    options.title = args.value("title").value_or("");
    auto r = report::build(*db, *filter, options);
    if (!r) {
        std::cerr << "letopis-cli report: " << r.error().message << '\n';
        return r.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFatal;
    }
    if (const int rc = renderPdf(*r, *out); rc != kExitOk)
        return rc;
    std::cout << r->summary.events << " event(s) from " << r->summary.documents
              << " document(s) written to " << *out << '\n';
    return kExitOk;
}

} // namespace letopis::cli
