#pragma once
// Each command parses its own options (argv[first..]) and returns the process exit code.

namespace letopis::cli {

int ingestCommand(int argc, char** argv, int first);
int documentsCommand(int argc, char** argv, int first);
int showCommand(int argc, char** argv, int first);
int searchCommand(int argc, char** argv, int first);
int extractCommand(int argc, char** argv, int first);
int eventsCommand(int argc, char** argv, int first);
int entitiesCommand(int argc, char** argv, int first);
int overrideCommand(int argc, char** argv, int first);
int trainNerCommand(int argc, char** argv, int first);
int evalCommand(int argc, char** argv, int first);
int reportCommand(int argc, char** argv, int first);

} // namespace letopis::cli
