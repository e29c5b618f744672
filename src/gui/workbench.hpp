#pragma once
// The application around the window: the interface language (system, Russian or English, switched
// from the menu and remembered), the last database, and the window itself. Switching the language
// rebuilds the window over the same database, so every string is translated without a restart.
#include "letopis/result.hpp"

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;
class QWidget;

namespace letopis::store { class Database; }

namespace letopis::gui {

class MainWindow;

class Workbench final : public QObject {
    Q_OBJECT
public:
    explicit Workbench(QObject* parent = nullptr);
    ~Workbench() override;

    // "ru", "en", or empty for the system's language. Installs the translators; GUI thread.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    // Shows a window over the database (the workbench takes it).
    MainWindow* show(std::unique_ptr<store::Database> db);
    MainWindow* window() const { return m_window.get(); }

    // The database the user opened last (QSettings), or the default one.
    static QString lastDatabase(const QString& fallback);
    // A damaged database: offers to keep it aside (NAME.damaged-YYYYMMDD-HHMMSS) and start a new
    // one to import the corpus into, as `letopis-cli ingest --rebuild` does. Null when the analyst
    // declines, or when it fails (after saying why).
    static std::unique_ptr<store::Database> offerRebuild(QWidget* parent, const QString& path, const QString& reason);
    // Database::open(path), on a worker thread behind a progress dialog when the file has to be
    // upgraded to this version's schema first (minutes on a large archive); the GUI stays drawn.
    static Result<std::unique_ptr<store::Database>> open(QWidget* parent, const QString& path);

private:
    void switchLanguage(const QString& language);
    // Rebuilds the window over another database; on failure the current one stays, with the reason.
    void openDatabase(const QString& path);

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<MainWindow> m_window;
    QString m_language;
};

} // namespace letopis::gui
