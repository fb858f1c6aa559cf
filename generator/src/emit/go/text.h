#pragma once
// User text in Go source: string literals and doc comments. Kept apart from
// the emitter so the unit tests (tests/unit/go_emit_test.cpp) reach them;
// docs/generated/go.md states the rules.

#include <string>
#include <string_view>
#include <vector>

namespace statusc::go {

// A Go interpreted string literal, quotes included: `"` and `\` escaped,
// \n \r \t, other control characters, bidi controls, U+2028, U+2029 and
// U+FEFF as \u (or \x below U+0080), and bytes that are not UTF-8 as \x, so
// the literal holds exactly the text's bytes and the source stays UTF-8.
std::string string_literal(std::string_view text);

// One line of a `//` comment: control characters (tab excepted), bidi
// controls, line and paragraph separators, U+FEFF and bytes that are not
// UTF-8 become a visible "<U+XXXX>" (or "<0xXX>"), so no user text can end
// the comment, reorder what a reviewer sees, or make the file invalid UTF-8
// (which gofmt rejects). "+build" and "go:build" lose their meaning to
// go vet's buildtag check as "<U+002B>build" and "go<U+003A>build".
// escape::comment_line does not fit: Go needs no `*/` or trailing-backslash
// escapes, and bad bytes must not pass through.
std::string comment_text(std::string_view line);

// The lines of a doc comment, without the "// " marker; an empty string is
// a blank "//" line. `summary` is statusc's own first paragraph, which
// starts with the declared name as Go's doc style wants ("X is ...");
// `description` is the spec's text, as the paragraphs after it. Lines are
// wrapped at `width` columns. The result is what gofmt (Go 1.19, which
// reformats doc comments) leaves unchanged: every line is comment_text()
// with surrounding white space removed (indentation would start a code
// block), blank lines never repeat, and a paragraph of the description that
// Go would read as a heading (one line starting with '#' or shaped like an
// old-style heading) or as link definitions ("[text]: URL" lines) joins the
// paragraph before it.
std::vector<std::string> doc_lines(std::string_view summary, std::string_view description, size_t width = 77);

}  // namespace statusc::go
