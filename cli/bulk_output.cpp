// SPDX-License-Identifier: MIT
#include "cli/bulk_output.hpp"

#include <openssl/evp.h>
#include <zlib.h>

#include <CLI/CLI.hpp>
#include <array>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <streambuf>
#include <string>
#include <vector>

#include "cli/conventions.hpp"
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "core/formats.hpp"
#include "core/output_file.hpp"
#include "core/progress.hpp"

namespace kgforge::cli {

namespace {

// Passes bytes on to `target`, counting them and hashing them with SHA-256.
class HashingBuf : public std::streambuf {
 public:
  explicit HashingBuf(std::streambuf* target) : target_(target), md_(EVP_MD_CTX_new()) {
    if (md_ == nullptr || EVP_DigestInit_ex(md_, EVP_sha256(), nullptr) != 1) throw Error("SHA-256 is not available");
  }
  ~HashingBuf() override { EVP_MD_CTX_free(md_); }
  HashingBuf(const HashingBuf&) = delete;
  HashingBuf& operator=(const HashingBuf&) = delete;

  std::uint64_t bytes() const { return bytes_; }
  /// The hex digest of every byte passed on (ends the hashing).
  std::string hex() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int n = 0;
    EVP_DigestFinal_ex(md_, digest.data(), &n);
    std::string out;
    char two[3];
    for (unsigned int i = 0; i < n; ++i) {
      std::snprintf(two, sizeof two, "%02x", digest[i]);
      out += two;
    }
    return out;
  }

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    const std::streamsize w = target_->sputn(s, n);
    if (w > 0) {
      EVP_DigestUpdate(md_, s, static_cast<std::size_t>(w));
      bytes_ += static_cast<std::uint64_t>(w);
    }
    return w;
  }
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char ch = traits_type::to_char_type(c);
    return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
  }
  int sync() override { return target_->pubsync(); }

 private:
  std::streambuf* target_;
  EVP_MD_CTX* md_;
  std::uint64_t bytes_ = 0;
};

