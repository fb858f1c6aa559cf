// statusc_md_check FILE...: runs the structural Markdown checks of
// md_check.h on each file; prints every problem and exits 1 if there was one.
#include <fstream>
#include <iostream>
#include <sstream>

#include "md_check.h"

int main(int argc, char** argv) {
  int bad = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::cerr << argv[i] << ": cannot read\n";
      ++bad;
      continue;
    }
    std::ostringstream text;
    text << in.rdbuf();
    for (const std::string& problem : statusc::mdcheck::check(text.str())) {
      std::cerr << argv[i] << ": " << problem << "\n";
      ++bad;
    }
  }
  return bad == 0 ? 0 : 1;
}
