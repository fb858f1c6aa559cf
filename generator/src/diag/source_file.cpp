#include "diag/source_file.h"

#include <algorithm>

namespace statusc {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    // YAML line breaks: LF, CR LF, and a lone CR.
    if (text_[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (text_[i] == '\r') {
      if (i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
}

std::string_view SourceFile::line_text(int line) const {
  if (line < 0 || line >= line_count()) return {};
  size_t begin = line_starts_[static_cast<size_t>(line)];
  size_t end = begin;
  while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
  return std::string_view(text_).substr(begin, end - begin);
}

void SourceFile::position_of(size_t offset, int& line, int& column) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  line = static_cast<int>(index);
  column = static_cast<int>(offset - line_starts_[index]);
}

}  // namespace statusc
