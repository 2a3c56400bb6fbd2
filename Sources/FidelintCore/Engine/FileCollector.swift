import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths a user names into the files to lint.
///
/// A file is taken whatever its extension; a folder is walked recursively (hidden entries such as
/// `.git` skipped, symbolic links to folders not followed) for `.txt`, `.md`, `.markdown`, `.html`
/// and `.htm` files, in sorted order; `-` stands for standard input. A path that does not exist
/// or a folder that cannot be listed is an error for that path only. A file reached twice (named
/// twice, through a link, or in two folders given) is linted once, under the first path.
public enum FileCollector {
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    public struct Result: Sendable {
        /// Files in the order named; each folder's files sorted.
        public var files: [String]
        /// (path, message) for each path that could not be used.
        public var errors: [(String, String)]
        /// The files named directly (not found by walking a folder); include/exclude globs do
        /// not apply to them.
        public var named: Set<String> = []
    }

    /// One key per file however it is written (`a.txt`, `./a.txt`, `/abs/a.txt`, a symbolic or
    /// hard link): device and inode, links followed; 16 bytes where a resolved path string would
    /// take a hundred, and one `stat` where resolving would take one per path component.
    public struct FileID: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64

        /// The file `path` leads to (links followed), or `nil` when it cannot be stat'ed.
        public init?(_ path: String) {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            self.init(st)
        }

        init(device: UInt64, inode: UInt64) {
            self.device = device
            self.inode = inode
        }

