#pragma once
// One event in full: name, type, dates with precision, place, format, parent and child events,
// speakers, countries, organisations, and every source with its evidence sentence. Links open the
// document at the sentence, another event, or an entity page. Corpus text is shown literally.
#include "letopis/facts.hpp"

#include <QTextBrowser>

#include <vector>

namespace letopis::gui {

class EventDetails final : public QTextBrowser {
    Q_OBJECT
public:
    struct Related {
        std::int64_t id = 0;
        QString name;
    };

    explicit EventDetails(QWidget* parent = nullptr);
    void showEvent(const store::EventRow& event, const std::vector<Related>& children);
    void clearEvent();
    std::int64_t eventId() const { return m_eventId; }

signals:
    void documentRequested(qint64 documentId, int startCp, int endCp);
    void eventRequested(qint64 eventId);
    void entityRequested(const QString& kind, const QString& name);

private:
    void follow(const QUrl& url);

    std::int64_t m_eventId = 0;
};

} // namespace letopis::gui
