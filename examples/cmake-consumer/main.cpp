// Placeholder until the C++ API lands: proves the header is generated and found.
#include "job_state.h"

int main() { return 0; }
