#pragma once
// Shows one document: its metadata, header parts set apart, and the body. Corpus text is always
// shown literally (escaped), never interpreted as markup.
#include "letopis/store.hpp"

#include <QTextBrowser>

namespace letopis::gui {

class ReaderView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReaderView(QWidget* parent = nullptr);
    void showDocument(const store::DocumentRecord& record);
    void clearDocument();
};

} // namespace letopis::gui
