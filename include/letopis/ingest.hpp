#pragma once
// Reading files and folders into the store.
#include "letopis/result.hpp"
#include "letopis/store.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace letopis::extract { class Extractor; }

namespace letopis::ingest {

struct FileFailure {
    std::string path;
    std::string reason;
};

struct Progress {
    std::size_t done = 0;
    std::size_t total = 0;
    std::string currentPath;
};

struct Params {
    std::vector<std::string> paths;          // files and folders (recursive, *.txt)
    std::optional<std::string> encoding;     // forced encoding; detected when empty
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const Progress&)> progress; // called from the ingesting thread
    // Extracts facts from new and changed documents, and from stored documents whose facts are
    // missing or out of date. Null: documents are stored without facts.
    extract::Extractor* extractor = nullptr;
    // Threads that read, decode and extract while the calling thread writes the results in file
    // order, so the database is the same whatever the count. 1: all on the calling thread;
    // 0: one per hardware thread.
    unsigned threads = 1;
    // Makes the extractors of the threads beyond the first (an Extractor is not thread-safe).
    // Null, or returning null: only one thread extracts.
    std::function<std::unique_ptr<extract::Extractor>()> makeExtractor;
};

struct Report {
    std::size_t read = 0;      // files looked at
    std::size_t added = 0;     // new documents
    std::size_t replaced = 0;  // files whose content changed
    std::size_t unchanged = 0;
    std::size_t duplicates = 0; // files whose content another file already holds
    std::size_t extracted = 0;  // documents whose facts were (re)extracted
    std::vector<FileFailure> failures;
    double seconds = 0;
    bool cancelled = false;
};

// Lists *.txt files under the given paths, sorted, following no symlink loops. Paths that do not
// exist or cannot be listed go to failures.
std::vector<std::string> collectFiles(const std::vector<std::string>& paths, std::vector<FileFailure>& failures);

// Reads, decodes and parses one file.
Result<store::DocumentRecord> readFile(const std::string& path, const std::optional<std::string>& encoding);

// Ingests into db. Per-file failures are collected in the report, never abort the run.
// Fails only when the database itself fails.
Result<Report> run(store::Database& db, const Params& params);

} // namespace letopis::ingest
