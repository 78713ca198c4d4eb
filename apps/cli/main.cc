// embargo: sanctions lists, screening and regime checks from the command line.
#include <CLI/CLI.hpp>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"Embargo: sanctions lists, name screening and regime checks"};
  app.require_subcommand(1);
  embargo::cli::RegisterListsCommand(app);
  embargo::cli::RegisterNormalizeCommand(app);
  embargo::cli::RegisterScreenCommand(app);
  embargo::cli::RegisterCompareCommand(app);
  embargo::cli::RegisterCheckCommand(app);
  embargo::cli::RegisterRegimeCommand(app);
  embargo::cli::RegisterServeCommand(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
