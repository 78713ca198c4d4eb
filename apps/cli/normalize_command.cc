#include "commands.h"

namespace embargo::cli {

// Not written yet: registers nothing, so `embargo normalize` is an unknown command.
void RegisterNormalizeCommand(CLI::App& app) {}

}  // namespace embargo::cli