        /// The file a `stat` describes.
        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }
    }

    /// Which files a folder walk skips besides hidden ones (issue 17): inside a git work tree,
    /// what git ignores (`.gitignore`, `.git/info/exclude`, the global excludes file: the files
    /// `git ls-files --cached --others --exclude-standard` does not list, so ignored build output
    /// such as `public/` or `node_modules/` is never entered), and everywhere what a
    /// `.fidelintignore` (gitignore syntax, `IgnoreFile`) in the folder or above it, up to the
    /// repository root, excludes. A deeper `.fidelintignore` wins over one above it.
    public struct WalkFilter: Sendable {
        /// Whether ignore files and git apply (`--no-ignore` turns them off).
        public var respectIgnores: Bool
        public init(respectIgnores: Bool = true) { self.respectIgnores = respectIgnores }
    }

    /// The files git lists under `folder` (absolute paths), and the folders that hold them;
    /// `nil` outside a work tree, without git, or when `folder` is itself ignored (a folder
    /// named on the command line is linted even so, as ripgrep searches one).
    static func gitVisible(_ folder: String) -> (files: Set<String>, folders: Set<String>)? {
        guard let listed = try? Git.run(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."], in: folder),
              listed.status == 0 else { return nil }
        let data = listed.output
        if data.isEmpty, (try? Git.run(["check-ignore", "-q", "."], in: folder))?.status == 0 { return nil }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        var files: Set<String> = [], folders: Set<String> = [folder]
        for name in data.split(separator: 0) where !name.isEmpty {
            let path = base + String(decoding: name, as: UTF8.self)
            files.insert(path)
            var dir = Substring(path)
            while let slash = dir.lastIndex(of: "/"), dir.count > base.count {
                dir = dir[..<slash]
                guard folders.insert(String(dir)).inserted else { break }
            }
        }
        return (files, folders)
    }

    /// The `.fidelintignore` files above `folder` (exclusive) up to the repository root (or only
    /// `folder`'s own parent chain to `/` when outside a repository), outermost first.
    static func ignoreFilesAbove(_ folder: String, errors: inout [(String, String)]) -> [IgnoreFile] {
        let root = repositoryRoot(from: folder)
        var chain: [String] = []
        var dir = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path || !dir.path.hasPrefix(root) || dir.path == root { break }
            dir = parent
            chain.append(dir.path)
        }
        var out: [IgnoreFile] = []
        for d in chain.reversed() {
            do {
                if let f = try IgnoreFile.load(d + "/.fidelintignore") { out.append(f) }
            } catch { errors.append((error.path, "line \(error.line): '\(error.text)' is not a valid ignore pattern")) }
        }
        return out
    }

    public static func collect(_ paths: [String], filter: WalkFilter = WalkFilter()) -> Result {
        var files: [String] = []
        var errors: [(String, String)] = []
        var seen: Set<FileID> = []
        var stdinSeen = false
        var named: Set<String> = []
        /// Whether the file `id` (of a path; `nil` when it cannot be stat'ed) is not collected yet
        /// (a file that cannot be stat'ed is kept, to fail with its own message when read).
        func firstTime(_ id: FileID?) -> Bool {
            guard let id else { return true }
            return seen.insert(id).inserted
        }
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                if !stdinSeen { stdinSeen = true; files.append(path); named.insert(path) }
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                let isLink = (try? fm.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
                errors.append((path, isLink ? "broken symbolic link or link loop" : "no such file or folder"))
                continue
            }
            if !isDir.boolValue {
                if firstTime(FileID(path)) { files.append(path); named.insert(path) }
                continue
            }
            guard fm.isReadableFile(atPath: path), fm.isExecutableFile(atPath: path) else {
                errors.append((path, "folder cannot be read (permission denied)"))
                continue
            }
            var walkErrors: [(String, String)] = []
            var found: [(path: String, id: FileID?)] = []
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var ignore = Ignore()
            if filter.respectIgnores {
                let absolute = URL(fileURLWithPath: base.isEmpty ? "/" : base).standardizedFileURL.path
                ignore.git = gitVisible(absolute).map { visible in
                    // git lists absolute paths; the walk builds them from `base` as written.
                    (absolute, visible.files, visible.folders)
                }
                ignore.files = ignoreFilesAbove(absolute, errors: &walkErrors)
                ignore.absoluteBase = absolute
                ignore.base = base.isEmpty ? "/" : base
                ignore.active = true
            }
            guard walk(base.isEmpty ? "/" : base, into: &found, errors: &walkErrors, directoryInodes: paths.count == 1, ignore: ignore) else {
                errors.append((path, "folder cannot be listed"))
                continue
            }
            found.sort { $0.path < $1.path }
            for f in found where firstTime(f.id) { files.append(f.path) }
            errors += walkErrors
        }
        return Result(files: files, errors: errors, named: named)
    }

    /// The first of `targets` (an option's name and the path it writes) that is the same file as
    /// one of `inputs` (device and inode, links followed), with that input; `nil` when none is.
    /// A target that does not exist yet cannot be an input.
    public static func overlap(of targets: [(option: String, path: String)], with inputs: [String]) -> (option: String, target: String, input: String)? {
        let existing = targets.compactMap { t in FileID(t.path).map { (t, $0) } }
        guard !existing.isEmpty else { return nil }
        for input in inputs where input != "-" {
            guard let id = FileID(input) else { continue }
            if let hit = existing.first(where: { $0.1 == id }) { return (hit.0.option, hit.0.path, input) }
        }
        return nil
    }

    /// The bytes of the file at `path` (one `open`, `fstat` and `read` loop into the array, no
    /// Foundation `Data` in between; a pipe such as `<(…)` is read to its end, a stream only up to
    /// the first chunk holding a NUL byte, which makes it binary), or `nil` when it cannot be
    /// opened or read or is a folder. `read(_:)` gives the reason.
    public static func readBytes(_ path: String) -> [UInt8]? {
        if case let .success(bytes) = read(path) { return bytes }
        return nil
    }

    /// Why a file or standard input could not be read.
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        /// `open` failed (missing, permission denied); the `errno`.
        case cannotOpen(Int32)
        /// The descriptor is not open (standard input closed with `<&-`).
        case closed
        /// A folder, not a file.
        case folder
        /// A named pipe (FIFO) that no program writes to: nothing to read, and waiting would block.
        case pipeWithoutWriter
        /// `read` failed; the `errno`.
        case readFailed(Int32)

        public var description: String {
            switch self {
            case .cannotOpen: "cannot be read (permission denied or not a regular file)"
            case .closed: "is closed; nothing to read"
            case .folder: "is a folder, not a file"
            case .pipeWithoutWriter: "is a named pipe that no program writes to; not linted"
            case let .readFailed(code): "cannot be read (\(String(cString: strerror(code))))"
            }
        }
    }

    /// Opens `path` without blocking (a FIFO with no writer would block `open`) and reads it
    /// with `read(descriptor:)`.
    /// A FIFO that has no writer yet is given this long (seconds) to get one: a writer started
    /// at the same moment as fidelint opens it a little later.
    static let fifoWriterWait = 2.0

    /// Opens `path` without blocking (a FIFO with no writer would block `open` forever) and reads
    /// it with `read(descriptor:)`. A FIFO with no writer is waited for `fifoWriterWait` seconds,
    /// then refused (`ReadError.pipeWithoutWriter`).
    public static func read(_ path: String) -> Swift.Result<[UInt8], ReadError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(.cannotOpen(errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFIFO else { return read(descriptor: fd) }
        // A non-blocking read of one byte tells a FIFO's state: end of file (0) when no program
        // has it open for writing, "try again" when a writer has not written yet, or the byte.
        let deadline = Date().addingTimeInterval(fifoWriterWait)
        while true {
            var byte: UInt8 = 0
            let n = posixRead(fd, &byte, 1)
            if n == 1 { return read(descriptor: fd).map { [byte] + $0 } }
            if n < 0, errno == EINTR { continue }
            if n < 0, errno == EAGAIN { return read(descriptor: fd) }
            if n < 0 { return .failure(.readFailed(errno)) }
            if Date() >= deadline { return .failure(.pipeWithoutWriter) }
            usleep(10_000)
        }
    }

    /// Reads the open descriptor `fd` to its end: a regular file in one pass sized by `fstat`, a
    /// pipe or device chunk by chunk (waiting with `poll` when it is non-blocking and empty), a
    /// stream only up to the first chunk holding a NUL byte (a device such as /dev/zero is
    /// binary and is not read forever). Never traps: a closed descriptor or a folder is a
    /// `ReadError` (a FIFO without a writer is told by `read(_:)`, which opens the path).
    public static func read(descriptor fd: Int32) -> Swift.Result<[UInt8], ReadError> {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(errno == EBADF ? .closed : .readFailed(errno)) }
        let type = st.st_mode & S_IFMT
        guard type != S_IFDIR else { return .failure(.folder) }
        var out = [UInt8](repeating: 0, count: type == S_IFREG ? Int(st.st_size) : 0)
        var total = 0
        var failure: Int32 = 0
        out.withUnsafeMutableBytes { buf in
            while total < buf.count {
                let n = posixRead(fd, buf.baseAddress! + total, buf.count - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }
                total += n
            }
        }
        guard failure == 0 else { return .failure(.readFailed(failure)) }
        if total < out.count { out.removeLast(out.count - total) }   // the file shrank meanwhile
        // A file that grew while being read, or a stream: the rest too.
        var more = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = more.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0, errno == EAGAIN {
                var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                _ = poll(&p, 1, -1)
                continue
            }
            if n < 0 { return .failure(.readFailed(errno)) }
            guard n > 0 else { break }
            out += more[0..<n]
            // A NUL byte makes the file binary, refused whatever follows: a device such as
            // /dev/zero or /dev/urandom is not read forever.
            if more[0..<n].contains(0) { break }
        }
        return .success(out)
    }

    /// Walks `folder` recursively with `opendir`/`readdir` (no URL object per entry): hidden
    /// entries skipped, links to folders not followed, links to files followed, a broken link or an
    /// unreadable subfolder an error; files with a linted extension appended as `folder/rel/path`
    /// with the file they lead to (stat'ed relative to the open folder, one path component to
    /// resolve instead of the whole path; `nil` when that fails).
    /// - Parameter directoryInodes: a regular file's identity is its folder's device and the inode
    ///   `readdir` gives, with no `stat` at all. Only for a run that names one folder: every
    ///   identity then comes from the same walk, so they compare consistently (two hard links to
    ///   one file share their inode there too).
    /// Returns `false` when `folder` itself cannot be listed.
    /// What one folder walk skips (`WalkFilter`): git's view and the ignore files in force.
    struct Ignore {
        var active = false
        /// The walked folder as the walk writes paths, and as an absolute path.
        var base = ""
        var absoluteBase = ""
        /// git's files and folders under the walked folder (absolute), when in a work tree.
        var git: (root: String, files: Set<String>, folders: Set<String>)?
        /// `.fidelintignore` files in force, outermost first.
        var files: [IgnoreFile] = []

        /// The absolute form of a walk path.
        func absolute(_ path: String) -> String {
            path == base ? absoluteBase : absoluteBase + path.dropFirst(base.count)
        }

        /// Whether the walk skips `path` (a file or, with `folder`, a folder).
        func skips(_ path: String, folder: Bool) -> Bool {
            guard active else { return false }
            let abs = absolute(path)
            if let git { if folder ? !git.folders.contains(abs) : !git.files.contains(abs) { return true } }
            for f in files.reversed() { if let decided = f.ignores(abs) { return decided } }
            return false
        }
    }

    static func walk(_ folder: String, into found: inout [(path: String, id: FileID?)], errors: inout [(String, String)],
                     directoryInodes: Bool = false, ignore: Ignore = Ignore()) -> Bool {
        guard let dir = opendir(folder) else { return false }
        defer { closedir(dir) }
        var ignore = ignore
        if ignore.active {
            let own = ignore.absolute(folder) + "/.fidelintignore"
            do {
                if let f = try IgnoreFile.load(own) { ignore.files.append(f) }
            } catch { errors.append((error.path, "line \(error.line): '\(error.text)' is not a valid ignore pattern")) }
        }
        let fd = dirfd(dir)
        var folderStat = stat()
        let device: UInt64? = directoryInodes && fstat(fd, &folderStat) == 0 ? UInt64(folderStat.st_dev) : nil
        var subfolders: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }   // also "." and ".."
            let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var kind: EntryType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .regular
            case Int32(DT_LNK): kind = .symbolicLink
            case Int32(DT_DIR): if !ignore.skips(full, folder: true), !isSidecar(full) { subfolders.append(full) }; continue
            case Int32(DT_UNKNOWN):
                var st = stat()
                guard lstat(full, &st) == 0 else { continue }
                if st.st_mode & S_IFMT == S_IFDIR { if !ignore.skips(full, folder: true), !isSidecar(full) { subfolders.append(full) }; continue }
                kind = st.st_mode & S_IFMT == S_IFREG ? .regular : st.st_mode & S_IFMT == S_IFLNK ? .symbolicLink : .other
            default: kind = .other
            }
            guard kind != .other, hasLintedExtension(name), !ignore.skips(full, folder: false) else { continue }
            if kind == .regular, let device {
                found.append((full, FileID(device: device, inode: UInt64(entry.pointee.d_ino))))
                continue
            }
            var st = stat()
            let statted = fstatat(fd, name, &st, 0) == 0
            if kind == .symbolicLink {
                // A link is followed to a file; a broken one is an error, not a skip.
                guard statted else {
                    errors.append((full, "broken symbolic link or link loop"))
                    continue
                }
                guard st.st_mode & S_IFMT != S_IFDIR else { continue }
            }
            found.append((full, statted ? FileID(st) : nil))
        }
        for sub in subfolders where !walk(sub, into: &found, errors: &errors, directoryInodes: directoryInodes, ignore: ignore) {
            // Subfolders the walk could not enter are errors too, not silently skipped.
            errors.append((sub, "cannot be read: \(String(cString: strerror(errno)))"))
        }
        return true
    }

    /// Whether folder `path` is an article's sidecar of source documents: `ARTICLE.sources/` beside
    /// an article `ARTICLE.md` (or `.markdown`, `.txt`, `.html`, `.htm`). Its files are the
    /// article's inputs (`SourceDocumentSet`), never linted as articles by a folder walk.
    static func isSidecar(_ path: String) -> Bool {
        guard path.hasSuffix(".sources") else { return false }
        let stem = String(path.dropLast(".sources".count))
        var st = stat()
        return extensions.contains { stat(stem + "." + $0, &st) == 0 && st.st_mode & S_IFMT == S_IFREG }
    }

    /// Whether `name`'s extension (after the last dot, any case) is one fidelint reads.
    static func hasLintedExtension(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ext = utf8[utf8.index(after: dot)...]
        // ASCII is lower-cased byte by byte (no String per entry); other text takes `lowercased()`,
        // which can turn a non-ASCII letter into an ASCII one (KELVIN SIGN into "k").
        guard ext.allSatisfy({ $0 < 0x80 }) else { return extensions.contains(String(name[dot...].dropFirst()).lowercased()) }
        return linted.contains { $0.elementsEqual(ext.lazy.map(ByteText.lower)) }
    }

    /// `extensions` as bytes.
    private static let linted: [[UInt8]] = extensions.map { Array($0.utf8) }

    enum EntryType { case regular, symbolicLink, other, missing }

    /// The type of the entry at `path` itself (a symbolic link is not followed).
    static func entryType(_ path: String) -> EntryType {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The repository root for `directory`: the nearest ancestor holding `.git`, else `directory`.
    public static func repositoryRoot(from directory: String) -> String {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) { return url.path }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return directory }
            url = parent
        }
    }
}

/// `read(2)`, named apart from `FileCollector.read(_:)`.
@inline(__always)
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
