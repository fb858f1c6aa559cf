#pragma once
// A spec file held in memory, and a position inside it.
//
// Locations are 0-based like yaml-cpp's Marks; the renderer adds 1 when it
// prints. `column` counts bytes from the start of the line.

#include <string>
#include <string_view>
#include <vector>

namespace statusc {

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  // The path exactly as the user gave it (never made absolute: output must
  // not depend on where the tool runs).
  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  // The text of 0-based line `line`, without its line terminator.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

  // Line and column of a byte offset.
  void position_of(size_t offset, int& line, int& column) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

struct Location {
  const SourceFile* file = nullptr;
  int line = -1;    // 0-based; -1 when the problem has no position in the file
  int column = -1;  // 0-based byte column
  int length = 1;   // bytes to underline, at least 1

  bool has_position() const { return file != nullptr && line >= 0 && column >= 0; }
  // A location `offset` bytes further along the same line, `length` long.
  Location shifted(int offset, int new_length) const {
    Location l = *this;
    l.column += offset;
    l.length = new_length < 1 ? 1 : new_length;
    return l;
  }
};

}  // namespace statusc
