// Included BEFORE the generated header on purpose: C and POSIX headers that
// define lower-case and short macros (assert, errno, EOF, stdin, major,
// minor, isnan, setjmp, ...). Under -std=gnu++17 GCC also predefines
// `linux` and `unix`; STATUSC_EXPECT_GNU_MACROS makes sure the test really
// ran with them.
#pragma once

#include <cassert>
#include <cerrno>
#include <climits>
#include <cmath>
#include <csetjmp>
#include <csignal>
#include <cstdarg>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#if defined(__has_include)
#if __has_include(<unistd.h>)
#include <unistd.h>
#endif
#if __has_include(<fcntl.h>)
#include <fcntl.h>
#endif
#if __has_include(<sys/types.h>)
#include <sys/types.h>
#endif
#if __has_include(<sys/stat.h>)
#include <sys/stat.h>
#endif
#if __has_include(<sys/sysmacros.h>)
#include <sys/sysmacros.h>
#endif
#if __has_include(<sys/wait.h>)
#include <sys/wait.h>
#endif
#if __has_include(<termios.h>)
#include <termios.h>
#endif
#endif

#if defined(STATUSC_EXPECT_GNU_MACROS) && defined(__linux__) && (!defined(linux) || !defined(unix))
#error "expected the GNU predefined macros linux and unix (compile with -std=gnu++17)"
#endif
#if !defined(assert) || !defined(errno) || !defined(EOF)
#error "expected assert, errno and EOF to be macros here"
#endif
