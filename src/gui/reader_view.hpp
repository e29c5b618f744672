#pragma once
// Shows one document: its metadata (publication date with precision and the inferred-year note,
// source, byline), the body with mentions highlighted by type, and a chosen evidence sentence
// marked and scrolled into view. Corpus text is always shown literally (escaped), never
// interpreted as markup.
#include "letopis/store.hpp"

#include <QTextBrowser>

#include <optional>

namespace letopis::gui {

class ReaderView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReaderView(QWidget* parent = nullptr);
    // focus: code points into the document's text, marked and scrolled to.
    void showDocument(const store::DocumentRecord& record, const std::vector<store::DocumentMention>& mentions = {},
                      std::optional<text::Span> focus = std::nullopt);
    void clearDocument();
    std::int64_t documentId() const { return m_documentId; }
    // Where the focus sentence starts in the shown document (-1: none), and its text as shown.
    int focusPosition() const { return m_focusPosition; }
    QString focusedText() const;

signals:
    void entityRequested(const QString& kind, const QString& key);

private:
    std::int64_t m_documentId = 0;
    int m_focusPosition = -1;
};

} // namespace letopis::gui
