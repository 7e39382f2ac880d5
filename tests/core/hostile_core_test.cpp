// SPDX-License-Identifier: MIT
// core/ against hostile input and faults: terminal-safe messages, temporary files,
// inputs that are not regular files (issue 16).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "core/input_file.hpp"
#include "core/output_file.hpp"

namespace kgforge {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    char tmpl[] = "/tmp/kgforge-core-test-XXXXXX";
    path = ::mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path); }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), {})); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(PrintableTest, EscapesControlsBidiAndBadBytes) {
  EXPECT_EQ(printable("plain text, Zoë"), "plain text, Zoë");
  EXPECT_EQ(printable("a\x1b[31mb"), "a\\x1b[31mb");
  EXPECT_EQ(printable("new\nline\r\x7f"), "new\\x0aline\\x0d\\x7f");
  EXPECT_EQ(printable("c1:\xc2\x9b"), "c1:\\x9b");              // U+009B, the 8-bit CSI
  EXPECT_EQ(printable("rtl:\xe2\x80\xae!"), "rtl:\\u{202E}!");  // RIGHT-TO-LEFT OVERRIDE
  EXPECT_EQ(printable("bad:\xff\xc3"), "bad:\\xff\\xc3");
}

TEST(PrintableTest, TextDiagnosticsAreEscaped) {
  const Diagnostic d{Severity::kError, {"kb\x1b.yaml", 1, 2}, "bad-id", "id 'x\x1by'"};
  const std::string text = format_text(d);
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_EQ(text, "kb\\x1b.yaml:1:2: error: id 'x\\x1by' [bad-id]");
}

TEST(OutputFileTest, CommitReplacesAndKeepsTheMode) {
  TempDir dir;
  const fs::path target = dir.path / "out.txt";
  std::ofstream(target) << "old";
  ::chmod(target.c_str(), 0600);
  {
    OutputFile file(target.string());
    const fs::path temp = file.temp_path();
    EXPECT_EQ(temp.parent_path(), dir.path);
    EXPECT_NE(temp.filename().string().find(".out.txt."), std::string::npos);
    file.stream() << "new";
    EXPECT_EQ(slurp(target), "old");  // untouched until commit
    file.commit();
  }
  EXPECT_EQ(slurp(target), "new");
  struct stat st {};
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  EXPECT_EQ(dir.entries(), 1u);
}

TEST(OutputFileTest, WithoutCommitNothingChangesAndNoTemporaryRemains) {
  TempDir dir;
  const fs::path target = dir.path / "out.txt";
  std::ofstream(target) << "old";
  {
    OutputFile file(target.string());
    file.stream() << std::string(200000, 'x');  // past the buffer: written to the temporary
    EXPECT_TRUE(fs::exists(file.temp_path()));
  }
  EXPECT_EQ(slurp(target), "old");
  EXPECT_EQ(dir.entries(), 1u);
}

TEST(OutputFileTest, TemporaryNamesAreUnpredictable) {
  TempDir dir;
  const std::string target = (dir.path / "out.txt").string();
  OutputFile a(target);
  OutputFile b(target);
  EXPECT_NE(a.temp_path(), b.temp_path());
  EXPECT_EQ(a.temp_path().find(std::to_string(::getpid())), std::string::npos);
}

TEST(OutputFileTest, AMissingFolderIsAnIoErrorWithTheReason) {
  TempDir dir;
  try {
    OutputFile file((dir.path / "no" / "out.txt").string());
    FAIL() << "no error";
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find("No such file or directory"), std::string::npos) << e.what();
  }
}

TEST(InputFileTest, RefusesWhatIsNotARegularFile) {
  TempDir dir;
  const fs::path fifo = dir.path / "fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_THROW(read_input_file(fifo.string()), IoError);  // at once: no writer is waited for
  EXPECT_THROW(read_input_file("/dev/zero"), IoError);
  EXPECT_THROW(read_input_file(dir.path.string()), IoError);
  try {
    read_input_file("/dev/zero");
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find("character device"), std::string::npos) << e.what();
  }
}

TEST(InputFileTest, ReadsRegularFilesWithinTheBound) {
  TempDir dir;
  const fs::path p = dir.path / "kb.yaml";
  std::ofstream(p) << "0123456789";
  EXPECT_EQ(read_input_file(p.string(), 10), "0123456789");
  EXPECT_THROW(read_input_file(p.string(), 9), IoError);
}

TEST(InputFileTest, StreamsRefusingWhatIsNotARegularFile) {
  TempDir dir;
  const fs::path fifo = dir.path / "fifo";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_THROW(InputFile{fifo.string()}, IoError);  // at once: no writer is waited for
  EXPECT_THROW(InputFile{"/dev/zero"}, IoError);
  EXPECT_THROW(InputFile{dir.path.string()}, IoError);
  EXPECT_THROW(InputFile{(dir.path / "missing").string()}, IoError);
}

TEST(InputFileTest, StreamsARegularFileLongerThanTheBound) {
  TempDir dir;
  const fs::path p = dir.path / "kg.nt";
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "line " + std::to_string(i) + "\n";  // several blocks
  std::ofstream(p) << text;
  InputFile in(p.string(), 9);  // the bound is for what is held whole, and for pipes
  EXPECT_EQ(in.name(), p.string());
  EXPECT_EQ(in.size(), text.size());
  const std::string got(std::istreambuf_iterator<char>(in.stream()), {});
  EXPECT_EQ(got, text);
  EXPECT_NO_THROW(in.throw_if_failed());
}

TEST(InputFileTest, ParsesByteSizes) {
  EXPECT_EQ(parse_byte_size("100"), 100u);
  EXPECT_EQ(parse_byte_size("4K"), 4096u);
  EXPECT_EQ(parse_byte_size("2M"), 2u << 20);
  EXPECT_EQ(parse_byte_size("1G"), 1u << 30);
  EXPECT_THROW(parse_byte_size("0"), std::invalid_argument);
  EXPECT_THROW(parse_byte_size("1x"), std::invalid_argument);
  EXPECT_THROW(parse_byte_size("-5"), std::invalid_argument);
  EXPECT_THROW(parse_byte_size(""), std::invalid_argument);
}

}  // namespace
}  // namespace kgforge
