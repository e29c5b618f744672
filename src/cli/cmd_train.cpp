// letopis-cli train-ner: trains the NER tagger's model on a NEREL folder.
#include "commands.hpp"
#include "common.hpp"

#include "letopis/ner.hpp"

#include <iostream>
#include <sstream>

namespace letopis::cli {

int trainNerCommand(int argc, char** argv, int first)
{
    const Args args(argc, argv, first, {"nerel", "out", "epochs", "types", "prune", "min-count", "seed", "ensemble"}, {"quiet"});
    if (!args.ok())
        return usageError("train-ner", args.error());
    if (!args.value("nerel") || !args.value("out"))
        return usageError("train-ner", "both --nerel DIR and --out FILE are required");
    ner::TrainParams params;
    params.nerelDir = *args.value("nerel");
    params.outPath = *args.value("out");
    try {
        if (const auto e = args.value("epochs"))
            params.epochs = std::stoi(*e);
        if (const auto e = args.value("min-count"))
            params.minFeatureCount = std::stoi(*e);
        if (const auto e = args.value("prune"))
            params.pruneBelow = std::stod(*e);
        if (const auto e = args.value("seed"))
            params.seed = static_cast<unsigned>(std::stoul(*e));
        if (const auto e = args.value("ensemble"))
            params.ensemble = std::stoi(*e);
    } catch (const std::exception&) {
        return usageError("train-ner", "--epochs, --min-count, --prune, --seed and --ensemble want numbers");
    }
    if (const auto t = args.value("types")) {
        std::stringstream in(*t);
        for (std::string type; std::getline(in, type, ',');)
            if (!type.empty())
                params.types.push_back(type);
    }
    params.verbose = !args.flag("quiet");
    const auto report = ner::train(params);
    if (!report) {
        std::cerr << "letopis-cli train-ner: " << report.error().message << '\n';
        return report.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFatal;
    }
    std::cout << "trained on " << report->documents << " documents, " << report->tokens << " tokens in "
              << report->seconds << " s\n"
              << "model " << params.outPath << ": " << report->features << " features, " << report->modelBytes
              << " bytes\n";
    return kExitOk;
}

} // namespace letopis::cli