// gzip (RFC 1952, no file name, time 0: the same input gives the same bytes) into `target`.
class GzipBuf : public std::streambuf {
 public:
  GzipBuf(std::streambuf* target, int level) : target_(target) {
    if (deflateInit2(&z_, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      throw Error("zlib: cannot start compressing");
    setp(in_.data(), in_.data() + in_.size());
  }
  ~GzipBuf() override { deflateEnd(&z_); }
  GzipBuf(const GzipBuf&) = delete;
  GzipBuf& operator=(const GzipBuf&) = delete;

  /// Compresses what is left and writes the gzip trailer; false if the target refused bytes.
  bool finish() { return deflate_pending(Z_FINISH); }

 protected:
  int_type overflow(int_type c) override {
    if (!deflate_pending(Z_NO_FLUSH)) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }
  int sync() override { return deflate_pending(Z_NO_FLUSH) ? 0 : -1; }

 private:
  bool deflate_pending(int flush) {
    z_.next_in = reinterpret_cast<Bytef*>(pbase());
    z_.avail_in = static_cast<uInt>(pptr() - pbase());
    int rc = Z_OK;
    do {
      z_.next_out = reinterpret_cast<Bytef*>(out_.data());
      z_.avail_out = static_cast<uInt>(out_.size());
      rc = deflate(&z_, flush);
      if (rc == Z_STREAM_ERROR) return false;
      const auto n = static_cast<std::streamsize>(out_.size() - z_.avail_out);
      if (n > 0 && target_->sputn(out_.data(), n) != n) return false;
    } while (z_.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    setp(in_.data(), in_.data() + in_.size());
    return true;
  }

  std::streambuf* target_;
  z_stream z_{};
  std::array<char, 1 << 16> in_{};
  std::array<char, 1 << 16> out_{};
};

// One output file with its hashing and compression layers.
class Layered {
 public:
  // `gzip_level` 0: not compressed.
  Layered(const std::string& path, int gzip_level) : file_(std::make_unique<OutputFile>(path)) {
    hash_ = std::make_unique<HashingBuf>(file_->stream().rdbuf());
    const bool gzip = gzip_level > 0;
    if (gzip) gzip_ = std::make_unique<GzipBuf>(hash_.get(), gzip_level);
    out_ = std::make_unique<std::ostream>(gzip ? static_cast<std::streambuf*>(gzip_.get()) : hash_.get());
  }
  std::ostream& stream() { return *out_; }
  OutputFile& file() { return *file_; }
  std::unique_ptr<OutputFile> release() { return std::move(file_); }

  /// Flushes every layer and finishes the file; returns the SHA-256 of its bytes.
  std::string finish() {
    out_->flush();
    const bool ok = *out_ && (!gzip_ || gzip_->finish());
    file_->throw_if_failed();
    if (!ok) throw IoError(file_->path(), "cannot write: the output stream failed");
    file_->finish();
    return hash_->hex();
  }
  std::uint64_t bytes() const { return hash_->bytes(); }

 private:
  std::unique_ptr<OutputFile> file_;
  std::unique_ptr<HashingBuf> hash_;
  std::unique_ptr<GzipBuf> gzip_;
  std::unique_ptr<std::ostream> out_;
};

struct Shard {
  std::string file;  // the name beside the manifest
  std::uint64_t statements = 0;
  std::uint64_t bytes = 0;
  std::string sha256;
};

class ShardFiles : public exporters::ShardOutput {
 public:
  ShardFiles(std::string stem, std::string extension, bool gzip, int gzip_level)
      : stem_(std::move(stem)),
        extension_(std::move(extension)),
        gzip_(gzip),
        gzip_level_(gzip_level),
        progress_("writing shards", "shards", 0) {}

  std::ostream& open(std::size_t index) override {
    char number[16];
    std::snprintf(number, sizeof number, "-%05zu.", index + 1);
    current_ = std::make_unique<Layered>(stem_ + number + extension_ + (gzip_ ? ".gz" : ""), gzip_ ? gzip_level_ : 0);
    return current_->stream();
  }

  void close(std::size_t /*index*/, std::uint64_t statements) override {
    Shard s;
    s.sha256 = current_->finish();
    s.bytes = current_->bytes();
    s.file = std::filesystem::path(current_->file().path()).filename().string();
    s.statements = statements;
    shards_.push_back(std::move(s));
    files_.push_back(current_->release());
    current_.reset();
    progress_.advance();
  }

  /// Writes the manifest, then puts every shard and the manifest in place.
  void commit(std::string_view format, const BulkOptions& bulk) {
    std::uint64_t total = 0;
    for (const Shard& s : shards_) total += s.statements;
    const formats::Format* f = formats::find(format);
    std::string json = "{\n  \"format\": " + json_quote(format) +
                       ",\n  \"media_type\": " + json_quote(f != nullptr ? f->media_type : "") +
                       ",\n  \"compression\": " + json_quote(gzip_ ? "gzip" : "none") +
                       ",\n  \"shard_size\": " + std::to_string(bulk.shard_size) +
                       ",\n  \"statements\": " + std::to_string(total) + ",\n  \"shards\": [";
    for (std::size_t i = 0; i < shards_.size(); ++i) {
      const Shard& s = shards_[i];
      json += std::string(i ? "," : "") + "\n    {\"file\": " + json_quote(s.file) +
              ", \"statements\": " + std::to_string(s.statements) + ", \"bytes\": " + std::to_string(s.bytes) +
              ", \"sha256\": \"" + s.sha256 + "\"}";
    }
    json += "\n  ]\n}\n";
    files_.push_back(std::make_unique<OutputFile>(stem_ + ".manifest.json"));
    files_.back()->stream() << json;
    OutputFile::commit_all(files_);
    if (!quiet()) {
      std::cout << "  wrote " << shards_.size() << " shard(s) of at most " << bulk.shard_size << " statements ("
                << total << " in all) and " << files_.back()->path() << "\n";
    }
  }

 private:
  std::string stem_;
  std::string extension_;
  bool gzip_;
  int gzip_level_;
  Progress progress_;
  std::unique_ptr<Layered> current_;
  std::vector<Shard> shards_;
  std::vector<std::unique_ptr<OutputFile>> files_;
};

// out/kg.nt -> out/kg (the extension is dropped when it is the format's or .gz).
std::string stem_of(std::string path, std::string_view extension) {
  for (const std::string& end : {std::string(".gz"), "." + std::string(extension)}) {
    if (path.size() > end.size() && path.ends_with(end)) path.resize(path.size() - end.size());
  }
  return path;
}

}  // namespace

void add_bulk_options(CLI::App* sub, BulkOptions& bulk) {
  sub->add_option("--shard-size", bulk.shard_size,
                  "N-Triples, N-Quads: write numbered shards of this many statements and a manifest, in a folder made "
                  "if missing "
                  "(-o out/kg.nt: out/kg-00001.nt, ..., out/kg.manifest.json)")
      ->check(CLI::PositiveNumber);
  CLI::Option* gzip =
      sub->add_flag("--gzip", bulk.gzip, "gzip-compress the output (each shard); '.gz' is added to -o if missing");
  sub->add_option("--gzip-level", bulk.gzip_level,
                  "zlib compression level for --gzip: 1 (fastest) to 9 (smallest); default 6, as gzip's")
      ->check(CLI::Range(1, 9))
      ->needs(gzip);
}

void write_bulk(const graph::KnowledgeGraph& graph, const std::string& format, const exporters::ExportOptions& options,
                const std::string& path, const BulkOptions& bulk) {
  if (path.empty() || path == "-")
    throw UsageError(std::string(bulk.shard_size > 0 ? "--shard-size" : "--gzip") +
                     " needs -o FILE (for compressed standard output, pipe it through gzip)");
  const std::unique_ptr<exporters::Exporter> exporter = exporters::make_exporter(format);
  if (!exporter) throw FormatError("unknown format '" + format + "'");
  const std::string extension(formats::extension_for(format));
  if (bulk.shard_size > 0) {
    const auto* sharding = dynamic_cast<const exporters::ShardingExporter*>(exporter.get());
    if (sharding == nullptr) throw UsageError("--shard-size works with --to nt and --to nquads, not " + format);
    // A set of shards usually goes into a folder of its own: made if missing, as build does.
    if (const std::filesystem::path folder = std::filesystem::path(path).parent_path(); !folder.empty()) {
      if (std::error_code ec; !std::filesystem::create_directories(folder, ec) && ec)
        throw IoError(folder.string(), "cannot create the output folder: " + ec.message());
    }
    ShardFiles shards(stem_of(path, extension), extension, bulk.gzip, bulk.gzip_level);
    sharding->write_shards(graph, options, bulk.shard_size, shards);
    shards.commit(format, bulk);
    return;
  }
  if (!exporter->parts().empty() || formats::has_kind(format, formats::Kind::kImage))
    throw UsageError("--gzip works with formats written as one text file, not " + format);
  Layered out(path.ends_with(".gz") ? path : path + ".gz", bulk.gzip_level);
  try {
    exporter->write(graph, options, out.stream());
  } catch (const Error&) {
    out.file().throw_if_failed();
    throw;
  }
  out.finish();
  out.file().commit();
}

}  // namespace kgforge::cli
