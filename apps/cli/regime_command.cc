#include "commands.h"

namespace embargo::cli {

// Not written yet: registers nothing, so `embargo regime` is an unknown command.
void RegisterRegimeCommand(CLI::App& app) {}

}  // namespace embargo::cli
