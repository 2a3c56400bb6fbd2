import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a report to standard output or to a file, and says clearly when it cannot: a full disk,
/// a missing folder, a path that is a folder. Files are written in place (truncated, not replaced
/// by rename), so a special file such as a FIFO is never swapped for a regular file.
enum ReportWriter {
    struct Failure: Error, CustomStringConvertible {
        var target: String
        var reason: String
        var description: String { "\(target): cannot write the report: \(reason)" }
    }

    /// Whether `path` (standard output when `nil`) is a terminal.
    static func isTerminal(_ path: String?) -> Bool {
        guard let path else { return isatty(STDOUT_FILENO) == 1 }
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeCharacterSpecial else { return false }
        let fd = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return isatty(fd) == 1
    }

    /// Writes `text` to `path` (appending with `append`), or to standard output when `path` is `nil`.
    /// - Throws: `Failure` naming the target and the system's reason.
    static func write(_ text: String, to path: String?, append: Bool = false) throws(Failure) {
        try write(to: path, append: append) { emit in emit(text) }
    }

    /// Writes the pieces `produce` hands its `emit` function, in order, as they come (a report of
    /// any size needs no more memory than one piece). After the first failed write the remaining
    /// pieces are dropped and the failure is thrown.
    /// - Throws: `Failure` naming the target and the system's reason.
    static func write(to path: String?, append: Bool = false, produce: ((String) -> Void) -> Void) throws(Failure) {
        let target = path ?? "standard output"
        let fd: Int32
        if let path {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                throw Failure(target: path, reason: "it is a folder")
            }
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) {
                throw Failure(target: path, reason: "the folder \(parent) does not exist")
            }
            fd = open(path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o644)
            guard fd >= 0 else { throw Failure(target: path, reason: String(cString: strerror(errno))) }
        } else {
            fd = STDOUT_FILENO
        }
        defer { if path != nil { close(fd) } }
        var failure: Int32? = nil
        produce { piece in
            guard failure == nil else { return }
            // The piece's own UTF-8 storage, not a copy.
            var piece = piece
            failure = piece.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += n
                }
                return nil
            }
        }
        if let failure { throw Failure(target: target, reason: String(cString: strerror(failure))) }
        if path != nil, fsync(fd) != 0, errno != EINVAL, errno != EROFS {
            throw Failure(target: target, reason: String(cString: strerror(errno)))
        }
    }
}
