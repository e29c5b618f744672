#pragma once
// The page of one entity: its name and kind, what the corpus says about it (documents, mentions,
// events, first and last seen), a person's roles over time (title, organisation, date, evidence
// sentence), the events it is linked to, and its mentions in context (the sentence around each
// mention, the mention highlighted), grouped by document. Events, documents and organisations are
// links that emit the signals below. Corpus text is shown literally (escaped), never interpreted.
#include "letopis/facts.hpp"

#include <QTextBrowser>
#include <QUrl>

#include <optional>
#include <vector>

namespace letopis::store { class Database; }

namespace letopis::gui {

class EntityPage final : public QTextBrowser {
    Q_OBJECT
public:
    // Mentions shown in context at most; the page says how many more there are.
    static constexpr int kMentionLimit = 200;

    // The page does not own the database; it must outlive the page.
    explicit EntityPage(store::Database& db, QWidget* parent = nullptr);

    // Reads and shows the entity (kind: "person", "organization", "country", "place"; key: its
    // key in the store). False, with the reason shown in the page, when it is not in the store or
    // the store fails.
    bool showEntity(const QString& kind, const QString& key);
    bool showEntityById(qint64 id);
    // Reads the shown entity again (after an override or a re-ingest).
    bool refresh();
    void clearEntity();

    // What the page shows; empty when it shows nothing.
    const std::optional<store::EntityRow>& entity() const { return m_entity; }
    const std::vector<store::EventRow>& events() const { return m_events; }
    const std::vector<store::MentionContext>& mentions() const { return m_mentions; }

    // The links the page puts in its HTML (anchorClicked with one of them emits the signal).
    static QUrl eventUrl(qint64 eventId);
    static QUrl documentUrl(qint64 documentId, int startCp, int endCp);
    static QUrl entityUrl(const QString& kind, const QString& key);

signals:
    // Open the document and mark [startCp, endCp) (code points into its text).
    void documentRequested(qint64 documentId, int startCp, int endCp);
    void eventRequested(qint64 eventId);
    // Another entity's page (an organisation a person's role names).
    void entityRequested(const QString& kind, const QString& key);

private:
    bool load(const std::optional<store::EntityRow>& row);
    void showError(const QString& message);
    void openLink(const QUrl& url);
    QString headerHtml() const;
    QString rolesHtml() const;
    QString organizationHtml(const std::string& organization) const;
    QString eventsHtml() const;
    QString mentionsHtml() const;

    store::Database& m_db;
    std::optional<store::EntityRow> m_entity;
    std::vector<store::EventRow> m_events;
    std::vector<store::MentionContext> m_mentions;
};

} // namespace letopis::gui
