#include "CliApp.h"

#include <iostream>

int main(int argc, char** argv)
{
    sa::SystemClock clock;
    sa::cli::Context ctx { std::cout, std::cerr, clock };
    return sa::cli::runCli(std::vector<std::string>(argv + 1, argv + argc), ctx);
}
